// The queue consumer: analyses one document per `analyze` message, stores its result,
// deletes the document, and lets exactly one consumer start the callback; delivers
// callbacks with back-off on `deliver-callback` messages.
import { analyzeDocument, DEFAULT_ANALYSIS_LIMITS } from "../core/analyze.ts";
import { yieldToEventLoop } from "../core/scheduling.ts";
import { AuditError } from "../core/errors.ts";
import { readConfig, type EnvRecord } from "../config.ts";
import { analyzeOptionsFor } from "../http/documents.ts";
import { problemFromUnknown } from "../http/problem.ts";
import { deleteExpiredJobs } from "./cleanup.ts";
import { isJobMessage, type AnalyzeMessage, type DeliverCallbackMessage, type JobMessage } from "./messages.ts";
import { jobBindings, readJobSettings, type JobBindings, type JobSettings } from "./settings.ts";
import { checkCallbackUrl } from "./callback-target.ts";
import { signCallback } from "./signature.ts";
import {
  createOnce,
  getDocument,
  isExpired,
  keys,
  putResult,
  readJson,
  readManifest,
  readProgress,
  type CallbackOutcome,
  type JobManifest,
} from "./store.ts";
import { buildJobView } from "./view.ts";

const CALLBACK_TIMEOUT_MS = 10_000;
/** All of a job's reports together: what one GET of the job, or its callback, carries at most. */
export const JOB_RESULTS_MAX_BYTES = 16 * 1024 * 1024;

function itemId(jobId: string, index: number): string {
  return `${jobId}-${index + 1}`;
}

export async function handleQueue(batch: MessageBatch<unknown>, env: EnvRecord): Promise<void> {
  const bindings = jobBindings(env);
  const settings = readJobSettings(env);
  const deadLetters = batch.queue === settings.deadLetterQueue;
  // One message at a time: each analysis takes the invocation's CPU, and a failure must
  // retry only its own message.
  for (const [position, message] of batch.messages.entries()) {
    if (position > 0) await yieldToEventLoop();
    const body = message.body;
    if (!bindings || !isJobMessage(body)) {
      console.error(`jobs: dropped a message that is not a job message, queue=${batch.queue}`);
      message.ack();
      continue;
    }
    try {
      if (body.type === "cleanup") await continueCleanup(bindings);
      else if (deadLetters) await giveUp(bindings, settings, body);
      else if (body.type === "analyze") await analyze(bindings, env, body);
      else await deliverCallback(bindings, settings, body);
      message.ack();
    } catch (error) {
      const name = error instanceof Error ? error.name : typeof error;
      console.error(`jobs: ${body.type} failed for job=${body.jobId} attempt=${message.attempts} ${name}`);
      message.retry({ delaySeconds: Math.min(60, 2 ** message.attempts) });
    }
  }
}

/** Runs a stretch of cleanup, and queues the next while expired jobs remain. */
export async function continueCleanup({ bucket, queue }: JobBindings, now = Date.now()): Promise<void> {
  const run = await deleteExpiredJobs(bucket, now);
  if (run.more) await queue.send({ type: "cleanup", jobId: "" });
}

async function liveManifest(bucket: R2Bucket, jobId: string): Promise<JobManifest | null> {
  const manifest = await readManifest(bucket, jobId);
  return manifest && !isExpired(manifest) ? manifest : null;
}

async function analyze({ bucket, queue }: JobBindings, env: EnvRecord, message: AnalyzeMessage): Promise<void> {
  const manifest = await liveManifest(bucket, message.jobId);
  if (!manifest || message.index < 0 || message.index >= manifest.documents) {
    // An expired or deleted job's document goes now rather than wait for the cleanup.
    if (Number.isInteger(message.index) && message.index >= 0) await bucket.delete(keys.document(message.jobId, message.index));
    return;
  }
  const id = itemId(manifest.id, message.index);
  const resultKey = keys.result(manifest.id, message.index);
  // A redelivered message whose result is already stored only finishes what follows it.
  if (!(await bucket.head(resultKey))) {
    const source = await getDocument(bucket, manifest.id, message.index);
    let result;
    if (!source) {
      result = { error: problemFromUnknown(new AuditError("internal_error", "The document was no longer stored when its turn came."), id) };
    } else {
      const config = readConfig(env);
      // The job view and the callback carry every result at once, so each gets its part of one cap.
      const maxReportBytes = Math.min(config.limits.maxReportBytes ?? DEFAULT_ANALYSIS_LIMITS.maxReportBytes, Math.floor(JOB_RESULTS_MAX_BYTES / manifest.documents));
      try {
        result = await analyzeDocument(source, analyzeOptionsFor(manifest.fields, config, id), { ...config.limits, maxReportBytes });
      } catch (error) {
        // A bad document is a result, not a reason to retry: the same bytes fail the same way.
        result = { error: problemFromUnknown(error, id) };
      }
    }
    await putResult(bucket, manifest.id, message.index, result);
  }
  await bucket.delete(keys.document(manifest.id, message.index));
  // The job may have expired and been deleted while this document was read: a result
  // written after that would belong to nothing and never be cleaned up.
  if (!(await bucket.head(keys.manifest(manifest.id)))) {
    await bucket.delete(resultKey);
    return;
  }
  await finishIfLast({ bucket, queue }, manifest);
}

