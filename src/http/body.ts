// Reads a request body up to a byte limit. A declared Content-Length over the limit is
// refused before a byte is read; without one (chunked, or a lying length) the stream is
// counted as it arrives and cancelled the moment it passes the limit.
import { AuditError } from "../core/errors.ts";

function tooLarge(limit: number): AuditError {
  return new AuditError("payload_too_large", `The request body is over the limit of ${limit} bytes.`);
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
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}
