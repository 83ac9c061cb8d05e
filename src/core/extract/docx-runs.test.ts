import { describe, expect, it } from "vitest";
import { readDocxRuns, xmlOffsetOf } from "./docx-runs.ts";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const document = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

describe("readDocxRuns", () => {
  it("gives each character of a w:t the offset where the XML writes it, entities included", () => {
    const xml = document('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">Tom &amp; Jerry &#x1F600;!</w:t></w:r></w:p>');
    const { texts, runs } = readDocxRuns(xml);
    expect(texts.map((element) => element.text)).toEqual(["Tom & Jerry \u{1F600}!"]);
    const [element] = texts;
    expect(xml.slice(xmlOffsetOf(element!, 4), xmlOffsetOf(element!, 5))).toBe("&amp;");
    expect(xml.slice(xmlOffsetOf(element!, 12), xmlOffsetOf(element!, 14))).toBe("&#x1F600;");
    expect(xml.slice(xmlOffsetOf(element!, 3), xmlOffsetOf(element!, 4))).toBe(" ");
    expect(xml.slice(xmlOffsetOf(element!, element!.text.length), element!.close)).toBe("");
    // Text without entities keeps no offsets: they follow from where its content starts.
    const plain = readDocxRuns(document("<w:p><w:r><w:t>Klout 70</w:t></w:r></w:p>")).texts[0]!;
    expect(plain.entityOffsets).toBeNull();
    expect(xmlOffsetOf(plain, 6)).toBe(plain.openEnd + 6);
    expect(runs[element!.run]!.properties).toBe("<w:rPr><w:b/></w:rPr>");
    expect(xml.slice(runs[element!.run]!.contentStart, element!.open)).toBe("");
  });

  it("reads a run's own properties, not a tracked change's nor the paragraph mark's", () => {
    const xml = document(
      '<w:p><w:pPr><w:rPr><w:i/></w:rPr></w:pPr><w:r><w:rPr><w:b/><w:rPrChange w:id="3"><w:rPr><w:u/></w:rPr></w:rPrChange></w:rPr><w:t>Bold</w:t></w:r></w:p>',
    );
    const { texts, runs } = readDocxRuns(xml);
    expect(runs[texts[0]!.run]!.properties).toBe('<w:rPr><w:b/><w:rPrChange w:id="3"><w:rPr><w:u/></w:rPr></w:rPrChange></w:rPr>');
  });

  it("reads text in mammoth's order: a text box after its paragraph, from the mc:Choice copy, deleted text left out", () => {
    const box = (text: string) => `<w:txbxContent><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:txbxContent>`;
    const xml = document(
      `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>${box("In the box")}</w:drawing></mc:Choice>` +
        `<mc:Fallback><w:pict>${box("Old copy")}</w:pict></mc:Fallback></mc:AlternateContent></w:r><w:r><w:t>Beside it</w:t></w:r></w:p>` +
        `<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del><w:moveFrom><w:r><w:t>moved away</w:t></w:r></w:moveFrom><w:ins><w:r><w:t>added</w:t></w:r></w:ins></w:p>`,
    );
    const { texts, runs } = readDocxRuns(xml);
    expect(texts.map((element) => element.text)).toEqual(["Beside it", "In the box", "added"]);
    expect(runs[texts[0]!.run]!.story).toBe(0);
    expect(runs[texts[1]!.run]!.story).not.toBe(0);
  });

  it("finds where the first paragraph's content starts, after its properties", () => {
    const xml = document('<w:p>\n  <w:pPr><w:pStyle w:val="Title"/><w:pPrChange w:id="1"><w:pPr/></w:pPrChange></w:pPr>\n  <w:r><w:t>Name</w:t></w:r></w:p><w:p><w:r><w:t>Next</w:t></w:r></w:p>');
    const { firstParagraphContent } = readDocxRuns(xml);
    expect(xml.slice(firstParagraphContent).startsWith("\n  <w:r>")).toBe(true);
    expect(readDocxRuns(document("<w:tbl/>")).firstParagraphContent).toBe(-1);
  });
});
