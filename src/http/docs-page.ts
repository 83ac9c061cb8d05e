// GET /docs: the OpenAPI document rendered as a plain page, with no script or stylesheet
// from elsewhere, so it works offline and under a strict Content-Security-Policy.
import { escapeHtml } from "./html.ts";

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
</style>
</head>
<body>
<h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description ?? "")}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1).</p>
${operations.join("\n")}
<h2>Schemas</h2>
${schemas}
</body>
</html>`;
}
