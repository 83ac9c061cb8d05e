// The public contract as zod schemas: the single source of the OpenAPI document.
// `src/core/types.ts` mirrors them for the core; `test/schemas.test.ts` keeps both in step.
import { z } from "@hono/zod-openapi";
import { CLAIM_KINDS } from "../core/types.ts";
import { PROBLEM_CODES } from "./problem-codes.ts";

export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .openapi("Span", { description: "UTF-16 offsets (JavaScript string indices) into the extracted text; end is exclusive." });

export const WarningSchema = z
  .object({
    code: z.string().openapi({ example: "invisible_characters" }),
    message: z.string(),
    span: SpanSchema.optional(),
  })
  .openapi("Warning");

export const DocumentFormatSchema = z.enum(["pdf", "docx", "text", "markdown", "html"]);
export const DocumentTypeSchema = z.enum(["resume", "proposal"]);
export const DocumentTypeInputSchema = z.enum(["resume", "proposal", "auto"]);

export const DocumentInfoSchema = z
  .object({
    format: DocumentFormatSchema,
    type: DocumentTypeSchema,
    typeSource: z.enum(["given", "detected"]),
    pages: z.number().int().nullable(),
    characters: z.number().int(),
    words: z.number().int(),
    language: z.string().nullable(),
    warnings: z.array(WarningSchema),
  })
  .openapi("DocumentInfo");

export const ExtractedDocumentInfoSchema = DocumentInfoSchema.omit({ type: true, typeSource: true })
  .extend({ type: DocumentTypeSchema.optional(), typeSource: z.enum(["given", "detected"]).optional() })
  .openapi("ExtractedDocumentInfo");

export const ClaimKindSchema = z.enum(CLAIM_KINDS);
export const AdviceActionSchema = z.enum(["keep", "strengthen", "reframe", "remove"]);
export const RelevanceSchema = z.enum(["core", "supporting", "peripheral", "unknown"]);
export const VerdictSchema = z.enum(["suits", "partly_suits", "does_not_suit", "no_claims"]);

export const ClaimSchema = z
  .object({
    id: z.string().openapi({ example: "c1" }),
    kind: ClaimKindSchema,
    platform: z.string().nullable().openapi({ description: "An id from GET /v1/catalog, or null", example: "klout" }),
    metric: z.string().openapi({ example: "score" }),
    value: z.number().nullable(),
    unit: z.enum(["count", "score", "percent"]).nullable(),
    approximate: z.boolean(),
    text: z.string().openapi({ description: "Exactly document.text.slice(span.start, span.end)" }),
    span: SpanSchema,
    page: z.number().int().nullable(),
    section: z.string().nullable(),
    subject: z.enum(["self", "organization", "unknown"]),
    asOf: z.string().nullable(),
    evidence: z.object({ handle: z.string().nullable(), url: z.string().nullable() }),
    confidence: z.number().min(0).max(1),
    flags: z.array(z.string()),
    previousValue: z.number().nullable().optional().openapi({ description: "The earlier figure where the document states growth" }),
    advice: z.object({
      action: AdviceActionSchema,
      reason: z.string(),
      suggestion: z.string(),
      rule: z.string().optional().openapi({ description: "Id of the advice rule that decided the action" }),
    }),
  })
  .openapi("Claim");

export const RoleSchema = z
  .object({
    input: z.string().nullable(),
    family: z.string().nullable(),
    relevance: RelevanceSchema,
    source: z.enum(["title", "job_description", "llm", "none"]),
    evidence: z.array(z.string()),
  })
  .openapi("Role");

export const SummarySchema = z
  .object({
    verdict: VerdictSchema,
    score: z.number().int().min(0).max(100),
    headline: z.string(),
    advice: z.array(z.string()),
  })
  .openapi("Summary");

export const ReportSchema = z
  .object({
    id: z.string(),
    engine: z.object({ version: z.string(), llm: z.enum(["off", "used", "failed"]) }),
    document: DocumentInfoSchema,
    role: RoleSchema,
    claims: z.array(ClaimSchema),
    summary: SummarySchema,
    text: z.string().optional(),
  })
  .openapi("Report");

export const PageRangeSchema = z
  .object({ page: z.number().int(), start: z.number().int(), end: z.number().int() })
  .openapi("PageRange");

export const ExtractResponseSchema = z
  .object({
    id: z.string(),
    document: ExtractedDocumentInfoSchema,
    text: z.string(),
    pages: z.array(PageRangeSchema),
  })
  .openapi("ExtractResponse");

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.enum(PROBLEM_CODES).openapi({ description: "Stable: branch on this, not on `title` or `detail`", example: "unsupported_media_type" }),
    detail: z.string(),
    instance: z.string(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const UploadNameSchema = z.string().nullable().openapi({
  description:
    "The name the document was uploaded under, never a path (anything up to the last / or \\ is dropped); null for a text part or a raw body",
  example: "cv.pdf",
});

export const BatchReportSchema = ReportSchema.extend({ file: UploadNameSchema }).openapi("BatchReport", {
  description: "A document's report, with the name it was uploaded under",
});

export const BatchErrorSchema = z
  .object({ file: UploadNameSchema, error: ProblemSchema })
  .openapi("BatchError", { description: "A document that could not be analysed; the batch goes on" });

export const BatchResponseSchema = z
  .object({ results: z.array(z.union([BatchReportSchema, BatchErrorSchema])) })
  .openapi("BatchResponse");

export const CatalogSchema = z
  .object({
    platforms: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        aliases: z.array(z.string()),
        kinds: z.array(ClaimKindSchema),
        scale: z.object({ min: z.number(), max: z.number().nullable() }).nullable(),
        status: z.enum(["active", "defunct"]),
        defunctSince: z.string().nullable(),
        source: z.string(),
      }),
    ),
  })
  .openapi("Catalog");

export const RolesSchema = z
  .object({
    families: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        relevance: z.enum(["core", "supporting", "peripheral"]),
        titles: z.array(z.string()),
        platforms: z.array(z.string()),
      }),
    ),
  })
  .openapi("Roles");
