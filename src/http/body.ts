// Reads a request body up to a byte limit and within a deadline. A declared Content-Length
// over the limit is refused before a byte is read. Without one (chunked, or no length) the
// stream is counted as it arrives, and the moment it passes the limit nothing more is kept.
// A sender that goes quiet for `idleTimeoutMs`, or has not finished after `timeoutMs`, is
// cut off with 408: a slow upload holds a connection, never a parsing slot, and not for long.
//
// Under the Workers runtime, what comes after the limit is read and thrown away, up to a
// bound, before the 413 goes out: answering while a client was still sending a chunked body
// made the local runtime (wrangler dev) restart mid-request, failing the other requests in
// flight with it. Past the bound (bytes or time) the stream is cancelled anyway. Node answers
// at once and stops reading.
import { joinChunks } from "../core/bytes.ts";
import { AuditError } from "../core/errors.ts";

const DISCARD_MAX_BYTES = 64 * 1024 * 1024;
const DISCARD_MAX_MS = 5_000;

const IN_WORKERS_RUNTIME = typeof navigator !== "undefined" && navigator.userAgent === "Cloudflare-Workers";

export interface BodyDeadlines {
  /** The whole body must have arrived this long after reading starts. */
  timeoutMs: number;
  /** No more than this between two chunks. */
  idleTimeoutMs: number;
}

export const DEFAULT_BODY_DEADLINES: BodyDeadlines = Object.freeze({ timeoutMs: 60_000, idleTimeoutMs: 10_000 });

export interface BodyOptions extends Partial<BodyDeadlines> {
  /**
   * Called once with the first `bytes` of the body (or all of it, if shorter) before the rest
   * is read; throwing stops the read there. The web form's access key is checked this way.
   */
  head?: { bytes: number; check: (head: Uint8Array) => Promise<void> | void };
}

function tooLarge(limit: number): AuditError {
  return new AuditError("payload_too_large", `The request body is over the limit of ${limit} bytes.`);
}

function tooSlow(): AuditError {
  return new AuditError("request_timeout", "The request body arrived too slowly and was cut off; send it again on a faster connection.");
}

type Step = ReadableStreamReadResult<Uint8Array> | "timeout";

/** The next chunk, or "timeout" when none comes within `ms`. */
async function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, ms: number): Promise<Step> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), Math.max(0, ms))));
  try {
    return await Promise.race([reader.read(), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  const deadline = Date.now() + DISCARD_MAX_MS;
  let discarded = 0;
  try {
    while (discarded <= DISCARD_MAX_BYTES) {
      const next = await readWithin(reader, deadline - Date.now());
      if (next === "timeout") break;
      if (next.done) return;
      discarded += next.value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
  } catch {
    // The client went away; there is nothing left to discard.
  }
}

export async function readBoundedBody(request: Request, limit: number, options: BodyOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
  const timeoutMs = options.timeoutMs ?? DEFAULT_BODY_DEADLINES.timeoutMs;
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_BODY_DEADLINES.idleTimeoutMs;
  if (!request.body) {
    const empty = new Uint8Array(0);
    await options.head?.check(empty);
    return empty;
  }
  const reader = request.body.getReader();
  const deadline = Date.now() + timeoutMs;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let headChecked = options.head === undefined;
  const checkHead = async () => {
    headChecked = true;
    await options.head!.check(joinChunks(chunks, total).subarray(0, options.head!.bytes));
  };
  try {
    for (;;) {
      const step = await readWithin(reader, Math.min(idleTimeoutMs, deadline - Date.now()));
      if (step === "timeout") throw tooSlow();
      if (step.done) break;
      total += step.value.byteLength;
      if (total > limit) {
        if (IN_WORKERS_RUNTIME) await discardRest(reader);
        else await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(step.value);
      if (!headChecked && total >= options.head!.bytes) await checkHead();
    }
    if (!headChecked) await checkHead();
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  }
  return joinChunks(chunks, total);
}
