// Hostile documents through the HTTP app (`app.request()`): every crafted attack gets its
// expected answer quickly and the next request is still served; pdf.js's own fuzzed and
// cyclic files never make a 5xx; hidden claims are flagged end to end; nothing of a document
// reaches a response body or a log line on any error path.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../src/app.ts";
import { uploadName } from "../src/http/upload-name.ts";
import { buildAttacks } from "../scripts/make-attacks.ts";
import { buildDocx, buildPdf, buildZip } from "../scripts/make-fixtures.ts";

const app = createApp();
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const hardPdf = path.resolve(root, "../shared/corpus/hard-pdf");

function upload(bytes: Uint8Array, name: string, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append("file", new File([bytes as Uint8Array<ArrayBuffer>], name));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

async function post(pathname: string, body: FormData | Uint8Array, env: Record<string, string> = {}, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await app.request(pathname, { method: "POST", body: body as BodyInit, headers }, env);
  const text = await response.text();
  return { response, text, ms: performance.now() - started };
}

/**
 * A batch names each result's upload in `file`, on purpose: the body with those taken out,
 * and the names, so each is checked for what it may and may not carry.
 */
function splitBatchNames(text: string): { rest: string; files: Array<string | null> } {
  const body = JSON.parse(text) as { results?: Array<{ file?: string | null }> };
  if (!Array.isArray(body.results)) return { rest: text, files: [] };
  const files = body.results.map((result) => result.file ?? null);
  for (const result of body.results) delete result.file;
  return { rest: JSON.stringify(body), files };
}

describe("crafted attacks", () => {
  const attacks = buildAttacks();
  it.each(attacks.map((attack) => [attack.name, attack] as const))("%s gets its answer in under a second", async (_name, attack) => {
    const { response, text, ms } = await post("/v1/extract", upload(attack.bytes, attack.name));
    expect(attack.status, `${attack.name}: ${response.status} ${text.slice(0, 200)}`).toContain(response.status);
    if (response.status !== 200) {
      expect(response.headers.get("content-type")).toMatch(/application\/problem\+json/);
      if (attack.code) expect(JSON.parse(text).code).toBe(attack.code);
    }
    expect(ms).toBeLessThan(attack.name.startsWith("pdf-flate") ? 5000 : 1000);
    expect((await app.request("/healthz")).status).toBe(200);
  });

  it("names what it refuses: legacy Word, images, password protection", async () => {
    const byName = new Map(attacks.map((attack) => [attack.name, attack]));
    const legacy = JSON.parse((await post("/v1/analyze", upload(byName.get("legacy.doc")!.bytes, "cv.doc"))).text);
    expect(legacy.detail).toMatch(/legacy Word/);
    const image = JSON.parse((await post("/v1/analyze", upload(byName.get("photo.png.pdf")!.bytes, "cv.pdf"))).text);
    expect(image.detail).toMatch(/PNG image: run OCR first/);
    const encrypted = JSON.parse((await post("/v1/analyze", upload(byName.get("encrypted-ooxml.docx")!.bytes, "cv.docx"))).text);
    expect(encrypted).toMatchObject({ status: 422, code: "encrypted_document" });
  });
});

describe("limits through the environment", () => {
  it("a time budget of 1 ms gives 504 timeout", async () => {
    const many = Array.from({ length: 20 }, (_unused, index) => `Page ${index + 1}\n${"Klout score of 78. ".repeat(40)}`);
    const { response, text } = await post("/v1/extract", upload(buildPdf(many), "cv.pdf"), { EXTRACT_TIMEOUT_MS: "1" });
    expect(response.status).toBe(504);
    expect(JSON.parse(text).code).toBe("timeout");
  });

  it("MAX_PAGES and MAX_CHARACTERS give 422 limits_exceeded", async () => {
    const pages = await post("/v1/extract", upload(buildPdf(["a", "b", "c"]), "cv.pdf"), { MAX_PAGES: "2" });
    expect(pages.response.status).toBe(422);
    expect(JSON.parse(pages.text).code).toBe("limits_exceeded");
    const characters = await post("/v1/extract", upload(buildDocx(["Klout score of 78. ".repeat(200)]), "cv.docx"), { MAX_CHARACTERS: "1000" });
    expect(characters.response.status).toBe(422);
    expect(JSON.parse(characters.text).code).toBe("limits_exceeded");
  });
});

describe.skipIf(!existsSync(hardPdf))("pdf.js's fuzzed, cyclic and encrypted test files", () => {
  const files = existsSync(hardPdf) ? readdirSync(hardPdf).sort() : [];
  it.each(files)("%s: 200 or 4xx within 10 s, then the next request is served", async (name) => {
    const { response, ms } = await post("/v1/analyze", upload(new Uint8Array(readFileSync(path.join(hardPdf, name))), name));
    expect(response.status === 200 || (response.status >= 400 && response.status < 500)).toBe(true);
    expect(ms).toBeLessThan(10_000);
    expect((await app.request("/healthz")).status).toBe(200);
  }, 15_000);

  // Both need a password to open (poppler cannot open print_protection.pdf either).
  it.each(["encrypted-userpw__issue6010_1.pdf", "encrypted-print-protected__print_protection.pdf"])("%s is refused as encrypted", async (name) => {
    const { text } = await post("/v1/extract", upload(new Uint8Array(readFileSync(path.join(hardPdf, name))), name));
    expect(JSON.parse(text)).toMatchObject({ status: 422, code: "encrypted_document" });
  });
});

describe("hidden claims end to end", () => {
  it.each(["hidden-text.pdf", "hidden-text.docx"])("%s: the hidden claim is flagged, advised remove, and does not raise the score", async (name) => {
    const bytes = new Uint8Array(readFileSync(path.join(root, "fixtures", name)));
    const { response, text } = await post("/v1/analyze", upload(bytes, name, { role: "Marketing Coordinator", include: "text" }));
    expect(response.status).toBe(200);
    const report = JSON.parse(text);
    const hiddenClaims = report.claims.filter((claim: { flags: string[] }) => claim.flags.includes("hidden_text"));
    expect(hiddenClaims.length).toBeGreaterThan(0);
    for (const claim of hiddenClaims) {
      expect(claim.advice.action).toBe("remove");
      const inside = report.document.warnings.some(
        (warning: { code: string; span?: { start: number; end: number } }) =>
          warning.code === "hidden_text" && warning.span && warning.span.start <= claim.span.start && claim.span.end <= warning.span.end,
      );
      expect(inside).toBe(true);
    }
    // The same document without its hidden runs scores at least as well.
    const visibleOnly =
      name.endsWith(".pdf")
        ? buildPdf([["Alex Moreno", "Marketing Coordinator", "Ran the events calendar.", "Email: alex@example.com", "Klout 99 is what I had in 2012.", "Visible again. and more visible."]])
        : buildDocx(["Alex Moreno", "Marketing Coordinator", "Ran the events calendar.", "Email: alex@example.com", { table: [["Platform", "Followers"], ["LinkedIn", "3,100"]] }]);
    const plain = JSON.parse((await post("/v1/analyze", upload(visibleOnly, name, { role: "Marketing Coordinator" }))).text);
    expect(report.summary.score).toBeLessThanOrEqual(plain.summary.score);
  });
});

describe("nothing of a document leaks", () => {
  const MARKER = "Zq7MarkerXy91";
  afterEach(() => vi.restoreAllMocks());

  it("on every error path, in no body and no log line", async () => {
    const lines: string[] = [];
    for (const method of ["log", "error", "warn", "info", "debug"] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        lines.push(args.map(String).join(" "));
      });
    }
    const encoder = new TextEncoder();
    const markedPdf = buildPdf([`${MARKER} Klout score of 78`]);
    const cases: { body: FormData | Uint8Array; env?: Record<string, string>; headers?: Record<string, string> }[] = [
      { body: upload(encoder.encode(`%PDF-1.7\n${MARKER} (${MARKER}) Tj\n`), `${MARKER}.pdf`) },
      { body: upload(markedPdf.subarray(0, 200), "truncated.pdf") },
      { body: upload(buildPdf([`${MARKER}`], { encryptedWithUserPassword: true }), "locked.pdf") },
      { body: upload(buildPdf([`${MARKER} one`, `${MARKER} two`]), "cv.pdf"), env: { MAX_PAGES: "1" } },
      { body: upload(markedPdf, "cv.pdf"), env: { MAX_CHARACTERS: "5" } },
      { body: upload(buildPdf(Array.from({ length: 10 }, () => `${MARKER} `.repeat(50))), "cv.pdf"), env: { EXTRACT_TIMEOUT_MS: "1" } },
      { body: upload(buildDocx([`${MARKER}`]).subarray(0, 300), "cv.docx") },
      { body: upload(buildZip([{ name: "word/document.xml", data: `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "${MARKER}">]><x>&a;</x>` }]), "cv.docx") },
      { body: upload(encoder.encode(MARKER), "cv.txt", { role: MARKER.repeat(30), documentType: MARKER }) },
      { body: encoder.encode(`{"text": "${MARKER}", "documentType": "${MARKER}"}`), headers: { "content-type": "application/json" } },
      { body: encoder.encode(`{"text": "${MARKER}`), headers: { "content-type": "application/json" } },
      { body: encoder.encode(`${MARKER} `.repeat(100)), env: { MAX_BODY_BYTES: "100" }, headers: { "content-type": "text/plain" } },
      { body: upload(buildPdf([`${MARKER}`], { imageOnly: true }), `${MARKER}.pdf`) },
    ];
    let errors = 0;
    for (const item of cases) {
      for (const route of ["/v1/analyze", "/v1/extract", "/v1/annotate", "/v1/batch"]) {
        const body = item.body instanceof FormData && route === "/v1/batch" ? renameFiles(item.body) : item.body;
        const { response, text: whole } = await post(route, body, item.env ?? {}, item.headers ?? {});
        if (route !== "/v1/batch") {
          expect(response.status, `${route} ${whole.slice(0, 120)}`).toBeGreaterThanOrEqual(400);
          errors++;
        }
        // The one upload named after the marker comes back as its `file`, and nowhere else.
        const text = route === "/v1/batch" && response.status === 200 ? splitBatchNames(whole).rest : whole;
        expect(text).not.toContain(MARKER);
        expect(response.headers.get("x-request-id") ?? "").not.toContain(MARKER);
      }
    }
    expect(errors).toBe(cases.length * 3);
    for (const line of lines) expect(line).not.toContain(MARKER);
  });
});

