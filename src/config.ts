// Settings come from Worker vars and secrets on Workers and from the process environment
// in Node; both arrive here as a plain record of strings.
import type { DocumentLimits } from "./core/analyze.ts";
// The model's configuration only: its client and SDK load with the first document a model reads.
import { llmConfigFromEnv, type LlmConfig } from "./core/llm/config.ts";
import { defaultRequestsPerCaller } from "./http/admission.ts";
import { DEFAULT_BODY_DEADLINES } from "./http/body.ts";

export type EnvRecord = Record<string, unknown>;

export interface Config {
  maxBodyBytes: number;
  /** Only the budgets the environment sets; the core's defaults hold for the rest. */
  limits: Partial<DocumentLimits>;
  /** Accepted bearer keys, or hex SHA-256 digests of them (`sha256:<hex>`); empty means open. */
  apiKeys: string[];
  /** Origins allowed by CORS; empty means CORS is off. `*` allows any. */
  corsOrigins: string[];
  maxBatchFiles: number;
  /** Documents one isolate (or Node process) parses at once, and how many may wait for a turn. */
  maxConcurrentDocuments: number;
  maxQueuedDocuments: number;
  /** Requests one caller (API key or client address) may have in flight at once. */
  maxRequestsPerCaller: number;
  /** A body must arrive within `bodyTimeoutMs`, with no gap longer than `bodyIdleTimeoutMs`. */
  bodyTimeoutMs: number;
  bodyIdleTimeoutMs: number;
  /** The optional model; null keeps every request on the rule engine alone. */
  llm: LlmConfig | null;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

function positiveInteger(value: unknown, fallback: number): number {
  if (typeof value !== "string" || value.trim() === "") return fallback;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function list(value: unknown): string[] {
  if (typeof value !== "string") return [];
  return value
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** Each per-document budget and the variable that sets it (see SECURITY.md for the defaults). */
export const LIMIT_VARIABLES: ReadonlyArray<readonly [string, keyof DocumentLimits]> = [
  ["MAX_PAGES", "maxPages"],
  ["MAX_CHARACTERS", "maxCharacters"],
  ["EXTRACT_TIMEOUT_MS", "timeoutMs"],
  ["MAX_INFLATED_BYTES", "maxInflatedBytes"],
  ["MAX_ZIP_ENTRIES", "maxZipEntries"],
  ["MAX_XML_BYTES", "maxXmlBytes"],
  ["MAX_XML_NODES", "maxXmlNodes"],
  ["MAX_PDF_STREAM_BYTES", "maxPdfStreamBytes"],
  ["MAX_PDF_DECODED_BYTES", "maxPdfDecodedBytes"],
  ["MAX_PDF_OPERATORS", "maxPdfOperators"],
  ["MAX_CLAIMS", "maxClaims"],
  ["MAX_REPORT_BYTES", "maxReportBytes"],
];

const cache = new WeakMap<object, Config>();

export function readConfig(env: EnvRecord | undefined): Config {
  const source = env ?? {};
  const cached = cache.get(source);
  if (cached) return cached;
  const limits: Partial<DocumentLimits> = {};
  for (const [name, key] of LIMIT_VARIABLES) {
    const value = positiveInteger(source[name], 0);
    if (value > 0) limits[key] = value;
  }
  const config: Config = {
    maxBodyBytes: positiveInteger(source.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
    limits,
    apiKeys: list(source.API_KEYS),
    corsOrigins: list(source.CORS_ORIGINS),
    maxBatchFiles: 20,
    maxConcurrentDocuments: positiveInteger(source.MAX_CONCURRENT_DOCUMENTS, 2),
    maxQueuedDocuments: positiveInteger(source.MAX_QUEUED_DOCUMENTS, 100),
    maxRequestsPerCaller: positiveInteger(source.MAX_REQUESTS_PER_CALLER, defaultRequestsPerCaller(positiveInteger(source.MAX_CONCURRENT_DOCUMENTS, 2), positiveInteger(source.MAX_QUEUED_DOCUMENTS, 100))),
    bodyTimeoutMs: positiveInteger(source.BODY_TIMEOUT_MS, DEFAULT_BODY_DEADLINES.timeoutMs),
    bodyIdleTimeoutMs: positiveInteger(source.BODY_IDLE_TIMEOUT_MS, DEFAULT_BODY_DEADLINES.idleTimeoutMs),
    llm: llmConfigFromEnv(source),
  };
  cache.set(source, config);
  return config;
}
