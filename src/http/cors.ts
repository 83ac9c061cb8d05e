// CORS for browser clients on other origins (an HR portal's page), off unless CORS_ORIGINS
// names them. Every header the API documents can be sent and read: a job's Idempotency-Key
// and Authorization going out; Location, Retry-After, Idempotent-Replayed, the request id,
// and an annotated file's name and summary coming back.
import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";

export const CORS_REQUEST_HEADERS = ["Authorization", "Content-Type", "Idempotency-Key", "X-Request-Id"];
export const CORS_EXPOSED_HEADERS = [
  "Location",
  "Retry-After",
  "Idempotent-Replayed",
  "X-Request-Id",
  "Content-Disposition",
  "X-Influence-Verdict",
  "X-Influence-Score",
  "X-Influence-Claims",
  "X-Influence-Claims-Marked",
];
export const CORS_METHODS = ["GET", "POST", "OPTIONS"];

// One middleware per configured list: the list is fixed for the life of an isolate.
const byOrigins = new Map<string, MiddlewareHandler>();

export function corsFor(origins: readonly string[]): MiddlewareHandler {
  const key = origins.join(",");
  let middleware = byOrigins.get(key);
  if (!middleware) {
    middleware = cors({
      origin: origins.includes("*") ? "*" : [...origins],
      allowMethods: CORS_METHODS,
      allowHeaders: CORS_REQUEST_HEADERS,
      exposeHeaders: CORS_EXPOSED_HEADERS,
      maxAge: 600,
    });
    byOrigins.set(key, middleware);
  }
  return middleware;
}
