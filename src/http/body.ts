// Reads a request body up to a byte limit. A declared Content-Length over the limit is
// refused before a byte is read. Without one (chunked, or no length) the stream is counted
// as it arrives, and the moment it passes the limit nothing more is kept.
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

function tooLarge(limit: number): AuditError {
  return new AuditError("payload_too_large", `The request body is over the limit of ${limit} bytes.`);
}

async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<void> {
  const deadline = Date.now() + DISCARD_MAX_MS;
  let discarded = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    while (discarded <= DISCARD_MAX_BYTES) {
      const remaining = deadline - Date.now();
      if (remaining <= 0) break;
      const timedOut = new Promise<"timeout">((resolve) => (timer = setTimeout(() => resolve("timeout"), remaining)));
      const next = await Promise.race([reader.read(), timedOut]);
      clearTimeout(timer);
      if (next === "timeout" || next.done) return next === "timeout" ? void (await reader.cancel().catch(() => undefined)) : undefined;
      discarded += next.value.byteLength;
    }
    await reader.cancel().catch(() => undefined);
  } catch {
    // The client went away; there is nothing left to discard.
  } finally {
    clearTimeout(timer);
  }
}

export async function readBoundedBody(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = request.headers.get("content-length");
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > limit) throw tooLarge(limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      if (IN_WORKERS_RUNTIME) await discardRest(reader);
      else await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return joinChunks(chunks, total);
}