/**
 * Called after every stored result. The consumer whose listing sees every result tries to
 * create the `complete` marker; R2 creates it for one caller only, and that caller alone
 * queues the callback. Two consumers finishing the last two documents at once both list
 * after their own write, so at least one of them sees all results.
 */
async function finishIfLast({ bucket, queue }: JobBindings, manifest: JobManifest): Promise<void> {
  const progress = await readProgress(bucket, manifest);
  if (progress.status !== "done") return;
  const created = await createOnce(bucket, keys.complete(manifest.id), { completedAt: new Date().toISOString() });
  if (!created || !manifest.callbackUrl) return;
  try {
    await queue.send({ type: "deliver-callback", jobId: manifest.id, attempt: 1 });
  } catch (error) {
    // Without the marker the retried message gets another chance to queue the callback.
    await bucket.delete(keys.complete(manifest.id));
    throw error;
  }
}

function retryDelay(settings: JobSettings, attempt: number): number {
  return Math.min(settings.callbackMaxDelaySeconds, settings.callbackRetryBaseSeconds * 2 ** (attempt - 1));
}

async function deliverCallback({ bucket, queue }: JobBindings, settings: JobSettings, message: DeliverCallbackMessage): Promise<void> {
  const manifest = await liveManifest(bucket, message.jobId);
  if (!manifest?.callbackUrl) return;
  // Queues deliver at least once: a stored outcome means this delivery already happened.
  if (await bucket.head(keys.callback(manifest.id))) return;
  if (!settings.webhookSecret) {
    // The secret was removed after the job was made: nothing unsigned leaves.
    console.error(`jobs: no WEBHOOK_SECRET to sign the callback of job=${manifest.id}`);
    const outcome: CallbackOutcome = { status: "failed", attempts: message.attempt - 1, at: new Date().toISOString() };
    await createOnce(bucket, keys.callback(manifest.id), outcome);
    return;
  }
  let target: string;
  try {
    // Checked again at delivery: the allow-list may have changed since the job was made.
    target = checkCallbackUrl(manifest.callbackUrl, settings.callbackAllowedHosts);
  } catch {
    console.error(`jobs: the callback of job=${manifest.id} names a host that is not allowed; not sent`);
    await createOnce(bucket, keys.callback(manifest.id), { status: "failed", attempts: message.attempt - 1, at: new Date().toISOString() } satisfies CallbackOutcome);
    return;
  }

  const view = await buildJobView(bucket, manifest, { withCallback: false });
  const { callback: _omitted, ...payload } = view;
  const body = JSON.stringify(payload);
  const timestamp = Math.floor(Date.now() / 1000);
  let status: number | null = null;
  try {
    const response = await fetch(target, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "user-agent": "influence-audit-callback",
        "x-job-id": manifest.id,
        "x-delivery-attempt": String(message.attempt),
        "x-signature-timestamp": String(timestamp),
        "x-signature": await signCallback(settings.webhookSecret, timestamp, body),
      },
      body,
      // A redirect could carry the results somewhere the job did not name.
      redirect: "manual",
      signal: AbortSignal.timeout(CALLBACK_TIMEOUT_MS),
    });
    status = response.status;
    await response.body?.cancel();
  } catch {
    status = null;
  }
  const delivered = status !== null && status >= 200 && status < 300;
  if (delivered || message.attempt >= settings.callbackMaxAttempts) {
    const outcome: CallbackOutcome = { status: delivered ? "delivered" : "failed", attempts: message.attempt, at: new Date().toISOString() };
    await createOnce(bucket, keys.callback(manifest.id), outcome);
    return;
  }
  await queue.send(
    { type: "deliver-callback", jobId: manifest.id, attempt: message.attempt + 1 },
    { delaySeconds: retryDelay(settings, message.attempt) },
  );
}

/**
 * Messages that failed every attempt (the isolate ran out of memory or time on a document,
 * or R2 kept failing) land here: the document gets an error result so the job still
 * finishes, and a callback that could not be queued again is recorded as failed.
 */
async function giveUp(bindings: JobBindings, settings: JobSettings, message: AnalyzeMessage | DeliverCallbackMessage): Promise<void> {
  const { bucket } = bindings;
  const manifest = await liveManifest(bucket, message.jobId);
  if (!manifest) return;
  if (message.type === "deliver-callback") {
    // The attempts before this message, and this message's own: the queue delivered it once
    // and retried it `max_retries` times before it came here.
    const attempts = message.attempt - 1 + settings.queueMaxRetries + 1;
    const outcome: CallbackOutcome = { status: "failed", attempts, at: new Date().toISOString() };
    await createOnce(bucket, keys.callback(manifest.id), outcome);
    return;
  }
  if (message.index < 0 || message.index >= manifest.documents) return;
  if (!(await bucket.head(keys.result(manifest.id, message.index)))) {
    const error = new AuditError("internal_error", "The document could not be analysed after several attempts.");
    await putResult(bucket, manifest.id, message.index, { error: problemFromUnknown(error, itemId(manifest.id, message.index)) });
  }
  await bucket.delete(keys.document(manifest.id, message.index));
  await finishIfLast(bindings, manifest);
}
