#!/usr/bin/env node
// Runs the command line built to dist/ by `npm run build` (which `prepare` runs on install
// from a clone and before `npm pack`), on plain Node.
let cli;
try {
  cli = await import("../dist/cli.js");
} catch (error) {
  if (error?.code !== "ERR_MODULE_NOT_FOUND" || !String(error.message).includes("dist")) throw error;
  process.stderr.write("influence-audit: the command line is not built; run `npm run build` in its folder.\n");
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2));
