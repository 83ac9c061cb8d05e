// The job routes as data: their schemas feed the OpenAPI document.
import { createRoute, z } from "@hono/zod-openapi";
import { MAX_JOB_DOCUMENTS } from "../../jobs/settings.ts";
import { ProblemSchema, ReportSchema } from "../../schemas/report.ts";
import { BatchMultipartBodySchema } from "../../schemas/request.ts";
import { API_KEY_SECURITY, EXAMPLES, problemResponses, REQUEST_ID_HEADER } from "../openapi-responses.ts";

const JOB_EXAMPLE = "socialMediaManager";
const jobJson = <T>(schema: T, summary: string, value: unknown) => ({
  "application/json": { schema, examples: { [JOB_EXAMPLE]: { summary, value } } },
});
// The callback carries the job as GET shows it, without the callback's own state.
const { callback: _callback, ...JOB_CALLBACK_EXAMPLE } = EXAMPLES.responses.job;
const JOB_SUMMARY = "fixtures/social-media-manager.pdf and fixtures/bad/legacy.doc, for a Social Media Manager";
const locationHeader = { Location: { description: "The job's path, `/v1/jobs/{id}`", schema: { type: "string" as const } } };

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

export const createJobRoute = createRoute({
  method: "post",
  path: "/v1/jobs",
  operationId: "createJob",
  tags: ["Jobs"],
  security: API_KEY_SECURITY,
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
      headers: { ...locationHeader, ...REQUEST_ID_HEADER },
      content: jobJson(JobCreatedSchema, JOB_SUMMARY, EXAMPLES.responses.jobCreated),
    },
    200: {
      description: "The same Idempotency-Key and request as before: the job made then",
      headers: {
        ...locationHeader,
        "Idempotent-Replayed": { description: "`true`: this answer repeats the first one", schema: { type: "string", enum: ["true"] } },
        ...REQUEST_ID_HEADER,
      },
      content: jobJson(JobCreatedSchema, JOB_SUMMARY, EXAMPLES.responses.jobCreated),
    },
    ...problemResponses(400, 401, 405, 408, 409, 413, 429, 500, 501),
  },
  callbacks: {
    results: {
      "{$request.body#/callbackUrl}": {
        post: {
          operationId: "receiveJobResults",
          summary: "The job's results, signed, once every document is done",
          description:
            "Check `X-Signature` against the raw body before parsing it, and refuse a timestamp more than a few minutes off. " +
            "Deliveries can repeat: key on `id` (also in `X-Job-Id`).",
          // Not a bearer key: the receiver checks the HMAC signature in the headers.
          security: [],
          parameters: [
            { name: "X-Signature", in: "header", required: true, description: "`sha256=<hex HMAC-SHA256(WEBHOOK_SECRET, timestamp + \".\" + body)>`", schema: { type: "string" } },
            { name: "X-Signature-Timestamp", in: "header", required: true, description: "Unix seconds when the delivery was signed", schema: { type: "string" } },
            { name: "X-Job-Id", in: "header", required: true, description: "The job's id", schema: { type: "string" } },
          ],
          requestBody: {
            required: true,
            content: {
              "application/json": {
                schema: { $ref: "#/components/schemas/JobCallback" },
                examples: { [JOB_EXAMPLE]: { summary: JOB_SUMMARY, value: JOB_CALLBACK_EXAMPLE } },
              },
            },
          },
          responses: {
            200: { description: "Any 2xx ends delivery" },
            "4XX": { description: "Any other answer, or none within 10 s, is retried later with back-off" },
          },
        },
      },
    },
  },
});

export const deleteJobRoute = createRoute({
  method: "delete",
  path: "/v1/jobs/{id}",
  operationId: "deleteJob",
  tags: ["Jobs"],
  summary: "Delete a job now: its documents, results and record",
  description: "Only the API key that made the job can delete it. Documents still waiting are not analysed; a callback not yet sent is not sent.",
  security: API_KEY_SECURITY,
  request: { params: z.object({ id: z.string().openapi({ description: "The id `POST /v1/jobs` answered with", example: EXAMPLES.responses.job.id }) }) },
  responses: {
    204: { description: "The job and everything it held are deleted", headers: REQUEST_ID_HEADER },
    ...problemResponses(401, 404, 405, 500, 501),
  },
});

export const getJobRoute = createRoute({
  method: "get",
  path: "/v1/jobs/{id}",
  operationId: "getJob",
  tags: ["Jobs"],
  summary: "A job's status and results",
  security: API_KEY_SECURITY,
  request: { params: z.object({ id: z.string().openapi({ description: "The id `POST /v1/jobs` answered with", example: EXAMPLES.responses.job.id }) }) },
  responses: {
    200: { description: "The job", headers: REQUEST_ID_HEADER, content: jobJson(JobSchema, JOB_SUMMARY, EXAMPLES.responses.job) },
    ...problemResponses(401, 404, 405, 500, 501),
  },
});
