// Runs in a worker thread with a hard heap limit: analyses each document it is sent through
// the app and reports the status and the time. A document that needs more memory than the
// limit ends the worker (ERR_WORKER_OUT_OF_MEMORY), which the test sees and names.
import { parentPort } from "node:worker_threads";
import { createApp } from "../../src/app.ts";

const app = createApp();

parentPort!.on("message", async (message: { index: number; name: string; bytes: Uint8Array }) => {
  parentPort!.postMessage({ started: message.index });
  const form = new FormData();
  form.append("file", new File([message.bytes as Uint8Array<ArrayBuffer>], message.name));
  form.append("role", "Social Media Manager");
  const started = performance.now();
  const response = await app.request("/v1/analyze", { method: "POST", body: form });
  await response.arrayBuffer();
  parentPort!.postMessage({ index: message.index, status: response.status, ms: performance.now() - started });
});
