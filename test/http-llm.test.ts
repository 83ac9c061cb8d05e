// The model through the HTTP edge: configured by the environment, kept out by llm=off, and
// a failing model still answers 200 with the rule engine's report.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { ReportSchema } from "../src/schemas/report.ts";
import { startFakeOpenAI, type FakeOpenAI } from "./helpers/fake-openai.ts";

const app = createApp();
let server: FakeOpenAI;
let env: Record<string, string>;

beforeAll(async () => {
  server = await startFakeOpenAI();
  env = { OPENAI_BASE_URL: server.baseURL, OPENAI_MODEL: "fake-model", OPENAI_TIMEOUT_MS: "2000" };
});
afterAll(async () => {
  await server.close();
});

function analyze(body: Record<string, unknown>) {
  return app.request(
    "/v1/analyze",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) },
    env,
  );
}

const TEXT = "Social media manager.\nGrew the brand's Instagram to 48,000 followers, driving 3,200 online orders in 2024.";

describe("the model over HTTP", () => {
  it("is not called when the request says llm=off", async () => {
    const before = server.requests.length;
    const report = ReportSchema.parse(await (await analyze({ text: TEXT, role: "Social Media Manager", llm: "off" })).json());
    expect(report.engine.llm).toBe("off");
    expect(server.requests.length).toBe(before);
  });

  it("falls back to the rule engine's report with 200 when the model fails", async () => {
    server.reply({ status: 500, body: { error: { message: "boom" } } });
    const response = await analyze({ text: TEXT, role: "Social Media Manager" });
    expect(response.status).toBe(200);
    const report = ReportSchema.parse(await response.json());
    expect(report.engine.llm).toBe("failed");
    expect(report.document.warnings.map((warning) => warning.code)).toContain("llm_failed");
    const offReport = ReportSchema.parse(await (await analyze({ text: TEXT, role: "Social Media Manager", llm: "off" })).json());
    expect(report.summary.verdict).toBe(offReport.summary.verdict);
    expect(report.claims.map((claim) => claim.advice.action)).toEqual(offReport.claims.map((claim) => claim.advice.action));
  });
});
