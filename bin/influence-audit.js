#!/usr/bin/env node
// Runs the TypeScript command line directly through tsx, so `npx influence-audit` works
// right after `npm install` with no build step.
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("../src/cli.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
