// Everything pdf.js needs from its surroundings, and the one way it is loaded: `loadPdfParse()`
// sets the globals below up first, then imports pdf.js's worker module and pdf-parse, in that
// order, and tidies up after them. The order is kept by awaiting each import in turn rather than
// by the order of static imports: a bundler that leaves packages external (as the build of the
// command line does) hoists their imports above every line of the bundle, which would run pdf.js
// before anything here.
//
// Why each piece:
// - pdf-parse's bundle builds a DOMMatrix at module scope (for canvas rendering, which text
//   extraction never uses). Workers and Node have no DOMMatrix, so a minimal stand-in keeps
//   the import from throwing. In Node, pdf.js would otherwise try to borrow one from a native
//   canvas package; the stand-in avoids that too.
// - pdf.js normally parses in a Web Worker it starts from a URL. A Cloudflare Worker cannot
//   start one, and in Node it would load a second copy of pdf.js from disk. Importing the
//   worker module sets `globalThis.pdfjsWorker`, which makes pdf.js use its in-thread
//   "fake worker" with the handler already loaded. It is the same pdf.js version (5.4.296)
//   as the API pdf-parse runs.
// - With `disableFontFace`, pdf.js's worker builds the outline of every glyph a page shows
//   and posts each one to the API side, so that a canvas could draw text as paths: a quarter
//   to a third of the CPU of reading a résumé PDF, for drawings nothing here makes. Given
//   a FontFace class and a document with a font set, pdf.js instead hands each font over
//   once, as a FontFace added to that set. An inert FontFace (it loads nothing) and a
//   document whose font set keeps nothing take that handover. Where the platform has a
//   FontFace of its own, neither is installed and pdf.js keeps fonts disabled, so a font
//   from a document never reaches a real font engine.
// - Both files are resolved through the package system. The worker module is pdfjs-dist's
//   legacy build (the exact version pdf-parse depends on, so one copy); pdf-parse's exports
//   do not list the copy it keeps beside its browser bundle, which is the same file. "pdf-parse"
//   itself resolves to its Node entry (on pdfjs-dist's legacy build, which carries the
//   polyfills Node 20 needs) in Node, and to its browser bundle, built from that same legacy
//   build, in the Worker bundle. pdf.js refuses to run a worker whose version differs from
//   its API's, and test/hostile-pdfjs.test.ts checks both copies.
import { restoreNativeArrayPush } from "./native-builtins.ts";
import { muteHarmlessPdfjsWarnings, showPdfjsWarnings } from "./pdfjs-quiet.ts";

interface MatrixLike {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

class MinimalDOMMatrix implements MatrixLike {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;
  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) {
      [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6) as [number, number, number, number, number, number];
    }
  }
  // pdf.js's worker turns a Type3 glyph that paints an image mask into a path with these two,
  // so they do the real arithmetic (this × scale, this × translation), as DOMMatrix does.
  scaleSelf(scaleX = 1, scaleY = scaleX): this {
    this.a *= scaleX;
    this.b *= scaleX;
    this.c *= scaleY;
    this.d *= scaleY;
    return this;
  }
  translateSelf(tx = 0, ty = 0): this {
    this.e += this.a * tx + this.c * ty;
    this.f += this.b * tx + this.d * ty;
    return this;
  }
  // Rendering paths call these; text extraction does not. They keep the stand-in total.
  multiplySelf(): this {
    return this;
  }
  preMultiplySelf(): this {
    return this;
  }
  translate(): MinimalDOMMatrix {
    return new MinimalDOMMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
  scale(): MinimalDOMMatrix {
    return new MinimalDOMMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
  invertSelf(): this {
    return this;
  }
}

const globals = globalThis as unknown as Record<string, unknown>;
if (typeof globals.DOMMatrix === "undefined") globals.DOMMatrix = MinimalDOMMatrix;

/** Stands in for the CSS Font Loading API's FontFace: it is never loaded or drawn with. */
class InertFontFace {
  readonly family: string;
  readonly loaded: Promise<InertFontFace>;
  constructor(family: string) {
    this.family = family;
    this.loaded = Promise.resolve(this);
  }
  load(): Promise<InertFontFace> {
    return this.loaded;
  }
}

/** The `ownerDocument` pdf.js loads fonts into: a font set that keeps nothing. */
export interface FontSinkDocument {
  fonts: { add(face: unknown): void; delete(face: unknown): void };
}

/**
 * Present when the inert FontFace is installed: pdf.js may then be given fonts
 * (`disableFontFace: false`) with this as its document. Null on a platform with a real FontFace.
 */
export const fontSinkDocument: FontSinkDocument | null =
  typeof globals.FontFace === "undefined"
    ? ((globals.FontFace = InertFontFace),
      {
        fonts: {
          add() {},
          delete() {},
        },
      })
    : null;

type PdfParseModule = typeof import("pdf-parse");

let pdfParse: Promise<PdfParseModule> | undefined;

/** pdf-parse, with pdf.js's worker module loaded before it and the process left as it was found. */
export function loadPdfParse(): Promise<PdfParseModule> {
  pdfParse ??= (async () => {
    muteHarmlessPdfjsWarnings();
    try {
      // Registers globalThis.pdfjsWorker = { WorkerMessageHandler } as a side effect.
      await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
      return await import("pdf-parse");
    } finally {
      // Both pdf.js files replace Array.prototype.push process-wide (see native-builtins.ts);
      // their start-up warnings are over once they have been evaluated (see pdfjs-quiet.ts).
      restoreNativeArrayPush();
      showPdfjsWarnings();
    }
  })();
  return pdfParse;
}
