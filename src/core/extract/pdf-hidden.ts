// Text a reader of a PDF cannot see but every text extractor reads: render mode 3 or 7
// (invisible), white or fully transparent fill, or glyphs 2pt high or less once the font
// size is multiplied by the text and page matrices. pdf.js's text content gives none of
// this, so each page's operator list is walked with a small graphics state, and the hidden
// glyphs are then found again in the page's normalised text.
//
// The runs are then placed in the page text by `locateHiddenRuns` (hidden-text.ts): exactly
// when pdf.js emitted the page's text items in content-stream order (the usual case).

import { skeletonOf, type HiddenRunInStream, type StreamHiddenText } from "./hidden-text.ts";

/** pdf.js operator ids used here (the `OPS` table of the bundled pdf.js 5.4.296). */
export const PDF_OPS = Object.freeze({
  setGState: 9,
  save: 10,
  restore: 11,
  transform: 12,
  beginText: 31,
  setLeading: 36,
  setFont: 37,
  setTextRenderingMode: 38,
  moveText: 40,
  setLeadingMoveText: 41,
  setTextMatrix: 42,
  nextLine: 43,
  showText: 44,
  setStrokeColorN: 53,
  setFillColorN: 55,
  setStrokeRGBColor: 58,
  setFillRGBColor: 59,
  paintFormXObjectBegin: 74,
  paintFormXObjectEnd: 75,
  clip: 29,
  eoClip: 30,
  shadingFill: 62,
  constructPath: 91,
  setStrokeTransparent: 92,
  setFillTransparent: 93,
});

/** Painting operators of `constructPath` that fill the path. */
const FILLING_PAINTS = new Set([22, 23, 24, 25, 26, 27]);
/** Image operators: whatever they paint may be a dark background. Shadings are handled apart. */
const IMAGE_PAINTS = new Set([83, 84, 85, 86, 87, 88, 89, 90]);

export type HiddenReason = "invisible" | "white" | "transparent" | "tiny";

/** The reasons an image under the text can excuse (see `hiddenReason`); the others hold whatever lies beneath. */
export const REASONS_IMAGES_EXCUSE: ReadonlySet<string> = new Set<HiddenReason>(["invisible", "white"]);

export interface OperatorList {
  fnArray: ArrayLike<number>;
  argsArray: ArrayLike<unknown>;
}

/** Skeleton of all text a page's operator list shows, in order, with the hidden runs in it. */
export type PageHiddenText = StreamHiddenText;

export interface PageWalk extends PageHiddenText {
  /**
   * Whether the page shows glyphs of a Type3 font. Each such glyph is a small content stream
   * that may draw an image, and pdf.js sizes the font's text from those streams.
   */
  showsType3Glyphs: boolean;
}

type Matrix = [number, number, number, number, number, number];

/**
 * The graphics state, changed in place as operators go by and copied only where the
 * content stream saves it. Matrices are replaced, never changed, so a copy may share them.
 */
