// The API as a browser meets it, on the real wrangler bundle (static assets included), in
// Debian's Chromium: /docs renders every route with its examples from this origin's own
// files and its try-it calls the API; a page on another allowed origin creates a job with an
// Idempotency-Key and reads Location, while a page on an origin not allowed cannot read the
// answer. Skipped where Chromium is not installed.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unstable_startWorker } from "wrangler";
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM, serve, type Served } from "./helpers/browser.ts";

const root = join(import.meta.dirname, "..");
const RESUME = readFileSync(join(root, "fixtures/texts/social-media-manager.txt"), "utf8");

type Operation = {
  operationId: string;
  tags: string[];
  responses: Record<string, { content?: Record<string, { examples: Record<string, { value: unknown }> }> }>;
};
type OpenApi = { paths: Record<string, Record<string, Operation>> };

describe.skipIf(!HAS_CHROMIUM)("the API in Chromium, on the wrangler bundle", () => {
  let worker: Awaited<ReturnType<typeof unstable_startWorker>>;
  let base: string;
  let portal: Served;
  let browser: Browser;

  beforeAll(async () => {
    // The portal's page: a blank document on its own origin, from which scripts call the API.
    portal = await serve(() => new Response("<!doctype html><title>portal</title>", { headers: { "content-type": "text/html" } }));
    worker = await unstable_startWorker({
      config: join(root, "wrangler.toml"),
      bindings: { CORS_ORIGINS: { type: "plain_text", value: portal.origin } },
      dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "warn", watch: false },
    });
    base = new URL(await worker.url).origin;
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await worker?.dispose();
    await portal?.close();
  });

  async function open(url: string): Promise<{ page: Page; violations: string[]; outside: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const violations: string[] = [];
    const outside: string[] = [];
    page.on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    // Chromium logs a refusal to the console; the event catches any it does not.
    await page.addInitScript({
      content:
        'document.addEventListener("securitypolicyviolation", (event) => ' +
        'console.error("Refused by the Content-Security-Policy: " + event.violatedDirective + " " + event.blockedURI));',
    });
    page.on("request", (request) => {
      const origin = new URL(request.url()).origin;
      if (!request.url().startsWith("data:") && origin !== base && origin !== portal.origin) outside.push(request.url());
    });
    await page.goto(url);
    return { page, violations, outside };
  }

  it("/docs shows every route with its examples, from this origin alone, and its try-it calls the API", async () => {
    const document = (await (await fetch(`${base}/openapi.json`)).json()) as OpenApi;
    const { page, violations, outside } = await open(`${base}/docs`);
    await page.waitForSelector(".opblock");
    await page.screenshot({ path: "/tmp/docs.png" });

    for (const [path, methods] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const block = page.locator(`#operations-${operation.tags[0]}-${operation.operationId}`);
        await expect.poll(() => block.count(), { message: `${method} ${path}` }).toBe(1);
        expect(await block.locator(".opblock-summary-method").textContent()).toBe(method.toUpperCase());
        expect(await block.locator(".opblock-summary-path").getAttribute("data-path")).toBe(path);
        // Opened, it shows the example of its answer (made from the fixtures): its first property, as printed.
        await block.locator(".opblock-summary-control").click();
        await block.locator(".responses-wrapper .highlight-code").first().waitFor();
        // A route whose success has no body (DELETE's 204) shows the example of its first error.
        const success = operation.responses["200"] ?? operation.responses["202"];
        const shown = success?.content?.["application/json"] ?? Object.values(operation.responses).find((response) => response.content?.["application/problem+json"])!.content!["application/problem+json"]!;
        const example = Object.values(shown.examples)[0]!.value;
        const firstLine = JSON.stringify(example, null, 2).split("\n")[1]!.trim().replace(/,$/, "");
        expect(await block.locator(".responses-wrapper").textContent(), `${method} ${path}`).toContain(firstLine);
      }
    }

    // Try it: the JSON example of POST /v1/analyze, sent to this origin, answered with a report.
    const analyze = page.locator("#operations-Documents-analyzeDocument");
    await analyze.locator("button.try-out__btn").click();
    await analyze.locator(".opblock-section-request-body select.content-type").selectOption("application/json");
    const body = analyze.locator(".body-param textarea");
    expect(await body.inputValue()).toContain("Klout score of 78");
    await analyze.locator("button.execute").click();
    const status = analyze.locator(".live-responses-table .response .response-col_status").first();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(/^\s*200/);
    const answer = await analyze.locator(".live-responses-table .response-col_description .highlight-code").first().textContent();
    expect(answer).toContain('"verdict"');
    expect(answer).toContain("Klout score of 78");

    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    // The watch works: an inline style, which the policy forbids, is reported.
    await page.evaluate("document.head.appendChild(Object.assign(document.createElement('style'), { textContent: 'body { color: red }' }))");
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    await page.context().close();
  }, 90_000);

  it("/docs#problem-<code>, the link in every problem's type, lands on that code's row", async () => {
    const { page } = await open(`${base}/docs#problem-timeout`);
    await page.waitForSelector(".opblock");
    const row = page.locator("#problem-timeout");
    await expect.poll(() => row.isVisible()).toBe(true);
    await expect.poll(() => row.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(900);
    await page.context().close();
  });

  it("a page on an allowed origin creates a job with an Idempotency-Key and reads Location; another origin cannot", async () => {
    const create = (page: Page, key: string) =>
      page.evaluate(
        async ({ api, key, text }) => {
          const form = new FormData();
          form.append("files", new File([text], "cv.txt", { type: "text/plain" }));
          form.append("role", "Social Media Manager");
          try {
            const response = await fetch(`${api}/v1/jobs`, { method: "POST", body: form, headers: { "Idempotency-Key": key } });
            const body = (await response.json()) as { id: string; statusUrl: string };
            return {
              status: response.status,
              location: response.headers.get("Location"),
              replayed: response.headers.get("Idempotent-Replayed"),
              requestId: response.headers.get("X-Request-Id"),
              body,
            };
          } catch (error) {
            return { error: String(error) };
          }
        },
        { api: base, key, text: RESUME },
      );

    const { page } = await open(`${portal.origin}/`);
    const key = `portal-import-${Date.now()}`;
    const first = await create(page, key);
    expect(first).toMatchObject({ status: 202, replayed: null });
    if (!first.body) throw new Error(first.error);
    expect(first.location).toBe(`/v1/jobs/${first.body.id}`);
    expect(first.requestId).toBeTruthy();

    const again = await create(page, key);
    expect(again).toMatchObject({ status: 200, location: first.location, replayed: "true" });

    // The job itself, read from the portal's page by the Location it was given.
    const job = await page.evaluate(async (url) => (await (await fetch(url)).json()) as { id: string; documents: number }, `${base}${first.location}`);
    expect(job).toMatchObject({ id: first.body.id, documents: 1 });
    await page.context().close();

    // Same server, another origin (localhost is not 127.0.0.1): the browser withholds the answer.
    const { page: stranger } = await open(portal.origin.replace("127.0.0.1", "localhost") + "/");
    expect(await create(stranger, `${key}-stranger`)).toEqual({ error: expect.stringMatching(/Failed to fetch/) });
    await stranger.context().close();
  }, 60_000);
});
