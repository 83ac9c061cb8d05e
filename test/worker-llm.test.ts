// The optional model inside the real wrangler bundle: the openai client runs in workerd, a
// configured model is used, and a failing one still leaves a 200 with the rules' report.
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unstable_startWorker } from "wrangler";
import { startFakeOpenAI, type FakeOpenAI } from "./helpers/fake-openai.ts";

const root = join(import.meta.dirname, "..");
let worker: Awaited<ReturnType<typeof unstable_startWorker>>;
let base: string;
let model: FakeOpenAI;

beforeAll(async () => {
  model = await startFakeOpenAI();
  worker = await unstable_startWorker({
    config: join(root, "wrangler.toml"),
    bindings: {
      OPENAI_BASE_URL: { type: "plain_text", value: model.baseURL },
      OPENAI_MODEL: { type: "plain_text", value: "fake-model" },
      OPENAI_TIMEOUT_MS: { type: "plain_text", value: "5000" },
    },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "warn", watch: false },
  });
  base = (await worker.url).toString();
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
  await model?.close();
});

const TEXT = "Social media manager.\nGrew the brand's Instagram to 48,000 followers, driving 3,200 online orders in 2024.";

async function analyze(): Promise<{ engine: { llm: string }; summary: { headline: string; verdict: string } }> {
  const response = await fetch(new URL("/v1/analyze", base), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text: TEXT, role: "Social Media Manager" }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { engine: { llm: string }; summary: { headline: string; verdict: string } };
}

describe("the model in the wrangler bundle", () => {
  it("uses a configured model's checked answer", async () => {
    const headline = "Your 48,000 Instagram followers and 3,200 orders make the case: lead with them.";
    model.reply({ content: { roleFamily: null, headline, suggestions: [], proposals: [] } });
    const before = model.requests.length;
    const report = await analyze();
    expect(model.requests.length).toBe(before + 1);
    expect(report.engine.llm).toBe("used");
    expect(report.summary.headline).toBe(headline);
  });

  it("answers 200 with the rules' report when the model fails", async () => {
    model.reply({ status: 500, body: { error: { message: "down" } } });
    const report = await analyze();
    expect(report.engine.llm).toBe("failed");
    expect(report.summary.verdict).not.toBe("");
  });
});
