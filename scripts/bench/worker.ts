// Starts the real Worker bundle (wrangler + workerd) on 127.0.0.1 for the HTTP sections.
import { unstable_startWorker } from "wrangler";

export interface RunningWorker {
  url: URL;
  dispose(): Promise<void>;
}

/** `vars` override the [vars] of wrangler.toml for this instance only. */
export async function startWorker(vars: Record<string, string> = {}): Promise<RunningWorker> {
  const bindings = Object.fromEntries(Object.entries(vars).map(([name, value]) => [name, { type: "plain_text" as const, value }]));
  const worker = await unstable_startWorker({
    config: "wrangler.toml",
    bindings,
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "warn", watch: false },
  });
  const url = await worker.url;
  if (url.hostname !== "127.0.0.1" && url.hostname !== "localhost") {
    await worker.dispose();
    throw new Error(`The worker listens on ${url.hostname}, not on the loopback address.`);
  }
  return { url, dispose: () => worker.dispose() };
}
