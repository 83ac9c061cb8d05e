// The worker pool of the command line and the Node server: results in order, one bad document
// never stopping the rest, and its outer guarantees (the extraction deadline, the heap bound, a
// crashed worker) each replacing only the worker concerned.
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { analyzeDocument, type DocumentSource } from "../src/core/analyze.ts";
import { annotateDocument } from "../src/core/annotate/index.ts";
import { AuditError } from "../src/core/errors.ts";
import { AnalysisPool } from "../src/node/pool.ts";
import { BUILT_WORKER_URL } from "./helpers/built.ts";

const STUB_WORKER_URL = pathToFileURL(path.join(import.meta.dirname, "helpers", "stub-analysis-worker.mjs"));
const fixtures = path.join(import.meta.dirname, "..", "fixtures");
const fixture = (name: string): DocumentSource => ({ kind: "bytes", bytes: new Uint8Array(readFileSync(path.join(fixtures, name))), fileName: name });
const text = (value: string): DocumentSource => ({ kind: "text", text: value });
const options = { id: "pool-test", currentYear: 2026, role: "Social Media Manager" };

const pools: AnalysisPool[] = [];
function pool(size: number, workerUrl = STUB_WORKER_URL, memoryMb?: number): AnalysisPool {
  const created = new AnalysisPool({ size, workerUrl, memoryMb });
  pools.push(created);
  return created;
}

afterEach(async () => {
  await Promise.all(pools.splice(0).map((p) => p.close()));
});

async function failure(promise: Promise<unknown>): Promise<AuditError | Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a failure");
}

describe("the analysis pool, with the real worker", () => {
  it("gives the reports the engine gives in-process, for every format", async () => {
    const workers = pool(2, BUILT_WORKER_URL);
    const names = ["social-media-manager.pdf", "consultant-bid.docx", "hidden-text.pdf", "social-media-manager.html"];
    const inPool = await Promise.all(names.map((name) => workers.analyze(fixture(name), options)));
    const inProcess = await Promise.all(names.map((name) => analyzeDocument(fixture(name), options)));
    expect(inPool).toEqual(inProcess);
    expect(workers.load.workers).toBeLessThanOrEqual(2);
  });

  it("answers a bad document with its own error and goes on", async () => {
    const workers = pool(1, BUILT_WORKER_URL);
    const [bad, good] = await Promise.allSettled([workers.analyze(fixture("bad/truncated.pdf"), options), workers.analyze(fixture("backend-engineer.pdf"), options)]);
    expect(bad.status === "rejected" && (bad.reason as AuditError).code).toBe("corrupt_document");
    expect(good.status === "fulfilled" && good.value.document.format).toBe("pdf");
  });

  it("annotates, for /v1/annotate and --annotate: the same file and report as in-process", async () => {
    const workers = pool(2, BUILT_WORKER_URL);
    const names = ["claims-in-place.docx", "social-media-manager.md"];
    const inPool = await Promise.all(names.map((name) => workers.annotate(fixture(name), options)));
    const inProcess = await Promise.all(names.map((name) => annotateDocument(fixture(name), options)));
    expect(inPool.map((result) => result.report)).toEqual(inProcess.map((result) => result.report));
    expect(inPool.map((result) => result.marked)).toEqual(inProcess.map((result) => result.marked));
    // Word documents and Markdown come out the same byte for byte (a PDF's notes carry the time they were made).
    expect(inPool.map((result) => Buffer.from(result.bytes))).toEqual(inProcess.map((result) => Buffer.from(result.bytes)));
    const pdf = await workers.annotate(fixture("social-media-manager.pdf"), options);
    expect(pdf.extension).toBe("pdf");
    expect(pdf.marked).toHaveLength(pdf.report.claims.length);
  });

  it("extracts, for /v1/extract", async () => {
    const extracted = await pool(1, BUILT_WORKER_URL).extract(fixture("social-media-manager.pdf"));
    expect(extracted.format).toBe("pdf");
    expect(extracted.text).toMatch(/Klout/);
  });

  it("answers timeout when extraction passes its deadline", async () => {
    const error = await failure(pool(1, BUILT_WORKER_URL).analyze(fixture("consultant-bid.pdf"), options, { timeoutMs: 1 }));
    expect((error as AuditError).code).toBe("timeout");
  });
});

