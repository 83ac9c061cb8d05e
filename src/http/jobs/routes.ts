// The job routes as data: their schemas feed the OpenAPI document.
import { createRoute, z } from "@hono/zod-openapi";
import { MAX_JOB_DOCUMENTS } from "../../jobs/settings.ts";
import { ProblemSchema, ReportSchema } from "../../schemas/report.ts";
import { BatchMultipartBodySchema } from "../../schemas/request.ts";

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: ProblemSchema } },
});

export const JobStatusSchema = z.enum(["queued", "running", "done"]).openapi("JobStatus", {
  description: "`queued`: no document has a result yet; `running`: some have; `done`: every document has a report or an error",
});

export const JobCreatedSchema = z
  .object({
    id: z.string().openapi({ example: "3f0c1f8e-8d0a-4a53-9a57-2b1f4f7b9c21" }),
    status: JobStatusSchema.openapi({ description: "`queued` for a new job; the current status when an Idempotency-Key repeats a request" }),
    documents: z.number().int().min(1).max(MAX_JOB_DOCUMENTS),
    statusUrl: z.string().url().openapi({ description: "Where `GET` shows the job; also the `Location` header" }),
  })
  .openapi("JobCreated");

export const JobResultSchema = z.union([ReportSchema, z.object({ error: ProblemSchema })]).nullable();

export const JobSchema = z
  .object({
    id: z.string(),
    status: JobStatusSchema,
    documents: z.number().int(),
    completed: z.number().int().openapi({ description: "Documents analysed with a report" }),
    failed: z.number().int().openapi({ description: "Documents whose result is an `error`" }),
    createdAt: z.string().datetime(),
    expiresAt: z.string().datetime().openapi({ description: "After this the job and its results are deleted; `GET` answers 404" }),
    callback: z
      .object({
        url: z.string(),
        status: z.enum(["pending", "delivered", "failed"]),
        attempts: z.number().int().openapi({ description: "Delivery attempts made; what the receiver answered is not shown" }),
      })
      .nullable(),
    results: z.array(JobResultSchema).openapi({ description: "One per document, in order; null where a document is not done yet" }),
  })
  .openapi("Job");

export const JobCallbackSchema = JobSchema.omit({ callback: true }).openapi("JobCallback", {
  description:
    "The body POSTed to `callbackUrl` once every document is done. Signed: `X-Signature: sha256=<hex HMAC-SHA256(WEBHOOK_SECRET, " +
    "X-Signature-Timestamp + \".\" + body)>`.",
});

export const JobMultipartBodySchema = BatchMultipartBodySchema.extend({
  files: z.array(z.any()).openapi({
    type: "array",
    items: { type: "string", format: "binary" },
    description: `Up to ${MAX_JOB_DOCUMENTS} documents, field repeated`,
  }),
  callbackUrl: z.string().url().optional().openapi({
    description:
      "Receives the results, signed, when every document is done. A public https host: loopback, private, link-local and metadata addresses are refused, " +
      "and where the server sets CALLBACK_ALLOWED_HOSTS, only those hosts",
  }),
}).openapi("JobMultipartBody");

const idempotencyHeader = z.object({
  "idempotency-key": z.string().max(255).optional().openapi({
    description: "Repeating a request with the same key (per API key) returns the same job; a different request with it is a 409",
  }),
});

const notAvailable = problem("This server has no queue and bucket for jobs, or no secret to sign callbacks (`not_implemented`)");

export const createJobRoute = createRoute({
  method: "post",
  path: "/v1/jobs",
  summary: `Queue up to ${MAX_JOB_DOCUMENTS} documents for analysis`,
  description:
    "Takes the same multipart body as /v1/batch, plus an optional `callbackUrl`, and answers at once. " +
    "Poll `statusUrl`, or wait for the callback.",
  request: {
    headers: idempotencyHeader,
    body: { required: true, content: { "multipart/form-data": { schema: JobMultipartBodySchema } } },
  },
  responses: {
    202: {
      description: "The job is queued",
      headers: z.object({ Location: z.string() }),
      content: { "application/json": { schema: JobCreatedSchema } },
    },
    200: {
      description: "The same Idempotency-Key and request as before: the job made then",
      headers: z.object({ Location: z.string() }),
      content: { "application/json": { schema: JobCreatedSchema } },
    },
    400: problem("The fields fail validation (`invalid_request`); `errors` lists each field"),
    401: problem("API keys are configured and the request has none or a wrong one (`unauthorized`)"),
    409: problem("The Idempotency-Key was used for a different request (`idempotency_conflict`)"),
    413: problem("The body is over the limit (`payload_too_large`)"),
    501: notAvailable,
  },
  callbacks: {
    results: {
      "{$request.body#/callbackUrl}": {
        post: {
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/JobCallback" } } } },
          responses: { 200: { description: "Any 2xx ends delivery; anything else is retried with back-off" } },
        },
      },
    },
  },
});

export const deleteJobRoute = createRoute({
  method: "delete",
  path: "/v1/jobs/{id}",
  summary: "Delete a job now: its documents, results and record",
  description: "Only the API key that made the job can delete it. Documents still waiting are not analysed; a callback not yet sent is not sent.",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    204: { description: "The job and everything it held are deleted" },
    401: problem("API keys are configured and the request has none or a wrong one (`unauthorized`)"),
    404: problem("No such job, or it has expired (`not_found`)"),
    501: notAvailable,
  },
});

export const getJobRoute = createRoute({
  method: "get",
  path: "/v1/jobs/{id}",
  summary: "A job's status and results",
  request: { params: z.object({ id: z.string() }) },
  responses: {
    200: { description: "The job", content: { "application/json": { schema: JobSchema } } },
    401: problem("API keys are configured and the request has none or a wrong one (`unauthorized`)"),
    404: problem("No such job, or it has expired (`not_found`)"),
    501: notAvailable,
  },
});
