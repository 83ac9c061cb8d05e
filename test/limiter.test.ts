// One isolate parses a bounded number of documents at once; the rest wait in a bounded queue,
// and past it get 429 with Retry-After instead of exhausting memory.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { DocumentLimiter } from "../src/http/limiter.ts";

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

describe("the limiter in the app", () => {
  it("answers 429 with Retry-After when a document would wait past the queue", async () => {
    const app = createApp();
    const env = { MAX_CONCURRENT_DOCUMENTS: "1", MAX_QUEUED_DOCUMENTS: "1" };
    let release!: () => void;
    const held = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode("Klout score 70. "));
        release = () => controller.close();
      },
    });
    const slow = app.request(
      new Request("http://local/v1/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: held, duplex: "half" } as RequestInit),
      undefined,
      env,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    const waiting = app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: "12k followers on X" }, env);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const refused = await app.request("/v1/extract", { method: "POST", headers: { "content-type": "text/plain" }, body: "text" }, env);
    expect(refused.status).toBe(429);
    expect(refused.headers.get("retry-after")).toBe("5");
    expect(((await refused.json()) as { code: string }).code).toBe("rate_limited");
    release();
    expect((await slow).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });
});
