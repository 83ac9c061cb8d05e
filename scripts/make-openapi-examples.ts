// Writes src/schemas/examples.generated.json: the request and response examples of the
// OpenAPI document, each one this code's own answer to a document in fixtures/. Rerun
// (`npm run examples`) when the engine's output, the fixtures or an error's wording change;
// test/openapi.test.ts checks every example against the schemas.
//
// Jobs need an R2 bucket and a queue, which the app here has not: their examples are built
// from the batch's real results, and their own errors from the messages the job code throws.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createApp } from "../src/app.ts";
import { AuditError } from "../src/core/errors.ts";
import { toProblem } from "../src/http/problem.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const EXAMPLES_PATH = path.join(root, "src/schemas/examples.generated.json");

/** The request id every example carries, so regenerating changes nothing but real changes. */
const EXAMPLE_ID = "3f0c1f8e-8d0a-4a53-9a57-2b1f4f7b9c21";
const JOB_ID = "9b2d7c4e-1f3a-4e8b-a6d5-0c7e2f9a1b34";
const ROLE = "Social Media Manager";
const HOST = "https://audit.example.com";

function fixture(name: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(readFileSync(path.join(root, "fixtures", name)));
}

function upload(name: string, field = "file", form = new FormData()): FormData {
  form.append(field, new File([fixture(name)], path.basename(name)));
  return form;
}

type Json = Record<string, unknown>;

async function call(pathname: string, init: RequestInit, env: Record<string, string> = {}, app = createApp()): Promise<{ status: number; body: Json }> {
  const headers = new Headers(init.headers);
  headers.set("x-request-id", EXAMPLE_ID);
  const response = await app.request(pathname, { ...init, headers }, env);
  return { status: response.status, body: (await response.json()) as Json };
}

