// The HTTP contract through app.request(): routes, input packagings, errors, limits, keys.
import { describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { BatchResponseSchema, ReportSchema, ExtractResponseSchema, ProblemSchema } from "../src/schemas/report.ts";

const app = createApp();

const SOCIAL_RESUME = [
  "SOCIAL MEDIA MANAGER",
  "Klout score: 75.",
  "Grew @BrightBakes on Instagram from 3,000 to 95,000 followers, driving a 22% rise in online orders.",
].join("\n");

async function problemOf(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
  const body = ProblemSchema.parse(await response.json());
  expect(body.code).toBe(code);
  expect(body.status).toBe(status);
  expect(body.instance).toBe(response.headers.get("x-request-id"));
  expect(body.type).toBe(`/docs#problem-${code}`);
  return body;
}

function multipart(fields: Record<string, string | Blob>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return form;
}

describe("service routes", () => {
  it("answers /healthz", async () => {
    const response = await app.request("/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("serves an OpenAPI 3.1 document generated from the schemas", async () => {
    const response = await app.request("/openapi.json");
    const document = (await response.json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(document.openapi).toBe("3.1.0");
    for (const path of ["/v1/analyze", "/v1/extract", "/v1/batch", "/v1/catalog", "/v1/roles", "/healthz"]) {
      expect(Object.keys(document.paths)).toContain(path);
    }
    expect(Object.keys(document.components.schemas)).toEqual(expect.arrayContaining(["Report", "Claim", "Problem"]));
  });

  it("renders /docs from this origin's own files, under a CSP that allows nothing else", async () => {
    const response = await app.request("/docs");
    expect(response.status).toBe(200);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).toMatch(/connect-src 'self';/);
    const html = await response.text();
    const sources = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="([^"]+)"/g)].map((match) => match[1]);
    expect(sources).toEqual(["data:,", "/docs/vendor/swagger-ui.css", "/docs/docs.css", "/docs/vendor/swagger-ui-bundle.js", "/docs/docs.js"]);
    // No inline script: every <script> has a src.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
    expect(html).toContain('data-openapi-url="/openapi.json"');
    for (const code of ["invalid_request", "method_not_allowed", "payload_too_large", "unsupported_media_type", "no_text", "timeout"]) {
      expect(html).toContain(`id="problem-${code}"`);
    }
  });

  it("answers an unknown route with a problem", async () => {
    await problemOf(await app.request("/v1/nothing-here"), 404, "not_found");
  });

  it("answers a known path with the wrong method with 405 and the methods it takes", async () => {
    const analyze = await app.request("/v1/analyze");
    const problem = await problemOf(analyze, 405, "method_not_allowed");
    expect(analyze.headers.get("allow")).toBe("POST");
    expect(problem.detail).toBe("/v1/analyze does not take GET; it takes POST.");
    const catalog = await app.request("/v1/catalog", { method: "POST" });
    await problemOf(catalog, 405, "method_not_allowed");
    expect(catalog.headers.get("allow")).toBe("GET, HEAD");
    // A path with a parameter, and the page, which takes both.
    expect((await app.request("/v1/jobs/some-id", { method: "PUT" })).headers.get("allow")).toBe("DELETE, GET, HEAD");
    expect((await app.request("/", { method: "PUT" })).headers.get("allow")).toBe("GET, HEAD, POST");
    // Not a known path: still a 404, with no Allow.
    const unknown = await app.request("/v1/analyze/extra");
    await problemOf(unknown, 404, "not_found");
    expect(unknown.headers.get("allow")).toBeNull();
  });

  it("keeps a safe incoming request id and replaces an unsafe one", async () => {
    const kept = await app.request("/healthz", { headers: { "x-request-id": "abc-123" } });
    expect(kept.headers.get("x-request-id")).toBe("abc-123");
    const replaced = await app.request("/healthz", { headers: { "x-request-id": "<script>" } });
    expect(replaced.headers.get("x-request-id")).not.toBe("<script>");
  });
});

