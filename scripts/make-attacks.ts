// Crafted hostile documents: ZIP bombs, XML attacks, files that lie about themselves, PDFs
// with cycles and limits. They are built in memory (tests and scripts/robustness.ts import
// `buildAttacks`), or written to a directory to try by hand:
//   npx tsx scripts/make-attacks.ts [dir]   (default: a new temp directory)
// Each attack says what the API must answer; none of them needs more than a second to refuse.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { deflateRawSync, deflateSync } from "node:zlib";
import { buildDocx, buildOleShell, buildPdf, buildZip, pseudoRandomBytes, SOURCE_TEXTS, type ZipInput } from "./make-fixtures.ts";
import { legacyFileKey, md5, objectKey, PASSWORD_PADDING, rc4 } from "../src/core/extract/pdf-crypt.ts";

export interface Attack {
  name: string;
  bytes: Uint8Array;
  /** Statuses the API may answer with. */
  status: number[];
  /** The problem code expected when the answer is an error. */
  code?: string;
  description: string;
}

const MiB = 1024 * 1024;
const WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
const CONTENT_TYPES = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="${WORD_MAIN}"/></Types>`;

function documentXml(body: string, prolog = ""): string {
  return `<?xml version="1.0" encoding="UTF-8"?>${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${body}</w:t></w:r></w:p></w:body></w:document>`;
}

function wordPackage(document: string, extra: ZipInput[] = []): Uint8Array {
  return buildZip([{ name: "[Content_Types].xml", data: CONTENT_TYPES }, { name: "word/document.xml", data: document }, ...extra]);
}

/** Rewrites every declared uncompressed size in the central directory (and local headers) to `size`. */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 4 <= copy.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x02014b50 && offset + 28 <= copy.length) view.setUint32(offset + 24, size, true);
    else if (signature === 0x04034b50 && offset + 26 <= copy.length) view.setUint32(offset + 22, size, true);
  }
  return copy;
}

/**
 * Two entries where the first one's compressed data runs over the second one's local header,
 * as in the overlapping-file bombs that reuse one deflate stream for many entries.
 */
function overlappingLocalHeaders(): Uint8Array {
  const zip = buildZip([
    { name: "[Content_Types].xml", data: CONTENT_TYPES },
    { name: "word/document.xml", data: documentXml("Klout 99") },
    { name: "word/other.xml", data: "<x/>" },
  ]);
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The central directory's second entry: stretch its compressed size over the third local header.
  let cursor = view.getUint32(zip.length - 22 + 16, true);
  cursor += 46 + view.getUint16(cursor + 28, true) + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
  view.setUint32(cursor + 20, view.getUint32(cursor + 20, true) + 40, true);
  return zip;
}

/** A deflate stream of `size` zero bytes, made once and reused. */
function zeros(size: number): Uint8Array {
  return new Uint8Array(deflateRawSync(new Uint8Array(size), { level: 9 }));
}

/** A ZIP whose entries are already-compressed data, written as deflate entries. */
function zipOfDeflated(entries: { name: string; deflated: Uint8Array; size: number }[]): Uint8Array {
  // buildZip compresses its input; write the stored bytes, then mark them deflated.
  const zip = buildZip(entries.map((entry) => ({ name: entry.name, data: entry.deflated, store: true })));
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let offset = 0; offset + 4 <= zip.length; offset++) {
    const signature = view.getUint32(offset, true);
    if (signature === 0x04034b50) view.setUint16(offset + 8, 8, true);
    if (signature === 0x02014b50) view.setUint16(offset + 10, 8, true);
  }
  return zip;
}

function pdfWithObjects(objects: string[], root = 1, trailerExtra = ""): Uint8Array {
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets[index + 1] = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (let number = 1; number <= objects.length; number++) body += `${String(offsets[number]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root ${root} 0 R${trailerExtra} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A one-page PDF whose page content is the given stream, written with the given dictionary entries. */
function pdfWithContentStream(data: Uint8Array, dictionaryEntries: string, extraObjects: string[] = []): Uint8Array {
  const encoder = new TextEncoder();
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> /XObject << /Fm 6 0 R >> >> >>`,
    null,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ...extraObjects,
  ];
  const parts: Uint8Array[] = [encoder.encode("%PDF-1.4\n")];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const piece =
      object === null
        ? [encoder.encode(`${index + 1} 0 obj\n<< /Length ${data.length} ${dictionaryEntries} >>\nstream\n`), data, encoder.encode("\nendstream\nendobj\n")]
        : [encoder.encode(`${index + 1} 0 obj\n${object}\nendobj\n`)];
    for (const part of piece) {
      parts.push(part);
      length += part.length;
    }
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) xref += `${String(offset).padStart(10, "0")} 00000 n \n`;
  parts.push(encoder.encode(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

/**
 * The content-stream bomb again, encrypted as a PDF restricted by an owner password only
 * (RC4, 128 bits, revision 3): pdf.js opens it without asking, so the pre-pass must decrypt
 * it to measure it.
 */
function encryptedContentBomb(): Uint8Array {
  const id = new TextEncoder().encode("influence-audit1");
  const owner = new Uint8Array(32).fill(0x41);
  const parameters = { filter: "Standard", version: 2, revision: 3, length: 16, owner, user: new Uint8Array(32), permissions: -4, encryptMetadata: true, id, streamMethod: "rc4" as const };
  const key = legacyFileKey(parameters);
  // The user entry pdf.js checks the empty password against (ISO 32000-1, algorithm 5).
  let user = md5(new Uint8Array([...PASSWORD_PADDING, ...id]));
  for (let round = 0; round < 20; round++) user = rc4(key.map((byte) => byte ^ round), user);
  const userEntry = new Uint8Array(32);
  userEntry.set(user, 0);
  const hex = (bytes: Uint8Array) => [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  const content = new TextEncoder().encode("BT /F1 12 Tf 72 700 Td (Klout score of 78) Tj ET\n");
  const plain = new Uint8Array(content.length + 40 * MiB);
  plain.set(content, 0);
  plain.fill(0x20, content.length);
  const stream = rc4(objectKey(key, 4, 0, false), new Uint8Array(deflateSync(plain, { level: 9 })));
  const bytes = pdfWithContentStream(stream, "/Filter /FlateDecode", [`<< /Filter /Standard /V 2 /R 3 /Length 128 /P -4 /O <${hex(owner)}> /U <${hex(userEntry)}> >>`]);
  // The trailer names the encryption dictionary (object 6) and the file's ID.
  const text = new TextDecoder("latin1").decode(bytes);
  const trailerAt = text.lastIndexOf("/Root 1 0 R");
  const tail = new TextEncoder().encode(`/Root 1 0 R /Encrypt 6 0 R /ID [<${hex(id)}> <${hex(id)}>]` + text.slice(trailerAt + "/Root 1 0 R".length));
  const out = new Uint8Array(trailerAt + tail.length);
  out.set(bytes.subarray(0, trailerAt), 0);
  out.set(tail, trailerAt);
  return out;
}

/** RunLength-encoded runs of 128 copies of `byte`: two bytes for every 128. */
function runLengthOf(byte: number, copies: number): Uint8Array {
  const runs = Math.ceil(copies / 128);
  const encoded = new Uint8Array(runs * 2 + 1);
  for (let run = 0; run < runs; run++) {
    encoded[run * 2] = 129;
    encoded[run * 2 + 1] = byte;
  }
  encoded[runs * 2] = 128;
  return encoded;
}

export function buildAttacks(): Attack[] {
  const attacks: Attack[] = [];
  const add = (attack: Attack) => attacks.push(attack);
  const encoder = new TextEncoder();

  // ---- ZIP bombs
  const tenMiB = zeros(10 * MiB);
  add({
    name: "zip-bomb-inflated.docx",
    bytes: zipOfDeflated([
      { name: "[Content_Types].xml", deflated: new Uint8Array(deflateRawSync(encoder.encode(CONTENT_TYPES))), size: CONTENT_TYPES.length },
      { name: "word/document.xml", deflated: new Uint8Array(deflateRawSync(encoder.encode(documentXml("Klout 99")))), size: 0 },
      ...Array.from({ length: 12 }, (_unused, index) => ({ name: `word/media/pad${index}.bin`, deflated: tenMiB, size: 10 * MiB })),
    ]),
    status: [422],
    code: "limits_exceeded",
    description: "a Word package whose parts inflate to 120 MiB from about 120 KB",
  });
  add({
    name: "zip-bomb-lying-sizes.docx",
    bytes: lieAboutSizes(
      zipOfDeflated([
        { name: "[Content_Types].xml", deflated: new Uint8Array(deflateRawSync(encoder.encode(CONTENT_TYPES))), size: 0 },
        { name: "word/document.xml", deflated: new Uint8Array(deflateRawSync(encoder.encode(documentXml("Klout 99")))), size: 0 },
        { name: "word/media/pad.bin", deflated: zeros(40 * MiB), size: 0 },
      ]),
      1,
    ),
    status: [422],
    code: "limits_exceeded",
    description: "every size in the central directory and local headers says 1 byte; one part inflates to 40 MiB",
  });
  add({
    name: "zip-overlapping-entries.docx",
    bytes: buildZip(
      [
        { name: "[Content_Types].xml", data: CONTENT_TYPES },
        { name: "word/document.xml", data: documentXml("Klout 99") },
        { name: "word/copy.xml", data: documentXml("Klout 99") },
      ],
      { overlapEntries: true },
    ),
    status: [422],
    code: "limits_exceeded",
    description: "every central-directory entry points at the first entry's local header (quine-like reuse)",
  });
  add({
    name: "zip-overlapping-local-header.docx",
    bytes: overlappingLocalHeaders(),
    status: [422],
    code: "limits_exceeded",
    description: "an entry's compressed data runs over the next entry's local header",
  });
  add({
    name: "zip-too-many-entries.docx",
    bytes: wordPackage(documentXml("Klout 99"), Array.from({ length: 2100 }, (_unused, index) => ({ name: `x/${index}`, data: "", store: true }))),
    status: [422],
    code: "limits_exceeded",
    description: "2,102 entries, over the limit of 2,000",
  });

  // ---- Word documents that cost more to convert than their size says
  const letters = pseudoRandomBytes(400_000, 0x5eed);
  const runs = Array.from({ length: 100_000 }, (_unused, index) => {
    const word = String.fromCharCode(0x61 + (letters[index * 2]! % 26), 0x61 + (letters[index * 2 + 1]! % 26));
    return `<w:r><w:t>${word}</w:t></w:r>`;
  });
  add({
    name: "docx-many-runs.docx",
    bytes: wordPackage(documentXml("x").replace("<w:r><w:t>x</w:t></w:r>", runs.join(""))),
    status: [422],
    code: "limits_exceeded",
    description: "100,000 runs of two random letters: too varied for the ratio check, 300,000 nodes for mammoth's DOM",
  });
  add({
    name: "docx-tiny-runs.docx",
    bytes: wordPackage(documentXml("x").replace("<w:r><w:t>x</w:t></w:r>", "<w:r><w:t>a</w:t></w:r>".repeat(300_000))),
    status: [422],
    code: "limits_exceeded",
    description: "a 17 KB DOCX of 300,000 one-letter runs (it reached 1.5 GB in mammoth)",
  });
  add({
    name: "docx-claims-on-one-line.docx",
    bytes: wordPackage(documentXml("Klout 1. ".repeat(110_000))),
    status: [422],
    code: "limits_exceeded",
    description: "a 2.5 KB DOCX of 110,000 claims on one line: over 100:1, refused by the ZIP guard",
  });
  add({
    name: "docx-varied-claims-on-one-line.docx",
    bytes: wordPackage(documentXml(Array.from({ length: 60_000 }, (_unused, index) => `Klout ${1 + (letters[index]! % 99)}.`).join(" "))),
    status: [200],
    description: "60,000 claims with varied scores on one line, under the ratio: 300 are analysed, with a truncated warning",
  });

  add({
    name: "docx-truncated-deflate.docx",
    bytes: (() => {
      // The main part's deflate data stops halfway, its sizes unchanged: the stream ends early.
      const document = new Uint8Array(deflateRawSync(encoder.encode(documentXml("Klout 99. ".repeat(2000)))));
      const cut = document.subarray(0, Math.floor(document.length / 2));
      return zipOfDeflated([
        { name: "[Content_Types].xml", deflated: new Uint8Array(deflateRawSync(encoder.encode(CONTENT_TYPES))), size: CONTENT_TYPES.length },
        { name: "word/document.xml", deflated: cut, size: 0 },
      ]);
    })(),
    status: [422],
    code: "corrupt_document",
    description: "a Word package whose main part's deflate data is cut off (it made an unhandled rejection under workerd)",
  });

  // ---- XML attacks in Word parts
  add({
    name: "xml-external-entity.docx",
    bytes: wordPackage(documentXml("Klout &xxe; 99", '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>')),
    status: [422],
    code: "corrupt_document",
    description: "an external entity naming /etc/passwd in word/document.xml",
  });
  add({
    name: "xml-external-entity-url.docx",
    bytes: wordPackage(documentXml("Klout &xxe; 99", '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/leak">]>')),
    status: [422],
    code: "corrupt_document",
    description: "an external entity naming a URL",
  });
  const laughs = ['<!ENTITY lol0 "lol">', ...Array.from({ length: 9 }, (_unused, level) => `<!ENTITY lol${level + 1} "${`&lol${level};`.repeat(10)}">`)].join("");
  add({
    name: "xml-billion-laughs.docx",
    bytes: wordPackage(documentXml("&lol9;", `<!DOCTYPE w:document [${laughs}]>`)),
    status: [422],
    code: "corrupt_document",
    description: "nested entities that would expand to a billion 'lol's",
  });
  add({
    name: "xml-doctype-in-content-types.docx",
    bytes: buildZip([
      { name: "[Content_Types].xml", data: CONTENT_TYPES.replace("<Types", '<!DOCTYPE Types [<!ENTITY x SYSTEM "file:///etc/hostname">]><Types') },
      { name: "word/document.xml", data: documentXml("Klout 99") },
    ]),
    status: [422],
    code: "corrupt_document",
    description: "a DTD in [Content_Types].xml",
  });

  // ---- files that are not what they say
  add({ name: "encrypted-ooxml.docx", bytes: buildOleShell(["EncryptionInfo", "EncryptedPackage"]), status: [422], code: "encrypted_document", description: "a password-protected Word file (OLE container)" });
  add({ name: "legacy.doc", bytes: buildOleShell(["WordDocument", "1Table"]), status: [415], code: "unsupported_media_type", description: "a legacy Word .doc" });
  add({
    name: "photo.png.pdf",
    bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    status: [415],
    code: "unsupported_media_type",
    description: "a PNG named .pdf",
  });

  // ---- PDFs
  add({ name: "pdf-user-password.pdf", bytes: buildPdf(SOURCE_TEXTS["social-media-manager"], { encryptedWithUserPassword: true }), status: [422], code: "encrypted_document", description: "a PDF that needs a user password" });
  add({
    name: "pdf-owner-password-only.pdf",
    bytes: buildPdf(SOURCE_TEXTS["social-media-manager"], { ownerPasswordOnly: { ownerPassword: "x", revision: 3 } }),
    status: [200],
    description: "a PDF restricted by an owner password only: read normally",
  });
  add({ name: "pdf-51-pages.pdf", bytes: buildPdf(Array.from({ length: 51 }, (_unused, index) => `Page ${index + 1}`)), status: [422], code: "limits_exceeded", description: "51 pages, over the limit of 50" });
  add({
    name: "pdf-cyclic-pages.pdf",
    bytes: pdfWithObjects(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]),
    status: [422],
    description: "a page tree whose node lists itself as a kid",
  });
  add({
    name: "pdf-huge-count.pdf",
    bytes: pdfWithObjects(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 2000000000 >>", "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]),
    status: [422],
    description: "a page tree that claims two billion pages",
  });
  add({
    name: "pdf-self-referencing-length.pdf",
    bytes: pdfWithObjects([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
      "<< /Length 4 0 R >>\nstream\nBT /F1 11 Tf (x) Tj ET\nendstream",
    ]),
    status: [200, 422],
    description: "a content stream whose /Length is itself",
  });
  add({
    name: "pdf-deep-nesting.pdf",
    bytes: pdfWithObjects(["<< /Type /Catalog /Pages 2 0 R /X " + "[".repeat(100_000) + "]".repeat(100_000) + " >>", "<< /Type /Pages /Kids [] /Count 0 >>"]),
    status: [422],
    description: "an array nested 100,000 deep",
  });
  add({
    name: "pdf-flate-bomb.pdf",
    bytes: (() => {
      const content = new Uint8Array(deflateRawSync(new Uint8Array(30 * MiB).fill(0x20), { level: 9 }));
      // zlib wrapper around the raw deflate data: 78 DA, data, Adler-32 left as zeros (pdf.js does not check it).
      const stream = new Uint8Array(content.length + 6);
      stream.set([0x78, 0xda], 0);
      stream.set(content, 2);
      const head = new TextEncoder().encode(
        "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n" +
          `4 0 obj\n<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`,
      );
      const tail = new TextEncoder().encode("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
      const bytes = new Uint8Array(head.length + stream.length + tail.length);
      bytes.set(head, 0);
      bytes.set(stream, head.length);
      bytes.set(tail, head.length + stream.length);
      return bytes;
    })(),
    status: [422],
    code: "limits_exceeded",
    description: "a content stream of 30 MiB of spaces deflated to about 30 KB",
  });

  // ---- PDF content streams that decode to far more than the file (see pdf-budget.ts)
  const page = new TextEncoder().encode("BT /F1 12 Tf 72 700 Td (Klout score of 78) Tj ET\n");
  const withPage = (filler: Uint8Array) => {
    const joined = new Uint8Array(page.length + filler.length);
    joined.set(page, 0);
    joined.set(filler, page.length);
    return joined;
  };
  add({
    name: "pdf-content-stream-bomb.pdf",
    bytes: pdfWithContentStream(new Uint8Array(deflateSync(withPage(new Uint8Array(40 * MiB).fill(0x20)), { level: 9 })), "/Filter /FlateDecode"),
    status: [422],
    code: "limits_exceeded",
    description: "a page whose content stream inflates to 40 MB from about 40 KB (it cost 754 MB in pdf.js)",
  });
  add({
    name: "pdf-encrypted-content-stream-bomb.pdf",
    bytes: encryptedContentBomb(),
    status: [422],
    code: "limits_exceeded",
    description: "the content-stream bomb encrypted with RC4 under an owner password only, which pdf.js opens without asking",
  });
  add({
    name: "pdf-runlength-in-flate-bomb.pdf",
    bytes: pdfWithContentStream(new Uint8Array(deflateSync(runLengthOf(0x20, 64 * MiB), { level: 9 })), "/Filter [/FlateDecode /RunLengthDecode]"),
    status: [422],
    code: "limits_exceeded",
    description: "Flate over RunLength: 64 MB of spaces from a few KB, each filter multiplying the last",
  });
  add({
    name: "pdf-filter-by-reference-bomb.pdf",
    bytes: pdfWithContentStream(new Uint8Array(deflateSync(withPage(new Uint8Array(20 * MiB).fill(0x20)), { level: 9 })), "/Filter 7 0 R", ["<< /Type /Form >>", "/FlateDecode"]),
    status: [422],
    code: "limits_exceeded",
    description: "a content stream bomb whose /Filter is an indirect reference",
  });
  add({
    name: "pdf-many-operators.pdf",
    bytes: pdfWithContentStream(new Uint8Array(deflateSync(withPage(new TextEncoder().encode("q Q\n".repeat(1_500_000))), { level: 9 })), "/Filter /FlateDecode"),
    status: [422],
    code: "limits_exceeded",
    description: "a page of 3,000,000 operators in a 6 MB stream",
  });
  add({
    name: "pdf-form-painted-many-times.pdf",
    bytes: pdfWithContentStream(
      new Uint8Array(deflateSync(withPage(new TextEncoder().encode("/Fm Do\n".repeat(50_000))), { level: 9 })),
      "/Filter /FlateDecode",
      [`<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length ${"0 0 m 1 1 l S\n".repeat(100).length} >>\nstream\n${"0 0 m 1 1 l S\n".repeat(100)}\nendstream`],
    ),
    status: [422],
    code: "limits_exceeded",
    description: "a form of 300 operators painted 50,000 times: 15 million operators from one small stream",
  });

  // ---- text
  add({ name: "text-over-character-limit.txt", bytes: encoder.encode("Klout score of 78. ".repeat(60_000)), status: [422], code: "limits_exceeded", description: "1.1 million characters of text" });
  add({ name: "html-deep-nesting.html", bytes: encoder.encode("<html><body>" + "<div>".repeat(50_000) + "Klout 78" + "</div>".repeat(50_000) + "</body></html>"), status: [200, 422], description: "HTML nested 50,000 deep" });
  add({ name: "markdown-spaces.md", bytes: encoder.encode("# CV\n" + " ".repeat(200_000) + "x\n"), status: [200], description: "a Markdown line of 200,000 spaces (the closing-hash pattern backtracked for 40 s)" });
  add({ name: "markdown-table-spaces.md", bytes: encoder.encode("# CV\n|" + " ".repeat(200_000) + "x\n"), status: [200], description: "a table row of spaces (the delimiter-row pattern backtracked)" });
  add({ name: "html-comment-run.html", bytes: encoder.encode("<!---->".repeat(2000) + "x <p>Klout 78</p>"), status: [200, 422], description: "a run of empty comments before text (the HTML-start pattern backtracked exponentially)" });
  add({ name: "markdown-brackets.md", bytes: encoder.encode("[".repeat(100_000) + "Klout 78" + "*".repeat(100_000)), status: [200, 422], description: "100,000 brackets and asterisks (regex backtracking)" });
  add({ name: "text-control-characters.txt", bytes: Uint8Array.from({ length: 4096 }, (_unused, index) => (index % 7 === 0 ? 0x0b : 0x41 + (index % 26))), status: [200, 415, 422], description: "letters mixed with vertical tabs" });
  add({ name: "bidi-and-tags.txt", bytes: encoder.encode("Klout\u202e 99 \u{e0049}\u{e0067}\u{e006e} followers\u200b 12K\u2066"), status: [200], description: "right-to-left overrides, Unicode tag characters and zero-width spaces" });
  add({ name: "empty.txt", bytes: new Uint8Array(0), status: [422], code: "no_text", description: "an empty file" });
  add({ name: "docx-without-text.docx", bytes: buildDocx([" "]), status: [422], code: "no_text", description: "a Word document with no text" });
  return attacks;
}

function main(): void {
  const target = process.argv[2] ? path.resolve(process.argv[2]) : mkdtempSync(path.join(tmpdir(), "influence-audit-attacks-"));
  mkdirSync(target, { recursive: true });
  const attacks = buildAttacks();
  for (const attack of attacks) writeFileSync(path.join(target, attack.name), attack.bytes);
  console.log(`wrote ${attacks.length} attacks to ${target}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
