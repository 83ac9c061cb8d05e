// The same app under Node, for self-hosting: `npm run serve`. Bound to 127.0.0.1 unless
// HOST says otherwise; configured by the same variables as the Worker. Documents are read by a
// pool of worker threads, WORKERS of them (default: one per core), each with a bounded heap
// and stopped at the extraction deadline.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "./app.ts";
import { AnalysisPool, workerCount } from "./node/pool.ts";

// public/ is what Workers serves as static assets (wrangler.toml [assets]): /docs's files. This
// file runs built as dist/server.js, one folder below the root as src/ is.
const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public");

const workers = workerCount(process.env.WORKERS, "WORKERS");
const pool = new AnalysisPool({ size: workers, workerUrl: new URL("./analysis-worker.js", import.meta.url) });
// Every worker can be busy at once unless MAX_CONCURRENT_DOCUMENTS says otherwise. The
// environment is read once, so the app's configuration is worked out once.
const env: Record<string, unknown> = { MAX_CONCURRENT_DOCUMENTS: String(workers), ...process.env };
const app = createApp({ engine: pool });
// GET only (HEAD follows it), as Workers serves assets: other methods reach the app and its 405.
app.get("/docs/*", serveStatic({ root: PUBLIC_DIR }));
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "127.0.0.1";

const server = serve({ fetch: (request) => app.fetch(request, env), port, hostname }, (info) => {
  console.log(`influence-audit listening on http://${hostname}:${info.port} (${workers} worker thread${workers === 1 ? "" : "s"})`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    server.close();
    void pool.close().then(() => process.exit(0));
  });
}
