// Validation failures in plain words. Zod's own messages are written for programmers
// ("Invalid input: expected string, received undefined"); these say what is wrong and what
// to send instead, for an integrator reading a 400 and for a person reading the web page.
// Nothing of the value sent is quoted: only its kind and, for text, its length.
import type { z } from "@hono/zod-openapi";
import { AuditError, type FieldError } from "../core/errors.ts";

/** What to send, said where a field is missing. */
const FIELD_HINTS: Record<string, string> = {
  text: "Send the document's text as a string, or upload the file as multipart `file`",
  file: "Send the document as a multipart `file` part",
  files: "Send the documents as repeated multipart `files` parts",
};

const KIND_NAMES: Record<string, string> = {
  string: "text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a JSON object",
  array: "a list",
  null: "null",
};

/** Zod leaves the value out of an issue unless asked (`reportInput`); its kind is all that is named. */
function kindOf(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object" && typeof (value as { arrayBuffer?: unknown }).arrayBuffer === "function") return "a file";
  return KIND_NAMES[typeof value] ?? typeof value;
}

function fieldOf(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? issue.path.map(String).join(".") : "(body)";
}

/** `"a", "b" or "c"`: the values a field takes, quoted so a lone "text" reads as a value. */
function choices(values: readonly unknown[]): string {
  const quoted = values.map((value) => JSON.stringify(value));
  return quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1)}` : quoted.join("");
}

/** One issue as a short message; `input` is present only where the parse asked for it. */
export function plainMessage(issue: z.core.$ZodIssue, field: string): string {
  const hasInput = "input" in issue;
  switch (issue.code) {
    case "invalid_type": {
      const expected = KIND_NAMES[issue.expected] ?? issue.expected;
      // Without the input, zod's own message is the only witness of a missing field.
      const missing = hasInput ? issue.input === undefined : /received undefined/.test(issue.message);
      if (missing) return FIELD_HINTS[field] ? `Required. ${FIELD_HINTS[field]}` : "Required";
      return hasInput ? `Must be ${expected}, not ${kindOf(issue.input)}` : `Must be ${expected}`;
    }
    case "too_big":
      if (issue.origin === "string") {
        const length = hasInput && typeof issue.input === "string" ? `; this one has ${issue.input.length}` : "";
        return `Too long: at most ${issue.maximum} characters${length}`;
      }
      if (issue.origin === "array") return `Too many: at most ${issue.maximum}`;
      return `Too large: at most ${issue.maximum}`;
    case "too_small":
      if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Must not be empty" : `Too short: at least ${issue.minimum} characters`;
      if (issue.origin === "array") return Number(issue.minimum) <= 1 ? "Must not be empty" : `Too few: at least ${issue.minimum}`;
      return `Too small: at least ${issue.minimum}`;
    case "invalid_value":
      return issue.values.length === 1 ? `Must be ${choices(issue.values)}` : `Must be one of ${choices(issue.values)}`;
    case "invalid_format":
      return issue.format === "url" ? "Must be a full URL, such as https://example.com/hook" : `Not a valid ${issue.format}`;
    case "unrecognized_keys":
      return `Not a field this route reads: ${issue.keys.join(", ")}`;
    default:
      return issue.message;
  }
}

export function plainFieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const field = fieldOf(issue);
    return { field, message: plainMessage(issue, field) };
  });
}

/** The problem's detail: every field named, so a log line alone says what to fix. */
export function describeFieldErrors(errors: readonly FieldError[]): string {
  if (errors.length === 1) {
    const [only] = errors;
    return only!.field === "(body)" ? `The body is not valid. ${only!.message}.` : `\`${only!.field}\`: ${only!.message}.`;
  }
  return `${errors.length} fields are not valid: ${errors.map((error) => `\`${error.field}\` (${error.message})`).join("; ")}.`;
}

export function invalidFields(error: z.ZodError): AuditError {
  const errors = plainFieldErrors(error);
  return new AuditError("invalid_request", describeFieldErrors(errors), { errors });
}

/** Parse options that let the messages name the kind of value sent (never the value itself). */
export const PLAIN_PARSE = { reportInput: true } as const;