function renameFiles(form: FormData): FormData {
  const copy = new FormData();
  form.forEach((value, key) => copy.append(key === "file" ? "files" : key, value));
  return copy;
}

describe("file names", () => {
  const names = ["../../etc/passwd", "a\u0000b.pdf", "cv\u0007\u001b[31m.pdf", "cv\u202egpj.pdf", "x".repeat(10_000) + ".pdf", "C:\\Windows\\win.ini"];
  it.each(names.map((name) => [JSON.stringify(name).slice(0, 40), name]))("%s is never echoed or used as a path", async (_label, name) => {
    const pdf = new Uint8Array(readFileSync(path.join(root, "fixtures", "social-media-manager.pdf")));
    for (const route of ["/v1/analyze", "/v1/extract", "/v1/batch", "/"]) {
      const form = upload(pdf, name, { role: "Social Media Manager" });
      const { response, text: whole } = await post(route, route === "/v1/batch" ? renameFiles(form) : form);
      expect(response.status, route).toBeLessThan(500);
      // A batch gives the name back as `file`: its last segment, cleaned and bounded, never a path.
      const { rest: text, files } = route === "/v1/batch" ? splitBatchNames(whole) : { rest: whole, files: [] };
      if (route === "/v1/batch") expect(files).toEqual([uploadName(name)]);
      for (const file of files) {
        expect(file ?? "").not.toMatch(/[\\/\u0000-\u001f\u202e]/);
        expect((file ?? "").length).toBeLessThanOrEqual(255);
      }
      for (const piece of ["etc/passwd", "\u0000", "\u0007", "\u202e", "x".repeat(300), "win.ini"]) {
        if (name.includes(piece)) expect(text, route).not.toContain(piece);
      }
    }
  });
});
