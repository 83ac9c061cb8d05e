// The web page through the app itself: the form, its security headers, the no-JavaScript
// post that answers with the report as HTML, escaping, and errors shown as a page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { ROLE_FAMILIES } from "../src/core/catalog/roles.ts";
import type { Report } from "../src/core/types.ts";
import { escapeHtml } from "../src/http/html.ts";
import { APP_JS } from "../src/http/web/app-js.ts";

const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

const RESUME = readFileSync(new URL("../fixtures/texts/social-media-manager.txt", import.meta.url), "utf8");
const PNG = readFileSync(new URL("../fixtures/bad/image.png", import.meta.url));

function form(fields: Record<string, string | { bytes: Uint8Array; name: string; type?: string }>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    if (typeof value === "string") data.set(key, value);
    else data.set(key, new Blob([value.bytes as Uint8Array<ArrayBuffer>], { type: value.type ?? "" }), value.name);
  }
  return data;
}

async function post(body: FormData, headers: Record<string, string> = {}, env?: Record<string, string>) {
  const response = await createApp().request("/", { method: "POST", body, headers }, env);
  return { response, html: await response.text() };
}

/** The report the API gives for the same input, to check the page against. */
async function apiReport(text: string, role: string): Promise<Report> {
  const response = await createApp().request("/v1/analyze", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ text, role, include: "text" }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

/** The attributes of every opening tag with this name, in document order. */
function tags(html: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  for (const match of html.matchAll(new RegExp(`<${name}(\\s[^>]*)?>`, "g"))) {
    const attributes: Record<string, string> = {};
    for (const attribute of (match[1] ?? "").matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attributes[attribute[1]!] = attribute[2] ?? "";
    found.push(attributes);
  }
  return found;
}

describe("GET /", () => {
  it("serves the form under a strict Content-Security-Policy", async () => {
    const response = await createApp().request("/");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toBe(CSP);
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html><html lang="en">/);
    expect(html).toContain("<main");
    const [formTag] = tags(html, "form");
    expect(formTag).toMatchObject({ method: "post", action: "/", enctype: "multipart/form-data" });
    const names = tags(html, "input").map((tag) => tag.name).concat(tags(html, "textarea").map((tag) => tag.name), tags(html, "select").map((tag) => tag.name));
    expect(names).toEqual(expect.arrayContaining(["file", "role", "jobDescription", "documentType", "text"]));
    // Every field has a label that names it.
    for (const tag of [...tags(html, "input"), ...tags(html, "textarea"), ...tags(html, "select")]) {
      if (tag.type === "hidden") continue;
      expect(html).toContain(`<label for="${tag.id}">`);
    }
  });

  it("fills the role and type from the link, escaped", async () => {
    const role = `Recruiter "<b>"`;
    const html = await (await createApp().request(`/?role=${encodeURIComponent(role)}&documentType=proposal`)).text();
    expect(tags(html, "input").find((tag) => tag.name === "role")?.value).toBe(escapeHtml(role));
    expect(tags(html, "option").find((tag) => tag.value === "proposal")).toHaveProperty("selected");
  });

  it("says before the button where the document goes: nowhere, or to the configured model", async () => {
    const privacyBeforeButton = (html: string) => {
      const note = html.indexOf('id="privacy"');
      expect(note).toBeGreaterThan(html.indexOf('id="file"'));
      expect(note).toBeLessThan(html.indexOf('type="submit"'));
      return html.slice(note, html.indexOf("</p>", note));
    };
    const rulesOnly = privacyBeforeButton(await (await createApp().request("/")).text());
    expect(rulesOnly).toContain("not stored, logged or sent anywhere else");

    for (const [env, host] of [
      [{ OPENAI_API_KEY: "sk-test" }, "api.openai.com"],
      [{ OPENAI_BASE_URL: "http://127.0.0.1:11434/v1" }, "127.0.0.1:11434"],
    ] as const) {
      const withModel = privacyBeforeButton(await (await createApp().request("/", {}, env)).text());
      expect(withModel).not.toContain("anywhere else");
      expect(withModel).toContain(`sends its text to a language model at <strong>${host}</strong>`);
    }
    // The answer page repeats the form and says the same. (A closed local port: the model call
    // fails at once and the rules' report comes back.)
    const { html } = await post(form({ text: RESUME }), {}, { OPENAI_BASE_URL: "http://127.0.0.1:9/v1" });
    expect(html).toContain("language model at <strong>127.0.0.1:9</strong>");
  });

  it("suggests every role title from the catalog", async () => {
    const html = await (await createApp().request("/")).text();
    const options = new Set(tags(html, "option").map((tag) => tag.value));
    const titles = ROLE_FAMILIES.flatMap((family) => family.titles);
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(options.has(escapeHtml(title))).toBe(true);
  });

  it("loads nothing from elsewhere and has no inline script or style", async () => {
    const html = await (await createApp().request("/")).text();
    for (const tag of [...tags(html, "script"), ...tags(html, "link"), ...tags(html, "img")]) {
      const url = tag.src ?? tag.href ?? "";
      expect(url.startsWith("/") || url.startsWith("data:")).toBe(true);
    }
    expect(html).not.toMatch(/<style|\sstyle="|\son[a-z]+="/i);
    expect(tags(html, "script").every((tag) => tag.src !== undefined)).toBe(true);
  });

  it("serves its stylesheet and script as files", async () => {
    const app = createApp();
    const css = await app.request("/assets/app.css");
    expect(css.status).toBe(200);
    expect(css.headers.get("content-type")).toMatch(/^text\/css/);
    expect(await css.text()).toContain("mark.claim--remove");
    const js = await app.request("/assets/app.js");
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await js.text()).toBe(APP_JS);
    // The script at least parses.
    expect(() => new Function(APP_JS)).not.toThrow();
  });
});

