// Compile-time only: the core's Report must fit the public schema, so the two cannot drift.
import type { z } from "@hono/zod-openapi";
import type { Report } from "../core/types.ts";
import type { ReportSchema } from "./report.ts";

type Assert<T extends true> = T;
type Fits<A, B> = A extends B ? true : false;
export type ReportFitsContract = Assert<Fits<Report, z.input<typeof ReportSchema>>>;
