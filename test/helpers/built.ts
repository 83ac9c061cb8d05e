// Where the built command line and worker module are (dist/, built by build-dist.ts before the tests).
import path from "node:path";
import { pathToFileURL } from "node:url";

export const DIST = path.resolve(import.meta.dirname, "..", "..", "dist");
export const BUILT_WORKER_URL = pathToFileURL(path.join(DIST, "analysis-worker.js"));
export const BIN = path.resolve(import.meta.dirname, "..", "..", "bin", "influence-audit.js");
