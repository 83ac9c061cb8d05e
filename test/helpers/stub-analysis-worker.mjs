// A stand-in for analysis-worker.js that speaks its protocol (src/node/worker-messages.ts) and
// misbehaves on request, so the pool's outer guarantees can be tested without crafting a
// document for each: the text of a "text" source says what to do.
import { parentPort } from "node:worker_threads";

const report = (text) => ({ id: "stub", text, threadHeld: globalThis.heldSince ?? null });

parentPort.on("message", async (task) => {
  const text = task.source.kind === "text" ? task.source.text : "";
  globalThis.heldSince ??= Date.now();
  if (text === "spin") for (;;);
  if (text === "hoard") {
    const hoard = [];
    for (;;) hoard.push(new Array(100_000).fill(hoard.length));
  }
  if (text === "crash") process.exit(3);
  if (text === "throw") setTimeout(() => { throw new Error("unhandled in the worker"); });
  // "phases E A": extraction takes E ms, then the analysis A ms.
  const phases = /^phases (\d+) (\d+)$/.exec(text);
  if (phases) {
    await new Promise((resolve) => setTimeout(resolve, Number(phases[1])));
    parentPort.postMessage({ type: "extracted" });
    await new Promise((resolve) => setTimeout(resolve, Number(phases[2])));
  }
  if (text === "refuse") {
    parentPort.postMessage({ type: "failed", error: { code: "no_text", message: "Nothing to read.", name: "AuditError" } });
    return;
  }
  if (text === "throw") return;
  parentPort.postMessage({ type: "done", result: report(text) });
});
