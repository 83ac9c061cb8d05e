// POST /v1/annotate through app.request(): the document comes back in its own format with the
// advice in it, named after the upload, with the same report as /v1/analyze behind it, and
// every bad request answered as /v1/analyze answers it.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { attachmentDisposition } from "../src/http/documents.ts";
import { ProblemSchema, ReportSchema } from "../src/schemas/report.ts";
import { docxComments, pdfPages, readZipParts } from "./helpers/annotations.ts";

const app = createApp();
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/${name}`, import.meta.url)));
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function upload(name: string, fields: Record<string, string> = {}, fileName = name.split("/").pop()!): FormData {
  const form = new FormData();
  form.append("file", new File([fixture(name) as Uint8Array<ArrayBuffer>], fileName));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

async function problemOf(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.parse(await response.json());
  expect(body.code).toBe(code);
  return body;
}

async function analysed(body: BodyInit, init: RequestInit = {}, query = "") {
  const response = await app.request(`/v1/analyze${query}`, { method: "POST", body, ...init });
  expect(response.status).toBe(200);
  return ReportSchema.parse(await response.json());
}

describe("POST /v1/annotate", () => {
  it("gives a PDF back as a PDF: the upload's bytes first, a highlight per claim, named after the upload", async () => {
    const original = fixture("social-media-manager.pdf");
    const response = await app.request("/v1/annotate", { method: "POST", body: upload("social-media-manager.pdf", { role: "Recruiter" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(attachmentDisposition("social-media-manager-annotated.pdf"));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-request-id")).toBeTruthy();
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(Buffer.from(bytes.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);

    const report = await analysed(upload("social-media-manager.pdf", { role: "Recruiter" }));
    expect(response.headers.get("x-influence-verdict")).toBe(report.summary.verdict);
    expect(response.headers.get("x-influence-score")).toBe(String(report.summary.score));
    expect(response.headers.get("x-influence-claims")).toBe(String(report.claims.length));
    expect(response.headers.get("x-influence-claims-marked")).toBe(String(report.claims.length));
    const highlights = (await pdfPages(bytes)).flatMap((page) => page.highlights);
    expect(highlights).toHaveLength(report.claims.length + 1);
    // The notes carry the same advice as the report.
    for (const claim of report.claims) expect(highlights.some((highlight) => highlight.contents.includes(claim.advice.reason))).toBe(true);
  });

  it("gives a Word document sent as the raw body back with comments, the fields read from the query", async () => {
    const response = await app.request("/v1/annotate?role=Senior%20Backend%20Engineer", {
      method: "POST",
      headers: { "content-type": DOCX_TYPE },
      body: fixture("backend-engineer.docx") as Uint8Array<ArrayBuffer>,
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(DOCX_TYPE);
    // A raw body has no name.
    expect(response.headers.get("content-disposition")).toBe(attachmentDisposition("document-annotated.docx"));
    const parts = await readZipParts(new Uint8Array(await response.arrayBuffer()));
    const decoder = new TextDecoder();
    const comments = docxComments(decoder.decode(parts.get("word/document.xml")!.content), decoder.decode(parts.get("word/comments.xml")!.content));
    // The same request to /v1/analyze: the role decides the advice.
    const report = await analysed(fixture("backend-engineer.docx") as Uint8Array<ArrayBuffer>, { headers: { "content-type": DOCX_TYPE } }, "?role=Senior%20Backend%20Engineer");
    expect(comments).toHaveLength(report.claims.length + 1);
    expect(comments.slice(1).map((comment) => comment.anchored)).toEqual(report.claims.map((claim) => claim.text));
  });

  it("gives pasted text back as a Markdown copy", async () => {
    const text = "Jordan Ellery\nKlout score of 78 (2014).\nGrew the brand's Instagram to 48,000 followers, which drove 3,200 orders.";
    const response = await app.request("/v1/annotate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text, role: "Recruiter" }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(response.headers.get("content-disposition")).toBe(attachmentDisposition("document-annotated.md"));
    const markdown = await response.text();
    expect(markdown).toContain("**Klout score of 78**[^c1]");
    expect(markdown).toMatch(/^\[\^c1\]: Remove: /m);
  });

  it("names the file after the upload, exactly in filename* and safely in filename", async () => {
    const response = await app.request("/v1/annotate", { method: "POST", body: upload("social-media-manager.md", {}, "C:\\Users\\jö\\Lebenslauf \"neu\".md") });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(`attachment; filename="Lebenslauf _neu_-annotated.md"; filename*=UTF-8''Lebenslauf%20%22neu%22-annotated.md`);
    expect(attachmentDisposition("Résumé (1).pdf")).toBe(`attachment; filename="R_sum_ (1).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%281%29.pdf`);
  });

  it.each(["../../etc/passwd", "a\u0000b.md", "cv\u0007\u001b[31m.md", "cv\u202egpj.md", "x".repeat(10_000) + ".md", "C:\\Windows\\win.ini"])(
    "names the file after %j only by its last segment, cleaned and bounded",
    async (name) => {
      const response = await app.request("/v1/annotate", { method: "POST", body: upload("social-media-manager.md", {}, name) });
      expect(response.status).toBe(200);
      const disposition = response.headers.get("content-disposition")!;
      const exact = decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!);
      expect(exact).toMatch(/-annotated\.md$/);
      expect(exact).not.toMatch(/[\\/\u0000-\u001f\u202e]/);
      expect(exact.length).toBeLessThanOrEqual(255 + "-annotated.md".length);
      for (const piece of ["etc/", "Windows", "\u0007", "\u202e"]) expect(disposition).not.toContain(piece);
    },
  );

  it("answers a bad document, bad fields, a missing key and a wrong method as /v1/analyze does", async () => {
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("bad/legacy.doc") }), 415, "unsupported_media_type");
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("bad/truncated.pdf") }), 422, "corrupt_document");
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("bad/encrypted-user-password.pdf") }), 422, "encrypted_document");
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("bad/image-only.pdf") }), 422, "no_text");
    await problemOf(
      await app.request("/v1/annotate", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ role: "Recruiter" }) }),
      400,
      "invalid_request",
    );
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("social-media-manager.pdf") }, { API_KEYS: "secret" }), 401, "unauthorized");
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("social-media-manager.pdf") }, { MAX_BODY_BYTES: "512" }), 413, "payload_too_large");
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("consultant-bid.pdf") }, { MAX_PAGES: "1" }), 422, "limits_exceeded");
    await problemOf(await app.request("/v1/annotate", { method: "POST", body: upload("consultant-bid.pdf") }, { EXTRACT_TIMEOUT_MS: "1" }), 504, "timeout");
    const wrongMethod = await problemOf(await app.request("/v1/annotate"), 405, "method_not_allowed");
    expect(wrongMethod.detail).toMatch(/POST/);
  });

  it("takes a turn from the same limiter as the other document routes", async () => {
    const limited = createApp();
    const env = { MAX_CONCURRENT_DOCUMENTS: "1", MAX_QUEUED_DOCUMENTS: "1" };
    const responses = await Promise.all([1, 2, 3].map(() => limited.request("/v1/annotate", { method: "POST", body: upload("consultant-bid.pdf") }, env)));
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 429]);
  });
});
