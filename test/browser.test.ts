// The web page in a real browser: Debian's Chromium, headless, against the app served on
// 127.0.0.1. Uploads a PDF with and without JavaScript, checks the verdict and the marks
// against the API's report for the same file, selects a claim by keyboard, downloads the PDF
// with its notes, drops a file, and uploads a file that is not a PDF. Skipped where Chromium
// is not installed.
import { existsSync, readFileSync } from "node:fs";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import type { Report } from "../src/core/types.ts";
import { VERDICT_LABEL } from "../src/http/web/words.ts";
import { pdfPages } from "./helpers/annotations.ts";
import { CHROMIUM_ARGS, CHROMIUM_PATH, HAS_CHROMIUM, minimalPdf, serve, type Served } from "./helpers/browser.ts";

const FIXTURE = new URL("../fixtures/social-media-manager.pdf", import.meta.url);
const PDF: Uint8Array = existsSync(FIXTURE)
  ? readFileSync(FIXTURE)
  : minimalPdf(["Jordan Ellery", "Summary", "Klout score: 75", "95,000 followers on Instagram"]);
const ROLE = "Recruiter";
const PNG = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");

async function apiReport(): Promise<Report> {
  const response = await createApp().request(`/v1/analyze?role=${encodeURIComponent(ROLE)}&include=text`, {
    method: "POST",
    headers: { "content-type": "application/pdf" },
    body: PDF as Uint8Array<ArrayBuffer>,
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

async function marksOf(page: Page) {
  return page.$$eval("#result mark[data-claim-id]", (marks) =>
    marks.map((mark) => ({ id: mark.getAttribute("data-claim-id"), action: mark.getAttribute("data-action") })),
  );
}

describe.skipIf(!HAS_CHROMIUM)("the web page in Chromium", () => {
  let server: Served;
  let browser: Browser;
  let expected: Report;
  const cspViolations: string[] = [];

  beforeAll(async () => {
    const app = createApp();
    server = await serve((request, env) => app.fetch(request, env));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    expected = await apiReport();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(javaScriptEnabled: boolean, width = 1280): Promise<Page> {
    const context = await browser.newContext({ javaScriptEnabled, viewport: { width, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    // Fail on the step that hangs, well inside the test timeout.
    page.setDefaultTimeout(8000);
    page.on("console", (message) => {
      if (/Content.Security.Policy|Refused to/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.goto(`${server.origin}/`);
    return page;
  }

  it("uploads a PDF with JavaScript on: no reload, verdict and marks in place, a claim selected by keyboard", async () => {
    expect(expected.claims.length).toBeGreaterThan(0);
    const page = await open(true);
    expect(await page.evaluate("document.documentElement.classList.contains('js')")).toBe(true);
    // A value on window survives only if the page is not reloaded.
    await page.evaluate("window.stillHere = true");
    await page.setInputFiles("#file", { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
    await page.fill("#role", ROLE);
    await page.click("button[type=submit]");
    await page.waitForSelector("#result .report");
    expect(await page.evaluate("window.stillHere")).toBe(true);

    expect((await page.textContent("#report-title"))?.trim()).toBe(VERDICT_LABEL[expected.summary.verdict]);
    expect(await page.textContent(".headline")).toBe(expected.summary.headline);
    expect(await page.textContent("#status")).toContain("Report ready");
    expect(await marksOf(page)).toEqual(expected.claims.map((claim) => ({ id: claim.id, action: claim.advice.action })));
    // Focus moved to the verdict, so a screen reader starts there.
    expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("report-title");

    // Keyboard: Tab to the first claim's badge and press Enter; its advice shows beside the text.
    const first = expected.claims[0]!;
    await page.focus(`#mark-${first.id} [data-claim-link]`);
    await page.keyboard.press("Enter");
    await page.waitForSelector("#claim-detail.is-open");
    expect(await page.textContent("#claim-detail")).toContain(first.advice.reason);
    expect(await page.getAttribute(`#mark-${first.id}`, "class")).toContain("is-selected");

    // The JSON download is the report.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("a[data-json-download]")]);
    const path = await download.path();
    const downloaded = JSON.parse(readFileSync(path, "utf8")) as Report;
    expect(downloaded.claims).toEqual(expected.claims);

    await page.screenshot({ path: "/tmp/report.png", fullPage: true });
    expect(cspViolations).toEqual([]);
    await page.context().close();
  });

  it("uploads a PDF with JavaScript off: the form posts and the answer is the report page", async () => {
    const page = await open(false);
    await page.setInputFiles("#file", { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
    await page.fill("#role", ROLE);
    await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
    expect((await page.textContent("#report-title"))?.trim()).toBe(VERDICT_LABEL[expected.summary.verdict]);
    expect(await marksOf(page)).toEqual(expected.claims.map((claim) => ({ id: claim.id, action: claim.advice.action })));
    // Following a mark's badge reaches the claim's card with its reason.
    const first = expected.claims[0]!;
    await page.click(`#mark-${first.id} [data-claim-link]`);
    expect(page.url()).toMatch(new RegExp(`#claim-${first.id}$`));
    expect(await page.textContent(`#claim-${first.id}`)).toContain(first.advice.reason);
    expect(await page.inputValue("#role")).toBe(ROLE);
    await page.context().close();
  });

  it("downloads the document with comments from beside the report, with JavaScript on and off", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open(javaScriptEnabled);
      await page.setInputFiles("#file", { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
      await page.fill("#role", ROLE);
      if (javaScriptEnabled) {
        await page.click("#audit-form button[type=submit]");
        await page.waitForSelector("#result .report");
      } else {
        await Promise.all([page.waitForNavigation(), page.click("#audit-form button[type=submit]")]);
        // Without script the form comes back empty: the page says to choose the file again, and it is.
        expect(await page.isVisible("#annotated-hint .no-js-only")).toBe(true);
        await page.setInputFiles("#file", { name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from(PDF) });
      }
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-annotate]")]);
      expect(download.suggestedFilename()).toBe("cv-annotated.pdf");
      const bytes = new Uint8Array(readFileSync(await download.path()));
      // The uploaded file, untouched, then a highlight with its note for each claim and one for the verdict.
      expect(Buffer.from(bytes.subarray(0, PDF.length)).equals(Buffer.from(PDF))).toBe(true);
      const highlights = (await pdfPages(bytes)).flatMap((pdfPage) => pdfPage.highlights);
      expect(highlights).toHaveLength(expected.claims.length + 1);
      for (const claim of expected.claims) expect(highlights.some((highlight) => highlight.contents.includes(claim.advice.reason))).toBe(true);
      if (javaScriptEnabled) {
        expect(await page.textContent("[data-annotate-status]")).toContain("cv-annotated.pdf");
        // The report stays where it was.
        expect(await page.isVisible("#result .report")).toBe(true);
      }
      expect(cspViolations).toEqual([]);
      await page.context().close();
    }
  });

  it("shows a PNG named cv.pdf as an error in plain words, with or without JavaScript, keeping the role", async () => {
    for (const javaScriptEnabled of [true, false]) {
      const page = await open(javaScriptEnabled);
      await page.fill("#role", ROLE);
      await page.selectOption("#documentType", "resume");
      await page.setInputFiles("#file", { name: "cv.pdf", mimeType: "application/pdf", buffer: PNG });
      if (javaScriptEnabled) {
        await page.click("button[type=submit]");
        await page.waitForSelector("#result .problem");
        expect(await page.textContent("#status")).toContain("could not be checked");
        // Without a reload the chosen file stays in the form.
        expect(await page.evaluate("document.getElementById('file').files.length")).toBe(1);
      } else {
        const [response] = await Promise.all([page.waitForNavigation(), page.click("button[type=submit]")]);
        expect(response?.status()).toBe(415);
      }
      expect(await page.textContent("#result .problem")).toContain("This file is not a format we can read");
      expect(await page.inputValue("#role")).toBe(ROLE);
      expect(await page.inputValue("#documentType")).toBe("resume");
      await page.context().close();
    }
  });

  it("chooses a file dropped anywhere on the page", async () => {
    const page = await open(true, 390);
    // Runs in the page; the tests compile without the DOM library, so the page's globals are untyped here.
    const transfer = await page.evaluateHandle((bytes) => {
      const scope = globalThis as unknown as { DataTransfer: new () => { items: { add(file: File): void } } };
      const data = new scope.DataTransfer();
      data.items.add(new File([new Uint8Array(bytes)], "dropped.pdf", { type: "application/pdf" }));
      return data;
    }, Array.from(PDF));
    await page.dispatchEvent("body", "dragenter", { dataTransfer: transfer });
    expect(await page.evaluate("document.body.classList.contains('is-dragging')")).toBe(true);
    await page.dispatchEvent("body", "drop", { dataTransfer: transfer });
    expect(await page.evaluate("document.getElementById('file').files[0].name")).toBe("dropped.pdf");
    expect(await page.textContent("#file-chosen")).toContain("dropped.pdf");
    await page.fill("#role", ROLE);
    await page.click("button[type=submit]");
    await page.waitForSelector("#result .report");
    expect(await marksOf(page)).toHaveLength(expected.claims.length);
    await page.screenshot({ path: "/tmp/report-phone.png", fullPage: true });
    await page.context().close();
  });
});
