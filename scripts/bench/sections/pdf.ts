import { join } from "node:path";
import type { BenchContext } from "../context.ts";
import { corpusVsTool } from "./corpus-vs-tool.ts";

/** pdf-parse reading a file's text with the options the analysis uses, and nothing else. */
async function readPdfTextOnly(bytes: Uint8Array): Promise<void> {
  const { PDFJS_OPTIONS, WITHOUT_IMAGES } = await import("../../../src/core/extract/pdf.ts");
  // Loaded as the extractor loads it, so both sides run with the same process-wide set-up.
  const { loadPdfParse } = await import("../../../src/core/extract/pdfjs-env.ts");
  const { PDFParse } = await loadPdfParse();
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
    // pdf-parse alone costs 1.5–1.6× pdftotext on these files, so the in-process target is
    // held against pdf-parse's own text pass: what is ours is everything on top of it.
    libraryFloor: { label: "pdf-parse getText alone (no hidden-text walk, no analysis)", read: readPdfTextOnly, maxRatio: 1.15, targetText: "≤ 1.15×" },
  });
}
