// Highlights on a PDF's claims, each with a pop-up note, and a note on the first page with the
// verdict. pdf.js (already here to read the text) writes them: it appends the annotations, the
// pages that list them and a new cross-reference section after the file's last byte, as an
// incremental update, so every original object (page content included) stays as it was. It
// also encrypts what it adds where the file is encrypted (an owner password only), and writes
// a cross-reference stream where the file has one.
//
// A highlight covers the characters of the text items the claim was read from (found through
// the text map, not by searching the page). pdf.js gives an item's origin, direction and
// advance, not each glyph's, so where a claim starts and ends inside an item is estimated:
// by the characters' widths in Helvetica (the metrics of the standard sans-serif font, close
// enough to most proportional fonts' shares), or evenly for a monospaced font. A whole item is
// covered exactly.
import { AuditError, isAuditError } from "../errors.ts";
import { PDFJS_OPTIONS, WITHOUT_IMAGES } from "../extract/pdf.ts";
import type { PdfTextItem } from "../extract/pdf.ts";
import { loadPdfParse } from "../extract/pdfjs-env.ts";
import type { PdfSource, PdfSourcePage } from "../extract/positions.ts";
import type { SourceRange } from "../extract/text-map.ts";
import type { AdviceAction, Claim, Report } from "../types.ts";
import type { AnnotatedFile } from "./docx.ts";
import { claimNote, documentNote, NOTE_AUTHOR } from "./notes.ts";

/** pdf.js's AnnotationEditorType.HIGHLIGHT, and the prefix its storage gives new annotations. */
const HIGHLIGHT = 9;
const NEW_ANNOTATION_PREFIX = "pdfjs_internal_editor_";

/** Light colours, blended by multiplication as highlighters are, so the text stays readable. */
const ACTION_COLOUR: Record<AdviceAction, [number, number, number]> = {
  keep: [170, 230, 170],
  strengthen: [255, 226, 110],
  reframe: [160, 205, 255],
  remove: [255, 165, 165],
};
const DOCUMENT_NOTE_COLOUR: [number, number, number] = [215, 215, 215];
const POPUP_WIDTH = 240;
const POPUP_HEIGHT = 140;
/** How far a highlight reaches past its text, in points, so its edges do not clip the glyphs. */
const MARGIN = 0.5;
/**
 * Most text items one highlight may span: a claim's characters lie close together, but a
 * crafted page could put thousands of blank items between two of them.
 */
const MAX_ITEMS_PER_HIGHLIGHT = 256;
/** Past this many characters an item is shared out evenly rather than by each character's width. */
const MAX_MEASURED_ITEM = 4096;

type Quad = [number, number, number, number, number, number, number, number];

// Helvetica's advance widths (thousandths of an em) for U+0020 to U+007E, from its AFM.
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
/** Most letters outside ASCII (accented ones, other scripts) are about as wide as a lower-case "n". */
const OTHER_WIDTH = 556;

function characterWidth(unit: number): number {
  return unit >= 0x20 && unit <= 0x7e ? HELVETICA_WIDTHS[unit - 0x20]! : OTHER_WIDTH;
}

/** Where, as a share of the item's advance, character `offset` of the item starts. */
function shareBefore(item: PdfTextItem, offset: number): number {
  const { str } = item;
  if (offset <= 0) return 0;
  if (offset >= str.length) return 1;
  if (item.monospace || str.length > MAX_MEASURED_ITEM) return offset / str.length;
  let before = 0;
  let total = 0;
  for (let index = 0; index < str.length; index++) {
    const width = characterWidth(str.charCodeAt(index));
    if (index < offset) before += width;
    total += width;
  }
  return before / total;
}

/** The quadrilateral over characters `from` to `to` of an item: upper left, upper right, lower left, lower right. */
function quadOf(item: PdfTextItem, from: number, to: number): Quad | null {
  const [a, b, c, d, e, f] = item.transform;
  const along = Math.hypot(a, b);
  const up = Math.hypot(c, d);
  const length = item.str.length;
  if (!(along > 0) || !(up > 0) || length === 0 || !(item.width > 0)) return null;
  const [ux, uy] = [a / along, b / along];
  const [vx, vy] = [c / up, d / up];
  const startAt = item.width * shareBefore(item, from) - MARGIN;
  const endAt = item.width * shareBefore(item, to) + MARGIN;
  const top = up * item.ascent + MARGIN;
  const bottom = up * item.descent - MARGIN;
  const point = (advance: number, rise: number): [number, number] => [e + ux * advance + vx * rise, f + uy * advance + vy * rise];
  const [ulx, uly] = point(startAt, top);
  const [urx, ury] = point(endAt, top);
  const [llx, lly] = point(startAt, bottom);
  const [lrx, lry] = point(endAt, bottom);
  const quad: Quad = [ulx, uly, urx, ury, llx, lly, lrx, lry];
  return quad.every(Number.isFinite) ? quad : null;
}

