// Settings come from Worker vars and secrets on Workers and from the process environment
// in Node; both arrive here as a plain record of strings.
import type { ExtractLimits } from "./core/extract/index.ts";
import { llmConfigFromEnv, type LlmConfig } from "./core/llm/config.ts";

export type EnvRecord = Record<string, unknown>;

export interface Config {
  maxBodyBytes: number;
  limits: Partial<ExtractLimits>;
  /** Accepted bearer keys, or hex SHA-256 digests of them (`sha256:<hex>`); empty means open. */
  apiKeys: string[];
  /** Origins allowed by CORS; empty means CORS is off. `*` allows any. */
  corsOrigins: string[];
  maxBatchFiles: number;
  /** Documents one isolate (or Node process) parses at once, and how many may wait for a turn. */
  maxConcurrentDocuments: number;
  maxQueuedDocuments: number;
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

const cache = new WeakMap<object, Config>();

export function readConfig(env: EnvRecord | undefined): Config {
  const source = env ?? {};
  const cached = cache.get(source);
  if (cached) return cached;
  const limits: Partial<ExtractLimits> = {};
  if (source.MAX_PAGES !== undefined) limits.maxPages = positiveInteger(source.MAX_PAGES, 50);
  if (source.MAX_CHARACTERS !== undefined) limits.maxCharacters = positiveInteger(source.MAX_CHARACTERS, 1_000_000);
  if (source.EXTRACT_TIMEOUT_MS !== undefined) limits.timeoutMs = positiveInteger(source.EXTRACT_TIMEOUT_MS, 20_000);
  const config: Config = {
    maxBodyBytes: positiveInteger(source.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES),
    limits,
    apiKeys: list(source.API_KEYS),
    corsOrigins: list(source.CORS_ORIGINS),
    maxBatchFiles: 20,
    maxConcurrentDocuments: positiveInteger(source.MAX_CONCURRENT_DOCUMENTS, 2),
    maxQueuedDocuments: positiveInteger(source.MAX_QUEUED_DOCUMENTS, 100),
    llm: llmConfigFromEnv(source),
  };
  cache.set(source, config);
  return config;
}
