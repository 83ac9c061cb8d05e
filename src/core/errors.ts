// User-facing failures carry a stable code from the public contract. Anything thrown that
// is not an AuditError is a bug and becomes a 500 at the edge. Messages here end up in
// problem+json bodies, so they must never quote the document.

export type ErrorCode =
  | "invalid_request"
  | "unauthorized"
  | "not_found"
  | "idempotency_conflict"
  | "request_timeout"
  | "payload_too_large"
  | "unsupported_media_type"
  | "encrypted_document"
  | "corrupt_document"
  | "no_text"
  | "limits_exceeded"
  | "rate_limited"
  | "not_implemented"
  | "timeout"
  | "internal_error";

const STATUS: Record<ErrorCode, number> = {
  invalid_request: 400,
  unauthorized: 401,
  not_found: 404,
  idempotency_conflict: 409,
  request_timeout: 408,
  payload_too_large: 413,
  unsupported_media_type: 415,
  encrypted_document: 422,
  corrupt_document: 422,
  no_text: 422,
  limits_exceeded: 422,
  rate_limited: 429,
  not_implemented: 501,
  timeout: 504,
  internal_error: 500,
};

const TITLE: Record<ErrorCode, string> = {
  invalid_request: "Invalid request",
  unauthorized: "Unauthorized",
  not_found: "Not found",
  idempotency_conflict: "Idempotency key reused",
  request_timeout: "Request timeout",
  payload_too_large: "Payload too large",
  unsupported_media_type: "Unsupported media type",
  encrypted_document: "Encrypted document",
  corrupt_document: "Corrupt document",
  no_text: "No text to read",
  limits_exceeded: "Limits exceeded",
  rate_limited: "Rate limited",
  not_implemented: "Not implemented",
  timeout: "Timeout",
  internal_error: "Internal error",
};

export interface FieldError {
  field: string;
  message: string;
}

export class AuditError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly title: string;
  readonly errors?: FieldError[];

  constructor(code: ErrorCode, detail: string, options?: { errors?: FieldError[]; cause?: unknown }) {
    super(detail, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AuditError";
    this.code = code;
    this.status = STATUS[code];
    this.title = TITLE[code];
    if (options?.errors) this.errors = options.errors;
  }
}

/** Every code with its status and title, for documentation. */
export function describeErrorCodes(): Array<{ code: ErrorCode; status: number; title: string }> {
  return (Object.keys(STATUS) as ErrorCode[]).map((code) => ({ code, status: STATUS[code], title: TITLE[code] }));
}

export function isAuditError(error: unknown): error is AuditError {
  return error instanceof AuditError;
}
