// Handlers of the routes that take documents: analyze, extract, annotate and batch.
import type { Context } from "hono";
import type { AppEnv } from "../app.ts";
import { DEFAULT_ANALYSIS_LIMITS, describeDocument, utf8Length, type AnalyzeOptions, type DocumentSource } from "../core/analyze.ts";
import type { AnnotatedDocument } from "../core/annotate/index.ts";
import { AuditError } from "../core/errors.ts";
import { yieldToEventLoop } from "../core/scheduling.ts";
import type { Config } from "../config.ts";
import type { DocumentEngine } from "../engine.ts";
import type { AnalyzeFields } from "../schemas/request.ts";
import { readBoundedBody, type BodyOptions } from "./body.ts";
import { parseDocumentRequest } from "./document-input.ts";
import { problemFromUnknown } from "./problem.ts";
import { uploadName } from "./upload-name.ts";

/** The pipeline's options for a request's fields: one place, so every route reads them alike. */
export function analyzeOptionsFor(fields: AnalyzeFields, config: Config, id: string): AnalyzeOptions {
  return {
    id,
    role: fields.role ?? null,
    jobDescription: fields.jobDescription ?? null,
    documentType: fields.documentType,
    includeText: fields.include === "text",
    llm: fields.llm === "off" ? null : config.llm,
  };
}

/** The body, read under the size cap and the deadlines before any parsing slot is taken. */
export function readRequestBody(c: Context, config: Config, options: BodyOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  return readBoundedBody(c.req.raw, config.maxBodyBytes, { timeoutMs: config.bodyTimeoutMs, idleTimeoutMs: config.bodyIdleTimeoutMs, ...options });
}

export async function handleAnalyze(c: Context<AppEnv>, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readRequestBody(c, config);
  return c.get("documentLimiter").run(async () => {
    const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
    return c.json(await engine.analyze(documents[0]!, analyzeOptionsFor(fields, config, requestId), config.limits));
  });
}

export async function handleExtract(c: Context<AppEnv>, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readRequestBody(c, config);
  return c.get("documentLimiter").run(async () => {
    const { documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
    const extracted = await engine.extract(documents[0]!, config.limits);
    return c.json({ id: requestId, document: describeDocument(extracted), text: extracted.text, pages: extracted.pages });
  });
}

/** Headers of an annotated file that say what is in it, for clients that do not open it. */
export const ANNOTATION_HEADERS = {
  verdict: "X-Influence-Verdict",
  score: "X-Influence-Score",
  claims: "X-Influence-Claims",
  marked: "X-Influence-Claims-Marked",
} as const;

/** What the annotated file is called: the upload's name with "-annotated" and the new extension. */
export function annotatedFileName(source: DocumentSource, annotated: AnnotatedDocument): string {
  const uploaded = source.kind === "bytes" ? uploadName(source.fileName) : null;
  const stem = uploaded ? uploaded.replace(/\.[^.]{1,10}$/, "") : "";
  return `${stem || "document"}-annotated.${annotated.extension}`;
}

/** A Content-Disposition that every browser reads: an ASCII name, and the exact one (RFC 6266, RFC 8187). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function annotatedResponse(source: DocumentSource, annotated: AnnotatedDocument): Response {
  const { report } = annotated;
  return new Response(annotated.bytes as Uint8Array<ArrayBuffer>, {
    status: 200,
    headers: {
      "content-type": annotated.mediaType,
      "content-disposition": attachmentDisposition(annotatedFileName(source, annotated)),
      [ANNOTATION_HEADERS.verdict]: report.summary.verdict,
      [ANNOTATION_HEADERS.score]: String(report.summary.score),
      [ANNOTATION_HEADERS.claims]: String(report.claims.length),
      [ANNOTATION_HEADERS.marked]: String(annotated.marked.length),
    },
  });
}

export async function handleAnnotate(c: Context<AppEnv>, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readRequestBody(c, config);
  return c.get("documentLimiter").run(async () => {
    const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
    const source = documents[0]!;
    return annotatedResponse(source, await engine.annotate(source, analyzeOptionsFor(fields, config, requestId), config.limits));
  });
}

export async function handleBatch(c: Context<AppEnv>, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readRequestBody(c, config);
  return c.get("documentLimiter").run(() => analyzeBatch(c, config, requestId, body, engine));
}

async function analyzeBatch(c: Context<AppEnv>, config: Config, requestId: string, body: Uint8Array<ArrayBuffer>, engine: DocumentEngine): Promise<Response> {
  const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: true, maxFiles: config.maxBatchFiles });
  const results = [];
  // The whole answer fits one report's cap: twenty reports at the cap each would not fit a Worker.
  let remainingBytes = config.limits.maxReportBytes ?? DEFAULT_ANALYSIS_LIMITS.maxReportBytes;
  // One at a time: documents share the request's CPU budget, and order must be kept.
  for (const [index, document] of documents.entries()) {
    const itemId = `${requestId}-${index + 1}`;
    // Each result says which upload it is, so a client need not rely on order alone.
    const file = document.kind === "bytes" ? uploadName(document.fileName) : null;
    // Each document is a long piece of synchronous work; between two, other requests get a turn.
    if (index > 0) await yieldToEventLoop();
    try {
      if (remainingBytes <= 0) throw new AuditError("limits_exceeded", "The batch's reports reached the size limit (MAX_REPORT_BYTES) before this document.");
      const report = await engine.analyze(document, analyzeOptionsFor(fields, config, itemId), { ...config.limits, maxReportBytes: remainingBytes });
      remainingBytes -= utf8Length(JSON.stringify(report));
      results.push({ file, ...report });
    } catch (error) {
      results.push({ file, error: problemFromUnknown(error, itemId) });
    }
  }
  return c.json({ results });
}
