// Every error leaves as application/problem+json (RFC 9457) with a stable code. Details
// are written by the code that throws; none of them quotes a document.
import type { Context } from "hono";
import { AuditError, isAuditError, type FieldError } from "../core/errors.ts";
import { EDGE_ERRORS, type EdgeErrorCode } from "../schemas/problem-codes.ts";

export interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance: string;
  errors?: FieldError[];
}

// A relative reference (RFC 9457 allows one): the API's own /docs page explains each code.
const TYPE_BASE = "/docs#problem-";

export function toProblem(error: AuditError, requestId: string): Problem {
  const problem: Problem = {
    type: TYPE_BASE + error.code,
    title: error.title,
    status: error.status,
    code: error.code,
    detail: error.message,
    instance: requestId,
  };
  if (error.errors) problem.errors = error.errors;
  return problem;
}

/** Turns anything thrown into a problem; unknown errors are bugs and become 500s. */
export function problemFromUnknown(error: unknown, requestId: string): Problem {
  if (isAuditError(error)) return toProblem(error, requestId);
  logBug(error, requestId);
  return toProblem(new AuditError("internal_error", "Something went wrong on our side. The request id identifies it."), requestId);
}

export function edgeProblem(code: EdgeErrorCode, detail: string, requestId: string): Problem {
  const { status, title } = EDGE_ERRORS[code];
  return { type: TYPE_BASE + code, title, status, code, detail, instance: requestId };
}

/** Seconds a client should wait before retrying a 429. */
const RETRY_AFTER_SECONDS = "5";

/** RFC 6750: a 401 names the scheme the client should use. */
export const WWW_AUTHENTICATE = 'Bearer realm="influence-audit"';

export function problemResponse(c: Context, problem: Problem, extraHeaders: Record<string, string> = {}): Response {
  const headers: Record<string, string> = { "content-type": "application/problem+json; charset=utf-8", ...extraHeaders };
  if (problem.status === 429) headers["retry-after"] = RETRY_AFTER_SECONDS;
  if (problem.status === 401) headers["www-authenticate"] = WWW_AUTHENTICATE;
  return c.body(JSON.stringify(problem), problem.status as 400, headers);
}

// Only the error's class and the code locations are logged: library messages can
// quote the document that made them fail.
function logBug(error: unknown, requestId: string): void {
  const name = error instanceof Error ? error.name : typeof error;
  const frames = error instanceof Error && error.stack ? error.stack.split("\n").slice(1, 6).join("\n") : "";
  console.error(`internal_error request=${requestId} ${name}\n${frames}`);
}
