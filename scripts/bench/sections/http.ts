// Latency and throughput of one 2-page PDF through the real Worker bundle on 127.0.0.1.
import type { BenchContext } from "../context.ts";
import { resumePdf } from "../documents.ts";
import { runLoad, type RequestSpec } from "../http-client.ts";
import { SectionReport } from "../results.ts";
import { formatMs, median, now, percentile } from "../stats.ts";
import { startWorker } from "../worker.ts";

export const ANALYZE_PDF_PATH = "/v1/analyze?role=Marketing%20Manager";

export async function httpSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("http");
  const pdf = resumePdf(2);
  const spec: RequestSpec = { kind: "pdf-2-pages", path: ANALYZE_PDF_PATH, headers: { "content-type": "application/pdf" }, body: pdf };
  const worker = await startWorker();
  try {
    const concurrency = 8;
    const maxMs = ctx.quick ? 5_000 : 15_000;
    const maxRequests = ctx.quick ? 500 : 2_000;
    await runLoad({ base: worker.url, concurrency, maxRequests: 50, maxMs: 10_000, next: () => spec });
    const { outcomes, wallMs } = await runLoad({ base: worker.url, concurrency, maxRequests, maxMs, next: () => spec });
    const ok = outcomes.filter((o) => o.status === 200);
    const latencies = outcomes.map((o) => o.ms);
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const rps = (outcomes.length * 1000) / wallMs;
    report.row("load", `${concurrency} clients, ${outcomes.length} requests in ${formatMs(wallMs)} (cap ${maxRequests} requests or ${maxMs / 1000} s); body ${pdf.byteLength} bytes`);
    report.check("p50 latency", formatMs(p50), "≤ 30 ms", p50 <= 30);
    report.row("p99 latency", formatMs(p99));
    report.row("requests/s", rps.toFixed(1));
    report.check("status 200", `${ok.length} of ${outcomes.length}`, "all", ok.length === outcomes.length);
    // The same document analysed in this process, one at a time: what the Worker's share is
    // once HTTP, the runtime and the concurrent clients are taken away.
    const { analyzeDocument } = await import("../../../src/core/analyze.ts");
    const inProcess: number[] = [];
    for (let i = 0; i < (ctx.quick ? 30 : 100); i++) {
      const t = now();
      await analyzeDocument({ kind: "bytes", bytes: pdf }, { id: "bench", role: "Marketing Manager" });
      if (i >= 10) inProcess.push(now() - t);
    }
    report.row("same PDF in-process (Node, sequential), median", formatMs(median(inProcess)));
    report.data = { concurrency, requests: outcomes.length, wallMs, p50, p99, rps, ok: ok.length, bodyBytes: pdf.byteLength, inProcessMedianMs: median(inProcess) };
  } finally {
    await worker.dispose();
  }
  return report;
}
