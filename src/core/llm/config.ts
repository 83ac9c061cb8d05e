// Settings for the optional model. Any OpenAI-compatible chat-completions endpoint works: OpenAI,
// Azure OpenAI's v1 API, Workers AI's OpenAI-compatible endpoint, Ollama, llama.cpp server, vLLM.

export interface LlmConfig {
  /** Sent as a bearer token. Local servers ignore it, so a placeholder stands in when none is set. */
  apiKey: string;
  /** null means OpenAI's own endpoint. */
  baseURL: string | null;
  model: string;
  /** Budget for the one request per document; past it the rule engine's report is returned. */
  timeoutMs: number;
  /** The longest document text sent; anything after it is left to the rules alone. */
  maxDocumentChars: number;
}

/** A model that supports structured outputs (`json_schema`, strict) and is cheap enough to run per document. */
export const DEFAULT_MODEL = "gpt-4o-mini";
export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_DOCUMENT_CHARS = 60_000;
/** Ollama, llama.cpp server and vLLM accept any key; the client insists on one. */
export const PLACEHOLDER_API_KEY = "no-key";

function setting(env: Record<string, unknown>, name: string): string | null {
  const value = env[name];
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed.length > 0 ? trimmed : null;
}

function positiveInteger(value: string | null, fallback: number): number {
  if (value === null) return fallback;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/**
 * Reads `OPENAI_API_KEY`, `OPENAI_BASE_URL`, `OPENAI_MODEL`, `OPENAI_TIMEOUT_MS` and
 * `OPENAI_MAX_DOCUMENT_CHARS`. The model is off (null) unless a key or a base URL is set: a base
 * URL alone turns it on, because a local server needs no key.
 */
export function llmConfigFromEnv(env: Record<string, unknown> | undefined): LlmConfig | null {
  const source = env ?? {};
  const apiKey = setting(source, "OPENAI_API_KEY");
  const baseURL = setting(source, "OPENAI_BASE_URL");
  if (apiKey === null && baseURL === null) return null;
  return {
    apiKey: apiKey ?? PLACEHOLDER_API_KEY,
    baseURL,
    model: setting(source, "OPENAI_MODEL") ?? DEFAULT_MODEL,
    timeoutMs: positiveInteger(setting(source, "OPENAI_TIMEOUT_MS"), DEFAULT_TIMEOUT_MS),
    maxDocumentChars: positiveInteger(setting(source, "OPENAI_MAX_DOCUMENT_CHARS"), DEFAULT_MAX_DOCUMENT_CHARS),
  };
}
