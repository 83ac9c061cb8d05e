// Async jobs for volumes beyond one request: POST /v1/jobs queues the documents, GET
// /v1/jobs/:id shows the results as they come. Backed by an R2 bucket and a queue; where
// either binding is missing (the Node server) both routes answer 501.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app.ts";
import { AuditError } from "../../core/errors.ts";
import { createJob } from "../../jobs/create.ts";
import { jobBindings, readJobSettings, type JobBindings } from "../../jobs/settings.ts";
import { sha256Hex } from "../../jobs/signature.ts";
import { deleteJob, isExpired, readManifest } from "../../jobs/store.ts";
import { buildJobView } from "../../jobs/view.ts";
import { parseDocumentRequest } from "../document-input.ts";
import { readRequestBody } from "../documents.ts";
import { createJobRoute, getJobRoute, JobCallbackSchema } from "./routes.ts";

const MAX_CALLBACK_URL = 2048;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,255}$/;

function bindingsOrThrow(c: Context<AppEnv>): JobBindings {
  const bindings = jobBindings(c.env);
  if (!bindings) {
    throw new AuditError(
      "not_implemented",
      "Async jobs need an R2 bucket (DOCUMENTS) and a queue (ANALYSIS_QUEUE); this server has neither. Use /v1/batch, or run the Worker.",
    );
  }
  return bindings;
}

function invalidCallback(message: string): AuditError {
  return new AuditError("invalid_request", `The callbackUrl is not usable: ${message}.`, { errors: [{ field: "callbackUrl", message }] });
}

/** https anywhere; plain http only to this machine, for local testing. */
export function validCallbackUrl(value: string): string {
  if (value.length > MAX_CALLBACK_URL) throw invalidCallback(`at most ${MAX_CALLBACK_URL} characters`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw invalidCallback("not an absolute URL");
  }
  if (url.username || url.password) throw invalidCallback("credentials in the URL are not accepted");
  if (url.protocol === "https:") return url.href;
  if (url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname)) return url.href;
  throw invalidCallback("it must be https (plain http only to 127.0.0.1 or localhost)");
}


/** Jobs belong to the API key that made them; where keys are off they belong to everyone. */
async function ownerOf(c: Context<AppEnv>): Promise<string> {
  if (c.get("config").apiKeys.length === 0) return "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "");
  return match ? sha256Hex(match[1]!) : "";
}

function waitUntil(c: Context<AppEnv>, work: Promise<unknown>): void {
  const quiet = work.catch(() => undefined);
  try {
    c.executionCtx.waitUntil(quiet);
  } catch {
    // No execution context (a test through app.request()): the work runs unawaited.
  }
}

async function handleCreate(c: Context<AppEnv>): Promise<Response> {
  const bindings = bindingsOrThrow(c);
  const settings = readJobSettings(c.env);
  const config = c.get("config");
  const idempotencyKey = c.req.header("idempotency-key") ?? null;
  if (idempotencyKey !== null && !IDEMPOTENCY_KEY.test(idempotencyKey)) {
    throw new AuditError("invalid_request", "The Idempotency-Key must be 1 to 255 visible ASCII characters.", {
      errors: [{ field: "Idempotency-Key", message: "1 to 255 visible ASCII characters" }],
    });
  }
  const body = await readRequestBody(c, config);
  const { fields, documents, extras } = await parseDocumentRequest(c.req.raw, body, {
    batch: true,
    maxFiles: settings.maxDocuments,
    noun: "job",
    extraFields: ["callbackUrl"],
  });
  const callbackUrl = extras.callbackUrl ? validCallbackUrl(extras.callbackUrl) : null;
  if (callbackUrl && !settings.webhookSecret) {
    throw new AuditError("not_implemented", "This server has no WEBHOOK_SECRET to sign callbacks with; poll the statusUrl instead.");
  }
  const job = await createJob(bindings, settings, { fields, documents, callbackUrl, owner: await ownerOf(c), idempotencyKey });
  const location = `/v1/jobs/${job.id}`;
  c.header("location", location);
  if (!job.created) c.header("idempotent-replayed", "true");
  const payload = { id: job.id, status: job.status, documents: job.documents, statusUrl: new URL(location, c.req.url).href };
  return c.json(payload, job.created ? 202 : 200);
}

async function handleGet(c: Context<AppEnv>): Promise<Response> {
  const { bucket } = bindingsOrThrow(c);
  const id = c.req.param("id") ?? "";
  const notFound = new AuditError("not_found", "There is no such job, or it has expired.");
  const manifest = await readManifest(bucket, id);
  if (!manifest || manifest.owner !== "" && manifest.owner !== (await ownerOf(c))) throw notFound;
  if (isExpired(manifest)) {
    waitUntil(c, deleteJob(bucket, manifest.id, manifest));
    throw notFound;
  }
  return c.json(await buildJobView(bucket, manifest, { withCallback: true }));
}

export function registerJobRoutes(app: OpenAPIHono<AppEnv>): void {
  // Parsed by the same bounded reader as /v1/batch, so registered for the document only.
  app.openAPIRegistry.register("JobCallback", JobCallbackSchema);
  app.openAPIRegistry.registerPath(createJobRoute);
  app.openAPIRegistry.registerPath(getJobRoute);
  app.post("/v1/jobs", handleCreate);
  app.get("/v1/jobs/:id", handleGet);
}
