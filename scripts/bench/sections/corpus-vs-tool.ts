// The whole in-process analysis of every file in a corpus folder against an external
// extractor run on the same files: total wall time over all files, a warm-up pass first,
// then several rounds in which each side makes a pass in turn.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import type { BenchContext } from "../context.ts";
import { filesIn, which } from "../context.ts";
import { runTool } from "../external.ts";
import { SectionReport } from "../results.ts";
import { formatMs, median, timeAsync } from "../stats.ts";

export interface CorpusVsToolOptions {
  section: string;
  folder: string;
  ext: string;
  tool: string;
  toolArgs: (file: string) => string[];
  toolLabel: string;
  /** Largest acceptable ratio ours / tool; without it the ratio is reported, not checked. */
  maxRatio?: number;
  targetText?: string;
  /**
   * The least any analysis built on the decided library could cost: the library reading the
   * text of one file and nothing else. Timed in the same rounds; ours / it is checked against
   * `maxRatio` when one is given.
   */
  libraryFloor?: { label: string; read: (bytes: Uint8Array) => Promise<void>; maxRatio?: number; targetText?: string };
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
  // The host's speed drifts by up to 2× over minutes, so the two sides take turns: each round
  // times our pass and then the tool's, and the ratio checked is the median of the rounds' ratios.
  const runs = ctx.quick ? 1 : 5;
  const toolAvailable = toolPath !== null;

  let failures: string[] = [];
  let claims = 0;
  const oursPass = async () => {
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
  };
  let toolFailures = 0;
  const toolPass = async () => {
    toolFailures = 0;
    for (const file of files) {
      const result = await runTool(toolPath!, o.toolArgs(file));
      if (!result.ok) toolFailures++;
    }
  };

  const floor = o.libraryFloor;
  const floorPass = async () => {
    for (const doc of documents) await floor!.read(doc.bytes).catch(() => undefined);
  };

  // One untimed pass each first.
  await oursPass();
  if (floor) await floorPass();
  if (toolAvailable) await toolPass();
  const oursMs: number[] = [];
  const floorMs: number[] = [];
  const toolMs: number[] = [];
  for (let round = 0; round < runs; round++) {
    oursMs.push(await timeAsync(oursPass));
    if (floor) floorMs.push(await timeAsync(floorPass));
    if (toolAvailable) toolMs.push(await timeAsync(toolPass));
  }
  const oursBest = Math.min(...oursMs);
  report.row("files", String(files.length));
  report.row("ours: analyzeDocument, all files", `${formatMs(oursBest)} (best of ${runs}; ${formatMs(oursBest / files.length)}/file)`);
  report.row("ours: claims found / files refused", `${claims} / ${failures.length}`);
  if (failures.length > 0) report.note(`refused by ours: ${failures.join(", ")}`);
  report.data = { files: files.length, oursMs, claims, failures };

  if (floor) {
    const oursToFloor = oursMs.map((ms, round) => ms / floorMs[round]!);
    const value = `${median(oursToFloor).toFixed(2)}× (rounds ${Math.min(...oursToFloor).toFixed(2)}–${Math.max(...oursToFloor).toFixed(2)}; ${floor.label} best ${formatMs(Math.min(...floorMs))})`;
    const measure = `ratio ours / ${floor.label} (median of ${runs} rounds, in turn)`;
    if (floor.maxRatio !== undefined) report.check(measure, value, floor.targetText ?? "", median(oursToFloor) <= floor.maxRatio);
    else report.row(measure, value);
    report.data = { ...report.data, floorMs, oursToFloor, oursToFloorRatio: median(oursToFloor) };
  }

  if (!toolAvailable) {
    report.row(`${o.toolLabel}`, "skipped", o.targetText ?? "", "skipped");
    report.note(`${o.tool} is not installed; install it to compare.`);
    return report;
  }
  const toolBest = Math.min(...toolMs);
  report.row(`${o.toolLabel}, all files`, `${formatMs(toolBest)} (best of ${runs}; ${formatMs(toolBest / files.length)}/file; ${toolFailures} failed)`);
  const ratios = oursMs.map((ms, round) => ms / toolMs[round]!);
  const ratio = median(ratios);
  const range = `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`;
  const ratioMeasure = `ratio ours / ${o.tool} (median of ${runs} rounds, each side in turn)`;
  const ratioValue = `${ratio.toFixed(2)}× (rounds ${range}; best / best ${(oursBest / toolBest).toFixed(2)}×)`;
  if (o.maxRatio !== undefined) report.check(ratioMeasure, ratioValue, o.targetText ?? "", ratio <= o.maxRatio);
  else report.row(ratioMeasure, ratioValue);
  report.data = { ...report.data, tool: o.tool, toolMs, toolFailures, ratios, ratio };
  if (floor) {
    const floorRatios = floorMs.map((ms, round) => ms / toolMs[round]!);
    report.row(
      `${floor.label}, all files / ${o.tool}`,
      `${median(floorRatios).toFixed(2)}× (median of ${runs} rounds; best ${formatMs(Math.min(...floorMs))})`,
    );
    report.data = { ...report.data, floorRatios, floorRatio: median(floorRatios) };
  }
  return report;
}
