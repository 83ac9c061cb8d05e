// A pool of worker threads that read and analyse documents, for the command line and the Node
// server: one document per worker at a time, as many workers as asked (by default one per
// core), in the order documents were handed in.
//
// Each worker's heap is bounded (`resourceLimits`): a document that needs more stops that
// worker alone, and is answered `limits_exceeded`. The extraction deadline is kept from
// outside: pdf.js parses in the worker's own thread, so a crafted file can keep it busy where
// no timer inside it fires; at the deadline the pool terminates the worker, answers `timeout`
// and starts another for the next document.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { AnalyzeOptions, DocumentSource } from "../core/analyze.ts";
import { AuditError } from "../core/errors.ts";
import type { DocumentLimits } from "../core/analyze.ts";
import { DEFAULT_LIMITS, type ExtractLimits } from "../core/extract/index.ts";
import type { AnnotatedDocument } from "../core/annotate/index.ts";
import type { ExtractedDocument, Report } from "../core/types.ts";
import type { DocumentEngine } from "../engine.ts";
import type { CarriedError, WorkerReply, WorkerResult, WorkerTask } from "./worker-messages.ts";

/** V8's old generation for each worker, in MiB, unless told otherwise. */
export const DEFAULT_WORKER_MEMORY_MB = 256;
/** Documents waiting for a worker, past which the pool refuses more. */
export const DEFAULT_MAX_QUEUED = 1000;
/** More workers than this is a mistake in the setting, not a machine. */
export const MAX_WORKERS = 64;

export interface PoolOptions {
  /** Worker threads at most; started as documents arrive. */
  size: number;
  /** The built analysis-worker.js. */
  workerUrl: URL;
  memoryMb?: number;
  maxQueued?: number;
}

