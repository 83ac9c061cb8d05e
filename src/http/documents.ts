// Handlers of the routes that take documents: analyze, extract and batch.
import type { Context } from "hono";
import { describeDocument, type AnalyzeOptions } from "../core/analyze.ts";
import type { Config } from "../config.ts";
import type { DocumentEngine } from "../engine.ts";
import type { AnalyzeFields } from "../schemas/request.ts";
import { readBoundedBody } from "./body.ts";
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

export async function handleAnalyze(c: Context, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readBoundedBody(c.req.raw, config.maxBodyBytes);
  const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
  return c.json(await engine.analyze(documents[0]!, analyzeOptionsFor(fields, config, requestId), config.limits));
}

export async function handleExtract(c: Context, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readBoundedBody(c.req.raw, config.maxBodyBytes);
  const { documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
  const extracted = await engine.extract(documents[0]!, config.limits);
  return c.json({ id: requestId, document: describeDocument(extracted), text: extracted.text, pages: extracted.pages });
}

export async function handleBatch(c: Context, config: Config, requestId: string, engine: DocumentEngine): Promise<Response> {
  const body = await readBoundedBody(c.req.raw, config.maxBodyBytes);
  const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: true, maxFiles: config.maxBatchFiles });
  const results = [];
  // One at a time: documents share the request's CPU budget, and order must be kept.
  for (const [index, document] of documents.entries()) {
    const itemId = `${requestId}-${index + 1}`;
    // Each result says which upload it is, so a client need not rely on order alone.
    const file = document.kind === "bytes" ? uploadName(document.fileName) : null;
    try {
      results.push({ file, ...(await engine.analyze(document, analyzeOptionsFor(fields, config, itemId), config.limits)) });
    } catch (error) {
      results.push({ file, error: problemFromUnknown(error, itemId) });
    }
  }
  return c.json({ results });
}
