// PDF text, page by page, through pdf-parse (pdf.js 5.4.296) running in-thread.
import type { PDFParse } from "pdf-parse";
import { AuditError, isAuditError } from "../errors.ts";
import { yieldToEventLoop } from "../scheduling.ts";
import { findHiddenGlyphRuns, REASONS_IMAGES_EXCUSE, type OperatorList, type PageHiddenText, type PageWalk } from "./pdf-hidden.ts";
import { fontSinkDocument, loadPdfParse } from "./pdfjs-env.ts";

export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
  /** Characters of text after normalisation; raw page text may be four times this (normalisation only shrinks it). Unbounded where absent. */
  maxCharacters?: number;
}

export interface PdfPages {
  /** Raw text of each page, in order; normalisation happens later, once. */
  pages: string[];
  /** Per page, the text skeleton and the runs in it that a reader cannot see. */
  hidden: PageHiddenText[];
  /** Per page, the text items with their geometry; only when asked for (see `PdfReadOptions`). */
  positions?: PdfPagePositions[];
}

/** One pdf.js text item: its text and where it is drawn, in the page's user space. */
export interface PdfTextItem {
  str: string;
  /** The text rendering matrix: baseline direction (a, b), up (c, d), origin (e, f). */
  transform: [number, number, number, number, number, number];
  /** Advance along the baseline, in user space units. */
  width: number;
  /** The font's ascent and descent, as fractions of its size (descent below zero). */
  ascent: number;
  descent: number;
  /** Whether pdf.js reads the font as monospaced: every character then takes the same advance. */
  monospace: boolean;
}

export interface PdfPagePositions {
  /** The page's visible box in user space: [x1, y1, x2, y2]. */
  view: [number, number, number, number];
  items: PdfTextItem[];
}

export interface PdfReadOptions {
  /** Also return each page's text items with their geometry (for annotating); the analysis never needs them. */
  positions?: boolean;
}

interface TextContentItem {
  str?: string;
  transform?: number[];
  width?: number;
  fontName?: string;
}

interface TextContent {
  items: TextContentItem[];
  styles: Record<string, { ascent?: number; descent?: number; fontFamily?: string }>;
}

interface PageProxy {
  view: number[];
  getOperatorList(options: { intent: string; annotationMode: number }): Promise<OperatorList>;
  getTextContent(options: { includeMarkedContent: boolean; disableNormalization: boolean }): Promise<TextContent>;
  cleanup(): boolean;
}

interface LoadedDocument {
  numPages: number;
  getPage(pageNumber: number): Promise<PageProxy>;
}

/** pdf.js's AnnotationMode.DISABLE: annotation appearances are not page text here. */
const ANNOTATIONS_DISABLED = 0;

/**
 * What pdf.js is told about every document. Each switch closes a way a crafted file could
 * reach more than a text extractor needs:
 * - isEvalSupported: false — fonts are never compiled with `new Function` (the route of
 *   CVE-2024-4367, fixed in 4.2.67; this keeps it closed whatever the version).
 * - enableXfa: false — XFA forms (XML with their own scripting model) are not built.
 * - no canvas, image decoder, system fonts or fetches for CMaps and fonts.
 * - fonts are handed to an inert FontFace and a font set that keeps nothing (see
 *   pdfjs-env.ts), which spares the worker building every glyph's outline; on a platform
 *   with a real FontFace they stay disabled instead.
 * - maxImageSize — walking the operator list decodes images, only to learn where they lie;
 *   larger ones are skipped, which keeps memory bounded (4 megapixels is 16 MB of RGBA).
 *   Most files are read first with `WITHOUT_IMAGES`, which decodes none, and only the pages
 *   that need images are read again, from a second copy opened with this bound; while it is
 *   open, that copy holds the file's bytes and parsed objects a second time (see
 *   `extractPdfPages`).
 * pdf.js only runs a PDF's JavaScript in its viewer's sandbox, which is never loaded here.
 */
export const PDFJS_OPTIONS = Object.freeze({
  isEvalSupported: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  disableFontFace: fontSinkDocument === null,
  ...(fontSinkDocument ? { ownerDocument: fontSinkDocument } : {}),
  useSystemFonts: false,
  useWorkerFetch: false,
  stopAtErrors: false,
  maxImageSize: 4 * 1024 * 1024,
  verbosity: 0,
});

/** A maxImageSize every image exceeds: pdf.js then neither decodes it nor paints it in the operator list. */
export const WITHOUT_IMAGES = 0;

