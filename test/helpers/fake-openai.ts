// A real OpenAI-compatible server on 127.0.0.1 (a free port) that answers
// `POST /v1/chat/completions` as each test scripts it, so the real `openai` client, its timeout
// and its error handling are exercised end to end.

import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingMessage["headers"];
  body: any;
}

export type FakeReply =
  /** A chat completion whose message content is `content` (serialised when not a string). */
  | { content: unknown; delayMs?: number; finishReason?: string }
  | { refusal: string }
  | { status: number; body?: unknown }
  /** Answers only after the given time, whatever the client does meanwhile. */
  | { hangMs: number };

export type FakeHandler = (request: RecordedRequest) => FakeReply;

export interface FakeOpenAI {
  baseURL: string;
  requests: RecordedRequest[];
  /** Sets the reply for the next requests. */
  reply(handler: FakeHandler | FakeReply): void;
  close(): Promise<void>;
}

function completion(model: string, message: Record<string, unknown>, finishReason: string): Record<string, unknown> {
  return {
    id: "chatcmpl-fake",
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", refusal: null, ...message }, finish_reason: finishReason, logprobs: null }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

function send(response: ServerResponse, status: number, body: unknown): void {
  if (response.destroyed) return;
  response.writeHead(status, { "content-type": "application/json" });
  response.end(JSON.stringify(body));
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  let handler: FakeHandler = () => ({ status: 500, body: { error: { message: "no reply scripted" } } });
  const timers = new Set<NodeJS.Timeout>();

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const raw = Buffer.concat(chunks).toString("utf8");
      let body: any = null;
      try {
        body = raw.length > 0 ? JSON.parse(raw) : null;
      } catch {
        body = raw;
      }
      const recorded: RecordedRequest = { method: request.method ?? "", path: request.url ?? "", headers: request.headers, body };
      requests.push(recorded);
      if (request.method !== "POST" || recorded.path !== "/v1/chat/completions") {
        send(response, 404, { error: { message: "not found" } });
        return;
      }
      const reply = handler(recorded);
      const model = typeof body?.model === "string" ? body.model : "fake";
      const answer = () => {
        if ("hangMs" in reply) send(response, 200, completion(model, { content: "{}" }, "stop"));
        else if ("status" in reply) send(response, reply.status, reply.body ?? { error: { message: "scripted failure" } });
        else if ("refusal" in reply) send(response, 200, completion(model, { content: null, refusal: reply.refusal }, "stop"));
        else {
          const content = typeof reply.content === "string" ? reply.content : JSON.stringify(reply.content);
          send(response, 200, completion(model, { content }, reply.finishReason ?? "stop"));
        }
      };
      const delay = "hangMs" in reply ? reply.hangMs : "content" in reply ? (reply.delayMs ?? 0) : 0;
      if (delay > 0) {
        const timer = setTimeout(() => {
          timers.delete(timer);
          answer();
        }, delay);
        timers.add(timer);
      } else answer();
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    reply(next) {
      handler = typeof next === "function" ? next : () => next;
    },
    async close() {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
