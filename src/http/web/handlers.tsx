// GET / and POST /: the form, and the report (or the error) as HTML. Without JavaScript
// the form posts here and gets a whole page back; the page's script posts the same form
// with `x-fragment: 1` and gets only the result, so the report has one renderer.
// POST /annotate: the same form, answered with the document itself and the advice in it
// (the report's "Download your document with comments"), or with the error as HTML.
import type { Context } from "hono";
import type { Child } from "hono/jsx";
import type { AppEnv } from "../../app.ts";
import type { Config } from "../../config.ts";
import type { DocumentSource } from "../../core/analyze.ts";
import { AuditError } from "../../core/errors.ts";
import { AnalyzeFieldsSchema, MAX_ROLE_CHARS } from "../../schemas/request.ts";
import type { BodyOptions } from "../body.ts";
import { analyzeOptionsFor, annotatedResponse, readRequestBody } from "../documents.ts";
import { invalidFields, PLAIN_PARSE } from "../field-errors.ts";
import { problemFromUnknown } from "../problem.ts";
import { requireApiKey } from "../security.ts";
import { EMPTY_FORM, ErrorView, Page, type FormOptions, type FormValues } from "./page.tsx";
import { ReportView } from "./report-view.tsx";

/**
 * The policy every response of the page carries: nothing from elsewhere, no inline code.
 * `connect-src 'self'` lets the page's script post the form to this origin without a reload.
 */
export const PAGE_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

export function setPageHeaders(c: Context): void {
  c.header("content-security-policy", PAGE_CSP);
  c.header("referrer-policy", "no-referrer");
  c.header("x-frame-options", "DENY");
}

const DOCUMENT_TYPES = new Set(["auto", "resume", "proposal"]);

function stringField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}

function formValues(form: FormData): FormValues {
  const documentType = stringField(form, "documentType");
  return {
    role: stringField(form, "role"),
    jobDescription: stringField(form, "jobDescription"),
    documentType: DOCUMENT_TYPES.has(documentType) ? documentType : "auto",
  };
}

async function readForm(request: Request, body: Uint8Array): Promise<FormData> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "multipart/form-data" && type !== "application/x-www-form-urlencoded") {
    throw new AuditError("invalid_request", "Send the form on this page; scripts can use /v1/analyze.");
  }
  try {
    return await new Request(request.url, { method: "POST", headers: request.headers, body: body as Uint8Array<ArrayBuffer> }).formData();
  } catch {
    throw new AuditError("invalid_request", "The form could not be read. Reload the page and send it again.");
  }
}

/**
 * A browser sends an empty, nameless `file` part when no file is chosen, so the file wins
 * only when one was chosen; otherwise the pasted text is used.
 */
async function documentOf(form: FormData): Promise<DocumentSource> {
  const file = form.get("file");
  if (file !== null && typeof file !== "string" && (file.size > 0 || file.name !== "")) {
    return { kind: "bytes", bytes: new Uint8Array(await file.arrayBuffer()), declaredType: file.type || null, fileName: file.name || null };
  }
  const text = stringField(form, "text");
  if (text.trim().length > 0) return { kind: "text", text };
  throw new AuditError("invalid_request", "No document was sent.", {
    errors: [{ field: "file", message: "Choose a file, or paste the text" }],
  });
}

function parseFields(values: FormValues) {
  const parsed = AnalyzeFieldsSchema.safeParse(
    {
      role: values.role,
      jobDescription: values.jobDescription === "" ? undefined : values.jobDescription,
      documentType: values.documentType,
    },
    PLAIN_PARSE,
  );
  if (!parsed.success) throw invalidFields(parsed.error);
  return parsed.data;
}

/** The host a configured model is reached at, for the page's privacy note. */
export function modelHostOf(config: Config): string | null {
  if (!config.llm) return null;
  if (!config.llm.baseURL) return "api.openai.com";
  try {
    return new URL(config.llm.baseURL).host;
  } catch {
    return "the address this server is configured with";
  }
}

function formOptions(config: Config, values: FormValues, invalid: ReadonlySet<string>): FormOptions {
  return { values, maxBodyBytes: config.maxBodyBytes, accessKeyRequired: config.apiKeys.length > 0, invalid, modelHost: modelHostOf(config) };
}

async function render(c: Context<AppEnv>, status: number, result: Child, values: FormValues, invalid: ReadonlySet<string>): Promise<Response> {
  setPageHeaders(c);
  // A report describes a person's document: no cache on the way may keep it.
  c.header("cache-control", "no-store");
  c.header("vary", "x-fragment");
  const config = c.get("config");
  const fragment = c.req.header("x-fragment") === "1";
  const html = fragment
    ? String(await (<>{result}</>).toString())
    : "<!doctype html>" +
      String(
        await (
          <Page
            title="Your influence audit"
            result={result}
            form={formOptions(config, values, invalid)}
          />
        ).toString(),
      );
  return c.body(html, status as 200, { "content-type": "text/html; charset=utf-8" });
}

/** A link can carry the role and type (`/?role=Recruiter&documentType=proposal`), e.g. from a careers adviser. */
function prefill(c: Context<AppEnv>): FormValues {
  const documentType = c.req.query("documentType") ?? "auto";
  return {
    role: (c.req.query("role") ?? "").slice(0, MAX_ROLE_CHARS),
    jobDescription: "",
    documentType: DOCUMENT_TYPES.has(documentType) ? documentType : "auto",
  };
}

