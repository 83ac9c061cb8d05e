// A minimal PDF writer: one Helvetica text line per entry, WinAnsi text, one content stream
// per page, a correct cross-reference table. Enough for pdf.js and poppler to read it as a
// born-digital document.

function escapePdfString(line: string): string {
  // Only printable ASCII is written; anything else becomes "?", which the benchmark text never needs.
  return line.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`);
}

export function buildPdf(pages: readonly (readonly string[])[]): Uint8Array {
  // Objects: 1 catalog, 2 pages tree, 3 font, then a page and its content for each page.
  const objects: string[] = [];
  const kids: string[] = [];
  pages.forEach((lines, index) => {
    const pageId = 4 + index * 2;
    const contentId = pageId + 1;
    kids.push(`${pageId} 0 R`);
    const ops = ["BT", "/F1 10 Tf", "12 TL", "50 770 Td"];
    for (const line of lines) ops.push(`(${escapePdfString(line)}) Tj T*`);
    ops.push("ET");
    const stream = ops.join("\n");
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`;
    objects[contentId] = `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`;
  });
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${kids.join(" ")}] /Count ${pages.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

  let out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = out.length;
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Offsets count characters; the header's binary marker is written as Latin-1 so they stay byte offsets.
  return latin1(out);
}

function latin1(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

