// Runs in a worker thread with a hard heap limit: sends each document it is given through the
// app (to /v1/analyze, or the route the message names) and reports the status and the time. A document that needs more memory than the
// limit ends the worker (ERR_WORKER_OUT_OF_MEMORY), which the test sees and names. Asked
// "baseline", it reads one document of each kind and reports the heap the loaded app holds
// after a full collection.
import { readFileSync } from "node:fs";
import { getHeapStatistics, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { parentPort } from "node:worker_threads";
import { createApp } from "../../src/app.ts";

const app = createApp();

async function analyze(name: string, bytes: Uint8Array, route = "/v1/analyze"): Promise<number> {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  form.append("role", "Social Media Manager");
  const response = await app.request(route, { method: "POST", body: form });
  await response.arrayBuffer();
  return response.status;
}

parentPort!.on("message", async (message: { baseline: true; route?: string } | { index: number; name: string; bytes: Uint8Array; route?: string }) => {
  if ("baseline" in message) {
    for (const name of ["social-media-manager.pdf", "social-media-manager.docx", "social-media-manager.md"]) {
      await analyze(name, new Uint8Array(readFileSync(new URL(`../../fixtures/${name}`, import.meta.url))), message.route);
    }
    // A worker cannot be started with --expose-gc; the flag can be set from inside it.
    setFlagsFromString("--expose-gc");
    (runInNewContext("gc") as () => void)();
    parentPort!.postMessage({ baselineMb: getHeapStatistics().used_heap_size / 1048576 });
    return;
  }
  const started = performance.now();
  const status = await analyze(message.name, message.bytes, message.route);
  parentPort!.postMessage({ index: message.index, status, ms: performance.now() - started });
});
