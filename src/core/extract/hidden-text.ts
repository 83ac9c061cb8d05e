// Places text a reader cannot see (found in a PDF's operator list or a DOCX's runs) in the
// normalised text that every span indexes into.
//
// Locating is done on a "skeleton": the text with whitespace and invisible characters
// removed and compatibility forms folded, so that layout differences between the source
// stream and the extracted text do not matter. In order of preference:
// 1. the extracted text's skeleton starts with the source stream's: every hidden character
//    maps to one exact offset (the usual case for both formats);
// 2. the run's text occurs exactly once in the extracted text;
// 3. the run's block (its paragraph) occurs in the extracted text, searched in block order:
//    the run is placed inside that occurrence, so a run whose words also appear earlier in
//    visible text is not placed there;
// otherwise the run is counted as unlocated and reported without a span rather than with a
// wrong one.

import type { Span } from "../types.ts";

/** A hidden run as offsets into the source stream's skeleton. */
export interface HiddenRunInStream {
  start: number;
  end: number;
  reason?: string;
  /** The run's block (paragraph) as offsets into the same skeleton, where the format has blocks. */
  blockStart?: number;
  blockEnd?: number;
}

export interface StreamHiddenText {
  /** Skeleton of all text the source stream shows, in order. */
  skeleton: string;
  runs: HiddenRunInStream[];
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Characters that take part in locating: no whitespace, no invisible characters, compatibility forms folded. */
export function skeletonOf(text: string): string {
  // Printable ASCII is its own NFKC form, and of it only the space is dropped. Most text
  // is, and this is called for every piece of it.
  if (PRINTABLE_ASCII.test(text)) return text.includes(" ") ? text.replaceAll(" ", "") : text;
  return text.normalize("NFKC").replace(/[\s\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u{e0000}-\u{e007f}]/gu, "");
}

/** A page's normalised text as a skeleton, with the offset in the text of every skeleton unit. */
interface TextSkeleton {
  skeleton: string;
  starts: number[];
  ends: number[];
}

function textSkeleton(text: string): TextSkeleton {
  let skeleton = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = skeletonOf(String.fromCodePoint(codePoint));
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(index);
      ends.push(index + width);
    }
    skeleton += folded;
    index += width;
  }
  return { skeleton, starts, ends };
}

export interface LocatedHiddenText {
  spans: Span[];
  /** Hidden runs that could not be placed exactly: reported without a span. */
  unlocated: number;
}

/**
 * Places hidden runs in a stretch of normalised text (a page, or a whole document). `offset`
 * is where the stretch starts in the document text; the spans returned are document offsets.
 */
export function locateHiddenRuns(pageText: string, offset: number, hidden: StreamHiddenText): LocatedHiddenText {
  if (hidden.runs.length === 0) return { spans: [], unlocated: 0 };
  const page = textSkeleton(pageText);
  const spans: Span[] = [];
  let unlocated = 0;
  const sameOrder = page.skeleton.startsWith(hidden.skeleton);
  let blockCursor = 0;
  for (const run of hidden.runs) {
    // Hidden punctuation or symbols alone say nothing and are not reported.
    if (!/[\p{L}\p{N}]/u.test(hidden.skeleton.slice(run.start, run.end))) continue;
    let start = -1;
    if (sameOrder) {
      start = run.start;
    } else {
      const needle = hidden.skeleton.slice(run.start, run.end);
      const first = page.skeleton.indexOf(needle);
      if (first >= 0 && page.skeleton.indexOf(needle, first + 1) < 0) {
        start = first;
      } else if (first >= 0 && run.blockStart !== undefined && run.blockEnd !== undefined) {
        const block = hidden.skeleton.slice(run.blockStart, run.blockEnd);
        const at = page.skeleton.indexOf(block, blockCursor);
        if (at >= 0) {
          start = at + (run.start - run.blockStart);
          blockCursor = at;
        }
      }
    }
    if (start < 0) {
      unlocated++;
      continue;
    }
    const end = start + (run.end - run.start);
    const span = { start: offset + page.starts[start]!, end: offset + page.ends[end - 1]! };
    const previous = spans[spans.length - 1];
    // Runs hidden in different ways but side by side on one line are one stretch of hidden text.
    if (previous && span.start >= previous.end && /^[ \t]*$/.test(pageText.slice(previous.end - offset, span.start - offset))) previous.end = Math.max(previous.end, span.end);
    else spans.push(span);
  }
  return { spans, unlocated };
}

// ---------------------------------------------------------------- DOCX: runs a reader cannot see

function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_whole, body: string) => {
    if (body === "amp") return "&";
    if (body === "lt") return "<";
    if (body === "gt") return ">";
    if (body === "quot") return '"';
    if (body === "apos") return "'";
    const value = body.startsWith("#x") ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : "";
  });
}

