// Where jobs live and how long: the R2 bucket and the queue come as bindings, the rest as
// vars. Without both bindings (the Node server, `app.request()` in tests) jobs are off.
import type { EnvRecord } from "../config.ts";
import type { JobMessage } from "./messages.ts";

export interface JobBindings {
  bucket: R2Bucket;
  queue: Queue<JobMessage>;
}

export interface JobSettings {
  /** How long a job's results are kept after creation. */
  ttlSeconds: number;
  /** Documents per job; also the most messages one `sendBatch` call takes. */
  maxDocuments: number;
  /** Signs callbacks; without it a job cannot ask for one. */
  webhookSecret: string | null;
  /** Delivery attempts per callback, the first included. */
  callbackMaxAttempts: number;
  /** The first retry's delay; each next one doubles, up to `CALLBACK_MAX_DELAY_SECONDS`. */
  callbackRetryBaseSeconds: number;
  callbackMaxDelaySeconds: number;
  /** Queue whose messages have failed every attempt; see `wrangler.toml`. */
  deadLetterQueue: string;
  /** The consumer's `max_retries` in `wrangler.toml`: a message reaches the dead-letter queue after this many retries. */
  queueMaxRetries: number;
  /** Hosts callbacks may go to; empty means any public https host (see callback-target.ts). */
  callbackAllowedHosts: string[];
}

export const DEFAULT_JOB_TTL_SECONDS = 24 * 60 * 60;
export const MAX_JOB_DOCUMENTS = 100;
// A queue message can be delayed by at most 12 hours.
const MAX_QUEUE_DELAY_SECONDS = 12 * 60 * 60;

function integer(value: unknown, fallback: number, min: number, max: number): number {
  if (typeof value !== "string" || value.trim() === "") return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed)) return fallback;
  return Math.min(max, Math.max(min, parsed));
}

export function jobBindings(env: EnvRecord | undefined): JobBindings | null {
  const bucket = env?.DOCUMENTS as R2Bucket | undefined;
  const queue = env?.ANALYSIS_QUEUE as Queue<JobMessage> | undefined;
  if (typeof bucket?.put !== "function" || typeof queue?.send !== "function") return null;
  return { bucket, queue };
}

export function readJobSettings(env: EnvRecord | undefined): JobSettings {
  const source = env ?? {};
  const secret = typeof source.WEBHOOK_SECRET === "string" && source.WEBHOOK_SECRET.length > 0 ? source.WEBHOOK_SECRET : null;
  return {
    ttlSeconds: integer(source.JOB_TTL_SECONDS, DEFAULT_JOB_TTL_SECONDS, 1, 30 * 24 * 60 * 60),
    maxDocuments: integer(source.JOB_MAX_DOCUMENTS, MAX_JOB_DOCUMENTS, 1, MAX_JOB_DOCUMENTS),
    webhookSecret: secret,
    callbackMaxAttempts: integer(source.CALLBACK_MAX_ATTEMPTS, 8, 1, 20),
    callbackRetryBaseSeconds: integer(source.CALLBACK_RETRY_BASE_SECONDS, 30, 1, MAX_QUEUE_DELAY_SECONDS),
    callbackMaxDelaySeconds: integer(source.CALLBACK_MAX_DELAY_SECONDS, 3 * 60 * 60, 1, MAX_QUEUE_DELAY_SECONDS),
    deadLetterQueue: typeof source.JOBS_DEAD_LETTER_QUEUE === "string" ? source.JOBS_DEAD_LETTER_QUEUE : "influence-audit-jobs-dlq",
    queueMaxRetries: integer(source.JOBS_QUEUE_MAX_RETRIES, 3, 0, 100),
    callbackAllowedHosts:
      typeof source.CALLBACK_ALLOWED_HOSTS === "string"
        ? source.CALLBACK_ALLOWED_HOSTS.split(",").map((host) => host.trim()).filter((host) => host.length > 0)
        : [],
  };
}
