// Bounds the documents one isolate works on at once. Parsing is CPU-bound and runs on one
// thread, so running more side by side only multiplies memory (a Worker isolate has 128 MB)
// and stretches every request's wall-clock time past its budget. Requests wait in a bounded
// queue; past it they get 429 with Retry-After rather than a crashed isolate.
//
// A waiting request polls with its own timer instead of awaiting a promise another request
// resolves: workerd cancels a request whose only pending work belongs to another request's
// context ("the Worker's code had hung"), so cross-request wake-ups cannot be used.
import { AuditError } from "../core/errors.ts";

const POLL_MS = 4;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export class DocumentLimiter {
  private running = 0;
  private waiting = 0;

  constructor(
    private readonly maxRunning: number,
    private readonly maxWaiting: number,
  ) {}

  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxRunning) {
      if (this.waiting >= this.maxWaiting) {
        throw new AuditError("rate_limited", "The server is busy with other documents; try again in a few seconds.");
      }
      this.waiting += 1;
      try {
        while (this.running >= this.maxRunning) await pause(POLL_MS);
      } finally {
        this.waiting -= 1;
      }
    }
    this.running += 1;
    try {
      return await work();
    } finally {
      this.running -= 1;
    }
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting };
  }
}
