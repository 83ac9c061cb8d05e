// createApp(): the routes, the one error handler, request ids, keys and CORS. The same
// app serves the Worker, the Node server and the tests (through `app.request()`).
import { OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { ENGINE_VERSION } from "./core/version.ts";
import { PLATFORMS } from "./core/catalog/platforms.ts";
import { ROLE_FAMILIES } from "./core/catalog/roles.ts";
import { readConfig, type Config, type EnvRecord } from "./config.ts";
import { inProcessEngine, type DocumentEngine } from "./engine.ts";
import { corsFor } from "./http/cors.ts";
import { handleAnalyze, handleAnnotate, handleBatch, handleExtract } from "./http/documents.ts";
import { invalidFields } from "./http/field-errors.ts";
import { registerJobRoutes } from "./http/jobs/index.ts";
import { callerOf, CallerShare } from "./http/admission.ts";
import { DocumentLimiter } from "./http/limiter.ts";
import { registerOpenApi } from "./http/openapi.ts";
import { problemFromUnknown, problemResponse } from "./http/problem.ts";
import { analyzeRoute, annotateRoute, batchRoute, catalogRoute, extractRoute, healthRoute, rolesRoute } from "./http/routes.ts";
import { requireApiKey } from "./http/security.ts";
import { answerUnrouted, compileRoutes } from "./http/unrouted.ts";
import { registerWebRoutes } from "./http/web/index.ts";

export type AppEnv = {
  Bindings: EnvRecord;
  Variables: { requestId: string; config: Config; engine: DocumentEngine; documentLimiter: DocumentLimiter };
};

export interface AppOptions {
  /** Who reads and analyses documents: the core in-process unless given (the Node server gives its pool). */
  engine?: DocumentEngine;
}

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

function requestIdOf(c: Context<AppEnv>): string {
  return c.get("requestId") ?? "unknown";
}

export function createApp(options: AppOptions = {}) {
  const engine = options.engine ?? inProcessEngine;
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw invalidFields(result.error);
    },
  });

  app.use("*", async (c, next) => {
    const incoming = c.req.header("x-request-id");
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : crypto.randomUUID();
    c.set("requestId", requestId);
    c.set("config", readConfig(c.env));
    c.set("engine", engine);
    await next();
    c.header("x-request-id", requestId);
    c.header("x-content-type-options", "nosniff");
  });

  app.use("/v1/*", async (c, next) => {
    const origins = c.get("config").corsOrigins;
    if (origins.length === 0) return next();
    return corsFor(origins)(c, next);
  });

  app.use("/v1/*", async (c, next) => {
    if (c.req.method !== "OPTIONS") await requireApiKey(c.req.header("authorization"), c.get("config").apiKeys);
    await next();
    // Reports describe a person's document: no cache anywhere on the way may keep one.
    c.header("cache-control", "no-store");
  });

  // Every route that takes a body counts against its caller's share from here until it has
  // answered; the routes that parse take a turn from one limiter per app (per isolate), but
  // only once their body has arrived (see admission.ts).
  let limiter: DocumentLimiter | undefined;
  let share: CallerShare | undefined;
  const BODY_ROUTES = new Set(["/v1/analyze", "/v1/extract", "/v1/annotate", "/v1/batch", "/v1/jobs", "/", "/annotate"]);
  app.use("*", async (c, next) => {
    if (c.req.method !== "POST" || !BODY_ROUTES.has(c.req.path)) return next();
    const config = c.get("config");
    limiter ??= new DocumentLimiter(config.maxConcurrentDocuments, config.maxQueuedDocuments);
    share ??= new CallerShare(config.maxRequestsPerCaller);
    c.set("documentLimiter", limiter);
    const leave = share.enter(await callerOf(c.req.raw));
    try {
      await next();
    } finally {
      leave();
    }
  });

  app.onError((error, c) => problemResponse(c, problemFromUnknown(error, requestIdOf(c))));
  // The route table is complete once createApp returns; it is compiled at the first miss.
  let routeTable: ReturnType<typeof compileRoutes> | undefined;
  app.notFound((c) => answerUnrouted(c, (routeTable ??= compileRoutes(app.routes)), requestIdOf(c)));

  // Document routes parse their own bodies (bounded, and in three packagings), so they are
  // registered for the OpenAPI document only and handled by plain handlers.
  app.openAPIRegistry.registerPath(analyzeRoute);
  app.openAPIRegistry.registerPath(extractRoute);
  app.openAPIRegistry.registerPath(annotateRoute);
  app.openAPIRegistry.registerPath(batchRoute);
  app.post("/v1/analyze", (c) => handleAnalyze(c, c.get("config"), requestIdOf(c), engine));
  app.post("/v1/extract", (c) => handleExtract(c, c.get("config"), requestIdOf(c), engine));
  app.post("/v1/annotate", (c) => handleAnnotate(c, c.get("config"), requestIdOf(c), engine));
  app.post("/v1/batch", (c) => handleBatch(c, c.get("config"), requestIdOf(c), engine));
  registerJobRoutes(app);

  app.openapi(catalogRoute, (c) =>
    c.json({
      platforms: PLATFORMS.map(({ id, label, aliases, kinds, scale, status, defunctSince, source }) => ({
        id,
        label,
        aliases: [...aliases],
        kinds: [...kinds],
        scale,
        status,
        defunctSince,
        source,
      })),
    }, 200),
  );
  app.openapi(rolesRoute, (c) =>
    c.json({
      families: ROLE_FAMILIES.map(({ id, label, relevance, titles, platforms }) => ({
        id,
        label,
        relevance,
        titles: [...titles],
        platforms: [...platforms],
      })),
    }, 200),
  );
  registerWebRoutes(app);
  app.openapi(healthRoute, (c) => c.json({ status: "ok" as const, version: ENGINE_VERSION }, 200));

  registerOpenApi(app);

  return app;
}

export type App = ReturnType<typeof createApp>;
