// Creating a job: the documents into R2, the manifest once, one queue message per
// document. With an Idempotency-Key the same request returns the same job.
import type { DocumentSource } from "../core/analyze.ts";
import { AuditError } from "../core/errors.ts";
import type { AnalyzeFields } from "../schemas/request.ts";
import type { JobMessage } from "./messages.ts";
import type { JobBindings, JobSettings } from "./settings.ts";
import { sha256Hex } from "./signature.ts";
import { createOnce, deleteJob, keys, putDocument, readJson, readManifest, readProgress, type JobManifest, type JobStatus } from "./store.ts";

export interface NewJob {
  fields: AnalyzeFields;
  documents: DocumentSource[];
  callbackUrl: string | null;
  /** SHA-256 of the caller's API key, or "" where keys are off. */
  owner: string;
  idempotencyKey: string | null;
}

export interface CreatedJob {
  id: string;
  status: JobStatus;
  documents: number;
  /** False where an earlier request with the same Idempotency-Key made the job. */
  created: boolean;
}

interface IdempotencyRecord {
  jobId: string;
  fingerprint: string;
  documents: number;
  expiresAt: string;
}

/**
 * What makes two requests "the same": the fields, the callback and each document's bytes.
 * Not the raw body: a multipart boundary differs on every send of the same form.
 */
async function fingerprintOf(job: NewJob): Promise<string> {
  const documents = [];
  for (const document of job.documents) {
    documents.push(
      document.kind === "text"
        ? { kind: "text", sha256: await sha256Hex(document.text) }
        : { kind: "bytes", sha256: await sha256Hex(document.bytes), type: document.declaredType ?? null, name: document.fileName ?? null },
    );
  }
  const fields = Object.fromEntries(Object.entries(job.fields).sort(([a], [b]) => a.localeCompare(b)));
  return sha256Hex(JSON.stringify({ fields, callbackUrl: job.callbackUrl, documents }));
}

async function existingJob(bucket: R2Bucket, record: IdempotencyRecord, fingerprint: string): Promise<CreatedJob> {
  if (record.fingerprint !== fingerprint) {
    // The other job is not named: where keys are off, anyone could read it by its id.
    throw new AuditError("idempotency_conflict", "This Idempotency-Key was used for a different request; use a new key for new documents.");
  }
  const manifest = await readManifest(bucket, record.jobId);
  // The first request may still be writing the job; it is queued until it says otherwise.
  const status = manifest ? (await readProgress(bucket, manifest)).status : "queued";
  return { id: record.jobId, status, documents: record.documents, created: false };
}

export async function createJob({ bucket, queue }: JobBindings, settings: JobSettings, job: NewJob, now = Date.now()): Promise<CreatedJob> {
  const id = crypto.randomUUID();
  const expiresAtMs = now + settings.ttlSeconds * 1000;
  const expiresAt = new Date(expiresAtMs).toISOString();

  let idempotencyKey: string | null = null;
  if (job.idempotencyKey !== null) {
    const fingerprint = await fingerprintOf(job);
    idempotencyKey = keys.idempotency(await sha256Hex(`${job.owner}\n${job.idempotencyKey}`));
    const record: IdempotencyRecord = { jobId: id, fingerprint, documents: job.documents.length, expiresAt };
    // Bounded: a stale record is deleted once and the key claimed again.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await createOnce(bucket, idempotencyKey, record)) break;
      const existing = await readJson<IdempotencyRecord>(bucket, idempotencyKey);
      if (existing && Date.parse(existing.expiresAt) > now) return existingJob(bucket, existing, fingerprint);
      if (existing) await deleteJob(bucket, existing.jobId, await readManifest(bucket, existing.jobId));
      await bucket.delete(idempotencyKey);
      if (attempt === 2) throw new AuditError("internal_error", "The Idempotency-Key could not be claimed; try again.");
    }
  }

  const manifest: JobManifest = {
    id,
    createdAt: new Date(now).toISOString(),
    expiresAt,
    documents: job.documents.length,
    fields: job.fields,
    callbackUrl: job.callbackUrl,
    owner: job.owner,
    idempotencyKey,
  };
  try {
    // A few uploads at a time, to stay inside a Worker's open-subrequest limit.
    for (let start = 0; start < job.documents.length; start += 6) {
      await Promise.all(job.documents.slice(start, start + 6).map((document, offset) => putDocument(bucket, id, start + offset, document)));
    }
    await bucket.put(keys.manifest(id), JSON.stringify(manifest), { httpMetadata: { contentType: "application/json" } });
    await bucket.put(keys.expiry(expiresAtMs, id), "");
    const messages: Array<MessageSendRequest<JobMessage>> = job.documents.map((_, index) => ({ body: { type: "analyze", jobId: id, index } }));
    // sendBatch takes at most 100 messages; a job has at most 100 documents.
    for (let start = 0; start < messages.length; start += 100) await queue.sendBatch(messages.slice(start, start + 100));
  } catch (error) {
    // Half a job is no job: remove what was written and let the client try again.
    await deleteJob(bucket, id, manifest).catch(() => undefined);
    throw error;
  }
  return { id, status: "queued", documents: job.documents.length, created: true };
}