interface GraphicsState {
  ctm: Matrix;
  textMatrix: Matrix;
  lineMatrix: Matrix;
  leading: number;
  fontSize: number;
  renderMode: number;
  fill: string;
  stroke: string;
  /** Whether `fill` and `stroke` count as white: worked out when a colour is set, not per glyph or path. */
  fillWhite: boolean;
  strokeWhite: boolean;
  fillAlpha: number;
  strokeAlpha: number;
  /** The clipping area's bounding box on the page, once a clip is set. */
  clip: Box | null;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
/** Glyphs this high or lower, in points on the page, are not meant to be read. */
export const TINY_TEXT_POINTS = 2;
/** Channels at or above this (of 255) count as white on a white page. */
const WHITE_CHANNEL = 0xf0;
const MAX_STATE_DEPTH = 256;
/** Past this many painted backgrounds on a page, white text is no longer judged at all. */
const MAX_BACKGROUNDS = 2000;

/** A painted area on the page, and whether it is an image (or shading) rather than a filled path. */
type Box = [number, number, number, number, boolean];

function transformPoint(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function boxOnPage(m: Matrix, minX: number, minY: number, maxX: number, maxY: number): Box {
  const x1 = m[0] * minX + m[2] * minY + m[4];
  const y1 = m[1] * minX + m[3] * minY + m[5];
  const x2 = m[0] * minX + m[2] * maxY + m[4];
  const y2 = m[1] * minX + m[3] * maxY + m[5];
  const x3 = m[0] * maxX + m[2] * minY + m[4];
  const y3 = m[1] * maxX + m[3] * minY + m[5];
  const x4 = m[0] * maxX + m[2] * maxY + m[4];
  const y4 = m[1] * maxX + m[3] * maxY + m[5];
  return [Math.min(x1, x2, x3, x4), Math.min(y1, y2, y3, y4), Math.max(x1, x2, x3, x4), Math.max(y1, y2, y3, y4), false];
}

function intersect(a: Box, b: Box): Box {
  return [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3]), false];
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2],
    m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2],
    m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4],
    m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function asMatrix(value: unknown): Matrix | null {
  if (value === null || typeof value !== "object" || !("length" in value)) return null;
  const list = value as ArrayLike<unknown>;
  if (list.length < 6) return null;
  const a = list[0];
  const b = list[1];
  const c = list[2];
  const d = list[3];
  const e = list[4];
  const f = list[5];
  return isFiniteNumber(a) && isFiniteNumber(b) && isFiniteNumber(c) && isFiniteNumber(d) && isFiniteNumber(e) && isFiniteNumber(f) ? [a, b, c, d, e, f] : null;
}

/** Whether a path's bounds (pdf.js's [minX, minY, maxX, maxY]) are four finite numbers. */
function isBox(minMax: unknown): minMax is ArrayLike<number> {
  if (!minMax) return false;
  const list = minMax as ArrayLike<unknown>;
  return list.length >= 4 && isFiniteNumber(list[0]) && isFiniteNumber(list[1]) && isFiniteNumber(list[2]) && isFiniteNumber(list[3]);
}

function isWhite(colour: string): boolean {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (!match) return false;
  return [match[1]!, match[2]!, match[3]!].every((channel) => Number.parseInt(channel, 16) >= WHITE_CHANNEL);
}

function hiddenReason(state: GraphicsState, onBackground: (imagesOnly: boolean) => boolean): HiddenReason | null {
  const mode = state.renderMode & 7;
  // Invisible text over an image is how OCR puts a text layer on a scan: the reader sees the
  // same words in the picture.
  if (mode === 3 || mode === 7) return onBackground(true) ? null : "invisible";
  const fills = mode === 0 || mode === 2 || mode === 4 || mode === 6;
  const strokes = mode === 1 || mode === 2 || mode === 5 || mode === 6;
  const fillUnseen = !fills || state.fillWhite || state.fillAlpha <= 0;
  const strokeUnseen = !strokes || state.strokeWhite || state.strokeAlpha <= 0;
  if (fillUnseen && strokeUnseen) {
    const transparent = (fills && state.fillAlpha <= 0) || (strokes && state.strokeAlpha <= 0);
    if (transparent) return "transparent";
    // White on a dark band or a photo is a design, not a hiding place.
    return onBackground(false) ? null : "white";
  }
  // The glyph's height on the page: the font size scaled by the text matrix and the CTM
  // (the third and fourth entries of their product, worked out alone).
  const { textMatrix: tm, ctm } = state;
  const height = Math.abs(state.fontSize) * Math.hypot(tm[2] * ctm[0] + tm[3] * ctm[2], tm[2] * ctm[1] + tm[3] * ctm[3]);
  if (height <= TINY_TEXT_POINTS) return "tiny";
  return null;
}

interface GlyphLike {
  unicode?: unknown;
  /** Set (to the glyph's code) only for glyphs of Type3 fonts. */
  operatorListId?: unknown;
}

