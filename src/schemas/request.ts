// The fields every document route accepts, whichever way they arrive: multipart form
// fields, JSON properties or query parameters. One schema, so the three stay alike.
import { z } from "@hono/zod-openapi";
import { MAX_JOB_DESCRIPTION_CHARS, MAX_ROLE_CHARS } from "./field-limits.ts";
import { DocumentTypeInputSchema } from "./report.ts";

export { MAX_JOB_DESCRIPTION_CHARS, MAX_ROLE_CHARS };

export const AnalyzeFieldsSchema = z.object({
  role: z.string().trim().max(MAX_ROLE_CHARS).optional().openapi({ example: "Social Media Manager" }),
  jobDescription: z.string().max(MAX_JOB_DESCRIPTION_CHARS).optional(),
  documentType: DocumentTypeInputSchema.default("auto"),
  include: z.enum(["text"]).optional().openapi({ description: "`text` echoes the extracted text in the report" }),
  llm: z.enum(["off", "auto"]).default("auto").openapi({ description: "`off` keeps a configured model out of this request" }),
});

export type AnalyzeFields = z.infer<typeof AnalyzeFieldsSchema>;

export const AnalyzeJsonBodySchema = AnalyzeFieldsSchema.extend({
  text: z.string().min(1).openapi({ description: "The document's text" }),
}).openapi("AnalyzeJsonBody");

export const AnalyzeMultipartBodySchema = AnalyzeFieldsSchema.extend({
  file: z.any().optional().openapi({ type: "string", format: "binary", description: "The document (PDF, DOCX, text, Markdown, HTML)" }),
  text: z.string().optional(),
}).openapi("AnalyzeMultipartBody");

export const BatchMultipartBodySchema = AnalyzeFieldsSchema.extend({
  files: z
    .array(z.any())
    .openapi({ type: "array", items: { type: "string", format: "binary" }, description: "Up to 20 documents, field repeated" }),
}).openapi("BatchMultipartBody");
