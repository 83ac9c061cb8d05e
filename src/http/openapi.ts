// GET /openapi.json: the OpenAPI 3.1 document, generated from the routes and zod schemas,
// with what the routes cannot say themselves: where the API is, how keys work, and the groups.
// GET /docs: the page that renders it.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { ENGINE_VERSION } from "../core/analyze.ts";
import { DOCS_CSP, renderDocsPage } from "./docs-page.ts";

export const OPENAPI_CONFIG = {
  openapi: "3.1.0",
  info: {
    title: "influence-audit",
    version: ENGINE_VERSION,
    license: { name: "MIT", identifier: "MIT" },
    description: [
      "Finds every claim of online influence in a résumé or bid (follower counts, Klout, Kred and SSI scores, “Top 50” lists, " +
        "engagement rates, community sizes, “thought leader” self-labels) and says, claim by claim, whether it helps for the " +
        "target role: **keep**, **strengthen**, **reframe** or **remove**, and why.",
      "",
      "A document arrives as `multipart/form-data` (`file` or `text`), as JSON (`text`), or as the raw body with the fields as " +
        "query parameters. Its format is decided by its bytes, never by its name or declared type.",
      "",
      "**Keys.** Where the server is configured with `API_KEYS`, every `/v1` route needs `Authorization: Bearer <key>`; " +
        "a server without keys is open.",
      "",
      "**Errors** are `application/problem+json` (RFC 9457) with a stable `code`; `instance` is the request id, also in " +
        "`X-Request-Id`. Nothing of a document is stored, logged or echoed in an error.",
    ].join("\n"),
  },
  // Relative: the server this document was fetched from, so try-it calls the same origin.
  servers: [{ url: "/", description: "This server" }],
  tags: [
    { name: "Documents", description: "Analyse or extract documents, one or up to 20 at a time" },
    { name: "Jobs", description: "Up to 100 documents, answered at once, results by polling or a signed callback (Workers only)" },
    { name: "Reference", description: "What the engine knows: platforms and scores, role families" },
    { name: "Service", description: "Health" },
  ],
};

export function registerOpenApi(app: OpenAPIHono<any>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "bearerAuth", {
    type: "http",
    scheme: "bearer",
    description: "One of the server's API_KEYS. Needed only where the server has keys configured.",
  });
  // The document never changes while the app lives: built at the first request, then kept.
  let document: ReturnType<typeof app.getOpenAPI31Document> | undefined;
  app.get("/openapi.json", (c) => c.json((document ??= app.getOpenAPI31Document(OPENAPI_CONFIG))));
  const page = renderDocsPage(OPENAPI_CONFIG.info);
  app.get("/docs", (c) => {
    c.header("content-security-policy", DOCS_CSP);
    c.header("referrer-policy", "no-referrer");
    c.header("x-frame-options", "DENY");
    c.header("cache-control", "no-cache");
    return c.html(page);
  });
}
