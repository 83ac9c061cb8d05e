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
import { ANNOTATION_RESPONSE_HEADERS, API_KEY_SECURITY, EXAMPLES, NO_SECURITY, problemResponses, REQUEST_ID_HEADER } from "./openapi-responses.ts";

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

const binary = (description: string) => ({ schema: z.any().openapi({ type: "string", format: "binary", description }) });

export const annotateRoute = createRoute({
  method: "post",
  path: "/v1/annotate",
  operationId: "annotateDocument",
  tags: ["Documents"],
  summary: "Get the document back with the advice in it",
  description:
    "The same analysis as `/v1/analyze`, written into the document itself, in its own format: a Word document gets a comment " +
    "on each claim's own text (the action first, then the reason and the suggested wording) and one on its first line with the " +
    "verdict and headline; a PDF gets a highlight with a pop-up note over each claim's words and a note on page 1 with the " +
    "verdict, added as an incremental update that leaves the original bytes as they were; text, Markdown and HTML come back as " +
    "a Markdown copy with each claim in bold and its advice as a footnote. A claim that cannot carry a note where it stands (Word " +
    "takes none in headers and footers) is listed in the document's note. Nothing is stored.",
  security: API_KEY_SECURITY,
  request: { query: queryFields, body: documentBody },
  responses: {
    200: {
      description: "The document with the advice in it, as an attachment named after the upload (`cv.pdf` → `cv-annotated.pdf`)",
      headers: { ...REQUEST_ID_HEADER, ...ANNOTATION_RESPONSE_HEADERS },
      content: {
        "application/pdf": binary("The PDF with a highlight and note per claim (for a PDF upload)"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document": binary("The Word document with a comment per claim (for a DOCX upload)"),
        "text/markdown": {
          schema: z.string().openapi({ description: "A Markdown copy with each claim marked and its advice as a footnote (for text, Markdown and HTML)" }),
          examples: { [FIXTURE_EXAMPLE]: { summary: FIXTURE_SUMMARY, value: EXAMPLES.responses.annotate } },
        },
      },
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
