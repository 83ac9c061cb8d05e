// Builds the command line and the Node server to JavaScript in dist/, so that what is installed
// runs on plain Node: `npm run build`, which `prepare` runs on install from a clone and before
// `npm pack` and `npm publish`. The Worker is bundled by wrangler from src/ and needs none of this.
//
// One esbuild run with code splitting: the entry points (cli.js, server.js and the pool's
// analysis-worker.js) share chunks, and what the code imports lazily (the engine in the worker,
// pdf.js and mammoth in the extractor, the model client) stays behind a dynamic import. The
// dependencies are not bundled: Node resolves them at run time through their package exports,
// as an installed package does. dist/build-meta.json (esbuild's metafile, not shipped) records
// which file imports which, for test/package.test.ts.
import { build } from "esbuild";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const DIST = path.join(REPO_ROOT, "dist");

export async function buildDist(): Promise<void> {
  rmSync(DIST, { recursive: true, force: true });
  mkdirSync(DIST, { recursive: true });
  const result = await build({
    absWorkingDir: REPO_ROOT,
    entryPoints: {
      cli: "src/cli.ts",
      server: "src/server.ts",
      "analysis-worker": "src/node/analysis-worker.ts",
    },
    outdir: DIST,
    // Every file in one folder: the entry points find the worker module beside them.
    chunkNames: "[name]-[hash]",
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    tsconfig: path.join(REPO_ROOT, "tsconfig.json"),
    metafile: true,
    logLevel: "warning",
  });
  writeFileSync(path.join(DIST, "build-meta.json"), JSON.stringify(result.metafile));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await buildDist();
