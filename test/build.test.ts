// What the build (scripts/build.ts, run before the tests) leaves for each entry point to load
// before it runs: the command line must answer --help and usage errors without loading any
// parser, and the worker must load pdf.js and mammoth only with a document that needs them.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DIST } from "./helpers/built.ts";

interface Metafile {
  outputs: Record<string, { imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, unknown> }>;
}

const meta = JSON.parse(readFileSync(path.join(DIST, "build-meta.json"), "utf8")) as Metafile;
const HEAVY = /^(pdf-parse|pdfjs-dist|mammoth|openai|zod|@hono\/|hono)(\/|$)/;

/** The packages an output loads before its first line runs: its static imports, followed through the chunks. */
function loadedOnStart(output: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(output)) return packages;
  seen.add(output);
  for (const imported of meta.outputs[output]?.imports ?? []) {
    if (imported.kind !== "import-statement") continue;
    if (imported.external) packages.add(imported.path);
    else loadedOnStart(imported.path, seen, packages);
  }
  return packages;
}

/** The packages an output can reach at all, lazily or not. */
function reachable(output: string, seen = new Set<string>(), packages = new Set<string>()): Set<string> {
  if (seen.has(output)) return packages;
  seen.add(output);
  for (const imported of meta.outputs[output]?.imports ?? []) {
    if (imported.external) packages.add(imported.path);
    else reachable(imported.path, seen, packages);
  }
  return packages;
}

describe("the build", () => {
  it("starts the command line with Node's own modules only", () => {
    const loaded = [...loadedOnStart("dist/cli.js")];
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.filter((name) => !name.startsWith("node:"))).toEqual([]);
  });

  it("starts the worker without pdf.js, mammoth or the model SDK, and reaches each lazily", () => {
    const loaded = [...loadedOnStart("dist/analysis-worker.js")];
    expect(loaded.filter((name) => HEAVY.test(name))).toEqual([]);
    const lazily = [...reachable("dist/analysis-worker.js")];
    for (const name of ["pdf-parse", "pdfjs-dist/legacy/build/pdf.worker.mjs", "mammoth", "openai"]) expect(lazily).toContain(name);
  });

  it("imports pdf.js only when asked to, so that what must run before it does", () => {
    // A static import of an external package is hoisted above the whole chunk, before the
    // stand-ins and the capture of the native Array.prototype.push that pdf.js relies on.
    const pdfjs = /^(pdf-parse|pdfjs-dist)(\/|$)/;
    const staticPdfjs = Object.entries(meta.outputs).flatMap(([output, { imports }]) =>
      imports.filter((imported) => imported.external && pdfjs.test(imported.path) && imported.kind !== "dynamic-import").map((imported) => `${output} → ${imported.path}`),
    );
    expect(staticPdfjs).toEqual([]);
    const environment = Object.keys(meta.outputs).filter((output) => "src/core/extract/pdfjs-env.ts" in meta.outputs[output]!.inputs);
    expect(environment).toHaveLength(1);
  });

  it("resolves every dependency by its package name, never by a path into node_modules", () => {
    const everything = Object.values(meta.outputs).flatMap((output) => output.imports.filter((imported) => imported.external).map((imported) => imported.path));
    expect(everything.filter((name) => /node_modules|^\.|^\//.test(name))).toEqual([]);
  });
});
