// Runs one scale case in a fresh process so its peak memory is its own:
//   node --expose-gc --import tsx scripts/bench/scale-child.ts <text|pdf|advice> <size> <runs>
// size counts characters for text, pages for PDF, and claims for advice: "Klout 1. " repeated on
// one line, as a crafted DOCX gives it, each with the claim the detector finds there, advised
// alone (the detector's own cost is the text case's). Prints one JSON line.
import { advise } from "../../src/core/advise/index.ts";
import { classifyRole } from "../../src/core/advise/role.ts";
import { analyzeDocument, analyzeExtracted } from "../../src/core/analyze.ts";
import type { DetectedClaim } from "../../src/core/types.ts";
import { extractFromText } from "../../src/core/extract/index.ts";
import { proposalPdf, resumeText } from "./documents.ts";
import { Worker } from "node:worker_threads";
import { now } from "./stats.ts";

// RSS is per process, so a thread can sample it while the main thread is busy in
// synchronous code that no timer on the main thread could interrupt.
function startRssSampler(): { peak: () => number; stop: () => Promise<void> } {
  const shared = new Float64Array(new SharedArrayBuffer(16));
  const worker = new Worker(
    `const { workerData } = require("node:worker_threads");
     const cells = new Float64Array(workerData);
     const tick = () => { const rss = process.memoryUsage.rss(); if (rss > cells[0]) cells[0] = rss; if (cells[1] === 0) setTimeout(tick, 2); };
     tick();`,
    { eval: true, workerData: shared.buffer },
  );
  return {
    peak: () => shared[0]!,
    stop: async () => {
      shared[1] = 1;
      await worker.terminate();
    },
  };
}

const [kind, sizeArg, runsArg] = process.argv.slice(2);
const size = Number(sizeArg);
const runs = Math.max(1, Number(runsArg ?? 3));
const gc = (globalThis as { gc?: () => void }).gc;

/** "Klout 1. " repeated `count` times, with a defunct-score claim on each "Klout 1". */
function kloutLine(count: number): { text: string; claims: DetectedClaim[] } {
  const text = "Klout 1. ".repeat(count);
  const claims: DetectedClaim[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = index * 9;
    claims.push({
      id: `c${index + 1}`, kind: "influence_score", platform: "klout", metric: "score", value: 1, unit: "score", approximate: false,
      text: "Klout 1", span: { start, end: start + 7 }, page: null, section: null, subject: "self", asOf: null,
      evidence: { handle: null, url: null }, confidence: 0.9, flags: ["defunct_metric"],
    });
  }
  return { text, claims };
}

const ADVICE_ROLE = classifyRole({ role: "Java Developer" });

async function analyse(input: string | Uint8Array | { text: string; claims: DetectedClaim[] }): Promise<number> {
  if (typeof input === "object" && "claims" in input) return advise({ text: input.text, claims: input.claims, role: ADVICE_ROLE, documentType: "resume", currentYear: 2026 }).claims.length;
  if (typeof input === "string") return analyzeExtracted(extractFromText(input), { id: "bench", documentType: "auto" }).claims.length;
  return (await analyzeDocument({ kind: "bytes", bytes: input }, { id: "bench" })).claims.length;
}

async function main(): Promise<void> {
  if (kind !== "text" && kind !== "pdf" && kind !== "advice") throw new Error("kind must be text, pdf or advice");
  // Warm the code paths for a second on a small input, then once on the input itself, so that
  // the JIT is not part of the measure: after one small warm-up run, 100 KB of text took two to
  // three times as long per claim as 1 MB, whose longer runs let the JIT settle within the run.
  const warmUp = kind === "text" ? resumeText(20_000, 3) : kind === "advice" ? kloutLine(500) : proposalPdf(2, 3);
  for (const end = now() + 1_000; now() < end; ) await analyse(warmUp);
  const input = kind === "text" ? resumeText(size, 5) : kind === "advice" ? kloutLine(size) : proposalPdf(size, 5);
  await analyse(input);
  gc?.();
  const baselineRss = process.memoryUsage().rss;
  const sampler = startRssSampler();
  let claims = 0;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = now();
    claims = await analyse(input);
    times.push(now() - t);
  }
  const peakRss = Math.max(sampler.peak(), process.memoryUsage().rss);
  await sampler.stop();
  const result = {
    kind,
    size,
    inputBytes: typeof input === "string" ? input.length : input instanceof Uint8Array ? input.byteLength : input.text.length,
    claims,
    timesMs: times,
    bestMs: Math.min(...times),
    baselineRss,
    peakRss,
    processMaxRss: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stdout.write(`${JSON.stringify({ error: (error as { code?: string }).code ?? (error as Error).message })}\n`);
  process.exitCode = 1;
});
