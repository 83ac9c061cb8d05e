// Bounds the documents one isolate works on at once. Parsing is CPU-bound and runs on one
// thread, so running more side by side only multiplies memory (a Worker isolate has 128 MB)
// and stretches every request's wall-clock time past its budget. Requests wait in a bounded
// queue; past it they get 429 with Retry-After rather than a crashed isolate.
import { AuditError } from "../core/errors.ts";

export class DocumentLimiter {
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (this.waiting.length >= this.maxWaiting) {
        throw new AuditError("rate_limited", "The server is busy with other documents; try again in a few seconds.");
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.running += 1;
    }
    try {
      return await work();
    } finally {
      const next = this.waiting.shift();
      // The slot passes straight to the next request, so `running` stays the same.
      if (next) next();
      else this.running -= 1;
    }
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }
}