function expectStatus(label: string, answer: { status: number; body: Json }, status: number): Json {
  if (answer.status !== status) throw new Error(`${label}: expected ${status}, got ${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body;
}

/** Three documents at once where one may run and one wait: the third is turned away. */
async function rateLimited(): Promise<Json> {
  const app = createApp();
  const env = { MAX_CONCURRENT_DOCUMENTS: "1", MAX_QUEUED_DOCUMENTS: "1" };
  const answers = await Promise.all(
    [1, 2, 3].map(() => call("/v1/analyze", { method: "POST", body: upload("consultant-bid.pdf") }, env, app)),
  );
  const refused = answers.find((answer) => answer.status === 429);
  if (!refused) throw new Error(`rate_limited: no 429 among ${answers.map((answer) => answer.status).join(", ")}`);
  return refused.body;
}

/** A problem the job code raises, for the routes this app cannot run without bindings. */
function jobProblem(code: "not_found" | "idempotency_conflict" | "internal_error" | "request_timeout", detail: string): Json {
  return toProblem(new AuditError(code, detail), EXAMPLE_ID) as unknown as Json;
}

export async function buildExamples(): Promise<Json> {
  const text = readFileSync(path.join(root, "fixtures/texts/social-media-manager.txt"), "utf8");
  const analyzeRequest = { text, role: ROLE };
  const json = (body: unknown): RequestInit => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  const report = expectStatus("analyze", await call("/v1/analyze", json(analyzeRequest)), 200);
  const annotated = await createApp().request("/v1/annotate", { ...json(analyzeRequest), headers: { "content-type": "application/json", "x-request-id": EXAMPLE_ID } });
  if (annotated.status !== 200) throw new Error(`annotate: expected 200, got ${annotated.status}`);
  const annotation = await annotated.text();
  const extracted = expectStatus("extract", await call("/v1/extract", { method: "POST", body: upload("social-media-manager.pdf") }), 200);
  const batchForm = upload("bad/legacy.doc", "files", upload("social-media-manager.pdf", "files"));
  batchForm.append("role", ROLE);
  const batch = expectStatus("batch", await call("/v1/batch", { method: "POST", body: batchForm }), 200);
  const catalog = expectStatus("catalog", await call("/v1/catalog", {}), 200) as { platforms: unknown[] };
  const roles = expectStatus("roles", await call("/v1/roles", {}), 200) as { families: unknown[] };
  const health = expectStatus("healthz", await call("/healthz", {}), 200);

  const raw = (name: string, env: Record<string, string> = {}) =>
    call("/v1/analyze", { method: "POST", headers: { "content-type": "application/octet-stream" }, body: fixture(name) }, env);
  const problems: Record<string, Json> = {
    invalid_request: expectStatus("invalid_request", await call("/v1/analyze", json({ role: ROLE })), 400),
    unauthorized: expectStatus("unauthorized", await call("/v1/catalog", {}, { API_KEYS: "a-key" }), 401),
    not_found: jobProblem("not_found", "There is no such job, or it has expired."),
    method_not_allowed: expectStatus("method_not_allowed", await call("/v1/analyze", { method: "GET" }), 405),
    idempotency_conflict: jobProblem("idempotency_conflict", "This Idempotency-Key was used for a different request; use a new key for new documents."),
    // A body that trickles in is cut off by the body reader's deadlines; its message, as the reader raises it.
    request_timeout: jobProblem("request_timeout", "The request body arrived too slowly and was cut off; send it again on a faster connection."),
    payload_too_large: expectStatus("payload_too_large", await raw("social-media-manager.pdf", { MAX_BODY_BYTES: "1024" }), 413),
    unsupported_media_type: expectStatus("unsupported_media_type", await raw("bad/legacy.doc"), 415),
    encrypted_document: expectStatus("encrypted_document", await raw("bad/encrypted-user-password.pdf"), 422),
    corrupt_document: expectStatus("corrupt_document", await raw("bad/truncated.pdf"), 422),
    no_text: expectStatus("no_text", await raw("bad/image-only.pdf"), 422),
    limits_exceeded: expectStatus("limits_exceeded", await raw("consultant-bid.pdf", { MAX_PAGES: "1" }), 422),
    rate_limited: await rateLimited(),
    internal_error: jobProblem("internal_error", "Something went wrong on our side. The request id identifies it."),
    not_implemented: expectStatus("not_implemented", await call("/v1/jobs", { method: "POST", body: upload("social-media-manager.pdf", "files") }), 501),
    timeout: expectStatus("timeout", await raw("consultant-bid.pdf", { EXTRACT_TIMEOUT_MS: "1" }), 504),
  };

  // A job is the batch's results, without the upload names, read back once both are done.
  const results = (batch.results as Json[]).map(({ file: _file, ...result }) => result);
  const createdAt = "2026-05-01T09:30:00.000Z";
  const job = {
    id: JOB_ID,
    status: "done",
    documents: results.length,
    completed: results.filter((result) => !("error" in result)).length,
    failed: results.filter((result) => "error" in result).length,
    createdAt,
    expiresAt: "2026-05-02T09:30:00.000Z",
    callback: { url: "https://hr.example.com/hooks/influence-audit", status: "delivered", attempts: 1 },
    results,
  };
  const jobCreated = { id: JOB_ID, status: "queued", documents: results.length, statusUrl: `${HOST}/v1/jobs/${JOB_ID}` };

  return {
    requests: { analyzeJson: analyzeRequest },
    responses: {
      analyze: report,
      annotate: annotation,
      extract: extracted,
      batch,
      catalog: { platforms: catalog.platforms.slice(0, 3) },
      roles: { families: roles.families.slice(0, 2) },
      health,
      jobCreated,
      job,
    },
    problems,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const examples = await buildExamples();
  writeFileSync(EXAMPLES_PATH, JSON.stringify(examples, null, 2) + "\n");
  console.log(`wrote ${path.relative(root, EXAMPLES_PATH)} (${JSON.stringify(examples).length} characters)`);
}
