// The pieces every route's OpenAPI entry shares: problem responses by status (each with its
// codes, its headers and a real example from src/schemas/examples.generated.json), the
// headers successful answers carry, and who may call what.
import { ProblemSchema } from "../schemas/report.ts";
import EXAMPLES from "../schemas/examples.generated.json";

export { EXAMPLES };

/** Bearer keys where the server has API_KEYS; open where it has none (the empty alternative). */
export const API_KEY_SECURITY: Array<Record<string, string[]>> = [{ bearerAuth: [] }, {}];
/** Routes that never ask for a key. */
export const NO_SECURITY: Array<Record<string, string[]>> = [];

const stringHeader = (description: string) => ({ description, schema: { type: "string" as const } });

export const REQUEST_ID_HEADER = {
  "X-Request-Id": stringHeader("This request's id: the report's `id` and a problem's `instance`. A safe incoming X-Request-Id is kept."),
};

/** What an annotated file's answer says about it, for clients that do not open the file. */
export const ANNOTATION_RESPONSE_HEADERS = {
  "Content-Disposition": stringHeader('`attachment`, with the file\'s name: the upload\'s, with `-annotated` before the extension (`filename*` holds it exactly)'),
  "X-Influence-Verdict": stringHeader("The report's verdict: `suits`, `partly_suits`, `does_not_suit` or `no_claims`"),
  "X-Influence-Score": stringHeader("The report's score, 0 to 100"),
  "X-Influence-Claims": stringHeader("How many claims the report holds"),
  "X-Influence-Claims-Marked": stringHeader("How many of them carry a note where they stand in the file; the others are listed in the document's note"),
};

interface ProblemStatusEntry {
  description: string;
  codes: readonly (keyof typeof EXAMPLES.problems)[];
  headers?: Record<string, { description: string; schema: { type: "string" } }>;
}

const PROBLEM_STATUSES = {
  400: { description: "The fields fail validation: `errors` names each field and what to send", codes: ["invalid_request"] },
  401: {
    description: "The server has API keys and the request has none or a wrong one",
    codes: ["unauthorized"],
    headers: { "WWW-Authenticate": stringHeader('`Bearer realm="influence-audit"`') },
  },
  404: { description: "No such job, or it has expired", codes: ["not_found"] },
  405: {
    description: "The path does not take this method (e.g. `GET /v1/analyze`): `Allow` names the methods it takes",
    codes: ["method_not_allowed"],
    headers: { Allow: stringHeader("The methods the path takes, e.g. `POST`") },
  },
  408: { description: "The body arrived too slowly and was cut off (BODY_IDLE_TIMEOUT_MS, BODY_TOTAL_TIMEOUT_MS)", codes: ["request_timeout"] },
  409: { description: "The Idempotency-Key was used for a different request", codes: ["idempotency_conflict"] },
  413: { description: "The body is over the limit (MAX_BODY_BYTES, 10 MiB by default), with or without Content-Length", codes: ["payload_too_large"] },
  415: { description: "Not a format the engine reads; `detail` names what was received (legacy .doc, an image, a spreadsheet…)", codes: ["unsupported_media_type"] },
  422: {
    description: "A document in a readable format that cannot be read: password-protected, damaged, without text, or over the page or text limits",
    codes: ["encrypted_document", "corrupt_document", "no_text", "limits_exceeded"],
  },
  429: {
    description: "Too many documents are waiting for a turn on this server; retry after `Retry-After` seconds",
    codes: ["rate_limited"],
    headers: { "Retry-After": stringHeader("Seconds to wait before retrying") },
  },
  500: { description: "A bug, never the answer to a bad document; `instance` identifies it in the logs", codes: ["internal_error"] },
  501: { description: "This server cannot run jobs (no R2 bucket and queue), or has no secret to sign callbacks", codes: ["not_implemented"] },
  504: { description: "Reading the document passed its time budget (EXTRACT_TIMEOUT_MS)", codes: ["timeout"] },
} satisfies Record<number, ProblemStatusEntry>;

export type ProblemStatus = keyof typeof PROBLEM_STATUSES;

function problemResponse(status: ProblemStatus) {
  const entry: ProblemStatusEntry = PROBLEM_STATUSES[status];
  const examples = Object.fromEntries(entry.codes.map((code) => [code, { summary: code, value: EXAMPLES.problems[code] }]));
  const codes = entry.codes.map((code) => `\`${code}\``).join(", ");
  return {
    description: `${entry.description} (${codes})`,
    headers: { ...REQUEST_ID_HEADER, ...entry.headers },
    content: { "application/problem+json": { schema: ProblemSchema, examples } },
  };
}

/** The problem responses for these statuses, keyed by status as a route's `responses` wants them. */
export function problemResponses<S extends ProblemStatus>(...statuses: S[]): Record<S, ReturnType<typeof problemResponse>> {
  return Object.fromEntries(statuses.map((status) => [status, problemResponse(status)])) as Record<S, ReturnType<typeof problemResponse>>;
}
