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
    // Latency is measured with one client at a time: a Worker isolate runs one request's
    // JavaScript at a time, so with N clients every request also waits for N-1 others and the
    // figure would measure the queue. Throughput is measured separately with 8 clients.
    const maxMs = ctx.quick ? 5_000 : 15_000;
    const maxRequests = ctx.quick ? 300 : 1_000;
    await runLoad({ base: worker.url, concurrency: 2, maxRequests: 50, maxMs: 10_000, next: () => spec });
    const single = await runLoad({ base: worker.url, concurrency: 1, maxRequests, maxMs, next: () => spec });
    const singleLatencies = single.outcomes.map((o) => o.ms);
    const p50 = percentile(singleLatencies, 50);
    const p99 = percentile(singleLatencies, 99);
    report.row("latency run", `1 client, ${single.outcomes.length} requests in ${formatMs(single.wallMs)}; body ${pdf.byteLength} bytes`);
    report.check("p50 latency (1 client)", formatMs(p50), "≤ 30 ms", p50 <= 30);
    report.row("p99 latency (1 client)", formatMs(p99));

    const concurrency = 8;
    const { outcomes, wallMs } = await runLoad({ base: worker.url, concurrency, maxRequests, maxMs, next: () => spec });
    const ok = outcomes.filter((o) => o.status === 200);
    const latencies = outcomes.map((o) => o.ms);
    const rps = (outcomes.length * 1000) / wallMs;
    report.row("throughput run", `${concurrency} clients, ${outcomes.length} requests in ${formatMs(wallMs)} (cap ${maxRequests} requests or ${maxMs / 1000} s)`);
    report.row("requests/s (8 clients)", rps.toFixed(1));
    report.row(`p50 / p99 latency (8 clients)`, `${formatMs(percentile(latencies, 50))} / ${formatMs(percentile(latencies, 99))}`);
    const singleOk = single.outcomes.filter((o) => o.status === 200).length;
    report.check("status 200", `${ok.length + singleOk} of ${outcomes.length + single.outcomes.length}`, "all", ok.length + singleOk === outcomes.length + single.outcomes.length);
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
    report.data = { singleClient: { requests: single.outcomes.length, p50, p99 }, concurrency, requests: outcomes.length, wallMs, rps, ok: ok.length, bodyBytes: pdf.byteLength, inProcessMedianMs: median(inProcess) };
  } finally {
    await worker.dispose();
  }
  return report;
}
