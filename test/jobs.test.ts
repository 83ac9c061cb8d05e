// Async jobs end to end on the real bundle: the local runtime simulates the R2 bucket and
// the queue, so a job goes create → queue → consume → results → callback as deployed.
import { createHmac, timingSafeEqual } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPlatformProxy, unstable_startWorker } from "wrangler";
import { wranglerConfigWithoutAssets } from "./helpers/wrangler-config.ts";
import { createApp } from "../src/app.ts";
import { startWebhookServer, type WebhookServer } from "./helpers/webhook-server.ts";

const root = join(import.meta.dirname, "..");
const fixtures = join(root, "fixtures");
const SECRET = "test-webhook-secret";
const POLL_LIMIT_MS = 60_000;

type Worker = Awaited<ReturnType<typeof unstable_startWorker>>;

interface Job {
  id: string;
  status: "queued" | "running" | "done";
  documents: number;
  completed: number;
  failed: number;
  createdAt: string;
  expiresAt: string;
  callback: { url: string; status: string; attempts: number } | null;
  results: Array<null | { document: { format: string }; claims: Array<{ platform: string | null }> } | { error: { code: string; instance: string } }>;
}

function fixtureFile(path: string): File {
  return new File([new Uint8Array(readFileSync(join(fixtures, path)))], basename(path));
}

function jobForm(files: File[], fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  for (const file of files) form.append("files", file);
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

async function startWorker(persist: string, vars: Record<string, string>): Promise<{ worker: Worker; base: string }> {
  const worker = await unstable_startWorker({
    // Without static assets, which keep the local runtime from running the cron (see the helper).
    config: wranglerConfigWithoutAssets(),
    bindings: Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: "plain_text" as const, value }])),
    // testScheduled opens /cdn-cgi/handler/scheduled, which runs the cron handler on request.
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist, logLevel: "warn", watch: false, testScheduled: true },
  });
  return { worker, base: (await worker.url).toString() };
}

