// The optional language model: configuration, the one call per document, and the
// prompt-injection check the rule pipeline runs whether or not a model is configured.
export { DEFAULT_MODEL, DEFAULT_TIMEOUT_MS, llmConfigFromEnv, type LlmConfig } from "./config.ts";
export { createLlmClient, enhanceReport, type AdviseFn, type EnhanceDeps, type EnhanceInput, type LlmClient } from "./enhance.ts";
export { detectPromptInjection, mergeInjectionWarnings } from "./injection.ts";
