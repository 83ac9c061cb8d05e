import { join } from "node:path";
import type { BenchContext } from "../context.ts";
import { corpusVsTool } from "./corpus-vs-tool.ts";

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
  });
}