describe("POST / without JavaScript", () => {
  it("answers with the report as HTML, every claim marked with its id and action", async () => {
    const role = "Senior Backend Engineer";
    const expected = await apiReport(RESUME, role);
    expect(expected.claims.length).toBeGreaterThan(2);
    const { response, html } = await post(form({ text: RESUME, role }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toBe(CSP);
    expect(response.headers.get("cache-control")).toBe("no-store");

    const marks = tags(html, "mark");
    expect(marks.map((mark) => mark["data-claim-id"])).toEqual(expected.claims.map((claim) => claim.id));
    for (const claim of expected.claims) {
      const mark = marks.find((item) => item["data-claim-id"] === claim.id)!;
      expect(mark["data-action"]).toBe(claim.advice.action);
      // The mark holds the claim's own text, escaped, followed by its labelled badge.
      expect(html).toContain(`data-action="${claim.advice.action}">${escapeHtml(claim.text)}<a class="badge badge--${claim.advice.action}" href="#claim-${claim.id}"`);
      // The no-JavaScript fallback: a card with the reason and the suggestion.
      expect(html).toContain(`<li id="claim-${claim.id}"`);
      expect(html).toContain(escapeHtml(claim.advice.reason));
    }

    // The verdict and headline lead: they come before the document text.
    const headline = html.indexOf(escapeHtml(expected.summary.headline));
    expect(headline).toBeGreaterThan(-1);
    expect(headline).toBeLessThan(html.indexOf("<mark"));
    expect(html.indexOf(`data-verdict="${expected.summary.verdict}"`)).toBeGreaterThan(-1);
    for (const line of expected.summary.advice) expect(html).toContain(escapeHtml(line));
  });

  it("offers the report as a JSON download built in the page", async () => {
    const role = "Social Media Manager";
    const expected = await apiReport(RESUME, role);
    const { html } = await post(form({ text: RESUME, role }));
    const link = tags(html, "a").find((tag) => tag.download !== undefined)!;
    expect(link.href).toMatch(/^data:application\/json;base64,/);
    const report = JSON.parse(Buffer.from(link.href!.split(",")[1]!, "base64").toString("utf8")) as Report;
    expect(report.claims).toEqual(expected.claims);
    expect(report.summary).toEqual(expected.summary);
    expect(report.text).toBe(expected.text);
  });

  it("offers the document back with comments beside the report: a button that sends the form to /annotate", async () => {
    const { html } = await post(form({ text: RESUME, role: "Recruiter" }));
    const button = tags(html, "button").find((tag) => tag["data-annotate"] !== undefined)!;
    expect(button).toMatchObject({ type: "submit", form: "audit-form", formaction: "/annotate", formenctype: "multipart/form-data" });
    expect(html).toContain("Download your document with comments");
    // Beside the verdict, before the document's text.
    expect(html.indexOf("data-annotate")).toBeLessThan(html.indexOf("<mark"));
    expect(tags(html, "form").map((tag) => tag.id)).toContain("audit-form");
  });

  it("answers /annotate with the document itself, and a bad one with the page's error", async () => {
    const pdf = new Uint8Array(readFileSync(new URL("../fixtures/social-media-manager.pdf", import.meta.url)));
    const response = await createApp().request("/annotate", { method: "POST", body: form({ file: { bytes: pdf, name: "cv.pdf" }, role: "Recruiter" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/^attachment; filename="cv-annotated\.pdf"/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, pdf.length)).equals(Buffer.from(pdf))).toBe(true);

    const text = await createApp().request("/annotate", { method: "POST", body: form({ text: RESUME, role: "Recruiter" }) });
    expect(text.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await text.text()).toMatch(/\*\*Klout score of 78\*\*\[\^c\d+\]/);

    const bad = await createApp().request("/annotate", { method: "POST", body: form({ file: { bytes: PNG, name: "cv.pdf" } }), headers: { "x-fragment": "1" } });
    expect(bad.status).toBe(415);
    expect(bad.headers.get("content-type")).toMatch(/^text\/html/);
    expect(await bad.text()).toMatch(/^<section class="problem" role="alert"/);
    const empty = await createApp().request("/annotate", { method: "POST", body: form({ role: "Recruiter" }) });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Choose a file, or paste the text");
  });

  it("checks the access key on /annotate as on the form", async () => {
    const env = { API_KEYS: "s3cret-key" };
    const without = await createApp().request("/annotate", { method: "POST", body: form({ text: RESUME }) }, env);
    expect(without.status).toBe(401);
    const right = await createApp().request("/annotate", { method: "POST", body: form({ accessKey: "s3cret-key", text: RESUME }) }, env);
    expect(right.status).toBe(200);
    const scripted = await createApp().request("/annotate", { method: "POST", body: form({ text: RESUME }), headers: { authorization: "Bearer s3cret-key", "x-fragment": "1" } }, env);
    expect(scripted.status).toBe(200);
  });

  it("keeps the role, job description and type in the form it sends back", async () => {
    const { html } = await post(form({ text: RESUME, role: "Recruiter", jobDescription: "Source engineers\non LinkedIn", documentType: "proposal" }));
    expect(tags(html, "input").find((tag) => tag.name === "role")?.value).toBe("Recruiter");
    // Multipart bodies carry line breaks as CRLF, as browsers send them.
    expect(html).toMatch(/>\nSource engineers\r?\non LinkedIn<\/textarea>/);
    expect(tags(html, "option").find((tag) => tag.value === "proposal")).toHaveProperty("selected");
  });

  it("shows a document's markup as text, never as markup", async () => {
    const hostile = `${RESUME}\n<script>alert("owned")</script> <img src=x onerror="alert(1)"> Klout score of 80`;
    const role = `"><script>alert(2)</script>`;
    const { response, html } = await post(form({ text: hostile, role }));
    expect(response.status).toBe(200);
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    expect(html).toContain("&lt;script&gt;alert(&quot;owned&quot;)&lt;/script&gt;");
    expect(tags(html, "input").find((tag) => tag.name === "role")?.value).toBe(escapeHtml(role));
    expect(tags(html, "script")).toHaveLength(1);
  });

  it("uses the pasted text when the browser sends an empty file part", async () => {
    const { response, html } = await post(form({ file: { bytes: new Uint8Array(0), name: "", type: "application/octet-stream" }, text: RESUME }));
    expect(response.status).toBe(200);
    expect(tags(html, "mark").length).toBeGreaterThan(0);
  });
});

describe("POST / errors", () => {
  it("shows an unreadable file in plain words, with the right status and the form kept", async () => {
    const { response, html } = await post(
      form({ file: { bytes: PNG, name: "cv.pdf", type: "application/pdf" }, role: "Community Manager", jobDescription: "Grow our Discord", documentType: "resume" }),
    );
    expect(response.status).toBe(415);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("content-security-policy")).toBe(CSP);
    expect(html).toContain("This file is not a format we can read");
    expect(html).toMatch(/PNG/i);
    expect(html).toContain("choose the file again");
    expect(tags(html, "input").find((tag) => tag.name === "role")?.value).toBe("Community Manager");
    expect(html).toContain(">\nGrow our Discord</textarea>");
    expect(tags(html, "option").find((tag) => tag.value === "resume")).toHaveProperty("selected");
    expect(html).not.toContain("<mark");
  });

  it("says when nothing was sent", async () => {
    const { response, html } = await post(form({ role: "Recruiter" }));
    expect(response.status).toBe(400);
    expect(html).toContain("Choose a file, or paste the text");
    expect(tags(html, "input").find((tag) => tag.name === "file")?.["aria-invalid"]).toBe("true");
  });

  it("says a scanned PDF has no text to read", async () => {
    const bytes = readFileSync(new URL("../fixtures/bad/image-only.pdf", import.meta.url));
    const { response, html } = await post(form({ file: { bytes, name: "scan.pdf", type: "application/pdf" } }));
    expect(response.status).toBe(422);
    expect(html).toContain("There is no text to read in this file");
  });

  it("refuses a body over the limit with 413 and says the form could not be kept", async () => {
    const { response, html } = await post(form({ text: RESUME, role: "Recruiter" }), {}, { MAX_BODY_BYTES: "200" });
    expect(response.status).toBe(413);
    expect(html).toContain("The file is too large");
    expect(html).toContain("could not be filled in again");
  });

  it("answers only the result fragment when the page's script asks", async () => {
    const ok = await post(form({ text: RESUME }), { "x-fragment": "1" });
    expect(ok.response.status).toBe(200);
    expect(ok.html).toMatch(/^<section class="report"/);
    expect(ok.html).not.toContain("<form");
    const bad = await post(form({ file: { bytes: PNG, name: "cv.pdf" } }), { "x-fragment": "1" });
    expect(bad.response.status).toBe(415);
    expect(bad.html).toMatch(/^<section class="problem" role="alert"/);
    // The script keeps the form, file included, so the message does not ask for the file again.
    expect(bad.html).toContain("still holds what you entered");
    expect(bad.html).not.toContain("choose the file again");
  });

  it("asks for the access key when the server has API keys, and checks it", async () => {
    const env = { API_KEYS: "s3cret-key" };
    const page = await createApp().request("/", {}, env);
    expect(tags(await page.text(), "input").some((tag) => tag.name === "accessKey")).toBe(true);
    const without = await post(form({ text: RESUME }), {}, env);
    expect(without.response.status).toBe(401);
    const wrong = await post(form({ accessKey: "nope", text: RESUME }), {}, env);
    expect(wrong.response.status).toBe(401);
    // The page puts the key first; a form that sends it after the document is not read that far.
    const late = await post(form({ text: RESUME, accessKey: "s3cret-key" }), {}, env);
    expect(late.response.status).toBe(401);
    const right = await post(form({ accessKey: "s3cret-key", text: RESUME }), {}, env);
    expect(right.response.status).toBe(200);
    expect(tags(right.html, "mark").length).toBeGreaterThan(0);
    // The page's script sends the key as a header as well; then it is checked before any body byte.
    const scripted = await post(form({ text: RESUME }), { authorization: "Bearer s3cret-key", "x-fragment": "1" }, env);
    expect(scripted.response.status).toBe(200);
    const scriptedWrong = await post(form({ text: RESUME }), { authorization: "Bearer nope", "x-fragment": "1" }, env);
    expect(scriptedWrong.response.status).toBe(401);
    expect(scriptedWrong.html).toContain("That access key is not valid");
  });

  it("puts the access key first in the form, so a browser without script sends it first", async () => {
    const page = await (await createApp().request("/", {}, { API_KEYS: "k" })).text();
    const names = tags(page, "input").map((tag) => tag.name).concat(tags(page, "textarea").map((tag) => tag.name));
    expect(page.indexOf('name="accessKey"')).toBeLessThan(page.indexOf('name="file"'));
    expect(names).toContain("accessKey");
  });
});
