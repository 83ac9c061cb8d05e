// Attacks on the real wrangler bundle in local workerd, where one isolate serves every
// request: while a hostile document is being refused, an innocent request beside it is
// answered within 3 s; slow uploads without a key do not hold up a request with one.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unstable_startWorker } from "wrangler";
import { buildAttacks } from "../scripts/make-attacks.ts";

const root = join(import.meta.dirname, "..");
const KEY = "attack-test-key";
const keyed = { authorization: `Bearer ${KEY}` };

let worker: Awaited<ReturnType<typeof unstable_startWorker>>;
let base: string;

beforeAll(async () => {
  worker = await unstable_startWorker({
    config: join(root, "wrangler.toml"),
    bindings: { API_KEYS: { type: "plain_text", value: KEY } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "warn", watch: false },
  });
  base = (await worker.url).toString();
  // The first requests compile the bundle and warm the isolate; they are not what is measured.
  for (let round = 0; round < 3; round++) await innocent();
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
});

async function innocent(): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(new URL("/v1/analyze", base), {
    method: "POST",
    headers: { ...keyed, "content-type": "application/json" },
    body: JSON.stringify({ text: "Grew our Instagram to 48K followers in 2023.", role: "Social Media Manager" }),
  });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

async function attack(name: string, bytes: Uint8Array): Promise<{ status: number; ms: number }> {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  const started = performance.now();
  const response = await fetch(new URL("/v1/analyze", base), { method: "POST", headers: keyed, body: form });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

const ATTACKS = [
  "markdown-spaces.md",
  "pdf-content-stream-bomb.pdf",
  "pdf-many-operators.pdf",
  "pdf-form-painted-many-times.pdf",
  "docx-many-runs.docx",
  "docx-varied-claims-on-one-line.docx",
  "zip-bomb-inflated.docx",
  "docx-truncated-deflate.docx",
  "pdf-encrypted-content-stream-bomb.pdf",
];

describe("attacks on the wrangler bundle", () => {
  const attacks = buildAttacks().filter((candidate) => ATTACKS.includes(candidate.name));

  it.each(attacks.map((candidate) => [candidate.name, candidate] as const))(
    "%s is answered 2xx or 4xx within 5 s, and a request beside it within 3 s",
    async (_name, candidate) => {
      const hostile = attack(candidate.name, candidate.bytes);
      await new Promise((resolve) => setTimeout(resolve, 30));
      const beside = await innocent();
      const answered = await hostile;
      expect(answered.status, `${candidate.name}: ${answered.status}`).toBeGreaterThanOrEqual(200);
      expect(answered.status).toBeLessThan(500);
      expect(answered.ms).toBeLessThan(5_000);
      expect(beside.status).toBe(200);
      expect(beside.ms).toBeLessThan(3_000);
    },
    30_000,
  );

  it("does not let 20 slow uploads without a key hold up a request with one by more than a second", async () => {
    await innocent();
    const alone = (await innocent()).ms;
    // Each sends 16 bytes every 200 ms for 3 s, then ends: a client's fetch (half duplex)
    // reads the answer only once its upload is done.
    const slow = Array.from({ length: 20 }, () => {
      let sent = 0;
      let timer: ReturnType<typeof setInterval> | undefined;
      return fetch(new URL("/v1/analyze", base), {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            timer = setInterval(() => {
              if (++sent > 15) {
                clearInterval(timer);
                controller.close();
              } else controller.enqueue(new Uint8Array(16).fill(0x25));
            }, 200);
          },
          cancel() {
            clearInterval(timer);
          },
        }),
        duplex: "half",
      } as RequestInit).then(
        async (response) => {
          await response.arrayBuffer();
          return response.status;
        },
        () => 0,
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const during = await innocent();
    const statuses = await Promise.all(slow);
    expect(during.status).toBe(200);
    expect(during.ms - alone).toBeLessThan(1_000);
    // Refused for want of a key (the app answers before reading any of their bodies).
    expect(statuses.filter((status) => status !== 401)).toEqual([]);
  }, 30_000);
});
