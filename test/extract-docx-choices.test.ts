import { describe, expect, it } from "vitest";
import { withoutAlternateChoices } from "../src/core/extract/docx-choices.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import { buildZip } from "../scripts/make-fixtures.ts";

const MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

function documentXml(body: string, namespaces = `${W} ${MC}`): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${namespaces}><w:body>${body}</w:body></w:document>`;
}

const CHOICE = '<mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:wrapNone/><w:t>Choice text</w:t></wp:anchor></w:drawing></mc:Choice>';
const FALLBACK = "<mc:Fallback><w:pict><w:t>Fallback text</w:t></w:pict></mc:Fallback>";

describe("withoutAlternateChoices", () => {
  it("removes each choice of an AlternateContent and keeps the fallback", () => {
    const xml = documentXml(`<w:p><w:r><mc:AlternateContent>${CHOICE}\n${CHOICE}${FALLBACK}</mc:AlternateContent></w:r></w:p>`);
    expect(withoutAlternateChoices(xml)).toBe(documentXml(`<w:p><w:r><mc:AlternateContent>\n${FALLBACK}</mc:AlternateContent></w:r></w:p>`));
  });

  it("removes a choice that holds another AlternateContent whole", () => {
    const nested = `<mc:Choice Requires="wpg"><w:t>a</w:t><mc:AlternateContent>${CHOICE}${FALLBACK}</mc:AlternateContent></mc:Choice>`;
    const xml = documentXml(`<w:p><mc:AlternateContent>${nested}${FALLBACK}</mc:AlternateContent></w:p>`);
    expect(withoutAlternateChoices(xml)).toBe(documentXml(`<w:p><mc:AlternateContent>${FALLBACK}</mc:AlternateContent></w:p>`));
  });

  it("leaves the XML alone when in doubt", () => {
    const inside = `<w:p><mc:AlternateContent>${CHOICE}${FALLBACK}</mc:AlternateContent></w:p>`;
    // "mc" bound to another namespace, bound twice, or not on the root.
    expect(withoutAlternateChoices(documentXml(inside, `${W} xmlns:mc="urn:other"`))).toBe(documentXml(inside, `${W} xmlns:mc="urn:other"`));
    const twice = documentXml(`<w:p ${MC}>${inside}</w:p>`);
    expect(withoutAlternateChoices(twice)).toBe(twice);
    // A comment might hold "<mc:Choice" as text.
    const commented = documentXml(`<!-- note -->${inside}`);
    expect(withoutAlternateChoices(commented)).toBe(commented);
    // A choice outside an AlternateContent, or one whose tags do not balance.
    const stray = documentXml(`<w:p>${CHOICE}</w:p>`);
    expect(withoutAlternateChoices(stray)).toBe(stray);
    const unbalanced = documentXml(`<w:p><mc:AlternateContent><mc:Choice Requires="wps"><w:r></mc:Choice>${FALLBACK}</mc:AlternateContent></w:p>`);
    expect(withoutAlternateChoices(unbalanced)).toBe(unbalanced);
  });

  it("gives the same DOCX text as reading the choices would", async () => {
    const body = `<w:p><w:r><w:t>Before</w:t></w:r><w:r><mc:AlternateContent>${CHOICE}${FALLBACK}</mc:AlternateContent></w:r><w:r><w:t>After</w:t></w:r></w:p>`;
    const docx = buildZip([
      { name: "[Content_Types].xml", data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
      { name: "_rels/.rels", data: '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' },
      { name: "word/document.xml", data: documentXml(body) },
    ]);
    const extracted = await extractDocument(docx);
    expect(extracted.text).toContain("Before");
    expect(extracted.text).toContain("Fallback text");
    expect(extracted.text).not.toContain("Choice text");
  });
});