export async function showForm(c: Context<AppEnv>): Promise<Response> {
  const config = c.get("config");
  setPageHeaders(c);
  c.header("cache-control", "no-cache");
  const html =
    "<!doctype html>" +
    String(
      await (
        <Page
          title="influence-audit: check the influence claims in your résumé or bid"
          result={null}
          form={formOptions(config, prefill(c), new Set())}
        />
      ).toString(),
    );
  return c.html(html);
}

/** The access key error the page shows beside its field. */
function accessKeyError(key: string): AuditError {
  return new AuditError("unauthorized", key === "" ? "Enter the access key." : "That access key is not valid.", {
    errors: [{ field: "accessKey", message: key === "" ? "Required" : "Not valid" }],
  });
}

const HEAD_BYTES = 4096;

/**
 * The access key from the first field of a form body's head, or "" where the first field is
 * not the key (the page puts it first, so a browser without script sends it first too).
 */
export function accessKeyFromHead(head: Uint8Array, contentType: string): string {
  let text = "";
  for (const byte of head) text += String.fromCharCode(byte);
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") {
    const first = text.split("&", 1)[0]!;
    if (!first.startsWith("accessKey=")) return "";
    try {
      return decodeURIComponent(first.slice("accessKey=".length).replace(/\+/g, " ")).trim();
    } catch {
      return "";
    }
  }
  const boundary = /boundary=(?:"([^"]{1,70})"|([^\s;]{1,70}))/i.exec(contentType);
  const delimiter = `--${boundary?.[1] ?? boundary?.[2] ?? ""}`;
  if (delimiter === "--" || !text.startsWith(`${delimiter}\r\n`)) return "";
  const headersEnd = text.indexOf("\r\n\r\n", delimiter.length);
  if (headersEnd === -1 || !/^content-disposition:\s*form-data;\s*name="accessKey"\s*$/im.test(text.slice(delimiter.length + 2, headersEnd))) return "";
  const valueEnd = text.indexOf(`\r\n${delimiter}`, headersEnd + 4);
  if (valueEnd === -1) return "";
  // The key is ASCII; anything else cannot match one, so a byte-wise reading loses nothing.
  return text.slice(headersEnd + 4, valueEnd).trim();
}

/**
 * Checks the key before the document is read: from the Authorization header where the page's
 * script sent it, otherwise from the form's first field, read from the body's first 4 KiB.
 * Returns the options the body is read with.
 */
async function requireFormKey(c: Context<AppEnv>): Promise<BodyOptions> {
  const config = c.get("config");
  if (config.apiKeys.length === 0) return {};
  const header = c.req.header("authorization");
  if (header !== undefined) {
    await requireApiKey(header, config.apiKeys).catch(() => {
      throw accessKeyError("x");
    });
    return {};
  }
  return {
    head: {
      bytes: HEAD_BYTES,
      check: async (head) => {
        const key = accessKeyFromHead(head, c.req.header("content-type") ?? "");
        await requireApiKey(`Bearer ${key}`, config.apiKeys).catch(() => {
          throw accessKeyError(key);
        });
      },
    },
  };
}

/**
 * Reads the page's form (the key first, then the body under the same limits and limiter as the
 * API), and hands its document and options to `answer`; an error, from either, is rendered as
 * the page renders errors.
 */
async function answerForm(
  c: Context<AppEnv>,
  answer: (source: DocumentSource, options: ReturnType<typeof analyzeOptionsFor>, values: FormValues) => Promise<Response>,
): Promise<Response> {
  const config = c.get("config");
  const requestId = c.get("requestId");
  let values: FormValues | null = null;
  try {
    const body = await readRequestBody(c, config, await requireFormKey(c));
    return await c.get("documentLimiter").run(async () => {
      const form = await readForm(c.req.raw, body);
      values = formValues(form);
      const fields = parseFields(values);
      const source = await documentOf(form);
      // The same options as the API's, so the page and /v1/analyze give the same report; the
      // page always shows the text, since it marks the claims in it.
      const options = analyzeOptionsFor({ ...fields, role: fields.role || undefined, include: "text" }, config, requestId);
      return await answer(source, options, values);
    });
  } catch (error) {
    const problem = problemFromUnknown(error, requestId);
    const invalid = new Set((problem.errors ?? []).map((fieldError) => fieldError.field));
    const view = (
      <ErrorView
        code={problem.code}
        status={problem.status}
        detail={problem.detail}
        requestId={requestId}
        errors={problem.errors}
        maxBodyBytes={config.maxBodyBytes}
        formLost={values === null}
        formUntouched={c.req.header("x-fragment") === "1"}
      />
    );
    return render(c, problem.status, view, values ?? EMPTY_FORM, invalid);
  }
}

export function analyzeForm(c: Context<AppEnv>): Promise<Response> {
  return answerForm(c, async (source, options, values) => {
    const report = await c.get("engine").analyze(source, options, c.get("config").limits);
    return render(c, 200, <ReportView report={report} />, values, new Set());
  });
}

export function annotateForm(c: Context<AppEnv>): Promise<Response> {
  return answerForm(c, async (source, options) => {
    const annotated = await c.get("engine").annotate(source, { ...options, includeText: false }, c.get("config").limits);
    const response = annotatedResponse(source, annotated);
    // The writer's own document: no cache on the way may keep it.
    response.headers.set("cache-control", "no-store");
    response.headers.set("referrer-policy", "no-referrer");
    return response;
  });
}