// pdf-parse keeps `load()` private in its types, but it is the only way to read the page
// count before any page's text is extracted.
interface ParserWithLoad {
  load(): Promise<LoadedDocument>;
}

function toAuditError(error: unknown): AuditError {
  if (isAuditError(error)) return error;
  const name = error instanceof Error ? error.name : "";
  if (/password/i.test(name)) {
    return new AuditError("encrypted_document", "The PDF is protected by a password: remove it and send the file again.", { cause: error });
  }
  // Every other failure comes from bytes pdf.js could not make sense of. The library's own
  // message is kept only as the cause: it may quote fragments of the file.
  return new AuditError("corrupt_document", "The PDF is damaged and cannot be read.", { cause: error });
}

interface OpenDocument {
  parser: PDFParse;
  document: LoadedDocument;
  /** Whether images were decoded (up to PDFJS_OPTIONS.maxImageSize) or skipped. */
  withImages: boolean;
}

async function pageText({ parser }: OpenDocument, pageNumber: number): Promise<string> {
  const result = await parser.getText({ partial: [pageNumber] });
  return result.pages[0]?.text ?? "";
}

// Where pdf.js has no metrics for a font, a typical Latin font's.
const DEFAULT_ASCENT = 0.8;
const DEFAULT_DESCENT = -0.2;

/**
 * The page's text items as pdf-parse reads them for its text (the same options), so that
 * their characters are the page text's characters in order, save the line breaks and tabs
 * pdf-parse puts between them.
 */
async function pagePositions({ document }: OpenDocument, pageNumber: number): Promise<PdfPagePositions> {
  const page = await document.getPage(pageNumber);
  try {
    const content = await page.getTextContent({ includeMarkedContent: false, disableNormalization: false });
    const items: PdfTextItem[] = [];
    for (const item of content.items) {
      if (typeof item.str !== "string" || !Array.isArray(item.transform) || item.transform.length !== 6) continue;
      const style = content.styles[item.fontName ?? ""];
      const ascent = style?.ascent;
      const descent = style?.descent;
      items.push({
        str: item.str,
        transform: item.transform as PdfTextItem["transform"],
        width: Number.isFinite(item.width) ? item.width! : 0,
        ascent: typeof ascent === "number" && ascent > 0 && ascent < 2 ? ascent : DEFAULT_ASCENT,
        descent: typeof descent === "number" && descent < 0 && descent > -1 ? descent : DEFAULT_DESCENT,
        monospace: style?.fontFamily === "monospace",
      });
    }
    const [x1 = 0, y1 = 0, x2 = 612, y2 = 792] = page.view;
    return { view: [x1, y1, x2, y2], items };
  } finally {
    page.cleanup();
  }
}

async function walkPage({ document }: OpenDocument, pageNumber: number): Promise<PageWalk> {
  const page = await document.getPage(pageNumber);
  try {
    return findHiddenGlyphRuns(await page.getOperatorList({ intent: "display", annotationMode: ANNOTATIONS_DISABLED }));
  } finally {
    page.cleanup();
  }
}

/**
 * Whether the name /Type3 appears in the file's bytes as they are: outside compressed object
 * streams, where most files that use such fonts define them. Only a hint for which copy of
 * the document to open first; never relied on for what is found.
 */
export function mentionsType3(bytes: Uint8Array): boolean {
  const name = "/Type3";
  for (let at = bytes.indexOf(0x2f); at >= 0; at = bytes.indexOf(0x2f, at + 1)) {
    let matched = 1;
    while (matched < name.length && bytes[at + matched] === name.charCodeAt(matched)) matched++;
    if (matched === name.length) return true;
  }
  return false;
}

/**
 * Reads each page from a copy of the document opened without images where it can, and
 * turns to a copy opened with them only for the pages that need it:
 * - Walking the operator list decodes every image on the page (for a photo, most of the
 *   walk's cost), only to learn where it lies. Without their areas the walk can only report
 *   more than it should, never less: an image excuses invisible text (an OCR layer) and
 *   white text (on a photo), nothing else. A page where the walk finds text hidden in one of
 *   those two ways is walked again with images, and that walk stands.
 * - Text never needs images, save on one path: a Type3 font's glyphs are small content
 *   streams, and pdf.js sizes the font's text from them, giving up on a glyph whose image it
 *   may not decode. The text of a page that shows Type3 glyphs is read again with images.
 *   Such fonts are slow to load and reading them twice costs more than images do, so a file
 *   that visibly names Type3 fonts is read with images from the start.
 */
