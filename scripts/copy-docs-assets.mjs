// Copies Swagger UI's browser files from the installed swagger-ui-dist package into
// public/docs/vendor/, where /docs loads them: Workers serves public/ as static assets
// (wrangler.toml [assets]; wrangler runs this as the build command) and the Node server
// serves the same folder. Plain Node, no dependencies, so it runs before anything else is built.
import { copyFileSync, mkdirSync, renameSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const VENDOR_DIR = path.join(root, "public", "docs", "vendor");
// The bundle and its stylesheet, and the licence and notice Apache-2.0 asks to travel with them.
export const VENDOR_FILES = ["swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"];

export function copyDocsAssets() {
  const require = createRequire(import.meta.url);
  const packageDir = path.dirname(require.resolve("swagger-ui-dist/package.json"));
  mkdirSync(VENDOR_DIR, { recursive: true });
  for (const name of VENDOR_FILES) {
    // Copied beside, then renamed over: a server reading the file meanwhile sees the old one or the new, never half.
    const target = path.join(VENDOR_DIR, name);
    const partial = `${target}.${process.pid}.partial`;
    copyFileSync(path.join(packageDir, name), partial);
    renameSync(partial, target);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) copyDocsAssets();
