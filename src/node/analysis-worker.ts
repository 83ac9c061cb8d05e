// One worker thread of the pool (pool.ts): reads and analyses the documents it is sent, one at
// a time, and says when extraction is over so the pool can stop its clock.
import { parentPort } from "node:worker_threads";
import { completeAnalysis, extract } from "../core/analyze.ts";
import { isAuditError } from "../core/errors.ts";
import type { CarriedError, WorkerReply, WorkerTask } from "./worker-messages.ts";

const port = parentPort;
if (!port) throw new Error("analysis-worker.js runs as a worker thread of the pool, not on its own.");

function reply(message: WorkerReply): void {
  port!.postMessage(message);
}

function carried(error: unknown): CarriedError {
  if (isAuditError(error)) return { code: error.code, message: error.message, errors: error.errors, name: error.name };
  // A bug: the pool logs its class and frames, never its message (it may quote the document).
  if (!(error instanceof Error)) return { name: typeof error, message: "" };
  const frames = (error.stack ?? "").split("\n").filter((line) => /^\s+at /.test(line));
  return { name: error.name, message: "", stack: [error.name, ...frames].join("\n") };
}

async function handle(task: WorkerTask): Promise<void> {
  try {
    if (task.kind === "annotate") {
      // The writers load with the first document to annotate.
      const { annotateDocument } = await import("../core/annotate/index.ts");
      const annotated = await annotateDocument(task.source, task.options, task.limits, { onExtracted: () => reply({ type: "extracted" }) });
      return reply({ type: "done", result: annotated });
    }
    const extracted = await extract(task.source, task.limits);
    if (task.kind === "extract") return reply({ type: "done", result: extracted });
    reply({ type: "extracted" });
    // The analysis limits (claims, report size) ride with the extraction limits, as in analyzeDocument.
    reply({ type: "done", result: await completeAnalysis(extracted, { ...task.options, limits: { ...(task.limits ?? {}), ...(task.options.limits ?? {}) } }) });
  } catch (error) {
    reply({ type: "failed", error: carried(error) });
  }
}

port.on("message", (task: WorkerTask) => void handle(task));
