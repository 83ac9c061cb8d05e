// The routes as data: the OpenAPI document is generated from these objects.
import { createRoute, z } from "@hono/zod-openapi";
import {
  BatchResponseSchema,
  CatalogSchema,
  ExtractResponseSchema,
  ProblemSchema,
  ReportSchema,
  RolesSchema,
} from "../schemas/report.ts";
import { AnalyzeJsonBodySchema, AnalyzeMultipartBodySchema, BatchMultipartBodySchema } from "../schemas/request.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

const documentErrors = {
  400: problem("The fields fail validation (`invalid_request`); `errors` lists each field"),
  401: problem("API keys are configured and the request has none or a wrong one (`unauthorized`)"),
  408: problem("The body arrived too slowly and was cut off (`request_timeout`)"),
  413: problem("The body is over the limit (`payload_too_large`)"),
  415: problem("Not a supported format; `detail` names what was received (`unsupported_media_type`)"),
  422: problem("`encrypted_document`, `corrupt_document`, `no_text` or `limits_exceeded`"),
  504: problem("Extraction passed its time budget (`timeout`)"),
};

const queryFields = z.object({
  role: z.string().optional().openapi({ description: "Target role title (≤ 200 characters); for raw bodies" }),
  jobDescription: z.string().optional(),
  documentType: z.enum(["resume", "proposal", "auto"]).optional(),
  include: z.enum(["text"]).optional(),
  llm: z.enum(["off", "auto"]).optional(),
});

const documentBody = {
  required: true,
  description:
    "multipart/form-data (`file` or `text`, plus the fields), JSON (`text` required), or the document itself as the body " +
    "(PDF, DOCX, text, Markdown, HTML) with the fields as query parameters. The format is decided by the bytes.",
  content: {
    "multipart/form-data": { schema: AnalyzeMultipartBodySchema },
    "application/json": { schema: AnalyzeJsonBodySchema },
    "application/pdf": { schema: z.any().openapi({ type: "string", format: "binary" }) },
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
      schema: z.any().openapi({ type: "string", format: "binary" }),
    },
    "text/plain": { schema: z.string() },
  },
};

export const analyzeRoute = createRoute({
  method: "post",
  path: "/v1/analyze",
  summary: "Analyse one document",
  description: "Finds every claim of online influence and advises, claim by claim, for the target role.",
  request: { query: queryFields, body: documentBody },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: ReportSchema } } },
    ...documentErrors,
  },
});

export const extractRoute = createRoute({
  method: "post",
  path: "/v1/extract",
  summary: "Extract one document's text",
  description: "The normalised text, its page map and warnings, without analysis.",
  request: { query: queryFields, body: documentBody },
  responses: {
    200: { description: "The extracted text", content: { "application/json": { schema: ExtractResponseSchema } } },
    ...documentErrors,
  },
});

export const batchRoute = createRoute({
  method: "post",
  path: "/v1/batch",
  summary: "Analyse up to 20 documents",
  description: "One result per document, in order; a bad document gives its item an `error` and never fails the batch.",
  request: {
    query: queryFields,
    body: { required: true, content: { "multipart/form-data": { schema: BatchMultipartBodySchema } } },
  },
  responses: {
    200: { description: "One result per document", content: { "application/json": { schema: BatchResponseSchema } } },
    400: documentErrors[400],
    401: documentErrors[401],
    413: documentErrors[413],
  },
});

export const catalogRoute = createRoute({
  method: "get",
  path: "/v1/catalog",
  summary: "Platforms and scores the engine knows",
  responses: { 200: { description: "The catalog", content: { "application/json": { schema: CatalogSchema } } } },
});

export const rolesRoute = createRoute({
  method: "get",
  path: "/v1/roles",
  summary: "Role families, their relevance and example titles",
  responses: { 200: { description: "The role families", content: { "application/json": { schema: RolesSchema } } } },
});

export const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  summary: "Liveness",
  responses: {
    200: {
      description: "The service is up",
      content: { "application/json": { schema: z.object({ status: z.literal("ok"), version: z.string() }) } },
    },
  },
});
