// The engine's version on its own, so that `--version` and /healthz read it without loading
// the pipeline.
export const ENGINE_VERSION = "0.1.0";
