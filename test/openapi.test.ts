// The OpenAPI document as integrators and their tools read it: Redocly's recommended rules
// (offline, no config file), every route's statuses with the problem schema, and examples
// that are this code's real answers to the fixtures.
import { readFileSync } from "node:fs";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { JobCreatedSchema, JobSchema } from "../src/http/jobs/routes.ts";
import { EXAMPLES } from "../src/http/openapi-responses.ts";
import { describeProblemCodes } from "../src/schemas/problem-codes.ts";
import { BatchResponseSchema, CatalogSchema, ExtractResponseSchema, ProblemSchema, ReportSchema, RolesSchema } from "../src/schemas/report.ts";
import { AnalyzeJsonBodySchema } from "../src/schemas/request.ts";

type Json = Record<string, any>;

async function openApiDocument(): Promise<Json> {
  const response = await createApp().request("/openapi.json");
  expect(response.status).toBe(200);
  return (await response.json()) as Json;
}

async function lint(document: Json) {
  const config = await createConfig({ extends: ["recommended"] });
  const problems = await lintFromString({ source: JSON.stringify(document), absoluteRef: "openapi.json", config });
  return problems.map((problem) => `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location.map((where) => where.pointer).join(", ")}`);
}

function operations(document: Json): Array<{ key: string; operation: Json }> {
  return Object.entries(document.paths as Json).flatMap(([path, item]) =>
    Object.entries(item as Json).map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, operation: operation as Json })),
  );
}

const DOCUMENT_STATUSES = ["200", "400", "401", "405", "408", "413", "415", "422", "429", "500", "504"];

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    expect(await lint(await openApiDocument())).toEqual([]);
  });

  it("fails the same lint when an example does not fit its schema", async () => {
    const document = await openApiDocument();
    document.paths["/v1/analyze"].post.responses["200"].content["application/json"].examples.socialMediaManager.value.summary.score = "high";
    expect((await lint(document)).join("\n")).toMatch(/no-invalid-media-type-examples: Example value must conform to the schema/);
  });

  it("says where the API is and how keys work", async () => {
    const document = await openApiDocument();
    expect(document.servers).toEqual([{ url: "/", description: expect.any(String) }]);
    expect(document.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
    expect(document.info.license).toEqual({ name: "MIT", identifier: "MIT" });
    for (const { key, operation } of operations(document)) {
      if (key.startsWith("GET /healthz")) expect(operation.security, key).toEqual([]);
      else expect(operation.security, key).toEqual([{ bearerAuth: [] }, {}]);
    }
  });

  it("names every operation and lists every status each route answers, each error with the problem schema", async () => {
    const document = await openApiDocument();
    const ids = operations(document).map(({ operation }) => operation.operationId);
    expect(ids).toEqual(["analyzeDocument", "extractDocument", "annotateDocument", "analyzeBatch", "createJob", "getJob", "deleteJob", "getCatalog", "getRoles", "getHealth"]);
    const statuses = Object.fromEntries(operations(document).map(({ key, operation }) => [key, Object.keys(operation.responses).sort()]));
    expect(statuses).toEqual({
      "POST /v1/analyze": DOCUMENT_STATUSES,
      "POST /v1/extract": DOCUMENT_STATUSES,
      "POST /v1/annotate": DOCUMENT_STATUSES,
      "POST /v1/batch": ["200", "400", "401", "405", "408", "413", "429", "500"],
      "POST /v1/jobs": ["200", "202", "400", "401", "405", "408", "409", "413", "429", "500", "501"],
      "GET /v1/jobs/{id}": ["200", "401", "404", "405", "500", "501"],
      "DELETE /v1/jobs/{id}": ["204", "401", "404", "405", "500", "501"],
      "GET /v1/catalog": ["200", "401", "405", "500"],
      "GET /v1/roles": ["200", "401", "405", "500"],
      "GET /healthz": ["200", "405"],
    });
    const byStatus = new Map(describeProblemCodes().map(({ code, status }) => [code, status]));
    for (const { key, operation } of operations(document)) {
      for (const [status, response] of Object.entries(operation.responses as Json)) {
        if (Number(status) < 400) continue;
        const content = response.content["application/problem+json"];
        expect(content.schema, `${key} ${status}`).toEqual({ $ref: "#/components/schemas/Problem" });
        const examples = Object.values(content.examples as Json).map((example) => example.value);
        expect(examples.length, `${key} ${status}`).toBeGreaterThan(0);
        for (const example of examples) {
          expect(ProblemSchema.parse(example).status, `${key} ${status}`).toBe(Number(status));
          expect(byStatus.get(example.code)).toBe(Number(status));
        }
      }
    }
    expect(document.paths["/v1/analyze"].post.responses["401"].headers).toHaveProperty("WWW-Authenticate");
    expect(document.paths["/v1/analyze"].post.responses["405"].headers).toHaveProperty("Allow");
    expect(document.paths["/v1/analyze"].post.responses["429"].headers).toHaveProperty("Retry-After");
  });

  it("gives the problem's code as an enum of every code the API answers with", async () => {
    const document = await openApiDocument();
    expect(document.components.schemas.Problem.properties.code.enum).toEqual(describeProblemCodes().map(({ code }) => code));
    expect(document.components.schemas.Problem.properties.code.enum).toContain("method_not_allowed");
  });
});

describe("the document's examples", () => {
  it("are made from the fixtures and fit the schemas the routes answer with", () => {
    const request = AnalyzeJsonBodySchema.parse(EXAMPLES.requests.analyzeJson);
    expect(request.text).toBe(readFileSync(new URL("../fixtures/texts/social-media-manager.txt", import.meta.url), "utf8"));
    const report = ReportSchema.parse(EXAMPLES.responses.analyze);
    expect(report.claims.length).toBeGreaterThan(0);
    for (const claim of report.claims) expect(request.text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
    expect(ExtractResponseSchema.parse(EXAMPLES.responses.extract).pages.length).toBeGreaterThan(0);
    // The Markdown copy of the same request: every claim of its report in bold, with its footnote.
    expect(typeof EXAMPLES.responses.annotate).toBe("string");
    for (const claim of report.claims) {
      expect(EXAMPLES.responses.annotate).toContain(`**${claim.text}**[^${claim.id}]`);
      expect(EXAMPLES.responses.annotate).toContain(`[^${claim.id}]: `);
    }
    const batch = BatchResponseSchema.parse(EXAMPLES.responses.batch);
    expect(batch.results.map((result) => result.file)).toEqual(["social-media-manager.pdf", "legacy.doc"]);
    CatalogSchema.parse(EXAMPLES.responses.catalog);
    RolesSchema.parse(EXAMPLES.responses.roles);
    JobCreatedSchema.parse(EXAMPLES.responses.jobCreated);
    JobSchema.parse(EXAMPLES.responses.job);
    for (const [code, problem] of Object.entries(EXAMPLES.problems)) expect(ProblemSchema.parse(problem).code).toBe(code);
  });

  it("cover every problem code", () => {
    expect(Object.keys(EXAMPLES.problems).sort()).toEqual(describeProblemCodes().map(({ code }) => code).sort());
  });
});
