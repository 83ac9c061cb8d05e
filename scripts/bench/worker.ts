// Starts the real Worker bundle (wrangler + workerd) on 127.0.0.1 for the HTTP sections.
import { performance } from "node:perf_hooks";

export interface RunningWorker {
  url: URL;
  /** Milliseconds from the call until the Worker was built and its runtime answered to `ready`. */
  readyMs: number;
  dispose(): Promise<void>;
}

/** `vars` override the [vars] of wrangler.toml for this instance only. */
export async function startWorker(vars: Record<string, string> = {}): Promise<RunningWorker> {
  // Keeps the local runtime off the network: no download of the Request.cf object (whose
  // failed lookup would also delay the first request by seconds), no usage metrics.
  process.env.CLOUDFLARE_CF_FETCH_ENABLED = "false";
  process.env.WRANGLER_SEND_METRICS = "false";
  const started = performance.now();
  const bindings = Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: "plain_text" as const, value }]));
  // Loaded here so sections that need no Worker do not pay for importing wrangler.
  const { unstable_startWorker } = await import("wrangler");
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "warn", watch: false },
  });
  // `ready` waits for the bundle build and the runtime; `url` alone can resolve before them.
  await worker.ready;
  const url = await worker.url;
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
    await worker.dispose();
    throw new Error(`The worker listens on ${url.hostname}, not on the loopback address.`);
  }
  return { url, readyMs: performance.now() - started, dispose: () => worker.dispose() };
}
