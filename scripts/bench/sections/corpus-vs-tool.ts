// The whole in-process analysis of every file in a corpus folder against an external
// extractor run on the same files: total wall time over all files, a warm-up pass first,
// then the best of several passes for each side.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { BenchContext } from "../context.ts";
import { filesIn, which } from "../context.ts";
import { runTool } from "../external.ts";
import { SectionReport } from "../results.ts";
import { bestOf, formatMs } from "../stats.ts";

export interface CorpusVsToolOptions {
  section: string;
  folder: string;
  ext: string;
  tool: string;
  toolArgs: (file: string) => string[];
  toolLabel: string;
  /** Largest acceptable ratio ours / tool. */
  maxRatio: number;
  targetText: string;
}

export async function corpusVsTool(ctx: BenchContext, o: CorpusVsToolOptions): Promise<SectionReport> {
  const report = new SectionReport(o.section);
  const files = filesIn(o.folder, o.ext);
  if (files.length === 0) {
    report.skip(`no ${o.ext} files in ${o.folder}`);
    return report;
  }
  const toolPath = which(o.tool);
  const { analyzeDocument } = await import("../../../src/core/analyze.ts");
  const documents = files.map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));
  const runs = ctx.quick ? 1 : 3;

  let failures: string[] = [];
  let claims = 0;
  const ours = await bestOf(runs, async () => {
    failures = [];
    claims = 0;
    for (const doc of documents) {
      try {
        const result = await analyzeDocument(
          { kind: "bytes", bytes: doc.bytes, fileName: doc.name },
          { id: "bench", role: "Marketing Manager" },
        );
        claims += result.claims.length;
      } catch (error) {
        failures.push(`${doc.name}: ${(error as { code?: string }).code ?? "error"}`);
      }
    }
  });
  report.row("files", String(files.length));
  report.row("ours: analyzeDocument, all files", `${formatMs(ours.best)} (best of ${runs}; ${formatMs(ours.best / files.length)}/file)`);
  report.row("ours: claims found / files refused", `${claims} / ${failures.length}`);
  if (failures.length > 0) report.note(`refused by ours: ${failures.join(", ")}`);
  report.data = { files: files.length, oursMs: ours.all, claims, failures };

  if (!toolPath) {
    report.row(`${o.toolLabel}`, "skipped", o.targetText, "skipped");
    report.note(`${o.tool} is not installed; install it to compare.`);
    return report;
  }
  let toolFailures = 0;
  const tool = await bestOf(runs, async () => {
    toolFailures = 0;
    for (const file of files) {
      const result = await runTool(toolPath, o.toolArgs(file));
      if (!result.ok) toolFailures++;
    }
  });
  report.row(`${o.toolLabel}, all files`, `${formatMs(tool.best)} (best of ${runs}; ${formatMs(tool.best / files.length)}/file; ${toolFailures} failed)`);
  const ratio = ours.best / tool.best;
  report.check(`ratio ours / ${o.tool}`, `${ratio.toFixed(2)}×`, o.targetText, ratio <= o.maxRatio);
  report.data = { ...report.data, tool: o.tool, toolMs: tool.all, toolFailures, ratio };
  return report;
}
