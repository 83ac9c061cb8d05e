// One isolate parses a bounded number of documents at once; the rest wait in a bounded queue,
// and past it get 429 with Retry-After instead of exhausting memory.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { DocumentLimiter } from "../src/http/limiter.ts";
import { buildPdf } from "../scripts/make-fixtures.ts";

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

describe("DocumentLimiter", () => {
  it("runs at most maxRunning at once, and every waiting run gets its turn", async () => {
    const limiter = new DocumentLimiter(2, 10);
    const gates = [deferred(), deferred(), deferred(), deferred()];
    const started: number[] = [];
    let concurrent = 0;
    let peak = 0;
    const runs = gates.map((gate, index) =>
      limiter.run(async () => {
        started.push(index);
        peak = Math.max(peak, ++concurrent);
        await gate.promise;
        concurrent -= 1;
        return index;
      }),
    );
    await Promise.resolve();
    expect(started).toEqual([0, 1]);
    expect(limiter.load).toEqual({ running: 2, waiting: 2 });
    gates[1]!.resolve();
    await runs[1];
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(started).toHaveLength(3);
    for (const gate of gates) gate.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(peak).toBe(2);
    expect(limiter.load).toEqual({ running: 0, waiting: 0 });
  });

  it("frees the slot when the work throws", async () => {
    const limiter = new DocumentLimiter(1, 0);
    await expect(limiter.run(async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await limiter.run(async () => "next")).toBe("next");
  });

  it("refuses with rate_limited once the queue is full", async () => {
    const limiter = new DocumentLimiter(1, 1);
    const gate = deferred();
    const first = limiter.run(() => gate.promise);
    const second = limiter.run(async () => "second");
    await expect(limiter.run(async () => "third")).rejects.toMatchObject({ code: "rate_limited", status: 429 });
    gate.resolve();
    await first;
    expect(await second).toBe("second");
  });
});

function heldUpload(app: ReturnType<typeof createApp>, env: Record<string, string>, headers: Record<string, string> = {}) {
  let release!: () => void;
  const held = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode("Klout score 70. "));
      release = () => controller.close();
    },
  });
  const response = app.request(
    new Request("http://local/v1/analyze", { method: "POST", headers: { "content-type": "text/plain", ...headers }, body: held, duplex: "half" } as RequestInit),
    undefined,
    env,
  );
  // Closing a stream the server already cancelled is a no-op here.
  return { response, release: () => { try { release(); } catch { /* cancelled */ } } };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("the limiter in the app", () => {
  it("answers 429 with Retry-After when a document would wait past the queue", async () => {
    const app = createApp();
    const env = { MAX_CONCURRENT_DOCUMENTS: "1", MAX_QUEUED_DOCUMENTS: "1" };
    const pages = Array.from({ length: 30 }, (_unused, index) => `Page ${index + 1}\n${"Grew our Instagram to 48K followers. ".repeat(30)}`);
    const form = new FormData();
    form.append("file", new File([buildPdf(pages) as Uint8Array<ArrayBuffer>], "long.pdf"));
    const busy = app.request("/v1/analyze", { method: "POST", body: form }, env);
    // The PDF's body is in memory and read at once; its parsing holds the one slot for a while.
    await pause(50);
    const waiting = app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: "12k followers on X" }, env);
    await pause(20);
    const refused = await app.request("/v1/extract", { method: "POST", headers: { "content-type": "text/plain" }, body: "text" }, env);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { code: string }).code).toBe("rate_limited");
    expect((await busy).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });

  it("takes the slot only once the body has arrived: a slow upload holds none", async () => {
    const app = createApp();
    const env = { MAX_CONCURRENT_DOCUMENTS: "1", MAX_QUEUED_DOCUMENTS: "1" };
    const slow = heldUpload(app, env);
    await pause(20);
    const other = await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: "12k followers on X" }, env);
    expect(other.status).toBe(200);
    slow.release();
    expect((await slow.response).status).toBe(200);
  });

  it("lets one caller hold no more than its share of requests in flight", async () => {
    const app = createApp();
    const env = { MAX_REQUESTS_PER_CALLER: "2" };
    const mine = { authorization: "Bearer caller-one" };
    const first = heldUpload(app, env, mine);
    const second = heldUpload(app, env, mine);
    await pause(20);
    const third = await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain", ...mine }, body: "12k followers on X" }, env);
    expect(third.status).toBe(429);
    const someoneElse = await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain", authorization: "Bearer caller-two" }, body: "12k followers on X" }, env);
    expect(someoneElse.status).toBe(200);
    first.release();
    second.release();
    expect((await first.response).status).toBe(200);
    expect((await second.response).status).toBe(200);
    // Turns are given back once answered.
    const again = await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain", ...mine }, body: "12k followers on X" }, env);
    expect(again.status).toBe(200);
  });

  it("cuts off a sender that goes quiet, with 408 request_timeout", async () => {
    const app = createApp();
    const slow = heldUpload(app, { BODY_IDLE_TIMEOUT_MS: "100" });
    const response = await slow.response;
    expect(response.status).toBe(408);
    expect(((await response.json()) as { code: string }).code).toBe("request_timeout");
    slow.release();
  });

  it("cuts off a sender that trickles past the body deadline", async () => {
    const app = createApp();
    let timer: ReturnType<typeof setInterval> | undefined;
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        timer = setInterval(() => controller.enqueue(new TextEncoder().encode("a")), 20);
      },
      cancel() {
        clearInterval(timer);
      },
    });
    const started = performance.now();
    const response = await app.request(
      new Request("http://local/v1/extract", { method: "POST", headers: { "content-type": "text/plain" }, body: trickle, duplex: "half" } as RequestInit),
      undefined,
      { BODY_TIMEOUT_MS: "300" },
    );
    clearInterval(timer);
    expect(response.status).toBe(408);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