describe("POST /v1/analyze input", () => {
  it("takes JSON with text", async () => {
    const response = await app.request("/v1/analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: SOCIAL_RESUME, role: "Social Media Manager", include: "text" }),
    });
    expect(response.status).toBe(200);
    const report = ReportSchema.parse(await response.json());
    expect(report.id).toBe(response.headers.get("x-request-id"));
    expect(report.document.format).toBe("text");
    expect(report.text).toBe(SOCIAL_RESUME);
    expect(report.role.input).toBe("Social Media Manager");
    for (const claim of report.claims) expect(report.text!.slice(claim.span.start, claim.span.end)).toBe(claim.text);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("takes a multipart text field and a multipart file", async () => {
    const asText = await app.request("/v1/analyze", { method: "POST", body: multipart({ text: SOCIAL_RESUME, role: "Recruiter" }) });
    expect(asText.status).toBe(200);
    const asFile = await app.request("/v1/analyze", {
      method: "POST",
      body: multipart({ file: new File([SOCIAL_RESUME], "cv.txt", { type: "text/plain" }), role: "Recruiter" }),
    });
    expect(asFile.status).toBe(200);
    const a = ReportSchema.parse(await asText.json());
    const b = ReportSchema.parse(await asFile.json());
    expect(b.claims.map((claim) => claim.text)).toEqual(a.claims.map((claim) => claim.text));
  });

  it("takes a raw body with the fields as query parameters", async () => {
    const response = await app.request("/v1/analyze?role=Recruiter&documentType=resume", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: SOCIAL_RESUME,
    });
    expect(response.status).toBe(200);
    const report = ReportSchema.parse(await response.json());
    expect(report.document.type).toBe("resume");
    expect(report.document.typeSource).toBe("given");
    expect(report.role.input).toBe("Recruiter");
  });

  it("refuses invalid fields with each field named", async () => {
    const response = await app.request("/v1/analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text: "x", role: "r".repeat(201), documentType: "letter" }),
    });
    const problem = await problemOf(response, 400, "invalid_request");
    expect(problem.errors?.map((error) => error.field).sort()).toEqual(["documentType", "role"]);
  });

  it("refuses JSON without text, and broken JSON", async () => {
    const missing = await problemOf(
      await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }),
      400,
      "invalid_request",
    );
    expect(missing.errors).toEqual([{ field: "text", message: expect.stringMatching(/^Required\. Send the document's text/) }]);
    expect(missing.detail).toMatch(/^`text`: Required\. Send the document's text as a string, or upload the file as multipart `file`\.$/);
    await problemOf(
      await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: "{nope" }),
      400,
      "invalid_request",
    );
  });

  it("says every field error in plain words, naming the kind of value and never the value", async () => {
    const bodies = [
      { text: 42, role: "r".repeat(201), documentType: "letter", include: "everything", llm: true },
      { text: "", jobDescription: ["a list"] },
      "just a string",
      null,
    ];
    for (const body of bodies) {
      const problem = await problemOf(
        await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
        400,
        "invalid_request",
      );
      expect(problem.errors?.length).toBeGreaterThan(0);
      for (const error of problem.errors!) {
        expect(error.message).not.toMatch(/Invalid input|expected \w+, received|Invalid option/i);
        expect(error.message).not.toContain("rrrr");
      }
      expect(problem.detail).not.toMatch(/Invalid input|received/i);
    }
    const first = await app.request("/v1/analyze", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(bodies[0]),
    });
    const messages = Object.fromEntries(ProblemSchema.parse(await first.json()).errors!.map((error) => [error.field, error.message]));
    expect(messages).toEqual({
      text: "Must be text, not a number",
      role: "Too long: at most 200 characters; this one has 201",
      documentType: 'Must be one of "resume", "proposal" or "auto"',
      include: 'Must be "text"',
      llm: 'Must be one of "off" or "auto"',
    });
  });

  it("reads the text field when a browser form sends an empty, nameless file part", async () => {
    const form = multipart({ file: new File([], ""), text: SOCIAL_RESUME });
    const response = await app.request("/v1/analyze", { method: "POST", body: form });
    expect(response.status).toBe(200);
    expect(ReportSchema.parse(await response.json()).document.characters).toBe(SOCIAL_RESUME.length);
  });

  it("refuses a multipart request with no document", async () => {
    await problemOf(await app.request("/v1/analyze", { method: "POST", body: multipart({ role: "Recruiter" }) }), 400, "invalid_request");
  });

  it("gives an empty document no_text", async () => {
    await problemOf(
      await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: "" }),
      422,
      "no_text",
    );
  });

  it("names a PNG as such with 415, whatever the declared type", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const problem = await problemOf(
      await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "application/pdf" }, body: png }),
      415,
      "unsupported_media_type",
    );
    expect(problem.detail).toMatch(/PNG/);
  });
});

