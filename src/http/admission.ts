// Who may take a turn, and how many turns one caller may hold. A document request is admitted
// in three steps: its key is checked before any of its body is read; its caller may have only
// a few requests in flight (uploading, waiting or parsing) at once; and only once its body
// has arrived does it wait for one of the isolate's parsing slots (limiter.ts). A slow upload
// therefore holds a connection and its caller's share, never a parsing slot.
import { AuditError } from "../core/errors.ts";

/**
 * Requests one caller may have in flight at once, by default: the parsing slots and a quarter
 * of the queue (27 with the defaults), so that no one caller can fill the queue, and a single
 * integrator's burst of a couple of dozen requests still waits its turn rather than failing.
 */
export function defaultRequestsPerCaller(maxConcurrentDocuments: number, maxQueuedDocuments: number): number {
  return maxConcurrentDocuments + Math.ceil(maxQueuedDocuments / 4);
}

/**
 * The caller a request is counted against: its API key (as a digest) where it sent one, else
 * the client address Cloudflare's edge sets. Null where neither says who it is (an open Node
 * server behind no proxy): such requests are bounded by the isolate's limiter alone.
 */
export async function callerOf(request: Request): Promise<string | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (match) {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(match[1]!)));
    return "key:" + [...digest.subarray(0, 12)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  }
  const address = request.headers.get("cf-connecting-ip");
  return address ? `ip:${address}` : null;
}

/** Counts each caller's requests in flight; past the share, 429 before the body is read. */
export class CallerShare {
  private readonly held = new Map<string, number>();

  constructor(private readonly maxPerCaller: number) {}

  /** Takes one of the caller's turns; the returned function gives it back (once). */
  enter(caller: string | null): () => void {
    if (caller === null) return () => undefined;
    const count = this.held.get(caller) ?? 0;
    if (count >= this.maxPerCaller) {
      throw new AuditError("rate_limited", `This caller already has ${count} requests in flight; wait for one to finish.`);
    }
    this.held.set(caller, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.held.get(caller) ?? 1) - 1;
      if (left <= 0) this.held.delete(caller);
      else this.held.set(caller, left);
    };
  }

  inFlight(caller: string): number {
    return this.held.get(caller) ?? 0;
  }
}
