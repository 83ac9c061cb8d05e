// GET /docs: the API reference, rendered in the browser by Swagger UI from /openapi.json,
// with try-it against this origin. Swagger UI's files are static assets of this project
// (public/docs/, copied from the swagger-ui-dist package), never fetched from elsewhere, so
// the page works offline; the page itself is rendered here, under its own strict CSP.
import { describeProblemCodes } from "../schemas/problem-codes.ts";
import { escapeHtml } from "./html.ts";

/**
 * Nothing from other origins, no inline script or style (Swagger UI sets element styles
 * through the DOM, which CSP allows). Its icons are data: SVGs; connect-src 'self' is what
 * the document's fetch and try-it need.
 */
export const DOCS_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

// When each error is answered; the `type` of a problem links to its row here.
const WHEN: Record<string, string> = {
  invalid_request: "The fields fail validation; `errors` names each field and what to send.",
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
  return `<section class="docs-errors" aria-labelledby="errors">
<h2 id="errors">Errors</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with a stable <code>code</code>; its <code>type</code> points at its row here.</p>
<table><thead><tr><th>status</th><th>code</th><th>title</th><th>when</th></tr></thead><tbody>
${rows}
</tbody></table>
</section>`;
}

export function renderDocsPage(info: { title: string; version: string }): string {
  const title = `${escapeHtml(info.title)} API ${escapeHtml(info.version)}`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/docs/vendor/swagger-ui.css">
<link rel="stylesheet" href="/docs/docs.css">
<script src="/docs/vendor/swagger-ui-bundle.js" defer></script>
<script src="/docs/docs.js" defer></script>
</head>
<body>
<nav class="docs-header" aria-label="Elsewhere">
<a href="/">The web page</a> · <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1) · <a href="#errors">Error codes</a>
<noscript><p>The reference below needs JavaScript; <a href="/openapi.json">/openapi.json</a> holds all of it.</p></noscript>
</nav>
<main id="swagger-ui" data-openapi-url="/openapi.json"></main>
${renderErrors()}
</body>
</html>`;
}
