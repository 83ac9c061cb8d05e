// GET /docs: the OpenAPI document rendered as a plain page, with no script or stylesheet
// from elsewhere, so it works offline and under a strict Content-Security-Policy.
import { escapeHtml } from "./html.ts";
import { describeProblemCodes } from "../schemas/problem-codes.ts";

// When each error is answered; the `type` of a problem links to its row here.
const WHEN: Record<string, string> = {
  invalid_request: "The fields fail validation; `errors` lists each field and why.",
  unauthorized: "API keys are configured and the request has none or a wrong one.",
  not_found: "No such route, or no such job (or it has expired).",
  method_not_allowed: "The path exists but not for this method (GET /v1/analyze); the Allow header names the methods it takes.",
  idempotency_conflict: "An Idempotency-Key was reused with a different request.",
  payload_too_large: "The body is over the limit, with or without Content-Length.",
  unsupported_media_type: "Not one of the formats; the detail names what was received (legacy .doc, PNG, XLSX, …).",
  encrypted_document: "A password-protected PDF or DOCX.",
  corrupt_document: "The bytes claim a format but cannot be read.",
  no_text: "Nothing to read: a scanned or image-only PDF, an empty file.",
  limits_exceeded: "Too many pages, too much text after decompression, a ZIP bomb.",
  rate_limited: "Too many documents are waiting for a turn; retry after the Retry-After seconds.",
  not_implemented: "The feature is not available on this server (async jobs without a queue).",
  timeout: "Extraction passed its time budget.",
  internal_error: "A bug; never the answer to a bad document. The instance is the request id.",
};

function renderErrors(): string {
  const rows = describeProblemCodes()
    .map(
      ({ code, status, title }) =>
        `<tr id="problem-${escapeHtml(code)}"><td><code>${status}</code></td><td><code>${escapeHtml(code)}</code></td><td>${escapeHtml(title)}</td><td>${escapeHtml(WHEN[code] ?? "")}</td></tr>`,
    )
    .join("\n");
  return `<h2 id="errors">Errors</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code>; its <code>type</code> points at its row here.</p>
<table><thead><tr><th>status</th><th>code</th><th>title</th><th>when</th></tr></thead><tbody>
${rows}
</tbody></table>`;
}

type OpenApiDocument = {
  info: { title: string; version: string; description?: string };
  paths?: Record<string, Record<string, { summary?: string; description?: string; requestBody?: { content?: Record<string, unknown> }; responses?: Record<string, { description?: string }> }>>;
  components?: { schemas?: Record<string, unknown> };
};

export function renderDocsPage(document: unknown): string {
  const doc = document as OpenApiDocument;
  const operations: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths ?? {})) {
    for (const [method, operation] of Object.entries(methods)) {
      const bodyTypes = Object.keys(operation.requestBody?.content ?? {});
      const responses = Object.entries(operation.responses ?? {})
        .map(([status, response]) => `<li><code>${escapeHtml(status)}</code> ${escapeHtml(response.description ?? "")}</li>`)
        .join("");
      operations.push(`<section>
  <h2><code>${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</code></h2>
  <p>${escapeHtml(operation.summary ?? "")}${operation.description ? ` — ${escapeHtml(operation.description)}` : ""}</p>
  ${bodyTypes.length ? `<p>Body: ${bodyTypes.map((type) => `<code>${escapeHtml(type)}</code>`).join(", ")}</p>` : ""}
  <ul>${responses}</ul>
</section>`);
    }
  }
  const schemas = Object.entries(doc.components?.schemas ?? {})
    .map(([name, schema]) => `<details><summary>${escapeHtml(name)}</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`)
    .join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} API ${escapeHtml(doc.info.version)}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
code,pre{font-family:ui-monospace,monospace}pre{background:#f4f4f4;padding:1rem;overflow:auto}
section{border-top:1px solid #ddd;padding-top:.5rem}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
</style>
</head>
<body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${operations.join("\n")}
${renderErrors()}
<h2>Schemas</h2>
${schemas}
</body>
</html>`;
}