/** The quads over a stretch of a page's items, one per item it touches; whitespace alone is not highlighted. */
function quadsOf(page: PdfSourcePage, range: SourceRange): Quad[] {
  const quads: Quad[] = [];
  if (range.end.piece - range.start.piece >= MAX_ITEMS_PER_HIGHLIGHT) return quads;
  for (let index = range.start.piece; index <= range.end.piece; index++) {
    const item = page.items[index];
    if (!item) continue;
    const from = index === range.start.piece ? range.start.offset : 0;
    const to = index === range.end.piece ? range.end.offset : item.str.length;
    if (!/\S/.test(item.str.slice(from, to))) continue;
    const quad = quadOf(item, from, to);
    if (quad) quads.push(quad);
  }
  return quads;
}

function boundsOf(quads: readonly Quad[]): [number, number, number, number] {
  const xs = quads.flatMap((quad) => [quad[0], quad[2], quad[4], quad[6]]);
  const ys = quads.flatMap((quad) => [quad[1], quad[3], quad[5], quad[7]]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** Where the note opens when a reader opens it: beside the highlight, inside the page. */
function popupRect(view: PdfSourcePage["view"], rect: [number, number, number, number]): [number, number, number, number] {
  const [left, bottom, right, top] = view;
  const width = Math.min(POPUP_WIDTH, right - left);
  const height = Math.min(POPUP_HEIGHT, top - bottom);
  const x = Math.max(left, Math.min(rect[2] + 8, right - width));
  const y = Math.max(bottom + height, Math.min(rect[3], top));
  return [x, y - height, x + width, y];
}

interface Highlight {
  pageIndex: number;
  quads: Quad[];
  colour: [number, number, number];
  text: string;
  view: PdfSourcePage["view"];
}

/** What pdf.js's storage takes for a new highlight with a note, as its editor would hand it over. */
function storedHighlight(highlight: Highlight) {
  const rect = boundsOf(highlight.quads);
  return {
    annotationType: HIGHLIGHT,
    pageIndex: highlight.pageIndex,
    rect,
    rotation: 0,
    color: highlight.colour,
    opacity: 1,
    quadPoints: highlight.quads.flat(),
    // The appearance: each quad as a closed outline (lower left, lower right, upper right, upper left).
    outlines: highlight.quads.map((quad) => [quad[4], quad[5], quad[6], quad[7], quad[2], quad[3], quad[0], quad[1]]),
    user: NOTE_AUTHOR,
    popup: { contents: highlight.text, rect: popupRect(highlight.view, rect), deleted: false },
  };
}

/** The first words on the earliest page with text: where the note on the whole document goes. */
function documentNoteQuads(source: PdfSource): { page: PdfSourcePage; quads: Quad[] } | null {
  for (const page of source.pages) {
    for (const item of page.items) {
      const start = item.str.search(/\S/);
      if (start < 0) continue;
      const quad = quadOf(item, start, item.str.trimEnd().length);
      if (quad) return { page, quads: [quad] };
    }
  }
  return null;
}

interface PdfDocumentProxy {
  annotationStorage: { setValue(key: string, value: unknown): void };
  saveDocument(): Promise<Uint8Array>;
}

async function saveWithHighlights(bytes: Uint8Array, highlights: readonly Highlight[], timeoutMs: number): Promise<Uint8Array> {
  const { PDFParse } = await loadPdfParse();
  // pdf.js takes ownership of (and empties) the buffer it is given; the caller keeps its bytes.
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS, maxImageSize: WITHOUT_IMAGES });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AuditError("timeout", `Writing the notes into the PDF took longer than ${timeoutMs} ms.`)), timeoutMs);
  });
  const work = (async () => {
    const document = (await (parser as unknown as { load(): Promise<PdfDocumentProxy> }).load()) as PdfDocumentProxy;
    highlights.forEach((highlight, index) => document.annotationStorage.setValue(`${NEW_ANNOTATION_PREFIX}${index}`, storedHighlight(highlight)));
    return document.saveDocument();
  })();
  work.catch(() => undefined);
  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    if (isAuditError(error)) throw error;
    throw new AuditError("corrupt_document", "The PDF could not be written back with its notes.", { cause: error });
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
  }
}

export async function annotatePdf(bytes: Uint8Array, source: PdfSource, report: Report, timeoutMs: number): Promise<AnnotatedFile> {
  const marked: Claim[] = [];
  const notMarked: Claim[] = [];
  const highlights: Highlight[] = [];
  for (const claim of report.claims) {
    const page = claim.page !== null ? source.pages[claim.page - 1] : undefined;
    const range = page?.map?.locate(claim.span.start, claim.span.end) ?? null;
    const quads = page && range ? quadsOf(page, range) : [];
    if (!page || quads.length === 0) {
      notMarked.push(claim);
      continue;
    }
    marked.push(claim);
    highlights.push({
      pageIndex: page.page - 1,
      quads,
      colour: ACTION_COLOUR[claim.advice.action] ?? ACTION_COLOUR.reframe,
      text: claimNote(claim, report.document.language).join("\n"),
      view: page.view,
    });
  }
  const anchor = documentNoteQuads(source);
  if (!anchor) throw new AuditError("no_text", "The PDF has no text a note can be attached to.");
  // The note on the whole document first, so readers list it first.
  highlights.unshift({
    pageIndex: anchor.page.page - 1,
    quads: anchor.quads,
    colour: DOCUMENT_NOTE_COLOUR,
    text: documentNote(report, notMarked).join("\n"),
    view: anchor.page.view,
  });
  return { bytes: await saveWithHighlights(bytes, highlights, timeoutMs), marked, notMarked };
}
