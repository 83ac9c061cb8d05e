import { join } from "node:path";
import type { BenchContext } from "../context.ts";
import { corpusVsTool } from "./corpus-vs-tool.ts";

/** pdf-parse reading a file's text with the options the analysis uses, and nothing else. */
async function readPdfTextOnly(bytes: Uint8Array): Promise<void> {
  const { PDFJS_OPTIONS, WITHOUT_IMAGES } = await import("../../../src/core/extract/pdf.ts");
  const { PDFParse } = await import("pdf-parse");
  const parser = new PDFParse({ data: bytes.slice(), ...PDFJS_OPTIONS, maxImageSize: WITHOUT_IMAGES });
  try {
    await parser.getText();
  } finally {
    await parser.destroy();
  }
}

export function pdfSection(ctx: BenchContext) {
  return corpusVsTool(ctx, {
    section: "pdf",
    folder: join(ctx.corpus, "resumes-pdf"),
    ext: ".pdf",
    tool: "pdftotext",
    toolArgs: (file) => ["-q", file, "-"],
    toolLabel: "pdftotext (spawned per file, to stdout)",
    maxRatio: 1.5,
    targetText: "≤ 1.5×",
    libraryFloor: { label: "pdf-parse getText alone (no hidden-text walk, no analysis)", read: readPdfTextOnly },
  });
}
