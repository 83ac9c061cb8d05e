// The same app under Node, for self-hosting: `npm run serve`. Bound to 127.0.0.1 unless
// HOST says otherwise; configured by the same variables as the Worker.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { serveStatic } from "@hono/node-server/serve-static";
import { createApp } from "./app.ts";

// public/ is what Workers serves as static assets (wrangler.toml [assets]): /docs's files.
const PUBLIC_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "public");

const app = createApp();
// GET only (HEAD follows it), as Workers serves assets: other methods reach the app and its 405.
app.get("/docs/*", serveStatic({ root: PUBLIC_DIR }));
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "127.0.0.1";

serve({ fetch: (request) => app.fetch(request, process.env), port, hostname }, (info) => {
  console.log(`influence-audit listening on http://${hostname}:${info.port}`);
});
