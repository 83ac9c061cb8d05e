// Time and peak memory for large inputs, each case in a fresh process, and whether cost
// grows linearly: 100 KB vs 1 MB of text, 5 vs 50 pages of a generated proposal PDF, and the
// advice on 10,000 vs 100,000 claims on one line ("Klout 1. " repeated, as a crafted DOCX gives it).
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import type { BenchContext } from "../context.ts";
import { SectionReport } from "../results.ts";
import { formatBytes, formatMs } from "../stats.ts";

interface CaseResult {
  kind: string;
  size: number;
  inputBytes: number;
  claims: number;
  timesMs: number[];
  bestMs: number;
  baselineRss: number;
  peakRss: number;
  processMaxRss: number;
  error?: string;
}

/** 10× the input may cost at most this many times the time and still count as linear. */
const LINEAR_LIMIT = 13;

function runCase(ctx: BenchContext, kind: "text" | "pdf" | "advice", size: number, runs: number): CaseResult {
  const child = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(ctx.root, "scripts/bench/scale-child.ts"), kind, String(size), String(runs)], {
    cwd: ctx.root,
    encoding: "utf8",
    timeout: 300_000,
    maxBuffer: 1024 * 1024,
  });
  const line = child.stdout.trim().split("\n").pop() ?? "";
  try {
    return JSON.parse(line) as CaseResult;
  } catch {
    return { error: `exit ${child.status ?? child.signal}` } as CaseResult;
  }
}

export async function scaleSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("scale");
  const runs = ctx.quick ? 1 : 3;
  const pairs = [
    { kind: "text" as const, small: 100_000, large: 1_000_000, label: (s: number) => `${s / 1000} KB text` },
    { kind: "pdf" as const, small: 5, large: 50, label: (s: number) => `${s}-page proposal PDF` },
    { kind: "advice" as const, small: 10_000, large: 100_000, label: (s: number) => `advice, ${s.toLocaleString("en")} claims on one line` },
  ];
  const data: Record<string, CaseResult> = {};
  for (const pair of pairs) {
    const small = runCase(ctx, pair.kind, pair.small, runs);
    const large = runCase(ctx, pair.kind, pair.large, runs);
    data[`${pair.kind}-${pair.small}`] = small;
    data[`${pair.kind}-${pair.large}`] = large;
    for (const [size, result] of [[pair.small, small], [pair.large, large]] as const) {
      if (result.error) {
        report.row(pair.label(size), `failed: ${result.error}`, "", "failed");
        continue;
      }
      report.row(
        pair.label(size),
        `${formatMs(result.bestMs)} (best of ${runs}), ${result.claims} claims, RSS ${formatBytes(result.baselineRss)} before, peak ${formatBytes(result.peakRss)} during (+${formatBytes(Math.max(0, result.peakRss - result.baselineRss))})`,
      );
    }
    if (!small.error && !large.error) {
      const ratio = large.bestMs / small.bestMs;
      report.check(`${pair.kind}: time ratio 10× size`, `${ratio.toFixed(2)}×`, `≈ 10× (linear; ≤ ${LINEAR_LIMIT}×)`, ratio <= LINEAR_LIMIT);
    }
  }
  report.data = data;
  return report;
}
