// Makes docs/web-page.png, the README's picture of the web page: the app on 127.0.0.1, a
// fixture résumé uploaded in Chromium (Debian's, headless) for a role, the report shown.
// `npx tsx scripts/screenshot.ts` after changing the page.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "@hono/node-server";
import { chromium } from "playwright-core";
import { createApp } from "../src/app.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const OUTPUT = path.join(root, "docs/web-page.png");
const CHROMIUM = "/usr/bin/chromium";

const app = createApp();
const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
  const started = serve({ fetch: (request) => app.fetch(request, {}), port: 0, hostname: "127.0.0.1" }, () => resolve(started));
});
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox", "--disable-gpu"] });
try {
  const page = await browser.newPage({ viewport: { width: 1200, height: 1000 }, deviceScaleFactor: 1 });
  await page.goto(`${origin}/`);
  await page.setInputFiles("#file", path.join(root, "fixtures/social-media-manager.pdf"));
  await page.fill("#role", "Social Media Manager");
  await page.click("button[type=submit]");
  await page.waitForSelector("#result .report");
  // The first claim selected, so the picture shows its advice beside the text.
  await page.locator("#result mark[data-claim-id] [data-claim-link]").first().click();
  await page.waitForSelector("#claim-detail.is-open");
  await page.evaluate("window.scrollTo(0, 0)");
  // The top of the page: the verdict, the document with its marks and the selected claim.
  await page.screenshot({ path: OUTPUT });
  console.log(`wrote ${path.relative(root, OUTPUT)}`);
} finally {
  await browser.close();
  server.close();
}
