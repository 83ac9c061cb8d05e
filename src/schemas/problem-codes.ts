// Every `code` a problem can carry: the core's, for what a document or a request's fields
// do, and the HTTP edge's own, for what only a request's method can do. One list, so the
// OpenAPI document's enum, the /docs error table and the handlers cannot drift apart.
import { describeErrorCodes } from "../core/errors.ts";

export const EDGE_ERRORS = {
  method_not_allowed: { status: 405, title: "Method not allowed" },
} as const;

export type EdgeErrorCode = keyof typeof EDGE_ERRORS;

export interface ProblemCode {
  code: string;
  status: number;
  title: string;
}

/** Every code with its status and title, in the order of status. */
export function describeProblemCodes(): ProblemCode[] {
  const edge = Object.entries(EDGE_ERRORS).map(([code, { status, title }]) => ({ code, status, title }));
  return [...describeErrorCodes(), ...edge].sort((a, b) => a.status - b.status);
}

export const PROBLEM_CODES = describeProblemCodes().map(({ code }) => code) as [string, ...string[]];
