// A job in R2. Every object is written once by one writer, so no two consumers ever
// read-modify-write the same key:
//
//   jobs/<id>/manifest.json       written at creation: fields, count, times, callback URL
//   jobs/<id>/documents/<n>       the uploaded document; deleted once analysed
//   jobs/<id>/results/<n>         a report or { error: problem }, one per document
//   jobs/<id>/complete            created by the one consumer that saw the last result
//   jobs/<id>/callback            the callback's outcome, once it is known
//   idempotency/<sha256>          { jobId, fingerprint } for an Idempotency-Key
//   expiry/<expires ms>/<id>      an index the cleanup walks in time order
//
// `<n>` is zero-padded so listings come back in document order.
import type { AnalyzeFields } from "../schemas/request.ts";
import type { Problem } from "../http/problem.ts";
import type { DocumentSource } from "../core/analyze.ts";
import type { Report } from "../core/types.ts";

export interface JobManifest {
  id: string;
  createdAt: string;
  expiresAt: string;
  documents: number;
  fields: AnalyzeFields;
  callbackUrl: string | null;
  /** SHA-256 of the API key that created the job, or "" where keys are off. */
  owner: string;
  /** The idempotency record's key, deleted with the job. */
  idempotencyKey: string | null;
}

export type JobResult = Report | { error: Problem };

/** What a job's callback came to. The receiver's own answers are not kept: they would show what a URL's host says to this server. */
export interface CallbackOutcome {
  status: "delivered" | "failed";
  attempts: number;
  at: string;
}

export type JobStatus = "queued" | "running" | "done";

const pad = (index: number) => String(index).padStart(4, "0");

export const keys = {
  job: (id: string) => `jobs/${id}/`,
  manifest: (id: string) => `jobs/${id}/manifest.json`,
  document: (id: string, index: number) => `jobs/${id}/documents/${pad(index)}`,
  results: (id: string) => `jobs/${id}/results/`,
  result: (id: string, index: number) => `jobs/${id}/results/${pad(index)}`,
  complete: (id: string) => `jobs/${id}/complete`,
  callback: (id: string) => `jobs/${id}/callback`,
  idempotency: (digest: string) => `idempotency/${digest}`,
  expiryPrefix: "expiry/",
  expiry: (expiresAtMs: number, id: string) => `expiry/${String(expiresAtMs).padStart(15, "0")}/${id}`,
};

/** R2's "create only": the put happens only where no object has the key yet. */
const CREATE_ONLY: R2PutOptions["onlyIf"] = { etagDoesNotMatch: "*" };

export const JOB_ID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function isExpired(manifest: Pick<JobManifest, "expiresAt">, now = Date.now()): boolean {
  return Date.parse(manifest.expiresAt) <= now;
}

export async function readJson<T>(bucket: R2Bucket, key: string): Promise<T | null> {
  const object = await bucket.get(key);
  return object ? ((await object.json()) as T) : null;
}

/** Writes `value` unless the key exists; true when this call created it. */
export async function createOnce(bucket: R2Bucket, key: string, value: unknown, customMetadata?: Record<string, string>): Promise<boolean> {
  const written = await bucket.put(key, JSON.stringify(value), {
    onlyIf: CREATE_ONLY,
    httpMetadata: { contentType: "application/json" },
    ...(customMetadata ? { customMetadata } : {}),
  });
  return written !== null;
}

export function readManifest(bucket: R2Bucket, id: string): Promise<JobManifest | null> {
  return JOB_ID_PATTERN.test(id) ? readJson<JobManifest>(bucket, keys.manifest(id)) : Promise.resolve(null);
}

export async function putDocument(bucket: R2Bucket, id: string, index: number, source: DocumentSource): Promise<void> {
  if (source.kind === "text") {
    await bucket.put(keys.document(id, index), source.text, { customMetadata: { kind: "text" } });
    return;
  }
  const customMetadata: Record<string, string> = { kind: "bytes" };
  if (source.declaredType) customMetadata.declaredType = source.declaredType;
  if (source.fileName) customMetadata.fileName = source.fileName;
  await bucket.put(keys.document(id, index), source.bytes, { customMetadata });
}

