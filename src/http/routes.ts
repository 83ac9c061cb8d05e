// The routes as data: the OpenAPI document is generated from these objects.
import { createRoute, z } from "@hono/zod-openapi";
import {
  BatchResponseSchema,
  CatalogSchema,
  ExtractResponseSchema,
  ReportSchema,
  RolesSchema,
} from "../schemas/report.ts";
import { AnalyzeJsonBodySchema, AnalyzeMultipartBodySchema, BatchMultipartBodySchema } from "../schemas/request.ts";
import { API_KEY_SECURITY, EXAMPLES, NO_SECURITY, problemResponses, REQUEST_ID_HEADER } from "./openapi-responses.ts";

const DOCUMENT_PROBLEMS = problemResponses(400, 401, 405, 408, 413, 415, 422, 429, 500, 504);
const READ_PROBLEMS = problemResponses(401, 405, 500);

const json = <T>(schema: T, summary: string, value: unknown) => ({
  "application/json": { schema, examples: { [FIXTURE_EXAMPLE]: { summary, value } } },
});

/** The examples' name: each is the engine's answer for a document in fixtures/. */
const FIXTURE_EXAMPLE = "socialMediaManager";
const FIXTURE_SUMMARY = "fixtures/texts/social-media-manager.txt, for a Social Media Manager";

// For a raw document body, the fields come as query parameters (multipart and JSON bodies may use them too).
const queryFields = z.object({
  role: z.string().optional().openapi({ description: "The target role's title (at most 200 characters)", example: "Social Media Manager" }),
  jobDescription: z.string().optional().openapi({ description: "The job description or brief (at most 50,000 characters); it outweighs the title" }),
  documentType: z.enum(["resume", "proposal", "auto"]).optional().openapi({ description: "`auto` (the default) decides from the text" }),
  include: z.enum(["text"]).optional().openapi({ description: "`text` echoes the extracted text in the report" }),
  llm: z.enum(["off", "auto"]).optional().openapi({ description: "`off` keeps a configured model out of this request" }),
});

const documentBody = {
  required: true,
  description:
    "multipart/form-data (`file` or `text`, plus the fields), JSON (`text` required), or the document itself as the body " +
    "(PDF, DOCX, text, Markdown, HTML) with the fields as query parameters. The format is decided by the bytes.",
  content: {
    "application/json": {
      schema: AnalyzeJsonBodySchema,
      examples: { [FIXTURE_EXAMPLE]: { summary: FIXTURE_SUMMARY, value: EXAMPLES.requests.analyzeJson } },
    },
    "multipart/form-data": { schema: AnalyzeMultipartBodySchema },
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
  operationId: "analyzeDocument",
  tags: ["Documents"],
  summary: "Analyse one document",
  description: "Finds every claim of online influence and advises, claim by claim, for the target role.",
  security: API_KEY_SECURITY,
  request: { query: queryFields, body: documentBody },
  responses: {
    200: { description: "The report", headers: REQUEST_ID_HEADER, content: json(ReportSchema, FIXTURE_SUMMARY, EXAMPLES.responses.analyze) },
    ...DOCUMENT_PROBLEMS,
  },
});

export const extractRoute = createRoute({
  method: "post",
  path: "/v1/extract",
  operationId: "extractDocument",
  tags: ["Documents"],
  summary: "Extract one document's text",
  description: "The normalised text, its page map and warnings, without analysis.",
  security: API_KEY_SECURITY,
  request: { query: queryFields, body: documentBody },
  responses: {
    200: {
      description: "The extracted text",
      headers: REQUEST_ID_HEADER,
      content: json(ExtractResponseSchema, "fixtures/social-media-manager.pdf", EXAMPLES.responses.extract),
    },
    ...DOCUMENT_PROBLEMS,
  },
});

export const batchRoute = createRoute({
  method: "post",
  path: "/v1/batch",
  operationId: "analyzeBatch",
  tags: ["Documents"],
  summary: "Analyse up to 20 documents",
  description:
    "One result per document, in order, each with the name it was uploaded under (`file`); a bad document gives its item an " +
    "`error` and never fails the batch.",
  security: API_KEY_SECURITY,
  request: {
    query: queryFields,
    body: { required: true, content: { "multipart/form-data": { schema: BatchMultipartBodySchema } } },
  },
  responses: {
    200: {
      description: "One result per document",
      headers: REQUEST_ID_HEADER,
      content: json(BatchResponseSchema, "fixtures/social-media-manager.pdf and fixtures/bad/legacy.doc", EXAMPLES.responses.batch),
    },
    ...problemResponses(400, 401, 405, 408, 413, 429, 500),
  },
});

export const catalogRoute = createRoute({
  method: "get",
  path: "/v1/catalog",
  operationId: "getCatalog",
  tags: ["Reference"],
  summary: "Platforms and scores the engine knows",
  security: API_KEY_SECURITY,
  responses: {
    200: { description: "The catalog", headers: REQUEST_ID_HEADER, content: json(CatalogSchema, "The first three platforms", EXAMPLES.responses.catalog) },
    ...READ_PROBLEMS,
  },
});

export const rolesRoute = createRoute({
  method: "get",
  path: "/v1/roles",
  operationId: "getRoles",
  tags: ["Reference"],
  summary: "Role families, their relevance and example titles",
  security: API_KEY_SECURITY,
  responses: {
    200: { description: "The role families", headers: REQUEST_ID_HEADER, content: json(RolesSchema, "The first two families", EXAMPLES.responses.roles) },
    ...READ_PROBLEMS,
  },
});

export const healthRoute = createRoute({
  method: "get",
  path: "/healthz",
  operationId: "getHealth",
  tags: ["Service"],
  summary: "Liveness",
  description: "Never needs a key: for load balancers and container health checks.",
  security: NO_SECURITY,
  responses: {
    200: {
      description: "The service is up",
      content: json(z.object({ status: z.literal("ok"), version: z.string() }).openapi("Health"), "This server", EXAMPLES.responses.health),
    },
    ...problemResponses(405),
  },
});
