import { join } from "node:path";
import type { BenchContext } from "../context.ts";
import { corpusVsTool } from "./corpus-vs-tool.ts";

export function docxSection(ctx: BenchContext) {
  return corpusVsTool(ctx, {
    section: "docx",
    folder: join(ctx.corpus, "resumes-docx"),
    ext: ".docx",
    tool: "pandoc",
    toolArgs: (file) => ["-t", "plain", file],
    toolLabel: "pandoc -t plain (spawned per file, to stdout)",
    maxRatio: 1,
    targetText: "< 1× (faster than pandoc)",
  });
}
