// A bounded closed-loop load generator over keep-alive HTTP/1.1 to 127.0.0.1 only.
import http from "node:http";
import { now } from "./stats.ts";

export interface RequestSpec {
  /** A label that groups results, e.g. "pdf" or "random-bytes". */
  kind: string;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
  /** Send the body in chunks without Content-Length (chunked transfer encoding). */
  chunked?: boolean;
}

export interface Outcome {
  kind: string;
  status: number | null;
  ms: number;
  error?: string;
  /** For a 5xx: the problem `code`, or the runtime's short plain-text message. */
  serverError?: string;
}

export interface LoadOptions {
  base: URL;
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  /** Called per request to choose what to send; `i` counts requests started. */
  next: (i: number) => RequestSpec;
  /** Per-request timeout; a request that passes it counts as a failure. */
  requestTimeoutMs?: number;
}

export interface LoadResult {
  outcomes: Outcome[];
  wallMs: number;
}

// Problem bodies never hold document text; a runtime's own error page is plain text.
function describeServerError(type: string | undefined, body: Buffer): string {
  const text = body.toString("utf8", 0, Math.min(body.length, 2048));
  if ((type ?? "").includes("json")) {
    try {
      const problem = JSON.parse(text) as { code?: string; title?: string };
      return `${problem.code ?? "?"} (${problem.title ?? ""})`;
    } catch {
      return `unparsable ${type}`;
    }
  }
  return `${type ?? "no content-type"}: ${text.replace(/\s+/g, " ").slice(0, 100)}`;
}

function send(agent: http.Agent, base: URL, spec: RequestSpec, timeoutMs: number): Promise<Outcome> {
  const start = now();
  return new Promise((resolve) => {
    let settled = false;
    const finish = (status: number | null, error?: string, serverError?: string) => {
      if (settled) return;
      settled = true;
      resolve({ kind: spec.kind, status, ms: now() - start, ...(error ? { error } : {}), ...(serverError ? { serverError } : {}) });
    };
    const headers: Record<string, string | number> = { ...spec.headers };
    if (!spec.chunked) headers["content-length"] = spec.body.byteLength;
    const req = http.request(
      { host: base.hostname, port: base.port, path: spec.path, method: "POST", headers, agent, timeout: timeoutMs },
      (res) => {
        const status = res.statusCode ?? null;
        const kept: Buffer[] = [];
        res.on("data", (chunk: Buffer) => {
          if (status !== null && status >= 500 && kept.length < 4) kept.push(chunk);
        });
        res.on("end", () => finish(status, undefined, status !== null && status >= 500 ? describeServerError(res.headers["content-type"], Buffer.concat(kept)) : undefined));
        res.on("error", (e) => finish(res.statusCode ?? null, `response: ${e.message}`));
      },
    );
    req.on("timeout", () => {
      req.destroy(new Error("timeout"));
    });
    req.on("error", (e) => finish(null, e.message));
    if (spec.chunked) {
      const size = 64 * 1024;
      for (let at = 0; at < spec.body.byteLength; at += size) req.write(spec.body.subarray(at, at + size));
      req.end();
    } else req.end(spec.body);
  });
}

export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  if (options.base.hostname !== "127.0.0.1" && options.base.hostname !== "localhost") throw new Error("load goes to the loopback address only");
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const outcomes: Outcome[] = [];
  const start = now();
  const deadline = start + options.maxMs;
  let started = 0;
  const client = async () => {
    while (started < options.maxRequests && now() < deadline) {
      const spec = options.next(started++);
      outcomes.push(await send(agent, options.base, spec, options.requestTimeoutMs ?? 30_000));
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, client));
  const wallMs = now() - start;
  agent.destroy();
  return { outcomes, wallMs };
}