interface Pending {
  task: WorkerTask;
  /** From handing the task to a worker until it has extracted the text. */
  extractionMs: number;
  /** From the end of extraction until the report, model call included. */
  analysisMs: number;
  resolve(result: WorkerResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  pending: Pending | null;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** The worker count asked for by a setting (`--jobs`, `WORKERS`), or by default one per core. */
export function workerCount(setting: string | undefined, what: string): number {
  if (setting === undefined || setting.trim() === "") return availableParallelism();
  const count = Number(setting);
  if (!Number.isInteger(count) || count < 1 || count > MAX_WORKERS) {
    throw new RangeError(`${what} must be a whole number from 1 to ${MAX_WORKERS}, not "${setting}".`);
  }
  return count;
}

function rebuilt(error: CarriedError): Error {
  if (error.code) return new AuditError(error.code, error.message, error.errors ? { errors: error.errors } : undefined);
  const bug = new Error("A worker thread failed.");
  bug.name = error.name;
  if (error.stack) bug.stack = error.stack;
  return bug;
}

export class AnalysisPool implements DocumentEngine {
  private readonly size: number;
  private readonly workerUrl: URL;
  private readonly memoryMb: number;
  private readonly maxQueued: number;
  private readonly slots = new Set<Slot>();
  private readonly idle: Slot[] = [];
  private readonly queue: Pending[] = [];
  private closed = false;

  constructor(options: PoolOptions) {
    if (!Number.isInteger(options.size) || options.size < 1) throw new RangeError("A pool needs at least one worker.");
    this.size = options.size;
    this.workerUrl = options.workerUrl;
    this.memoryMb = options.memoryMb ?? DEFAULT_WORKER_MEMORY_MB;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED;
  }

  analyze(source: DocumentSource, options: AnalyzeOptions, limits?: Partial<DocumentLimits>): Promise<Report> {
    const timeoutMs = limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    // The analysis itself is bounded by the text's size; the model, when there is one, by its own timeout.
    const analysisMs = timeoutMs + (options.llm?.timeoutMs ?? 0);
    return this.submit({ kind: "analyze", source, options, limits }, timeoutMs, analysisMs) as Promise<Report>;
  }

  annotate(source: DocumentSource, options: AnalyzeOptions, limits?: Partial<DocumentLimits>): Promise<AnnotatedDocument> {
    const timeoutMs = limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    // After extraction: the analysis, the model if there is one, and writing the file, which
    // for a PDF reads it with pdf.js once more (under the same deadline).
    const analysisMs = 2 * timeoutMs + (options.llm?.timeoutMs ?? 0);
    return this.submit({ kind: "annotate", source, options, limits }, timeoutMs, analysisMs) as Promise<AnnotatedDocument>;
  }

  extract(source: DocumentSource, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument> {
    const timeoutMs = limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
    return this.submit({ kind: "extract", source, limits }, timeoutMs, timeoutMs) as Promise<ExtractedDocument>;
  }

  /** Stops every worker; documents still waiting or being read are refused. */
  async close(): Promise<void> {
    this.closed = true;
    const closing = () => new AuditError("rate_limited", "The server is shutting down.");
    for (const pending of this.queue.splice(0)) pending.reject(closing());
    const slots = [...this.slots];
    for (const slot of slots) slot.pending?.reject(closing());
    await Promise.all(slots.map((slot) => this.retire(slot)));
  }

  get load(): { workers: number; busy: number; waiting: number } {
    return { workers: this.slots.size, busy: this.slots.size - this.idle.length, waiting: this.queue.length };
  }

  private submit(task: WorkerTask, extractionMs: number, analysisMs: number): Promise<WorkerResult> {
    if (this.closed) return Promise.reject(new AuditError("rate_limited", "The server is shutting down."));
    if (this.queue.length >= this.maxQueued) {
      return Promise.reject(new AuditError("rate_limited", "The server is busy with other documents; try again in a few seconds."));
    }
    return new Promise((resolve, reject) => {
      this.queue.push({ task, extractionMs, analysisMs, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.idle.pop() ?? (this.slots.size < this.size ? this.spawn() : null);
      if (!slot) return;
      this.start(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl, {
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
    const slot: Slot = { worker, pending: null, timer: undefined };
    this.slots.add(slot);
    worker.on("message", (reply: WorkerReply) => this.onReply(slot, reply));
    worker.on("error", (error: Error & { code?: string }) => {
      const failure =
        error.code === "ERR_WORKER_OUT_OF_MEMORY"
          ? new AuditError("limits_exceeded", `Reading the document needed more than the ${this.memoryMb} MiB a worker may use.`)
          : error;
      this.fail(slot, failure);
    });
    worker.on("exit", () => this.fail(slot, new Error("A worker thread stopped in the middle of a document.")));
    return slot;
  }

  private start(slot: Slot, pending: Pending): void {
    slot.pending = pending;
    slot.worker.ref();
    this.arm(slot, pending.extractionMs, "Reading the document");
    slot.worker.postMessage(pending.task);
  }

  private arm(slot: Slot, ms: number, what: string): void {
    clearTimeout(slot.timer);
    slot.timer = setTimeout(() => this.fail(slot, new AuditError("timeout", `${what} took longer than ${ms} ms.`)), ms);
  }

  private onReply(slot: Slot, reply: WorkerReply): void {
    const pending = slot.pending;
    if (!pending) return;
    if (reply.type === "extracted") {
      this.arm(slot, pending.analysisMs, "Analysing the document");
      return;
    }
    clearTimeout(slot.timer);
    slot.pending = null;
    if (reply.type === "done") pending.resolve(reply.result);
    else pending.reject(rebuilt(reply.error));
    // An idle worker does not keep the process alive.
    slot.worker.unref();
    this.idle.push(slot);
    this.dispatch();
  }

  /** Answers the worker's document with `error` and replaces the worker. */
  private fail(slot: Slot, error: Error): void {
    if (!this.slots.has(slot)) return;
    const pending = slot.pending;
    slot.pending = null;
    void this.retire(slot);
    pending?.reject(error);
    this.dispatch();
  }

  private async retire(slot: Slot): Promise<void> {
    clearTimeout(slot.timer);
    this.slots.delete(slot);
    const at = this.idle.indexOf(slot);
    if (at >= 0) this.idle.splice(at, 1);
    await slot.worker.terminate();
  }
}