export async function getDocument(bucket: R2Bucket, id: string, index: number): Promise<DocumentSource | null> {
  const object = await bucket.get(keys.document(id, index));
  if (!object) return null;
  const meta = object.customMetadata ?? {};
  if (meta.kind === "text") return { kind: "text", text: await object.text() };
  return {
    kind: "bytes",
    bytes: new Uint8Array(await object.arrayBuffer()),
    declaredType: meta.declaredType ?? null,
    fileName: meta.fileName ?? null,
  };
}

export async function putResult(bucket: R2Bucket, id: string, index: number, result: JobResult): Promise<void> {
  await bucket.put(keys.result(id, index), JSON.stringify(result), {
    httpMetadata: { contentType: "application/json" },
    customMetadata: { outcome: "error" in result ? "error" : "ok" },
  });
}

/** Every key under a prefix, a page at a time; bounded by `maxPages`. */
export async function listKeys(
  bucket: R2Bucket,
  prefix: string,
  options: { maxPages?: number; withMetadata?: boolean } = {},
): Promise<R2Object[]> {
  const objects: R2Object[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < (options.maxPages ?? 10); page++) {
    const listed = await bucket.list({
      prefix,
      ...(cursor ? { cursor } : {}),
      ...(options.withMetadata ? { include: ["customMetadata" as const] } : {}),
    });
    objects.push(...listed.objects);
    if (!listed.truncated) break;
    cursor = listed.cursor;
  }
  return objects;
}

export interface Progress {
  /** Index → "ok" | "error" for every document with a result. */
  outcomes: Map<number, "ok" | "error">;
  completed: number;
  failed: number;
  status: JobStatus;
}

export async function readProgress(bucket: R2Bucket, manifest: JobManifest): Promise<Progress> {
  const prefix = keys.results(manifest.id);
  const outcomes = new Map<number, "ok" | "error">();
  for (const object of await listKeys(bucket, prefix, { withMetadata: true })) {
    const index = Number(object.key.slice(prefix.length));
    if (Number.isInteger(index) && index >= 0 && index < manifest.documents) {
      outcomes.set(index, object.customMetadata?.outcome === "error" ? "error" : "ok");
    }
  }
  let failed = 0;
  for (const outcome of outcomes.values()) if (outcome === "error") failed++;
  const done = outcomes.size;
  const status: JobStatus = done === manifest.documents ? "done" : done > 0 ? "running" : "queued";
  return { outcomes, completed: done - failed, failed, status };
}

/** The results in document order, null where a document has none yet. */
export async function readResults(bucket: R2Bucket, manifest: JobManifest, progress: Progress): Promise<Array<JobResult | null>> {
  const results: Array<JobResult | null> = new Array(manifest.documents).fill(null);
  const indices = [...progress.outcomes.keys()];
  // A few reads at a time: a Worker may hold only a handful of open subrequests.
  const CONCURRENCY = 6;
  for (let start = 0; start < indices.length; start += CONCURRENCY) {
    await Promise.all(
      indices.slice(start, start + CONCURRENCY).map(async (index) => {
        results[index] = await readJson<JobResult>(bucket, keys.result(manifest.id, index));
      }),
    );
  }
  return results;
}

/**
 * Deletes everything a job left: its objects, its idempotency record, then the manifest,
 * then its expiry entry. In that order a deletion cut short is found and finished again,
 * by the next read of the job or the next cleanup.
 */
export async function deleteJob(bucket: R2Bucket, id: string, manifest: JobManifest | null, expiryKey?: string): Promise<void> {
  const manifestKey = keys.manifest(id);
  const owned = (await listKeys(bucket, keys.job(id), { maxPages: 5 })).map((object) => object.key).filter((key) => key !== manifestKey);
  if (manifest?.idempotencyKey) owned.push(manifest.idempotencyKey);
  for (let start = 0; start < owned.length; start += 1000) await bucket.delete(owned.slice(start, start + 1000));
  await bucket.delete(manifestKey);
  const expiry = expiryKey ?? (manifest ? keys.expiry(Date.parse(manifest.expiresAt), id) : null);
  if (expiry) await bucket.delete(expiry);
}
