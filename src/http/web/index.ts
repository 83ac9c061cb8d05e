// The web page for people: GET / (the form), POST / (the report as HTML), POST /annotate (the
// document back with the advice in it) and the page's own stylesheet and script, served from
// here so the page needs nothing from elsewhere.
import type { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../app.ts";
import { APP_CSS } from "./app-css.ts";
import { APP_JS } from "./app-js.ts";
import { analyzeForm, annotateForm, setPageHeaders, showForm } from "./handlers.tsx";

function asset(c: Context, body: string, type: string): Response {
  setPageHeaders(c);
  // The page links assets with a fingerprint query, so a changed asset is a new URL.
  c.header("cache-control", "public, max-age=86400");
  return c.body(body, 200, { "content-type": type });
}

export function registerWebRoutes(app: OpenAPIHono<any>): void {
  const web = app as OpenAPIHono<AppEnv>;
  web.get("/assets/app.css", (c) => asset(c, APP_CSS, "text/css; charset=utf-8"));
  web.get("/assets/app.js", (c) => asset(c, APP_JS, "text/javascript; charset=utf-8"));
  web.get("/", (c) => showForm(c));
  web.post("/", (c) => analyzeForm(c));
  web.post("/annotate", (c) => annotateForm(c));
}
