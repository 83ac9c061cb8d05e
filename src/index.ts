// The Worker entry: HTTP through the app, the queue consumer that analyses job documents
// and delivers callbacks, and the cron that deletes expired jobs.
import { createApp } from "./app.ts";
import type { EnvRecord } from "./config.ts";
import { continueCleanup, handleQueue } from "./jobs/consumer.ts";
import { jobBindings } from "./jobs/settings.ts";

const app = createApp();

export default {
  fetch: app.fetch,
  async queue(batch, env) {
    await handleQueue(batch, env);
  },
  async scheduled(_controller, env) {
    const bindings = jobBindings(env);
    if (bindings) await continueCleanup(bindings);
  },
} satisfies ExportedHandler<EnvRecord>;
