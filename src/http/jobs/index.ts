// Async jobs for volumes beyond one request: POST /v1/jobs queues the documents, GET
// /v1/jobs/:id shows the results as they come. Backed by an R2 bucket and a queue; where
// either binding is missing (the Node server) both routes answer 501.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app.ts";
import { AuditError } from "../../core/errors.ts";
import { checkCallbackUrl } from "../../jobs/callback-target.ts";
import { createJob } from "../../jobs/create.ts";
import { jobBindings, readJobSettings, type JobBindings } from "../../jobs/settings.ts";
import { sha256Hex } from "../../jobs/signature.ts";
import { deleteJob, isExpired, readManifest, type JobManifest } from "../../jobs/store.ts";
import { buildJobView } from "../../jobs/view.ts";
import { parseDocumentRequest } from "../document-input.ts";
import { readRequestBody } from "../documents.ts";
import { createJobRoute, deleteJobRoute, getJobRoute, JobCallbackSchema } from "./routes.ts";

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
  const callbackUrl = extras.callbackUrl ? checkCallbackUrl(extras.callbackUrl, settings.callbackAllowedHosts) : null;
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

/** The job the request names, when the caller owns it and it has not expired; 404 otherwise, whoever asks. */
async function ownedJob(c: Context<AppEnv>, bucket: R2Bucket): Promise<JobManifest> {
  const id = c.req.param("id") ?? "";
  const notFound = new AuditError("not_found", "There is no such job, or it has expired.");
  const manifest = await readManifest(bucket, id);
  if (!manifest || (manifest.owner !== "" && manifest.owner !== (await ownerOf(c)))) throw notFound;
  if (isExpired(manifest)) {
    waitUntil(c, deleteJob(bucket, manifest.id, manifest));
    throw notFound;
  }
  return manifest;
}

async function handleGet(c: Context<AppEnv>): Promise<Response> {
  const { bucket } = bindingsOrThrow(c);
  const manifest = await ownedJob(c, bucket);
  return c.json(await buildJobView(bucket, manifest, { withCallback: true }));
}

/**
 * Erasure before the job's time is up. Messages still queued for it find no manifest and
 * delete their document (consumer.ts), so nothing of the job is analysed or sent after this.
 */
async function handleDelete(c: Context<AppEnv>): Promise<Response> {
  const { bucket } = bindingsOrThrow(c);
  const manifest = await ownedJob(c, bucket);
  await deleteJob(bucket, manifest.id, manifest);
  return c.body(null, 204);
}

export function registerJobRoutes(app: OpenAPIHono<AppEnv>): void {
  // Parsed by the same bounded reader as /v1/batch, so registered for the document only.
  app.openAPIRegistry.register("JobCallback", JobCallbackSchema);
  app.openAPIRegistry.registerPath(createJobRoute);
  app.openAPIRegistry.registerPath(getJobRoute);
  app.openAPIRegistry.registerPath(deleteJobRoute);
  app.post("/v1/jobs", handleCreate);
  app.get("/v1/jobs/:id", handleGet);
  app.delete("/v1/jobs/:id", handleDelete);
}
