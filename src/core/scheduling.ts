// Giving other work a turn. The pipeline's stages are synchronous and pdf.js answers through
// microtasks only, so a long document would otherwise run as one task: no timer fires (a
// deadline's among them) and, in a Worker isolate, no other request is served until it ends.

/** Lets timers and other requests run before the next piece of synchronous work. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
