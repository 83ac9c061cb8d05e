// The same app under Node, for self-hosting: `npm run serve`. Bound to 127.0.0.1 unless
// HOST says otherwise; configured by the same variables as the Worker.
import { serve } from "@hono/node-server";
import { createApp } from "./app.ts";

const app = createApp();
const port = Number(process.env.PORT ?? 8787);
const hostname = process.env.HOST ?? "127.0.0.1";

serve({ fetch: (request) => app.fetch(request, process.env), port, hostname }, (info) => {
  console.log(`influence-audit listening on http://${hostname}:${info.port}`);
});
