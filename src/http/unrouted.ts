// What a request no route answered gets: 405 with `Allow` when the path is known but not
// for this method (`GET /v1/analyze`), 404 otherwise. The methods come from the app's own
// route table, so a new route needs no list kept in step with it.
import type { Context } from "hono";
import { AuditError } from "../core/errors.ts";
import { edgeProblem, problemFromUnknown, problemResponse } from "./problem.ts";

export interface RouteEntry {
  method: string;
  path: string;
}

interface CompiledRoute {
  method: string;
  pattern: RegExp;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Hono's path syntax as an anchored pattern: `:name` (with or without `{…}`) is one segment, `*` the rest. */
function compilePath(path: string): RegExp {
  const segments = path.split("/").map((segment) => {
    if (segment === "*") return ".*";
    if (segment.startsWith(":")) return "[^/]+";
    return escapeRegExp(segment);
  });
  return new RegExp(`^${segments.join("/")}$`);
}

/** The routes that answer requests (middleware is registered as `ALL` and answers none). */
export function compileRoutes(routes: readonly RouteEntry[]): CompiledRoute[] {
  return routes.filter((route) => route.method !== "ALL").map((route) => ({ method: route.method.toUpperCase(), pattern: compilePath(route.path) }));
}

/** The methods a path answers, HEAD alongside GET (Hono answers it from the GET route). */
export function allowedMethods(routes: readonly CompiledRoute[], pathname: string): string[] {
  const methods = new Set<string>();
  for (const route of routes) if (route.pattern.test(pathname)) methods.add(route.method);
  if (methods.has("GET")) methods.add("HEAD");
  return [...methods].sort();
}

export function answerUnrouted(c: Context, routes: readonly CompiledRoute[], requestId: string): Response {
  const pathname = new URL(c.req.url).pathname;
  const allowed = allowedMethods(routes, pathname);
  // A route that takes this method but found nothing (a static file that is not there) is a 404.
  if (allowed.length > 0 && !allowed.includes(c.req.method.toUpperCase())) {
    const allow = allowed.join(", ");
    const problem = edgeProblem("method_not_allowed", `${pathname} does not take ${c.req.method}; it takes ${allow}.`, requestId);
    return problemResponse(c, problem, { allow });
  }
  return problemResponse(c, problemFromUnknown(new AuditError("not_found", `There is no ${c.req.method} ${pathname}.`), requestId));
}
