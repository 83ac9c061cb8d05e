// Two copies of pdf.js's API run: in Node, pdf-parse's Node entry imports pdfjs-dist's legacy
// build; in a Worker, the bundler takes pdf-parse's browser bundle, built from that same
// legacy build. The worker side is pdfjs-dist's in both. Their versions and the options they
// are given are checked here, in each copy.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { PDF_OPS } from "../src/core/extract/pdf-hidden.ts";
import { extractPdfPages, PDFJS_OPTIONS, WITHOUT_IMAGES } from "../src/core/extract/pdf.ts";
import { fontSinkDocument } from "../src/core/extract/pdfjs-env.ts";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
// pdf-parse's exports list its browser bundle only under the "browser" condition; its folder is
// found from the entry Node resolves.
const browserBundlePath = path.join(path.dirname(require.resolve("pdf-parse")), "..", "web", "pdf-parse.es.js");
const apis = {
  "pdf-parse's browser bundle (Workers)": readFileSync(browserBundlePath, "utf8"),
  "pdfjs-dist's legacy build (Node)": readFileSync(require.resolve("pdfjs-dist/legacy/build/pdf.mjs"), "utf8"),
};
const worker = readFileSync(require.resolve("pdfjs-dist/legacy/build/pdf.worker.mjs"), "utf8");
const eachApi = Object.entries(apis);

type Version = [number, number, number];
const parse = (version: string): Version => version.split(".").map(Number) as Version;
const compare = (a: Version, b: Version) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];

describe("the pdf.js that runs", () => {
  const apiVersions = eachApi.map(([, source]) => /const version = "(\d+\.\d+\.\d+)";/.exec(source)?.[1]);
  const apiVersion = apiVersions[0];
  const workerVersion = /const workerVersion = "(\d+\.\d+\.\d+)";/.exec(worker)?.[1];

  it("has one version in both APIs and the worker", () => {
    expect(apiVersion).toMatch(/^\d+\.\d+\.\d+$/);
    for (const version of apiVersions) expect(version).toBe(apiVersion);
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

  it("is given eval, XFA, canvas, system fonts and fetches off, and a bound on images", () => {
    expect(PDFJS_OPTIONS).toMatchObject({
      isEvalSupported: false,
      enableXfa: false,
      isOffscreenCanvasSupported: false,
      useSystemFonts: false,
      useWorkerFetch: false,
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
    for (const [name, source] of eachApi) {
      expect(source, name).toContain("src.isEvalSupported !== false");
      expect(source, name).toContain("src.enableXfa === true");
    }
  });

  it("hands fonts to the inert font set in Node, where there is no FontFace of the platform's", () => {
    expect(fontSinkDocument).not.toBeNull();
    expect(globalThis).toHaveProperty("FontFace");
    expect(PDFJS_OPTIONS).toMatchObject({ disableFontFace: false, ownerDocument: fontSinkDocument });
    // The route pdf.js takes with those two: the document it is given, a FontFace added to its
    // font set, and glyph outlines built only when fonts are disabled.
    for (const [name, source] of eachApi) {
      expect(source, name).toContain("const ownerDocument = src.ownerDocument || globalThis.document;");
      expect(source, name).toContain("nativeFontFace = new FontFace(this.loadedName, this.data, {});");
      expect(source, name).toContain("this._document.fonts.add(nativeFontFace);");
    }
    expect(worker).toMatch(/font\.disableFontFace\) \{\s*PartialEvaluator\.buildFontPaths/);
  });

  it("numbers its operators as the hidden-text walker expects", () => {
    for (const [api, source] of eachApi) {
      const table = /const OPS = \{([^}]*)\}/.exec(source)?.[1] ?? "";
      for (const [name, id] of Object.entries(PDF_OPS)) expect(table, `${api}: ${name}`).toMatch(new RegExp(`\\b${name}: ${id},`));
    }
  });
});

const resumePdfDir = path.resolve(root, "../shared/corpus/resumes-pdf");

describe.skipIf(!existsSync(resumePdfDir))("fonts embedded in real résumé PDFs", () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it("reach the inert font set as FontFaces, so the worker is not asked for their glyph outlines", async () => {
    const added = vi.spyOn(fontSinkDocument!.fonts, "add");
    const files = readdirSync(resumePdfDir).filter((name) => name.endsWith(".pdf")).slice(0, 5);
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      await extractPdfPages(new Uint8Array(readFileSync(path.join(resumePdfDir, name))), { maxPages: 50, timeoutMs: 20_000 });
    }
    expect(added).toHaveBeenCalled();
    for (const [face] of added.mock.calls) expect(face).toBeInstanceOf(globalThis.FontFace as unknown as new () => unknown);
  }, 60_000);
});
