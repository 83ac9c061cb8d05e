// Sends every file of the shared corpus and every crafted attack through the app
// (`app.request`) and, unless --app-only, through the real wrangler bundle in local workerd,
// and prints how many answers were 200, 4xx and 5xx, the slowest, and the memory peak.
//   npx tsx scripts/robustness.ts [--app-only] [--corpus DIR]
// Target: no 5xx, slowest under 10 s.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createApp } from "../src/app.ts";
import { buildAttacks } from "./make-attacks.ts";
import { listFilesRecursively } from "./lib/files.ts";

export interface Sample {
  name: string;
  bytes: Uint8Array;
}

export interface Outcome {
  name: string;
  status: number;
  ms: number;
}

export interface Summary {
  ok: number;
  clientErrors: number;
  serverErrors: number;
  slowest: Outcome | null;
  outcomes: Outcome[];
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

export function corpusSamples(corpus = path.resolve(root, "../shared/corpus")): Sample[] {
  if (!existsSync(corpus)) return [];
  return listFilesRecursively(corpus)
    .filter((file) => !/(MANIFEST\.tsv|README\.md)$/.test(file))
    .map((file) => ({ name: path.relative(corpus, file), bytes: new Uint8Array(readFileSync(file)) }));
}

export function attackSamples(): Sample[] {
  return buildAttacks().map((attack) => ({ name: `attacks/${attack.name}`, bytes: attack.bytes }));
}

type Send = (sample: Sample) => Promise<number>;

function formFor(sample: Sample): FormData {
  const form = new FormData();
  form.append("file", new File([sample.bytes as Uint8Array<ArrayBuffer>], path.basename(sample.name)));
  form.append("role", "Social Media Manager");
  return form;
}

export function viaApp(app = createApp()): Send {
  return async (sample) => {
    const response = await app.request("/v1/analyze", { method: "POST", body: formFor(sample) });
    await response.arrayBuffer();
    return response.status;
  };
}

export function viaUrl(base: string): Send {
  return async (sample) => {
    const response = await fetch(new URL("/v1/analyze", base), { method: "POST", body: formFor(sample) });
    await response.arrayBuffer();
    return response.status;
  };
}

export async function run(samples: Sample[], send: Send): Promise<Summary> {
  const outcomes: Outcome[] = [];
  for (const sample of samples) {
    const started = performance.now();
    let status: number;
    try {
      status = await send(sample);
    } catch {
      status = 599;
    }
    outcomes.push({ name: sample.name, status, ms: performance.now() - started });
  }
  const slowest = outcomes.reduce<Outcome | null>((worst, outcome) => (worst === null || outcome.ms > worst.ms ? outcome : worst), null);
  return {
    ok: outcomes.filter((outcome) => outcome.status < 300).length,
    clientErrors: outcomes.filter((outcome) => outcome.status >= 400 && outcome.status < 500).length,
    serverErrors: outcomes.filter((outcome) => outcome.status >= 500).length,
    slowest,
    outcomes,
  };
}

function describe(label: string, summary: Summary, peakRss: number | null): string {
  const slowest = summary.slowest ? `${(summary.slowest.ms / 1000).toFixed(2)} s (${summary.slowest.name})` : "-";
  const memory = peakRss === null ? "" : `, rss peak ${(peakRss / 1024 / 1024).toFixed(0)} MiB`;
  const failures = summary.outcomes.filter((outcome) => outcome.status >= 500).map((outcome) => `\n  5xx ${outcome.status} ${outcome.name}`);
  return `${label}: ${summary.outcomes.length} documents, 200: ${summary.ok}, 4xx: ${summary.clientErrors}, 5xx: ${summary.serverErrors}, slowest ${slowest}${memory}${failures.join("")}`;
}

/** The resident set size of a process, from /proc, or null where there is none. */
function rssOf(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /VmRSS:\s+(\d+)/.exec(status)?.[1];
    return kib ? Number(kib) * 1024 : null;
  } catch {
    return null;
  }
}

function workerdPids(): number[] {
  if (!existsSync("/proc")) return [];
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("workerd") && readFileSync(`/proc/${pid}/status`, "utf8").includes(`PPid:\t${process.pid}`);
      } catch {
        return false;
      }
    });
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const corpusIndex = args.indexOf("--corpus");
  const samples = [...corpusSamples(corpusIndex >= 0 ? path.resolve(args[corpusIndex + 1]!) : undefined), ...attackSamples()];

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
  const appSummary = await run(samples, viaApp());
  clearInterval(sampler);
  console.log(describe("app.request", appSummary, peak));

  let failed = appSummary.serverErrors > 0 || (appSummary.slowest?.ms ?? 0) > 10_000;
  if (!args.includes("--app-only")) {
    // Keeps the local runtime off the network: no download of the Request.cf object.
    process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
    const { unstable_startWorker } = await import("wrangler");
    const worker = await unstable_startWorker({
      config: path.join(root, "wrangler.toml"),
      dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "error", watch: false },
    });
    try {
      const base = (await worker.url).toString();
      let workerPeak = 0;
      const pids = workerdPids();
      const workerSampler = setInterval(() => {
        for (const pid of pids) workerPeak = Math.max(workerPeak, rssOf(pid) ?? 0);
      }, 25);
      const bundleSummary = await run(samples, viaUrl(base));
      clearInterval(workerSampler);
      console.log(describe("wrangler bundle (workerd)", bundleSummary, pids.length > 0 ? workerPeak : null));
      failed ||= bundleSummary.serverErrors > 0 || (bundleSummary.slowest?.ms ?? 0) > 10_000;
    } finally {
      await worker.dispose();
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