/** Walks one page's operator list and returns its text skeleton with the hidden runs in it. */
export function findHiddenGlyphRuns(operatorList: OperatorList, maxOperations = 2_000_000): PageWalk {
  const { fnArray, argsArray } = operatorList;
  let state: GraphicsState = {
    ctm: [...IDENTITY],
    textMatrix: [...IDENTITY],
    lineMatrix: [...IDENTITY],
    leading: 0,
    fontSize: 12,
    renderMode: 0,
    fill: "#000000",
    stroke: "#000000",
    fillWhite: false,
    strokeWhite: false,
    fillAlpha: 1,
    strokeAlpha: 1,
    clip: null,
  };
  // Set by W or W*: the next path (pdf.js sends it after the clip operator) becomes the clip.
  let clipPending = false;
  const stack: GraphicsState[] = [];
  const pieces: string[] = [];
  let length = 0;
  const runs: HiddenRunInStream[] = [];
  let showsType3Glyphs = false;
  const count = Math.min(fnArray.length, maxOperations);
  const backgrounds: Box[] = [];
  let backgroundsOverflow = false;
  const addBackground = (box: Box) => {
    if (backgrounds.length >= MAX_BACKGROUNDS) backgroundsOverflow = true;
    else backgrounds.push(box);
  };
  const setFill = (colour: string) => {
    state.fill = colour;
    state.fillWhite = isWhite(colour);
  };
  const setStroke = (colour: string) => {
    state.stroke = colour;
    state.strokeWhite = isWhite(colour);
  };
  const moveText = (x: number, y: number) => {
    state.lineMatrix = multiply([1, 0, 0, 1, x, y], state.lineMatrix);
    state.textMatrix = state.lineMatrix;
  };
  // Whether the point where the text starts, a little above its baseline, lies on something painted earlier.
  const textOnBackground = (imagesOnly: boolean) => {
    if (backgroundsOverflow) return true;
    const rendering = multiply(state.textMatrix, state.ctm);
    const [x, y] = transformPoint(rendering, state.fontSize * 0.25, state.fontSize * 0.3);
    return backgrounds.some((box) => (!imagesOnly || box[4]) && x >= box[0] && x <= box[2] && y >= box[1] && y <= box[3]);
  };

  for (let index = 0; index < count; index++) {
    const fn = fnArray[index]!;
    const args = argsArray[index] as unknown[] | null | undefined;
    // The operators met most often come first.
    switch (fn) {
      case PDF_OPS.showText: {
        const glyphs = args?.[0];
        if (!Array.isArray(glyphs)) break;
        let text = "";
        for (const glyph of glyphs as unknown[]) {
          if (glyph !== null && typeof glyph === "object") {
            const unicode = (glyph as GlyphLike).unicode;
            if (typeof unicode === "string") text += unicode;
            if ((glyph as GlyphLike).operatorListId !== undefined) showsType3Glyphs = true;
          }
        }
        const piece = skeletonOf(text);
        if (piece === "") break;
        const reason = hiddenReason(state, textOnBackground);
        if (reason !== null) {
          const last = runs[runs.length - 1];
          if (last && last.end === length && last.reason === reason) last.end += piece.length;
          else runs.push({ start: length, end: length + piece.length, reason });
        }
        pieces.push(piece);
        length += piece.length;
        break;
      }
      case PDF_OPS.constructPath: {
        const paint = args?.[0];
        const minMax = args?.[2];
        const hasBox = isBox(minMax);
        if (clipPending) {
          clipPending = false;
          if (hasBox) {
            const box = boxOnPage(state.ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!);
            state.clip = state.clip ? intersect(state.clip, box) : box;
          }
        }
        if (typeof paint !== "number" || !FILLING_PAINTS.has(paint) || state.fillAlpha <= 0 || state.fillWhite) break;
        if (hasBox) {
          addBackground(boxOnPage(state.ctm, minMax[0]!, minMax[1]!, minMax[2]!, minMax[3]!));
        } else {
          backgroundsOverflow = true;
        }
        break;
      }
      case PDF_OPS.setFillRGBColor:
        if (typeof args?.[0] === "string") setFill(args[0]);
        break;
      case PDF_OPS.transform: {
        const matrix = asMatrix(args);
        if (matrix) state.ctm = multiply(matrix, state.ctm);
        break;
      }
      case PDF_OPS.save:
        if (stack.length < MAX_STATE_DEPTH) stack.push({ ...state });
        break;
      case PDF_OPS.restore:
        state = stack.pop() ?? state;
        break;
      case PDF_OPS.setFont: {
        const size = args?.[1];
        if (isFiniteNumber(size)) state.fontSize = size;
        break;
      }
      case PDF_OPS.moveText:
        if (typeof args?.[0] === "number" && typeof args[1] === "number") moveText(args[0], args[1]);
        break;
      case PDF_OPS.setTextMatrix: {
        const matrix = asMatrix(args?.[0]) ?? asMatrix(args);
        if (matrix) {
          state.textMatrix = matrix;
          state.lineMatrix = matrix;
        }
        break;
      }
      case PDF_OPS.beginText:
        state.textMatrix = [...IDENTITY];
        state.lineMatrix = [...IDENTITY];
        break;
      case PDF_OPS.paintFormXObjectBegin: {
        if (stack.length < MAX_STATE_DEPTH) stack.push({ ...state });
        const matrix = asMatrix(args?.[0]);
        if (matrix) state.ctm = multiply(matrix, state.ctm);
        break;
      }
      case PDF_OPS.paintFormXObjectEnd:
        state = stack.pop() ?? state;
        break;
      case PDF_OPS.setLeading:
        if (typeof args?.[0] === "number") state.leading = args[0];
        break;
      case PDF_OPS.setLeadingMoveText:
        if (typeof args?.[0] === "number" && typeof args[1] === "number") {
          state.leading = -args[1];
          moveText(args[0], args[1]);
        }
        break;
      case PDF_OPS.nextLine:
        moveText(0, -state.leading);
        break;
      case PDF_OPS.clip:
      case PDF_OPS.eoClip:
        clipPending = true;
        break;
      case PDF_OPS.setTextRenderingMode: {
        const mode = args?.[0];
        if (typeof mode === "number") state.renderMode = mode;
        break;
      }
      case PDF_OPS.setFillColorN:
        // A pattern: whatever it paints is not plain white.
        setFill("pattern");
        break;
      case PDF_OPS.setStrokeColorN:
        setStroke("pattern");
        break;
      case PDF_OPS.setStrokeRGBColor:
        if (typeof args?.[0] === "string") setStroke(args[0]);
        break;
      case PDF_OPS.setGState: {
        const entries = Array.isArray(args?.[0]) ? (args[0] as unknown[]) : [];
        for (const entry of entries) {
          if (!Array.isArray(entry)) continue;
          const [key, value] = entry as [unknown, unknown];
          if (key === "ca" && typeof value === "number") state.fillAlpha = value;
          if (key === "CA" && typeof value === "number") state.strokeAlpha = value;
          if (key === "Font" && Array.isArray(value) && typeof value[1] === "number") state.fontSize = value[1];
        }
        break;
      }
      case PDF_OPS.shadingFill:
        // \`sh\` paints the whole clipping area (a gradient band or slide background is drawn
        // this way), not the unit square; with no clip set, the whole page.
        addBackground(state.clip ? [state.clip[0], state.clip[1], state.clip[2], state.clip[3], true] : [-Infinity, -Infinity, Infinity, Infinity, true]);
        break;
      default:
        // An image: it fills the unit square under the CTM.
        if (IMAGE_PAINTS.has(fn)) {
          const box = boxOnPage(state.ctm, 0, 0, 1, 1);
          box[4] = true;
          addBackground(box);
        }
        break;
    }
  }
  return { skeleton: pieces.join(""), runs, showsType3Glyphs };
}
