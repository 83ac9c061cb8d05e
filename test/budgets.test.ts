// Every per-document budget of SECURITY.md, each pushed past its limit through the app: the
// answer is the documented one (a 422 `limits_exceeded` naming the limit, or a `truncated`
// warning), and the same document under the limit is read as before.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";

const app = createApp();

async function analyzeText(text: string, env: Record<string, string> = {}, query = "") {
  const response = await app.request(`/v1/analyze${query}`, { method: "POST", headers: { "content-type": "text/plain" }, body: text }, env);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

describe("claims per document (MAX_CLAIMS)", () => {
  it("keeps the first claims in document order and says how many were left out", async () => {
    const { status, body } = await analyzeText("Klout 1. ".repeat(40), { MAX_CLAIMS: "25" });
    expect(status).toBe(200);
    expect(body.claims).toHaveLength(25);
    expect(body.claims.map((claim: { span: { start: number } }) => claim.span.start)).toEqual([...body.claims.map((claim: { span: { start: number } }) => claim.span.start)].sort((a, b) => a - b));
    const truncated = body.document.warnings.filter((warning: { code: string }) => warning.code === "truncated");
    expect(truncated).toHaveLength(1);
    expect(truncated[0].message).toMatch(/more than 25 claims; only the first 25/);
  });

  it("adds no warning at or under the limit", async () => {
    const { body } = await analyzeText("Klout 1. ".repeat(25), { MAX_CLAIMS: "25" });
    expect(body.claims).toHaveLength(25);
    expect(body.document.warnings.some((warning: { code: string }) => warning.code === "truncated")).toBe(false);
  });

  it("bounds a 2.5 KB Word-sized line of a hundred thousand claims to the default of 300", async () => {
    const { status, body } = await analyzeText("Klout 1. ".repeat(100_000));
    expect(status).toBe(200);
    expect(body.claims).toHaveLength(300);
    expect(JSON.stringify(body).length).toBeLessThan(1024 * 1024);
  });
});

describe("report size (MAX_REPORT_BYTES)", () => {
  it("refuses a report over the limit with 422 limits_exceeded naming it", async () => {
    const text = "Grew our Instagram to 48K followers in 2023. ".repeat(20);
    const { status, body } = await analyzeText(text, { MAX_REPORT_BYTES: "5000" }, "?include=text");
    expect(status).toBe(422);
    expect(body.code).toBe("limits_exceeded");
    expect(body.detail).toMatch(/MAX_REPORT_BYTES/);
    expect((await analyzeText(text, { MAX_REPORT_BYTES: "2000000" }, "?include=text")).status).toBe(200);
  });

  it("holds a batch's reports together to the same limit", async () => {
    const form = new FormData();
    for (let index = 0; index < 4; index++) form.append("files", new File(["Grew our Instagram to 48K followers in 2023. ".repeat(10)], `cv${index}.txt`, { type: "text/plain" }));
    const response = await app.request("/v1/batch", { method: "POST", body: form }, { MAX_REPORT_BYTES: "30000" });
    const { results } = (await response.json()) as { results: Array<{ error?: { code: string } }> };
    expect(results).toHaveLength(4);
    expect(results[0]!.error).toBeUndefined();
    expect(results.at(-1)!.error?.code).toBe("limits_exceeded");
    expect(JSON.stringify(results).length).toBeLessThan(30_000 + 4_000);
  });
});

describe("characters (MAX_CHARACTERS), counted as a PDF's pages are read", () => {
  it("stops at the page that passes the raw limit, before reading the rest", async () => {
    const { buildPdf } = await import("../scripts/make-fixtures.ts");
    const { extractPdfPages } = await import("../src/core/extract/pdf.ts");
    const pages = Array.from({ length: 30 }, (_unused, index) => `Page ${index + 1} ${"Klout score of 78. ".repeat(20)}`);
    const failure = await extractPdfPages(buildPdf(pages), { maxPages: 50, timeoutMs: 20_000, maxCharacters: 500 }).catch((error: { code: string; message: string }) => error);
    expect(failure).toMatchObject({ code: "limits_exceeded" });
    await expect(extractPdfPages(buildPdf(pages), { maxPages: 50, timeoutMs: 20_000, maxCharacters: 100_000 })).resolves.toMatchObject({ pages: expect.any(Array) });
  });
});
