// Jobs against an in-memory bucket and queue that interleave every call: exactly one
// callback per job however the last documents race, give-ups from the dead-letter queue,
// callback back-off, concurrent idempotent creates, and jobs scoped to their API key.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { continueCleanup, handleQueue } from "../src/jobs/consumer.ts";
import { createJob, type NewJob } from "../src/jobs/create.ts";
import type { JobMessage } from "../src/jobs/messages.ts";
import { readJobSettings, type JobBindings } from "../src/jobs/settings.ts";
import { keys, readJson, type CallbackOutcome, type JobResult } from "../src/jobs/store.ts";

interface Stored {
  body: Uint8Array;
  customMetadata: Record<string, string>;
  etag: string;
}

/** Yields to other tasks at every call, so concurrent consumers interleave as on a network. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, Math.random() * 3));

function memoryBucket() {
  const objects = new Map<string, Stored>();
  let version = 0;
  const view = (key: string, stored: Stored) => ({
    key,
    etag: stored.etag,
    customMetadata: stored.customMetadata,
    size: stored.body.byteLength,
    text: async () => new TextDecoder().decode(stored.body),
    json: async () => JSON.parse(new TextDecoder().decode(stored.body)),
    arrayBuffer: async () => stored.body.slice().buffer,
  });
  const bucket = {
    objects,
    async put(key: string, value: string | Uint8Array, options: { onlyIf?: { etagDoesNotMatch?: string }; customMetadata?: Record<string, string> } = {}) {
      await tick();
      if (options.onlyIf?.etagDoesNotMatch === "*" && objects.has(key)) return null;
      const body = typeof value === "string" ? new TextEncoder().encode(value) : value;
      const stored = { body, customMetadata: options.customMetadata ?? {}, etag: String(++version) };
      objects.set(key, stored);
      return view(key, stored);
    },
    async get(key: string) {
      await tick();
      const stored = objects.get(key);
      return stored ? view(key, stored) : null;
    },
    async head(key: string) {
      await tick();
      const stored = objects.get(key);
      return stored ? view(key, stored) : null;
    },
    async delete(key: string | string[]) {
      await tick();
      for (const one of Array.isArray(key) ? key : [key]) objects.delete(one);
    },
    async list(options: { prefix?: string; limit?: number } = {}) {
      await tick();
      const matching = [...objects.keys()].filter((key) => key.startsWith(options.prefix ?? "")).sort();
      const page = matching.slice(0, options.limit ?? 1000);
      return { objects: page.map((key) => view(key, objects.get(key)!)), truncated: page.length < matching.length, delimitedPrefixes: [] };
    },
  };
  return bucket;
}

function memoryQueue() {
  const sent: Array<{ body: JobMessage; delaySeconds?: number }> = [];
  return {
    sent,
    async send(body: JobMessage, options?: { delaySeconds?: number }) {
      await tick();
      sent.push({ body, ...(options?.delaySeconds !== undefined ? { delaySeconds: options.delaySeconds } : {}) });
    },
    async sendBatch(messages: Array<{ body: JobMessage }>) {
      await tick();
      for (const message of messages) sent.push({ body: message.body });
    },
  };
}

function setup(vars: Record<string, string> = {}) {
  const bucket = memoryBucket();
  const queue = memoryQueue();
  const env = { DOCUMENTS: bucket, ANALYSIS_QUEUE: queue, WEBHOOK_SECRET: "secret", ...vars };
  const bindings = { bucket, queue } as unknown as JobBindings;
  return { bucket, queue, env, bindings, settings: readJobSettings(env) };
}

interface Delivered {
  acked: boolean;
  retried: boolean;
}

function batchOf(queueName: string, bodies: JobMessage[], attempts = 1): { batch: MessageBatch<unknown>; states: Delivered[] } {
  const states = bodies.map(() => ({ acked: false, retried: false }));
  const messages = bodies.map((body, index) => ({
    id: String(index),
    timestamp: new Date(),
    body,
    attempts,
    ack: () => void (states[index]!.acked = true),
    retry: () => void (states[index]!.retried = true),
  }));
  return { batch: { queue: queueName, messages, retryAll: () => undefined, ackAll: () => undefined } as unknown as MessageBatch<unknown>, states };
}

const text = (value: string) => ({ kind: "text" as const, text: value });

function newJob(documents: NewJob["documents"], extra: Partial<NewJob> = {}): NewJob {
  return { fields: { documentType: "auto", llm: "off" }, documents, callbackUrl: "https://hooks.example/audit", owner: "", idempotencyKey: null, ...extra };
}

describe("the job consumer", () => {
  it("queues exactly one callback when the last documents finish at the same time", async () => {
    for (let round = 0; round < 25; round++) {
      const { bucket, queue, env, bindings, settings } = setup();
      const job = await createJob(bindings, settings, newJob([text("Klout score of 78."), text("12k followers on X."), text("A podcast.")]));
      const analyses = queue.sent.splice(0).map((message) => message.body);
      // Each message in its own batch, all at once: three consumers racing to the end.
      const batches = analyses.map((body) => batchOf("influence-audit-jobs", [body]));
      await Promise.all(batches.map(({ batch }) => handleQueue(batch, env)));
      for (const { states } of batches) expect(states).toEqual([{ acked: true, retried: false }]);
      expect(queue.sent.map((message) => message.body)).toEqual([{ type: "deliver-callback", jobId: job.id, attempt: 1 }]);
      expect([...bucket.objects.keys()].filter((key) => key.includes("/documents/"))).toEqual([]);
    }
  });

  it("finishes a job from the dead-letter queue with an error for the document that never got through", async () => {
    const { bucket, queue, env, bindings, settings } = setup();
    const job = await createJob(bindings, settings, newJob([text("Klout score of 78."), text("12k followers on X.")]));
    const [first, second] = queue.sent.splice(0).map((message) => message.body);
    await handleQueue(batchOf("influence-audit-jobs", [first!]).batch, env);
    await handleQueue(batchOf("influence-audit-jobs-dlq", [second!], 4).batch, env);
    const result = await readJson<JobResult>(bucket as unknown as R2Bucket, keys.result(job.id, 1));
    expect(result && "error" in result && result.error.code).toBe("internal_error");
    expect(bucket.objects.has(keys.document(job.id, 1))).toBe(false);
    expect(queue.sent.map((message) => message.body.type)).toEqual(["deliver-callback"]);
  });

  it("retries a refused callback with growing delays, then records the failure", async () => {
    const { bucket, queue, env, bindings, settings } = setup({ CALLBACK_MAX_ATTEMPTS: "3", CALLBACK_RETRY_BASE_SECONDS: "10", CALLBACK_ALLOWED_HOSTS: "127.0.0.1" });
    const job = await createJob(bindings, settings, newJob([text("Klout score of 78.")], { callbackUrl: "http://127.0.0.1:9/unreachable" }));
    await handleQueue(batchOf("influence-audit-jobs", [queue.sent.splice(0)[0]!.body]).batch, env);
    const delays: Array<number | undefined> = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      const [message] = queue.sent.splice(0);
      expect(message!.body).toEqual({ type: "deliver-callback", jobId: job.id, attempt });
      delays.push(message!.delaySeconds);
      await handleQueue(batchOf("influence-audit-jobs", [message!.body]).batch, env);
    }
    expect(delays).toEqual([undefined, 10, 20]);
    expect(queue.sent).toEqual([]);
    const outcome = await readJson<CallbackOutcome>(bucket as unknown as R2Bucket, keys.callback(job.id));
    expect(outcome).toMatchObject({ status: "failed", attempts: 3 });
    expect(outcome).not.toHaveProperty("lastStatus");
  });

  it("keeps every result within its share of the job's cap", async () => {
    const { bucket, queue, env, bindings, settings } = setup({ MAX_REPORT_BYTES: "6000" });
    const long = "Grew our Instagram to 48K followers in 2023. ".repeat(30);
    const job = await createJob(bindings, settings, newJob([text("Klout score of 78."), text(long)]));
    for (const message of queue.sent.splice(0).filter((sent) => sent.body.type === "analyze")) {
      await handleQueue(batchOf("influence-audit-jobs", [message.body]).batch, env);
    }
    const small = await readJson<JobResult>(bucket as unknown as R2Bucket, keys.result(job.id, 0));
    const large = await readJson<JobResult>(bucket as unknown as R2Bucket, keys.result(job.id, 1));
    expect(small && "claims" in small).toBe(true);
    expect(JSON.stringify(small).length).toBeLessThanOrEqual(6000);
    expect(large && "error" in large && large.error.code).toBe("limits_exceeded");
  });

  it("records a callback that reached the dead-letter queue with every attempt the queue made", async () => {
    const { bucket, queue, env, bindings, settings } = setup();
    const job = await createJob(bindings, settings, newJob([text("Klout score of 78.")]));
    await handleQueue(batchOf("influence-audit-jobs", [queue.sent.splice(0)[0]!.body]).batch, env);
    const [callback] = queue.sent.splice(0);
    // Attempt 2 of the app's own count failed 1 + max_retries (3) times in the queue.
    await handleQueue(batchOf("influence-audit-jobs-dlq", [{ ...callback!.body, attempt: 2 } as JobMessage], 4).batch, env);
    const outcome = await readJson<CallbackOutcome>(bucket as unknown as R2Bucket, keys.callback(job.id));
    expect(outcome).toMatchObject({ status: "failed", attempts: 1 + 4 });
  });

  it("does not send a callback to a host that is no longer allowed", async () => {
    const { bucket, queue, env, bindings, settings } = setup();
    const job = await createJob(bindings, settings, newJob([text("Klout score of 78.")], { callbackUrl: "https://169.254.169.254/latest/meta-data" }));
    await handleQueue(batchOf("influence-audit-jobs", [queue.sent.splice(0)[0]!.body]).batch, env);
    const sent: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = (async (input: RequestInfo | URL) => {
      sent.push(String(input));
      return new Response("ok");
    }) as typeof fetch;
    try {
      await handleQueue(batchOf("influence-audit-jobs", [queue.sent.splice(0)[0]!.body]).batch, env);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(sent).toEqual([]);
    expect(await readJson<CallbackOutcome>(bucket as unknown as R2Bucket, keys.callback(job.id))).toMatchObject({ status: "failed", attempts: 0 });
  });

  it("deletes expired jobs a stretch at a time, queueing the next stretch until none is left", async () => {
    const { bucket, queue, env, bindings } = setup({ JOB_TTL_SECONDS: "1" });
    const settings = readJobSettings(env);
    const created = Date.now() - 10_000;
    for (let index = 0; index < 320; index++) await createJob(bindings, settings, newJob([text("Klout score of 78.")], { callbackUrl: null }), created);
    queue.sent.splice(0);
    await continueCleanup(bindings);
    expect(queue.sent.map((message) => message.body)).toEqual([{ type: "cleanup", jobId: "" }]);
    let runs = 1;
    while (queue.sent.length > 0) {
      const [message] = queue.sent.splice(0);
      await handleQueue(batchOf("influence-audit-jobs", [message!.body]).batch, env);
      runs++;
      expect(runs).toBeLessThan(10);
    }
    expect(runs).toBe(3);
    expect([...bucket.objects.keys()]).toEqual([]);
  }, 30_000);

  it("gives concurrent creates with one Idempotency-Key one job", async () => {
    const { bucket, queue, bindings, settings } = setup();
    const request = () => newJob([text("Klout score of 78.")], { idempotencyKey: "nightly-import-42" });
    const created = await Promise.all([1, 2, 3, 4].map(() => createJob(bindings, settings, request())));
    expect(new Set(created.map((job) => job.id)).size).toBe(1);
    expect(created.filter((job) => job.created)).toHaveLength(1);
    expect(queue.sent).toHaveLength(1);
    expect([...bucket.objects.keys()].filter((key) => key.endsWith("manifest.json"))).toHaveLength(1);
    const conflict = createJob(bindings, settings, newJob([text("Another résumé.")], { idempotencyKey: "nightly-import-42" }));
    await expect(conflict).rejects.toMatchObject({ code: "idempotency_conflict" });
    // The other request's job is not named: where keys are off, its id would open it to anyone.
    await expect(conflict).rejects.not.toMatchObject({ message: expect.stringContaining(created[0]!.id) });
    // Scoped to the caller: another API key's same Idempotency-Key is another job.
    const other = await createJob(bindings, settings, { ...request(), owner: "another-key-digest" });
    expect(other.created).toBe(true);
    expect(other.id).not.toBe(created[0]!.id);
  });
});

describe("the job routes with API keys", () => {
  const post = (app: ReturnType<typeof createApp>, env: object, key: string, headers: Record<string, string> = {}) => {
    const form = new FormData();
    form.append("files", new File(["Klout score of 78."], "cv.txt", { type: "text/plain" }));
    return app.request("/v1/jobs", { method: "POST", headers: { authorization: `Bearer ${key}`, ...headers }, body: form }, env);
  };

  it("show a job only to the key that made it, and scope Idempotency-Keys to it", async () => {
    const app = createApp();
    const { env } = setup({ API_KEYS: "key-one,key-two" });
    const created = await post(app, env, "key-one", { "idempotency-key": "shared-name" });
    expect(created.status).toBe(202);
    const { id } = (await created.json()) as { id: string };
    const read = (key: string) => app.request(`/v1/jobs/${id}`, { headers: { authorization: `Bearer ${key}` } }, env);
    expect((await read("key-one")).status).toBe(200);
    expect((await read("key-two")).status).toBe(404);
    expect((await app.request(`/v1/jobs/${id}`, {}, env)).status).toBe(401);
    const replay = await post(app, env, "key-one", { "idempotency-key": "shared-name" });
    expect(replay.status).toBe(200);
    expect(((await replay.json()) as { id: string }).id).toBe(id);
    const otherKey = await post(app, env, "key-two", { "idempotency-key": "shared-name" });
    expect(otherKey.status).toBe(202);
    expect(((await otherKey.json()) as { id: string }).id).not.toBe(id);
  });

  it("delete a job for the key that made it only, with everything it held", async () => {
    const app = createApp();
    const { env, bucket, queue } = setup({ API_KEYS: "key-one,key-two" });
    const created = await post(app, env, "key-one", { "idempotency-key": "to-erase" });
    const { id } = (await created.json()) as { id: string };
    const remove = (key: string) => app.request(`/v1/jobs/${id}`, { method: "DELETE", headers: { authorization: `Bearer ${key}` } }, env);
    expect((await remove("key-two")).status).toBe(404);
    expect([...bucket.objects.keys()].some((key) => key.startsWith(`jobs/${id}/`))).toBe(true);
    const erased = await remove("key-one");
    expect(erased.status).toBe(204);
    expect([...bucket.objects.keys()]).toEqual([]);
    expect((await app.request(`/v1/jobs/${id}`, { headers: { authorization: "Bearer key-one" } }, env)).status).toBe(404);
    // A message still queued for it analyses nothing and writes nothing.
    await handleQueue(batchOf("influence-audit-jobs", [queue.sent.splice(0)[0]!.body]).batch, env);
    expect([...bucket.objects.keys()]).toEqual([]);
  });

  it("refuse a bad Idempotency-Key, and a callback where no secret can sign it", async () => {
    const app = createApp();
    const { env } = setup({ WEBHOOK_SECRET: "" });
    const badKey = await post(app, env, "any", { "idempotency-key": "two words" });
    expect(badKey.status).toBe(400);
    const form = new FormData();
    form.append("files", new File(["Klout score of 78."], "cv.txt"));
    form.append("callbackUrl", "https://hooks.example/audit");
    const unsigned = await app.request("/v1/jobs", { method: "POST", body: form }, env);
    expect(unsigned.status).toBe(501);
    expect(((await unsigned.json()) as { detail: string }).detail).toMatch(/WEBHOOK_SECRET/);
  });
});