export async function extractPdfPages(bytes: Uint8Array, limits: PdfLimits, options: PdfReadOptions = {}): Promise<PdfPages> {
  // Loaded once, before the clock starts: the deadline is for reading this file.
  const { PDFParse } = await loadPdfParse();
  const timedOut = () => new AuditError("timeout", `Reading the PDF took longer than ${limits.timeoutMs} ms.`);
  const deadlineAt = Date.now() + limits.timeoutMs;
  // pdf.js's in-thread worker answers through microtasks, so a timer alone may not fire until
  // the work is done; the clock is also checked between pages.
  const checkClock = () => {
    if (Date.now() >= deadlineAt) throw timedOut();
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(timedOut()), limits.timeoutMs);
  });

  const parsers: PDFParse[] = [];
  let closed = false;
  const open = async (maxImageSize: number): Promise<OpenDocument> => {
    // Once the deadline has won, no further copy is opened.
    if (closed) throw timedOut();
    const parser = new PDFParse({
      // pdf.js takes ownership of (and empties) the buffer it is given; the caller keeps its bytes.
      data: bytes.slice(),
      ...PDFJS_OPTIONS,
      maxImageSize,
    });
    parsers.push(parser);
    const document = await (parser as unknown as ParserWithLoad).load();
    // Destroying a parser before its document has loaded does nothing, so one that loads late is destroyed here.
    if (closed) {
      await parser.destroy().catch(() => undefined);
      throw timedOut();
    }
    checkClock();
    return { parser, document, withImages: maxImageSize !== WITHOUT_IMAGES };
  };

  const work = (async (): Promise<PdfPages> => {
    const first = await open(mentionsType3(bytes) ? PDFJS_OPTIONS.maxImageSize : WITHOUT_IMAGES);
    const { numPages } = first.document;
    if (numPages > limits.maxPages) {
      throw new AuditError("limits_exceeded", `The PDF has ${numPages} pages; at most ${limits.maxPages} are read.`);
    }
    let withImages: OpenDocument | null = first.withImages ? first : null;
    const pages: string[] = [];
    const hidden: PageHiddenText[] = [];
    const positions: PdfPagePositions[] = [];
    let characters = 0;
    for (let pageNumber = 1; pageNumber <= numPages; pageNumber++) {
      // pdf.js answers through microtasks only, so without this a whole document runs as one
      // task: timers (this deadline's among them) and every other request wait for it. Each
      // page gives the event loop a turn.
      await yieldToEventLoop();
      checkClock();
      let text = await pageText(first, pageNumber);
      let textFrom = first;
      checkClock();
      // A page without text has nothing to hide, and walking its operator list would re-read
      // its content streams for nothing.
      let walk = /\S/.test(text) ? await walkPage(first, pageNumber) : null;
      checkClock();
      if (!first.withImages && walk?.showsType3Glyphs) {
        withImages ??= await open(PDFJS_OPTIONS.maxImageSize);
        text = await pageText(withImages, pageNumber);
        textFrom = withImages;
        checkClock();
        if (!/\S/.test(text)) walk = null;
      }
      if (!first.withImages && walk?.runs.some((run) => run.reason !== undefined && REASONS_IMAGES_EXCUSE.has(run.reason))) {
        withImages ??= await open(PDFJS_OPTIONS.maxImageSize);
        walk = await walkPage(withImages, pageNumber);
        checkClock();
      }
      // Counted as each page is read, so a document far over the limit stops at the page that passes it.
      characters += text.length;
      if (limits.maxCharacters !== undefined && characters > limits.maxCharacters * 4) {
        throw new AuditError("limits_exceeded", `The document holds more than ${limits.maxCharacters} characters of text.`);
      }
      pages.push(text);
      hidden.push(walk ? { skeleton: walk.skeleton, runs: walk.runs } : { skeleton: "", runs: [] });
      if (options.positions) {
        positions.push(await pagePositions(textFrom, pageNumber));
        checkClock();
      }
    }
    return options.positions ? { pages, hidden, positions } : { pages, hidden };
  })();
  // If the deadline wins, the work is abandoned and fails once the documents are destroyed.
  work.catch(() => undefined);

  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    throw toAuditError(error);
  } finally {
    clearTimeout(timer);
    closed = true;
    await Promise.all(parsers.map((parser) => parser.destroy().catch(() => undefined)));
  }
}
