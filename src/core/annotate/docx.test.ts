import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { buildZip } from "../../../scripts/make-fixtures.ts";
import { docxComments, readZipParts } from "../../../test/helpers/annotations.ts";
import { annotateDocument } from "./index.ts";
import { NOTE_AUTHOR } from "./notes.ts";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const OPTIONS = { id: "docx-test", role: "Recruiter", currentYear: 2026 };
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>';
const PACKAGE_RELATIONSHIPS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function docx(body: string, extra: { name: string; data: string }[] = [], contentTypes = ""): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: `${CONTENT_TYPES}${contentTypes}</Types>` },
    { name: "_rels/.rels", data: PACKAGE_RELATIONSHIPS },
    { name: "word/document.xml", data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>` },
    ...extra,
  ]);
}

async function annotated(bytes: Uint8Array) {
  const result = await annotateDocument({ kind: "bytes", bytes, fileName: "cv.docx" }, OPTIONS);
  const parts = await readZipParts(result.bytes);
  const text = (name: string) => new TextDecoder().decode(parts.get(name)!.content);
  const raw = async (file: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(file) })).value;
  expect(await raw(result.bytes)).toBe(await raw(bytes));
  return { result, parts, text, comments: docxComments(text("word/document.xml"), text("word/comments.xml")) };
}

const paragraph = (runs: string) => `<w:p>${runs}</w:p>`;

describe("Word comments", () => {
  it("adds to the comments a document already has, with ids above every one in use", async () => {
    const body =
      paragraph('<w:r><w:t>Jordan Ellery</w:t></w:r>') +
      paragraph('<w:commentRangeStart w:id="5"/><w:r><w:t>Summary</w:t></w:r><w:commentRangeEnd w:id="5"/><w:r><w:commentReference w:id="5"/></w:r>') +
      paragraph('<w:bookmarkStart w:id="9" w:name="x"/><w:r><w:t xml:space="preserve">Profile: Klout score of 78 (2014).</w:t></w:r><w:bookmarkEnd w:id="9"/>');
    const original = docx(
      body,
      [
        { name: "word/_rels/document.xml.rels", data: '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>' },
        { name: "word/comments.xml", data: `<?xml version="1.0"?><w:comments xmlns:w="${W}"><w:comment w:id="5" w:author="A reviewer"><w:p><w:r><w:t>Tighten this.</w:t></w:r></w:p></w:comment></w:comments>` },
      ],
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>',
    );
    const { result, parts, comments } = await annotated(original);
    expect(comments.map((comment) => [comment.id, comment.author, comment.anchored])).toEqual([
      ["5", "A reviewer", "Summary"],
      ["10", NOTE_AUTHOR, "Jordan Ellery"],
      ["11", NOTE_AUTHOR, "Klout score of 78"],
    ]);
    expect(result.marked).toHaveLength(1);
    // The relationship and the content type were there: those parts are as they were.
    const before = await readZipParts(original);
    for (const name of ["word/_rels/document.xml.rels", "[Content_Types].xml", "_rels/.rels"]) {
      expect(Buffer.from(parts.get(name)!.stored).equals(Buffer.from(before.get(name)!.stored)), name).toBe(true);
    }
  });

  it("splits a run after a tab, inside an entity-bearing text, and keeps the properties on both sides", async () => {
    const body =
      paragraph('<w:r><w:t>Jordan Ellery</w:t></w:r>') +
      paragraph('<w:r><w:rPr><w:b/></w:rPr><w:tab/><w:t>Klout score of 78 (2014)</w:t></w:r>') +
      paragraph('<w:r><w:rPr><w:i/></w:rPr><w:t>Tom &amp; Jerry&apos;s podcast: 30,000 listeners &lt;weekly&gt;</w:t></w:r>');
    const { text, comments } = await annotated(docx(body));
    expect(comments.filter((comment) => comment.author === NOTE_AUTHOR).map((comment) => comment.anchored)).toEqual(["Jordan Ellery", "Klout score of 78", "30,000 listeners"]);
    const xml = text("word/document.xml");
    expect(xml).toContain('<w:r><w:rPr><w:b/></w:rPr><w:tab/></w:r><w:commentRangeStart w:id="1"/><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Klout score of 78</w:t></w:r><w:commentRangeEnd w:id="1"/>');
    expect(xml).toContain('<w:t xml:space="preserve">Tom &amp; Jerry&apos;s podcast: </w:t></w:r><w:commentRangeStart w:id="2"/><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">30,000 listeners');
  });

  it("covers a whole run rather than copy properties past 16 KiB", async () => {
    const heavy = `<w:rPr>${'<w:lang w:val="en-GB"/>'.repeat(1000)}</w:rPr>`;
    const body = paragraph('<w:r><w:t>Jordan Ellery</w:t></w:r>') + paragraph(`<w:r>${heavy}<w:t xml:space="preserve">Profile: Klout score of 78 (2014).</w:t></w:r>`);
    const { text, comments } = await annotated(docx(body));
    expect(comments[1]!.anchored).toBe("Profile: Klout score of 78 (2014).");
    expect(text("word/document.xml").split("<w:lang").length - 1).toBe(1000);
  });

  it("lists the claims in the note on the whole document when no comment id is left for them", async () => {
    const body = paragraph('<w:bookmarkStart w:id="2147483646" w:name="x"/><w:r><w:t>Jordan Ellery</w:t></w:r><w:bookmarkEnd w:id="2147483646"/>') + paragraph("<w:r><w:t>Klout score of 78 (2014).</w:t></w:r>");
    const { result, comments } = await annotated(docx(body));
    expect(result.marked).toEqual([]);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.id).toBe("2147483647");
    expect(comments[0]!.paragraphs.join("\n")).toContain("“Klout score of 78”");
  });
});