async function pollUntilDone(base: string, id: string): Promise<Job> {
  const deadline = Date.now() + POLL_LIMIT_MS;
  for (;;) {
    const response = await fetch(new URL(`/v1/jobs/${id}`, base));
    expect(response.status).toBe(200);
    const job = (await response.json()) as Job;
    if (job.status === "done") return job;
    if (Date.now() > deadline) throw new Error(`Job ${id} not done in time: ${job.completed + job.failed}/${job.documents}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/**
 * What the bucket holds once the worker is gone, read through the same local store: the
 * runtime keeps it under `<persist>/v3`, which getPlatformProxy takes as given.
 */
async function bucketKeys(persist: string, prefix: string): Promise<string[]> {
  const proxy = await getPlatformProxy<{ DOCUMENTS: R2Bucket }>({ configPath: join(root, "wrangler.toml"), persist: { path: join(persist, "v3") } });
  try {
    const listed = await proxy.env.DOCUMENTS.list({ prefix, limit: 1000 });
    return listed.objects.map((object) => object.key);
  } finally {
    await proxy.dispose();
  }
}

function verifySignature(headers: Record<string, string | string[] | undefined>, body: string): boolean {
  const timestamp = String(headers["x-signature-timestamp"]);
  const signature = String(headers["x-signature"]);
  const expected = `sha256=${createHmac("sha256", SECRET).update(`${timestamp}.${body}`).digest("hex")}`;
  return signature.length === expected.length && timingSafeEqual(Buffer.from(signature), Buffer.from(expected));
}

describe("jobs without a bucket and a queue", () => {
  it("answer 501 not_implemented, as on the Node server", async () => {
    const app = createApp();
    const created = await app.request("/v1/jobs", { method: "POST", body: jobForm([new File(["Klout score of 78"], "a.txt")]) });
    expect(created.status).toBe(501);
    expect(created.headers.get("content-type")).toMatch(/problem\+json/);
    const problem = (await created.json()) as { code: string; detail: string };
    expect(problem.code).toBe("not_implemented");
    expect(problem.detail).toMatch(/R2 bucket/);
    const read = await app.request("/v1/jobs/3f0c1f8e-8d0a-4a53-9a57-2b1f4f7b9c21");
    expect(read.status).toBe(501);
  });

  it("are in the OpenAPI document", async () => {
    const document = (await (await createApp().request("/openapi.json")).json()) as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining(["/v1/jobs", "/v1/jobs/{id}"]));
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Job", "JobCreated", "JobCallback"]));
  });
});

describe("jobs on the wrangler bundle", () => {
  let persist: string;
  let worker: Worker | undefined;
  let base: string;
  let webhook: WebhookServer;

  beforeAll(async () => {
    persist = mkdtempSync(join(tmpdir(), "influence-audit-jobs-"));
    // The receiver fails the first delivery, so the retry is exercised too.
    webhook = await startWebhookServer([503, 200]);
    // The local receiver is on the loopback address, which only an allow-list naming it opens.
    ({ worker, base } = await startWorker(persist, { WEBHOOK_SECRET: SECRET, CALLBACK_RETRY_BASE_SECONDS: "1", CALLBACK_ALLOWED_HOSTS: "127.0.0.1" }));
  }, 120_000);

  afterAll(async () => {
    await worker?.dispose();
    await webhook?.close();
    rmSync(persist, { recursive: true, force: true });
  });

  let jobId: string;

  it("runs a job to the end: results in order, a bad file as an error, a signed callback", async () => {
    const form = jobForm(
      [
        fixtureFile("social-media-manager.pdf"),
        new File([readFileSync(join(fixtures, "texts", "backend-engineer.txt"))], "backend-engineer.txt", { type: "text/plain" }),
        fixtureFile("bad/truncated.pdf"),
      ],
      { role: "Social Media Manager", callbackUrl: webhook.url },
    );
    const response = await fetch(new URL("/v1/jobs", base), { method: "POST", body: form });
    expect(response.status).toBe(202);
    const created = (await response.json()) as { id: string; status: string; documents: number; statusUrl: string };
    expect(created).toMatchObject({ status: "queued", documents: 3 });
    expect(response.headers.get("location")).toBe(`/v1/jobs/${created.id}`);
    expect(new URL(created.statusUrl).pathname).toBe(`/v1/jobs/${created.id}`);
    jobId = created.id;

    const job = await pollUntilDone(base, created.id);
    expect(job).toMatchObject({ id: created.id, documents: 3, completed: 2, failed: 1 });
    expect(Date.parse(job.expiresAt) - Date.parse(job.createdAt)).toBe(24 * 60 * 60 * 1000);
    const [pdf, text, bad] = job.results;
    expect(pdf && "document" in pdf && pdf.document.format).toBe("pdf");
    expect(pdf && "claims" in pdf && pdf.claims.some((claim) => claim.platform === "klout")).toBe(true);
    expect(text && "document" in text && text.document.format).toBe("text");
    expect(bad && "error" in bad && bad.error.code).toBe("corrupt_document");
    expect(bad && "error" in bad && bad.error.instance).toBe(`${created.id}-3`);

    const [failed, delivered] = await webhook.waitFor(2);
    expect(failed!.headers["x-delivery-attempt"]).toBe("1");
    expect(delivered!.headers["x-delivery-attempt"]).toBe("2");
    expect(delivered!.headers["content-type"]).toBe("application/json");
    expect(verifySignature(delivered!.headers, delivered!.body)).toBe(true);
    expect(verifySignature(delivered!.headers, delivered!.body.replace("corrupt_document", "corrupt_documenT"))).toBe(false);
    const payload = JSON.parse(delivered!.body) as Job;
    expect(payload).toMatchObject({ id: created.id, status: "done", completed: 2, failed: 1 });
    expect(payload.results).toEqual(job.results);

    // The outcome is written right after the receiver answers.
    const deadline = Date.now() + 10_000;
    let after = await pollUntilDone(base, created.id);
    while (after.callback?.status !== "delivered" && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      after = await pollUntilDone(base, created.id);
    }
    expect(after.callback).toEqual({ url: webhook.url, status: "delivered", attempts: 2 });
  });

  it("returns the same job for a repeated Idempotency-Key, and a 409 for a different request with it", async () => {
    const send = (text: string, key: string) =>
      fetch(new URL("/v1/jobs", base), {
        method: "POST",
        headers: { "idempotency-key": key },
        body: jobForm([new File([text], "cv.txt", { type: "text/plain" })], { role: "Recruiter" }),
      });
    const first = await send("Grew our LinkedIn page to 12k followers in 2023.", "import-2024-05-01");
    expect(first.status).toBe(202);
    const { id } = (await first.json()) as { id: string };
    const again = await send("Grew our LinkedIn page to 12k followers in 2023.", "import-2024-05-01");
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(((await again.json()) as { id: string }).id).toBe(id);
    const conflict = await send("A different résumé altogether.", "import-2024-05-01");
    expect(conflict.status).toBe(409);
    const problem = (await conflict.json()) as { code: string; detail: string };
    expect(problem.code).toBe("idempotency_conflict");
    expect(JSON.stringify(problem)).not.toContain(id);
    const other = await send("Grew our LinkedIn page to 12k followers in 2023.", "import-2024-05-02");
    expect(other.status).toBe(202);
    expect(((await other.json()) as { id: string }).id).not.toBe(id);
    await pollUntilDone(base, id);
  });

  it("refuses a plain-http callback to another host, too many documents, and unknown jobs", async () => {
    const text = () => new File(["Klout score of 78"], "a.txt", { type: "text/plain" });
    const remote = await fetch(new URL("/v1/jobs", base), { method: "POST", body: jobForm([text()], { callbackUrl: "http://example.com/hook" }) });
    expect(remote.status).toBe(400);
    expect(((await remote.json()) as { errors: Array<{ field: string }> }).errors[0]!.field).toBe("callbackUrl");
    const tooMany = await fetch(new URL("/v1/jobs", base), { method: "POST", body: jobForm(Array.from({ length: 101 }, text)) });
    expect(tooMany.status).toBe(400);
    const unknown = await fetch(new URL("/v1/jobs/3f0c1f8e-8d0a-4a53-9a57-2b1f4f7b9c21", base));
    expect(unknown.status).toBe(404);
    expect((await fetch(new URL("/v1/jobs/not-an-id", base))).status).toBe(404);
  });

  it("leaves no document in the bucket once analysed, only results", async () => {
    await worker!.dispose();
    worker = undefined;
    const left = await bucketKeys(persist, `jobs/${jobId}/`);
    expect(left.filter((key) => key.includes("/documents/"))).toEqual([]);
    expect(left.filter((key) => key.includes("/results/"))).toHaveLength(3);
    expect(left).toEqual(expect.arrayContaining([`jobs/${jobId}/manifest.json`, `jobs/${jobId}/complete`, `jobs/${jobId}/callback`]));
  });
});

describe("expired jobs", () => {
  let persist: string;
  let worker: Worker | undefined;

  beforeAll(() => {
    persist = mkdtempSync(join(tmpdir(), "influence-audit-expiry-"));
  });

  afterAll(async () => {
    await worker?.dispose();
    rmSync(persist, { recursive: true, force: true });
  });

  const TTL_SECONDS = 2;

  async function createTextJob(base: string, idempotencyKey: string): Promise<string> {
    const response = await fetch(new URL("/v1/jobs", base), {
      method: "POST",
      headers: { "idempotency-key": idempotencyKey },
      body: jobForm([new File(["Klout score of 78 in 2013."], "cv.txt", { type: "text/plain" })]),
    });
    expect(response.status).toBe(202);
    return ((await response.json()) as { id: string }).id;
  }

  it("answer 404 and are deleted when read, and the cron deletes the rest", async () => {
    let base: string;
    ({ worker, base } = await startWorker(persist, { JOB_TTL_SECONDS: String(TTL_SECONDS) }));
    const read = await createTextJob(base, "read-after-expiry");
    const unread = await createTextJob(base, "never-read");
    expect((await fetch(new URL(`/v1/jobs/${read}`, base))).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, TTL_SECONDS * 1000 + 500));

    const expired = await fetch(new URL(`/v1/jobs/${read}`, base));
    expect(expired.status).toBe(404);
    expect(((await expired.json()) as { code: string }).code).toBe("not_found");
    // The deletion runs after the answer; give it a moment before the runtime stops.
    await new Promise((resolve) => setTimeout(resolve, 500));
    await worker.dispose();
    worker = undefined;
    expect(await bucketKeys(persist, `jobs/${read}/`)).toEqual([]);
    expect(await bucketKeys(persist, `jobs/${unread}/`)).toContain(`jobs/${unread}/manifest.json`);
    expect(await bucketKeys(persist, "idempotency/")).toHaveLength(1);

    ({ worker, base } = await startWorker(persist, { JOB_TTL_SECONDS: String(TTL_SECONDS) }));
    const cron = await fetch(new URL("/cdn-cgi/handler/scheduled?cron=*/30+*+*+*+*", base));
    expect(cron.status).toBe(200);
    await worker.dispose();
    worker = undefined;
    expect(await bucketKeys(persist, "jobs/")).toEqual([]);
    expect(await bucketKeys(persist, "expiry/")).toEqual([]);
    expect(await bucketKeys(persist, "idempotency/")).toEqual([]);
  }, 120_000); // two runtime starts and the wait for expiry
});
