// The deployable bundle's size (a dry-run build, no account or network needed) and the
// Worker's startup cost: `wrangler check startup` where it works, and the first requests
// on a freshly started local Worker in any case.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchContext } from "../context.ts";
import { SectionReport } from "../results.ts";
import { formatBytes, formatMs, median, now } from "../stats.ts";
import { startWorker } from "../worker.ts";
import { ANALYZE_PDF_PATH } from "./http.ts";
import { resumePdf } from "../documents.ts";
import { listFilesRecursively } from "../../lib/files.ts";

const MIB = 1024 * 1024;

function wrangler(ctx: BenchContext, args: string[]) {
  return spawnSync(join(ctx.root, "node_modules", ".bin", "wrangler"), args, {
    cwd: ctx.root,
    encoding: "utf8",
    timeout: 180_000,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CLOUDFLARE_CF_FETCH_ENABLED: "false", CI: "1" },
  });
}

interface CpuProfile {
  startTime: number;
  endTime: number;
  nodes: { id: number; callFrame: { functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Time in the profile not spent idle, in ms. */
function busyMs(profile: CpuProfile): number {
  const idle = new Set(profile.nodes.filter((n) => n.callFrame.functionName === "(idle)").map((n) => n.id));
  let busy = 0;
  profile.samples.forEach((node, i) => {
    if (!idle.has(node)) busy += profile.timeDeltas[i] ?? 0;
  });
  return busy / 1000;
}

export async function startupSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("startup");
  const out = mkdtempSync(join(tmpdir(), "bench-bundle-"));
  try {
    const buildStart = now();
    const build = wrangler(ctx, ["deploy", "--dry-run", "--outdir", out]);
    const buildMs = now() - buildStart;
    if (build.status !== 0) {
      report.row("dry-run build", `failed (exit ${build.status})`, "", "failed");
      report.note(build.stderr.split("\n").filter((l) => /error/i.test(l)).slice(0, 3).join(" | "));
    } else {
      // wrangler writes a README.md beside the bundle; it is not uploaded.
      const files = listFilesRecursively(out).filter((f) => !f.endsWith(".map") && !f.endsWith("README.md"));
      let raw = 0;
      let gzipped = 0;
      for (const file of files) {
        const bytes = readFileSync(file);
        raw += bytes.byteLength;
        gzipped += gzipSync(bytes, { level: 9 }).byteLength;
      }
      report.row("bundle files", files.map((f) => relative(out, f)).join(", "));
      report.row("dry-run build (wrangler deploy --dry-run, wall)", formatMs(buildMs));
      report.row("bundle size", formatBytes(raw));
      report.check("bundle size gzipped", formatBytes(gzipped), "≤ 1 MiB", gzipped <= MIB);
      report.data = { ...report.data, buildMs, bundleBytes: raw, bundleGzipBytes: gzipped };

      // Startup CPU as Cloudflare measures it, from a local workerd profile of the bundle.
      const bundleFile = join(out, "worker.bundle");
      const profileFile = join(out, "startup.cpuprofile");
      const multipart = wrangler(ctx, ["deploy", "--dry-run", "--outfile", bundleFile]);
      const busy: number[] = [];
      let check = multipart;
      for (let i = 0; i < (ctx.quick ? 1 : 3) && multipart.status === 0; i++) {
        rmSync(profileFile, { force: true });
        check = wrangler(ctx, ["check", "startup", "--worker", bundleFile, "--outfile", profileFile]);
        if (check.status !== 0 || !existsSync(profileFile)) break;
        busy.push(busyMs(JSON.parse(readFileSync(profileFile, "utf8")) as CpuProfile));
      }
      if (busy.length > 0 && check.status === 0) {
        report.row("startup CPU (wrangler check startup, busy samples)", `median ${formatMs(median(busy))}, min ${formatMs(Math.min(...busy))} (${busy.length} runs)`);
        report.data = { ...report.data, startupCpuMs: busy };
      } else {
        report.row("wrangler check startup", "did not run", "", "skipped");
        report.note(`wrangler check startup exit ${check.status}: ${(check.stderr || check.stdout).split("\n").filter((l) => l.trim()).slice(-2).join(" | ")}`);
      }
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }

  // First requests on a fresh Worker: the isolate starts on the first one.
  const worker = await startWorker();
  const ready = worker.readyMs;
  try {
    const t1 = now();
    const health = await fetch(new URL("/healthz", worker.url));
    await health.arrayBuffer();
    const first = now() - t1;
    const t2 = now();
    const analyze = await fetch(new URL(ANALYZE_PDF_PATH, worker.url), { method: "POST", headers: { "content-type": "application/pdf" }, body: new Blob([new Uint8Array(resumePdf(2))]) });
    await analyze.arrayBuffer();
    const firstAnalyze = now() - t2;
    const t3 = now();
    const again = await fetch(new URL(ANALYZE_PDF_PATH, worker.url), { method: "POST", headers: { "content-type": "application/pdf" }, body: new Blob([new Uint8Array(resumePdf(2))]) });
    await again.arrayBuffer();
    const secondAnalyze = now() - t3;
    report.row("local worker ready (wrangler build + workerd start)", formatMs(ready));
    report.row("first request on it (GET /healthz; includes the dev bundling and isolate start)", `${formatMs(first)} (status ${health.status})`);
    report.row("first analyze of a 2-page PDF / the next one", `${formatMs(firstAnalyze)} / ${formatMs(secondAnalyze)} (status ${analyze.status})`);
    report.data = { ...report.data, readyMs: ready, firstRequestMs: first, firstAnalyzeMs: firstAnalyze, secondAnalyzeMs: secondAnalyze };
  } finally {
    await worker.dispose();
  }
  return report;
}