describe("the analysis pool's outer guarantees", () => {
  it("terminates a worker that spins past the extraction deadline, answers timeout on time, and replaces it", async () => {
    const workers = pool(1);
    const started = Date.now();
    const error = await failure(workers.analyze(text("spin"), options, { timeoutMs: 300 }));
    const tookMs = Date.now() - started;
    expect((error as AuditError).code).toBe("timeout");
    expect((error as AuditError).status).toBe(504);
    expect(tookMs).toBeGreaterThanOrEqual(300);
    expect(tookMs).toBeLessThan(2000);
    // The next document goes to a new worker, whose first document is this one.
    const next = (await workers.analyze(text("fine"), options)) as unknown as { text: string; threadHeld: number };
    expect(next.text).toBe("fine");
    expect(next.threadHeld).toBeGreaterThanOrEqual(started + 300);
  });

  it("stops the extraction clock once the text is extracted", async () => {
    const workers = pool(1);
    // A worker's start is not part of the timings below: each one is started by a first document.
    const started = () => workers.analyze(text("start"), options);
    await started();
    // Each phase within the deadline, the two together past it.
    const done = (await workers.analyze(text("phases 300 300"), options, { timeoutMs: 500 })) as unknown as { text: string };
    expect(done.text).toBe("phases 300 300");
    const slowExtraction = await failure(workers.analyze(text("phases 800 0"), options, { timeoutMs: 500 }));
    expect(slowExtraction.message).toMatch(/^Reading the document took longer than 500 ms/);
    await started();
    const slowAnalysis = await failure(workers.analyze(text("phases 0 800"), options, { timeoutMs: 500 }));
    expect(slowAnalysis.message).toMatch(/^Analysing the document took longer than 500 ms/);
  });

  it("answers limits_exceeded when a document needs more heap than a worker may use, and goes on", async () => {
    const workers = pool(1, STUB_WORKER_URL, 32);
    const error = await failure(workers.analyze(text("hoard"), options));
    expect((error as AuditError).code).toBe("limits_exceeded");
    expect(error.message).toMatch(/32 MiB/);
    expect(await workers.analyze(text("after"), options)).toMatchObject({ text: "after" });
  }, 30_000);

  it("turns a worker that dies or throws into a bug for that document only", async () => {
    const workers = pool(2);
    const results = await Promise.allSettled([
      workers.analyze(text("crash"), options),
      workers.analyze(text("throw"), options),
      workers.analyze(text("refuse"), options),
      workers.analyze(text("fine"), options),
    ]);
    expect(results.map((result) => result.status)).toEqual(["rejected", "rejected", "rejected", "fulfilled"]);
    expect(results[0]!.status === "rejected" && results[0]!.reason instanceof AuditError).toBe(false);
    expect(results[1]!.status === "rejected" && results[1]!.reason instanceof AuditError).toBe(false);
    expect(results[2]!.status === "rejected" && (results[2]!.reason as AuditError).code).toBe("no_text");
    expect(workers.load.workers).toBeLessThanOrEqual(2);
  });

  it("runs as many documents at once as it has workers, in the order they came", async () => {
    const workers = pool(2);
    await Promise.all([workers.analyze(text("start"), options), workers.analyze(text("start"), options)]);
    expect(workers.load.workers).toBe(2);
    const started = Date.now();
    const finished: string[] = [];
    await Promise.all(
      ["phases 300 0", "phases 300 0", "phases 300 0", "phases 300 0"].map((value, index) =>
        workers.analyze(text(value), options).then(() => finished.push(String(index))),
      ),
    );
    const tookMs = Date.now() - started;
    expect(tookMs).toBeGreaterThanOrEqual(600);
    expect(tookMs).toBeLessThan(1500);
    expect(finished.slice(0, 2).sort()).toEqual(["0", "1"]);
  });

  it("refuses documents once closed", async () => {
    const workers = pool(1);
    await workers.close();
    expect(((await failure(workers.analyze(text("late"), options))) as AuditError).code).toBe("rate_limited");
  });
});