describe("body limit", () => {
  const limited = { MAX_BODY_BYTES: "1000" };

  it("refuses a declared length over the limit", async () => {
    const response = await app.request(
      "/v1/analyze",
      { method: "POST", headers: { "content-type": "text/plain", "content-length": "5000" }, body: "x".repeat(5000) },
      limited,
    );
    await problemOf(response, 413, "payload_too_large");
  });

  it("refuses a streamed body with no length once it passes the limit, keeping none of the rest", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        if (pulled > 10) return controller.close();
        controller.enqueue(new Uint8Array(400).fill(65));
      },
    });
    const request = new Request("http://local/v1/analyze", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await problemOf(await app.request(request, undefined, limited), 413, "payload_too_large");
  });

  it("cuts off a body that never ends", async () => {
    let pulledBytes = 0;
    let cancelled = false;
    const chunk = new Uint8Array(1024 * 1024);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulledBytes += chunk.byteLength;
        controller.enqueue(chunk);
      },
      cancel() {
        cancelled = true;
      },
    });
    const request = new Request("http://local/v1/analyze", {
      method: "POST",
      headers: { "content-type": "application/pdf" },
      body: endless,
      duplex: "half",
    } as RequestInit);
    await problemOf(await app.request(request, undefined, limited), 413, "payload_too_large");
    expect(cancelled).toBe(true);
    // Node stops at the limit; the Workers runtime discards at most 64 MiB more first.
    expect(pulledBytes).toBeLessThanOrEqual(3 * 1024 * 1024);
  });

  it("accepts a body under the limit", async () => {
    const response = await app.request("/v1/analyze", { method: "POST", headers: { "content-type": "text/plain" }, body: "Klout score 70" }, limited);
    expect(response.status).toBe(200);
  });
});

describe("POST /v1/extract", () => {
  it("returns the normalised text, pages and document info", async () => {
    const response = await app.request("/v1/extract", {
      method: "POST",
      body: multipart({ file: new File(["Hello\u200B world, 12k followers"], "a.txt") }),
    });
    expect(response.status).toBe(200);
    const body = ExtractResponseSchema.parse(await response.json());
    expect(body.text).not.toContain("\u200B");
    expect(body.pages).toEqual([]);
    expect(body.document.warnings.map((warning) => warning.code)).toContain("invisible_characters");
  });
});

describe("POST /v1/batch", () => {
  it("answers one result per document, in order, with an error item for a bad one", async () => {
    const form = new FormData();
    form.append("files", new File([SOCIAL_RESUME], "a.txt"));
    form.append("files", new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46])], "b.pdf"));
    form.append("files", new File(["Java developer. 2.4k stars on GitHub."], "c.txt"));
    form.append("role", "Social Media Manager");
    const response = await app.request("/v1/batch", { method: "POST", body: form });
    expect(response.status).toBe(200);
    const { results } = BatchResponseSchema.parse(await response.json());
    expect(results).toHaveLength(3);
    expect(ReportSchema.safeParse(results[0]).success).toBe(true);
    expect(results[1]).toMatchObject({ file: "b.pdf", error: { code: "unsupported_media_type" } });
    expect(ReportSchema.safeParse(results[2]).success).toBe(true);
    expect(results.map((result) => result.file)).toEqual(["a.txt", "b.pdf", "c.txt"]);
  });

  it("names each result by its upload, never by a path, and a text part by null", async () => {
    const form = new FormData();
    form.append("files", new File([SOCIAL_RESUME], "C:\\Users\\jo\\Documents\\cv.txt"));
    form.append("files", new File([SOCIAL_RESUME], "../../outside/bid\u202Etxt.md"));
    form.append("files", SOCIAL_RESUME);
    const response = await app.request("/v1/batch", { method: "POST", body: form });
    const { results } = BatchResponseSchema.parse(await response.json());
    expect(results.map((result) => result.file)).toEqual(["cv.txt", "bidtxt.md", null]);
  });

  it("refuses more than 20 documents", async () => {
    const form = new FormData();
    for (let i = 0; i < 21; i++) form.append("files", new File(["text"], `${i}.txt`));
    await problemOf(await app.request("/v1/batch", { method: "POST", body: form }), 400, "invalid_request");
  });
});