function isSwitchedOn(element: string): boolean {
  const value = /w:val\s*=\s*["']([^"']*)["']/.exec(element)?.[1];
  return value === undefined || !/^(0|false|off)$/i.test(value);
}

/** The run properties that can hide text, as far as one place (run, style, defaults) sets them. */
export interface HidingProperties {
  vanish?: boolean;
  colour?: string;
  halfPoints?: number;
}

// Every pattern here reads XML that xml-budget.ts has checked: no "<" inside a tag, every
// comment, section and element closed. Attribute scans stop at "<" as well as ">", and each
// lazy scan for a closing tag finds its own element's, so each character is read a bounded
// number of times whatever the part holds.
function hidingPropertiesOf(runProperties: string): HidingProperties {
  const properties: HidingProperties = {};
  const vanish = /<w:(vanish|specVanish)\b[^<>]*>/.exec(runProperties);
  if (vanish) properties.vanish = isSwitchedOn(vanish[0]);
  const colour = /<w:color\b[^<>]*w:val\s*=\s*["']([^"']*)["']/.exec(runProperties)?.[1];
  if (colour !== undefined) properties.colour = colour;
  const halfPoints = /<w:sz\b[^<>]*w:val\s*=\s*["'](\d+)["']/.exec(runProperties)?.[1];
  if (halfPoints !== undefined) properties.halfPoints = Number(halfPoints);
  return properties;
}

/** Fills what `base` leaves unset from `fallback`. */
function over(base: HidingProperties, fallback: HidingProperties): HidingProperties {
  return {
    vanish: base.vanish ?? fallback.vanish,
    colour: base.colour ?? fallback.colour,
    halfPoints: base.halfPoints ?? fallback.halfPoints,
  };
}

// White or near-white text on what is almost always a white page, or text of 2pt or less.
// White counts only where nothing may paint behind it (`onWhite`).
function isHidden(properties: HidingProperties, onWhite: boolean): boolean {
  if (properties.vanish) return true;
  const colour = properties.colour;
  if (onWhite && colour && /^[0-9A-Fa-f]{6}$/.test(colour)) {
    const channels = [0, 2, 4].map((offset) => Number.parseInt(colour.slice(offset, offset + 2), 16));
    if (channels.every((channel) => channel >= 0xf0)) return true;
  }
  return properties.halfPoints !== undefined && properties.halfPoints <= 4;
}

const MAX_STYLE_CHAIN = 16;

// Outlined, shadowed, embossed or engraved white text shows its edges.
function hasTextEffect(properties: string): boolean {
  return /<(w:outline|w:shadow|w:emboss|w:imprint|w14:textOutline|w14:shadow|w14:glow)\b/.test(properties);
}

function hasShading(properties: string): boolean {
  const fill = /<w:shd\b[^<>]*w:fill\s*=\s*["']([^"']*)["']/.exec(properties)?.[1];
  const shaded = fill !== undefined && !/^(auto|FFFFFF)$/i.test(fill);
  const highlight = /<w:highlight\b[^<>]*w:val\s*=\s*["']([^"']*)["']/.exec(properties)?.[1];
  return shaded || (highlight !== undefined && !/^(none|white)$/i.test(highlight));
}

/**
 * The hiding properties of every style in word/styles.xml, with `basedOn` chains resolved,
 * and of the document defaults. Character styles (`w:rStyle`) and paragraph styles
 * (`w:pStyle`) can both hide runs.
 */
export interface StyleSheet {
  styles: Map<string, HidingProperties>;
  defaults: HidingProperties;
}

export function readStyles(stylesXml: string | null): StyleSheet {
  const own = new Map<string, { properties: HidingProperties; basedOn: string | null }>();
  if (stylesXml) {
    for (const match of stylesXml.matchAll(/<w:style\b([^<>]*)>([\s\S]*?)<\/w:style>/g)) {
      const id = /w:styleId\s*=\s*["']([^"']*)["']/.exec(match[1] ?? "")?.[1];
      if (!id) continue;
      const body = match[2] ?? "";
      const runProperties = /<w:rPr\b[^<>]*>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? "";
      const basedOn = /<w:basedOn\b[^<>]*w:val\s*=\s*["']([^"']*)["']/.exec(body)?.[1] ?? null;
      own.set(id, { properties: hidingPropertiesOf(runProperties), basedOn });
    }
  }
  const styles = new Map<string, HidingProperties>();
  for (const [id, entry] of own) {
    let resolved = entry.properties;
    let parent = entry.basedOn;
    // Chains are short in practice; a cycle or a very long chain is cut off.
    for (let depth = 0; parent !== null && depth < MAX_STYLE_CHAIN; depth++) {
      const next = own.get(parent);
      if (!next) break;
      resolved = over(resolved, next.properties);
      parent = next.basedOn;
    }
    styles.set(id, resolved);
  }
  const defaultsXml = stylesXml ? /<w:rPrDefault\b[^<>]*>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? "" : "";
  return { styles, defaults: hidingPropertiesOf(defaultsXml) };
}

function styleReference(properties: string, element: "rStyle" | "pStyle"): string | null {
  return new RegExp(`<w:${element}\\b[^<>]*w:val\\s*=\\s*["']([^"']*)["']`).exec(properties)?.[1] ?? null;
}

/** Elements whose text sits on something other than the page: a table cell (maybe shaded) or a text box or shape. */
const CONTAINERS = new Set(["w:tc", "w:txbxContent", "v:textbox", "wps:txbx"]);
/** Elements that anchor a picture or shape in a paragraph: it may lie behind the paragraph's text. */
const SHAPES = new Set(["w:drawing", "w:pict", "w:object"]);

/**
 * Whether the part paints something behind its text somewhere: a page background, a drawing
 * anchored behind the text (`behindDoc="1"`: a sidebar, a band, a photo), or a VML shape
 * with a negative z-index (Word's older form of the same). Where it lies on the page cannot
 * be told from the XML, so white text anywhere in such a document is not judged.
 */
function paintsBehindText(documentXml: string): boolean {
  return /<w:background\b|<wp:anchor\b[^<>]*\bbehindDoc\s*=\s*["'](1|true)["']|<v:\w+\b[^<>]*\bstyle\s*=\s*["'][^"']*z-index\s*:\s*-/.test(documentXml);
}

/** A WordprocessingML part as read here: its hidden runs, and the text of each paragraph. */
export interface PartText extends StreamHiddenText {
  /**
   * Each paragraph's text, in the order of the skeleton: a paragraph that holds a text box is
   * cut where the box's paragraphs start, and goes on after them.
   */
  paragraphs: string[];
}

interface OpenParagraph {
  properties: string;
  hasShapes: boolean;
  blockStart: number;
  text: string;
  runs: { start: number; end: number; effective: HidingProperties; runProperties: string; inContainer: boolean }[];
}

interface OpenRun {
  properties: string;
  text: string;
  inContainer: boolean;
}

/**
 * Finds the runs of a document part (the main one, a header, a footer) that a reader cannot
 * see: vanished, white or 2pt and smaller, set directly on the run or through its character
 * style, its paragraph's style or the document defaults. Returns the part's text skeleton with
 * the hidden runs and the paragraph of each, so they can be placed in the extracted text by
 * position, and the text of its paragraphs (for the parts mammoth does not read).
 *
 * The part is read as a stream of tags with a stack, not split at paragraph ends: a text box
 * is a paragraph inside a run inside another paragraph, and which one a run belongs to (and
 * whether it sits in a text box or a cell) decides whether white means hidden.
 */
export function findHiddenText(documentXml: string, stylesXml: string | null = null): PartText {
  const sheet = readStyles(stylesXml);
  const styleOf = (id: string | null): HidingProperties => (id ? sheet.styles.get(id) ?? {} : {});
  const runs: HiddenRunInStream[] = [];
  let skeleton = "";
  // White text is read as hidden only on the plain page: table cells, text boxes and shapes
  // may be shaded (directly or through a table style), and a page background may be dark.
  const pageIsPlain = !paintsBehindText(documentXml);
  let containers = 0;
  // mammoth reads only the Fallback of mc:AlternateContent; the Choice repeats the same text.
  let skippedChoices = 0;
  const paragraphs: OpenParagraph[] = [];
  const paragraphTexts: string[] = [];
  const openRuns: OpenRun[] = [];
  // Which element's properties are being read, and where they started.
  let propertiesOf: "p" | "r" | null = null;
  let propertiesStart = 0;
  let propertiesDepth = 0;
  let textStart = -1;
  // The tag before this one: a run's or a paragraph's properties are its first child.
  let previous = "";
  const tags = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^<>"']|"[^<"]*"|'[^<']*')*?)(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;
  for (const tag of documentXml.matchAll(tags)) {
    const name = tag[2];
    if (name === undefined) continue;
    const closing = tag[1] === "/";
    const selfClosing = tag[4] === "/";
    const at = tag.index;
    const follows = previous;
    previous = closing || selfClosing ? "" : name;
    if (name === "mc:Choice") {
      if (!selfClosing) skippedChoices += closing ? -1 : 1;
      skippedChoices = Math.max(0, skippedChoices);
      continue;
    }
    if (skippedChoices > 0) continue;
    if (CONTAINERS.has(name) && !selfClosing) {
      containers = Math.max(0, containers + (closing ? -1 : 1));
      continue;
    }
    if (SHAPES.has(name) && !closing) {
      const paragraph = paragraphs[paragraphs.length - 1];
      if (paragraph) paragraph.hasShapes = true;
      continue;
    }
    switch (name) {
      case "w:p":
        if (closing) {
          const paragraph = paragraphs.pop();
          if (!paragraph) break;
          paragraphTexts.push(paragraph.text);
          const paragraphProperties = paragraph.properties.replace(/<w:rPr\b[\s\S]*?<\/w:rPr>/, "");
          const paragraphStyle = styleOf(styleReference(paragraphProperties, "pStyle"));
          const hidden: HiddenRunInStream[] = [];
          for (const run of paragraph.runs) {
            const effective = over(over(run.effective, paragraphStyle), sheet.defaults);
            const onWhite =
              pageIsPlain && !run.inContainer && !paragraph.hasShapes && !hasShading(paragraphProperties) && !hasShading(run.runProperties) && !hasTextEffect(run.runProperties);
            if (!isHidden(effective, onWhite)) continue;
            const last = hidden[hidden.length - 1];
            if (last && last.end === run.start) last.end = run.end;
            else hidden.push({ start: run.start, end: run.end });
          }
          for (const run of hidden) runs.push({ ...run, blockStart: paragraph.blockStart, blockEnd: skeleton.length });
        } else if (!selfClosing) {
          const outer = paragraphs[paragraphs.length - 1];
          if (outer && outer.text !== "") {
            paragraphTexts.push(outer.text);
            outer.text = "";
          }
          paragraphs.push({ properties: "", hasShapes: false, blockStart: skeleton.length, text: "", runs: [] });
        }
        break;
      case "w:r":
        if (closing) {
          const run = openRuns.pop();
          const paragraph = paragraphs[paragraphs.length - 1];
          if (!run || !paragraph) break;
          paragraph.text += run.text;
          const piece = skeletonOf(run.text);
          if (piece === "") break;
          const effective = over(hidingPropertiesOf(run.properties), styleOf(styleReference(run.properties, "rStyle")));
          paragraph.runs.push({ start: skeleton.length, end: skeleton.length + piece.length, effective, runProperties: run.properties, inContainer: run.inContainer });
          skeleton += piece;
        } else if (!selfClosing) {
          openRuns.push({ properties: "", text: "", inContainer: containers > 0 });
        }
        break;
      case "w:pPr":
      case "w:rPr":
        if (selfClosing) break;
        if (!closing && propertiesOf === null) {
          // Only the paragraph's or the run's own properties: a w:rPr inside w:pPr is the
          // paragraph mark's, one in w:sdtPr is a placeholder's.
          if (follows !== (name === "w:pPr" ? "w:p" : "w:r")) break;
          propertiesOf = name === "w:pPr" ? "p" : "r";
          propertiesStart = at + tag[0].length;
          propertiesDepth = 1;
        } else if (propertiesOf !== null && name === (propertiesOf === "p" ? "w:pPr" : "w:rPr")) {
          propertiesDepth += closing ? -1 : 1;
          if (propertiesDepth === 0) {
            // A tracked change keeps the former properties inside the current ones.
            const body = documentXml.slice(propertiesStart, at).replace(/<w:(rPrChange|pPrChange)\b[\s\S]*?<\/w:\1>/g, "");
            if (propertiesOf === "p") {
              const paragraph = paragraphs[paragraphs.length - 1];
              if (paragraph) paragraph.properties = body;
            } else {
              const run = openRuns[openRuns.length - 1];
              if (run) run.properties = body;
            }
            propertiesOf = null;
          }
        }
        break;
      case "w:tab":
      case "w:br":
      case "w:cr": {
        // In a run, these are text; in properties, a w:tab is a tab stop.
        const run = openRuns[openRuns.length - 1];
        if (run && propertiesOf === null && !closing) run.text += name === "w:tab" ? "\t" : "\n";
        break;
      }
      case "w:t":
        if (selfClosing) break;
        if (!closing) textStart = at + tag[0].length;
        else if (textStart >= 0) {
          const run = openRuns[openRuns.length - 1];
          if (run) run.text += decodeXmlText(documentXml.slice(textStart, at));
          textStart = -1;
        }
        break;
    }
  }
  return { skeleton, runs, paragraphs: paragraphTexts };
}

/**
 * The texts of the hidden runs of the main document part, in document order (direct run
 * properties, character and paragraph styles when `stylesXml` is given).
 */
export function findHiddenRuns(documentXml: string, stylesXml: string | null = null): string[] {
  const { skeleton, runs } = findHiddenText(documentXml, stylesXml);
  return runs.map((run) => skeleton.slice(run.start, run.end));
}
