// Request bodies over the limit, sent over a raw socket so the headers are exactly what a
// hostile client writes: the answer is 413 (or the HTTP parser's own 400 where the framing
// itself is an attack), before the rest of the body is read.
import { createServer, type Server } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { getRequestListener } from "@hono/node-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";

const LIMIT = 4096;
const app = createApp();
const env = { MAX_BODY_BYTES: String(LIMIT) };
let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(getRequestListener((request) => app.fetch(request, env)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/**
 * Writes `head`, then `chunks` one by one while no answer has come, and returns the first
 * status line and how many body bytes had been written when it came. Never writes more
 * than the chunks given; gives up after 15 s (a loaded machine can be slow to answer).
 */
function exchange(head: string, chunks: (string | Uint8Array)[], holdOpen = true): Promise<{ status: number; written: number; raw: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1");
    let raw = "";
    let written = 0;
    let answered = false;
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`no answer; got ${JSON.stringify(raw.slice(0, 200))}`));
    }, 15_000);
    socket.on("data", (data) => {
      raw += data.toString("latin1");
      const match = /^HTTP\/1\.1 (\d{3})/.exec(raw);
      if (match && !answered && raw.includes("\r\n\r\n")) {
        answered = true;
        clearTimeout(timer);
        socket.destroy();
        resolve({ status: Number(match[1]), written, raw });
      }
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      if (!answered) {
        clearTimeout(timer);
        const match = /^HTTP\/1\.1 (\d{3})/.exec(raw);
        if (match) resolve({ status: Number(match[1]), written, raw });
        else reject(new Error("closed without an answer"));
      }
    });
    socket.write(head);
    let index = 0;
    const next = () => {
      if (answered || index >= chunks.length) {
        if (!holdOpen && !answered) socket.end();
        return;
      }
      const chunk = chunks[index++]!;
      written += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.byteLength;
      socket.write(chunk, () => setTimeout(next, 5));
    };
    next();
  });
}

const kilobyte = "k".repeat(1024);

describe("bodies over the limit", { timeout: 20_000 }, () => {
  it("a declared Content-Length over the limit: 413 before any body byte is sent", async () => {
    const result = await exchange(`POST /v1/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${LIMIT * 100}\r\n\r\n`, []);
    expect(result.status).toBe(413);
    expect(result.written).toBe(0);
    expect(result.raw).toMatch(/application\/problem\+json/);
  });

  it("chunked without Content-Length: 413 once the limit is passed, the rest never sent", async () => {
    const chunks = Array.from({ length: 40 }, () => `400\r\n${kilobyte}\r\n`);
    const result = await exchange("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n", chunks);
    expect(result.status).toBe(413);
    expect(result.written).toBeLessThan(40 * 1030);
  });

  it("a Content-Length that lies low: only the declared bytes are read as the body", async () => {
    const result = await exchange("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 20\r\n\r\n", [
      "Klout score of 78 ok" + kilobyte.repeat(20),
    ]);
    // The declared 20 bytes are a small document; the rest is not a body of this request.
    expect(result.status).toBeLessThan(500);
    expect(result.status).not.toBe(413);
  });

  it("a Content-Length that lies high: the request waits for bytes that never come, no more is read", async () => {
    const result = await exchange(`POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: ${LIMIT + 10}\r\n\r\n`, [kilobyte]);
    expect(result.status).toBe(413);
  });

  it("both Content-Length and Transfer-Encoding: refused by the HTTP parser, never a 5xx", async () => {
    const chunks = Array.from({ length: 10 }, () => `400\r\n${kilobyte}\r\n`);
    const result = await exchange("POST /v1/extract HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nTransfer-Encoding: chunked\r\n\r\n", chunks);
    expect([400, 413]).toContain(result.status);
  });

  it("no Content-Length and no Transfer-Encoding: an empty body, asked for a document", async () => {
    const result = await exchange("POST /v1/extract HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", [kilobyte.repeat(8)], false);
    expect(result.status).toBe(400);
  });
});