describe("API keys and CORS", () => {
  const keyed = { API_KEYS: "alpha-key, sha256:" + "0".repeat(64) };

  it("needs a bearer key on /v1/* when keys are configured, and says so in WWW-Authenticate", async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: "Bearer wrong" }, { authorization: "Basic YWxwaGE6a2V5" }];
    for (const headers of attempts) {
      const refused = await app.request("/v1/catalog", { headers }, keyed);
      await problemOf(refused, 401, "unauthorized");
      expect(refused.headers.get("www-authenticate")).toBe('Bearer realm="influence-audit"');
    }
    const ok = await app.request("/v1/catalog", { headers: { authorization: "Bearer alpha-key" } }, keyed);
    expect(ok.status).toBe(200);
    expect((await app.request("/healthz", {}, keyed)).status).toBe(200);
  });

  it("accepts a key configured as its SHA-256 digest", async () => {
    const digest = Array.from(new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode("beta-key"))))
      .map((byte) => byte.toString(16).padStart(2, "0"))
      .join("");
    const response = await app.request("/v1/roles", { headers: { authorization: "Bearer beta-key" } }, { API_KEYS: `sha256:${digest}` });
    expect(response.status).toBe(200);
  });

  it("lets a browser on an allowed origin send and read every documented header", async () => {
    const env = { CORS_ORIGINS: "https://portal.example", API_KEYS: "alpha-key" };
    const preflight = await app.request(
      "/v1/jobs",
      {
        method: "OPTIONS",
        headers: {
          origin: "https://portal.example",
          "access-control-request-method": "POST",
          "access-control-request-headers": "authorization, idempotency-key",
        },
      },
      env,
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://portal.example");
    const allowed = (preflight.headers.get("access-control-allow-headers") ?? "").toLowerCase().split(",");
    expect(allowed).toEqual(expect.arrayContaining(["authorization", "idempotency-key", "content-type", "x-request-id"]));
    expect(preflight.headers.get("access-control-allow-methods")).toContain("POST");

    // Exposed on answers and on errors alike: a 401's and a 429's headers are readable too.
    const refused = await app.request("/v1/catalog", { headers: { origin: "https://portal.example" } }, env);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("access-control-allow-origin")).toBe("https://portal.example");
    const exposed = (refused.headers.get("access-control-expose-headers") ?? "").toLowerCase().split(",");
    expect(exposed).toEqual(expect.arrayContaining(["location", "retry-after", "idempotent-replayed", "x-request-id"]));

    const other = await app.request("/v1/catalog", { headers: { origin: "https://elsewhere.example", authorization: "Bearer alpha-key" } }, env);
    expect(other.status).toBe(200);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("sends no CORS headers unless origins are configured", async () => {
    const closed = await app.request("/v1/catalog", { headers: { origin: "https://portal.example" } });
    expect(closed.headers.get("access-control-allow-origin")).toBeNull();
    const open = await app.request("/v1/catalog", { headers: { origin: "https://portal.example" } }, { CORS_ORIGINS: "https://portal.example" });
    expect(open.headers.get("access-control-allow-origin")).toBe("https://portal.example");
  });
});
