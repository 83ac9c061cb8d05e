// Async jobs for volumes beyond one request.
import type { OpenAPIHono } from "@hono/zod-openapi";
import { AuditError } from "../../core/errors.ts";
import type { AppEnv } from "../../app.ts";

export function registerJobRoutes(app: OpenAPIHono<AppEnv>): void {
  const notHere = () => {
    throw new AuditError("not_implemented", "Async jobs are not available on this server.");
  };
  app.post("/v1/jobs", notHere);
  app.get("/v1/jobs/:id", notHere);
}
