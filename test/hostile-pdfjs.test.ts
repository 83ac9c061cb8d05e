// The pdf.js that actually runs is the copy bundled inside pdf-parse, not the pdfjs-dist
// package beside it: its version and the options it is given are checked here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { PDF_OPS } from "../src/core/extract/pdf-hidden.ts";
import { PDFJS_OPTIONS, WITHOUT_IMAGES } from "../src/core/extract/pdf.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bundleDir = path.join(root, "node_modules/pdf-parse/dist/pdf-parse/web");
const bundle = readFileSync(path.join(bundleDir, "pdf-parse.es.js"), "utf8");
const worker = readFileSync(path.join(bundleDir, "pdf.worker.mjs"), "utf8");

type Version = [number, number, number];
const parse = (version: string): Version => version.split(".").map(Number) as Version;
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe("the bundled pdf.js", () => {
  const apiVersion = /const version = "(\d+\.\d+\.\d+)";/.exec(bundle)?.[1];
  const workerVersion = /const workerVersion = "(\d+\.\d+\.\d+)";/.exec(worker)?.[1];

  it("has one version in the API and the worker", () => {
    expect(apiVersion).toMatch(/^\d+\.\d+\.\d+$/);
    expect(workerVersion).toBe(apiVersion);
  });

  it("is at or past the fix of CVE-2024-4367 (font matrix evaluated as code; fixed in 4.2.67)", () => {
    expect(compare(parse(apiVersion!), [4, 2, 67])).toBeGreaterThanOrEqual(0);
  });

  it("is outside the range of CVE-2026-16633 / GHSA-hq66-cqwq-w95j (>= 5.6.83, < 6.2.108)", () => {
    const version = parse(apiVersion!);
    const affected = compare(version, [5, 6, 83]) >= 0 && compare(version, [6, 2, 108]) < 0;
    expect(affected).toBe(false);
  });

  it("is given eval, XFA, canvas, fonts and fetches off, and a bound on images", () => {
    expect(PDFJS_OPTIONS).toMatchObject({
      isEvalSupported: false,
      enableXfa: false,
      isOffscreenCanvasSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
      disableFontFace: true,
    });
    expect(PDFJS_OPTIONS.maxImageSize).toBeGreaterThan(0);
    const source = readFileSync(path.join(root, "src/core/extract/pdf.ts"), "utf8");
    expect(source).toMatch(/new PDFParse\(\{\s*\/\/[^\n]*\n\s*data: bytes\.slice\(\),\s*\.\.\.PDFJS_OPTIONS,\s*maxImageSize,\s*\}\)/);
    expect(source.match(/new PDFParse\(/g)).toHaveLength(1);
    // The only override: images not decoded at all, or up to the bound. Every copy is opened
    // with one of the two (the choice between them aside).
    expect(WITHOUT_IMAGES).toBe(0);
    const limits = [...source.matchAll(/\bopen\(([^;]*)\);/g)].map((call) => call[1]!);
    expect(limits.length).toBeGreaterThan(0);
    for (const limit of limits) expect(limit.replace(/PDFJS_OPTIONS\.maxImageSize|WITHOUT_IMAGES|mentionsType3\(bytes\) \?|:|\s/g, "")).toBe("");
    // pdf.js reads the switches under these names.
    expect(bundle).toContain("src.isEvalSupported !== false");
    expect(bundle).toContain("src.enableXfa === true");
  });

  it("numbers its operators as the hidden-text walker expects", () => {
    const table = /const OPS = \{([^}]*)\}/.exec(bundle)?.[1] ?? "";
    for (const [name, id] of Object.entries(PDF_OPS)) expect(table, name).toMatch(new RegExp(`\\b${name}: ${id},`));
  });
});
