// Handlers of the routes that take documents: analyze, extract and batch.
import type { Context } from "hono";
import { analyzeDocument, describeDocument, extract } from "../core/analyze.ts";
import type { Config } from "../config.ts";
import { readBoundedBody } from "./body.ts";
import { parseDocumentRequest } from "./document-input.ts";
import { problemFromUnknown } from "./problem.ts";

export async function handleAnalyze(c: Context, config: Config, requestId: string): Promise<Response> {
  const body = await readBoundedBody(c.req.raw, config.maxBodyBytes);
  const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
  const report = await analyzeDocument(
    documents[0]!,
    {
      id: requestId,
      role: fields.role ?? null,
      jobDescription: fields.jobDescription ?? null,
      documentType: fields.documentType,
      includeText: fields.include === "text",
    },
    config.limits,
  );
  return c.json(report);
}

export async function handleExtract(c: Context, config: Config, requestId: string): Promise<Response> {
  const body = await readBoundedBody(c.req.raw, config.maxBodyBytes);
  const { documents } = await parseDocumentRequest(c.req.raw, body, { batch: false, maxFiles: 1 });
  const extracted = await extract(documents[0]!, config.limits);
  return c.json({ id: requestId, document: describeDocument(extracted), text: extracted.text, pages: extracted.pages });
}

export async function handleBatch(c: Context, config: Config, requestId: string): Promise<Response> {
  const body = await readBoundedBody(c.req.raw, config.maxBodyBytes);
  const { fields, documents } = await parseDocumentRequest(c.req.raw, body, { batch: true, maxFiles: config.maxBatchFiles });
  const results = [];
  // One at a time: documents share the request's CPU budget, and order must be kept.
  for (const [index, document] of documents.entries()) {
    const itemId = `${requestId}-${index + 1}`;
    try {
      results.push(
        await analyzeDocument(
          document,
          {
            id: itemId,
            role: fields.role ?? null,
            jobDescription: fields.jobDescription ?? null,
            documentType: fields.documentType,
            includeText: fields.include === "text",
          },
          config.limits,
        ),
      );
    } catch (error) {
      results.push({ error: problemFromUnknown(error, itemId) });
    }
  }
  return c.json({ results });
}
