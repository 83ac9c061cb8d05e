// DOCX through mammoth's HTML output (it keeps paragraphs, tables, lists, text boxes and
// footnotes apart, which its raw-text mode runs together), after our own ZIP guard has
// inflated every entry under a byte budget.
import mammoth from "mammoth";
import { AuditError, isAuditError } from "../errors.ts";
import { htmlToText } from "./html.ts";
import { skeletonOf, type HiddenRunInStream, type StreamHiddenText } from "./hidden-text.ts";
import { mainPartFromContentTypes } from "./sniff.ts";
import { guardZip, readZipDirectory, type ZipGuardLimits } from "./zip.ts";

export interface DocxText {
  text: string;
  /** Texts of runs a reader cannot see, in document order. */
  hiddenRuns: string[];
  /** The same runs as positions in the main part's text skeleton, for locating in the final text. */
  hidden: StreamHiddenText;
}

const CONTENT_TYPES = "[Content_Types].xml";
const STYLES = "word/styles.xml";

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
interface HidingProperties {
  vanish?: boolean;
  colour?: string;
  halfPoints?: number;
}

function hidingPropertiesOf(runProperties: string): HidingProperties {
  const properties: HidingProperties = {};
  const vanish = /<w:(vanish|specVanish)\b[^>]*>/.exec(runProperties);
  if (vanish) properties.vanish = isSwitchedOn(vanish[0]);
  const colour = /<w:color\b[^>]*w:val\s*=\s*["']([^"']*)["']/.exec(runProperties)?.[1];
  if (colour !== undefined) properties.colour = colour;
  const halfPoints = /<w:sz\b[^>]*w:val\s*=\s*["'](\d+)["']/.exec(runProperties)?.[1];
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
  const fill = /<w:shd\b[^>]*w:fill\s*=\s*["']([^"']*)["']/.exec(properties)?.[1];
  const shaded = fill !== undefined && !/^(auto|FFFFFF)$/i.test(fill);
  const highlight = /<w:highlight\b[^>]*w:val\s*=\s*["']([^"']*)["']/.exec(properties)?.[1];
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
    for (const match of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/g)) {
      const id = /w:styleId\s*=\s*["']([^"']*)["']/.exec(match[1] ?? "")?.[1];
      if (!id) continue;
      const body = match[2] ?? "";
      const runProperties = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? "";
      const basedOn = /<w:basedOn\b[^>]*w:val\s*=\s*["']([^"']*)["']/.exec(body)?.[1] ?? null;
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
  const defaultsXml = stylesXml ? /<w:rPrDefault\b[^>]*>([\s\S]*?)<\/w:rPrDefault>/.exec(stylesXml)?.[1] ?? "" : "";
  return { styles, defaults: hidingPropertiesOf(defaultsXml) };
}

function styleReference(properties: string, element: "rStyle" | "pStyle"): string | null {
  return new RegExp(`<w:${element}\\b[^>]*w:val\\s*=\\s*["']([^"']*)["']`).exec(properties)?.[1] ?? null;
}

/**
 * Finds the runs of the main document part that a reader cannot see: vanished, white or 2pt
 * and smaller, set directly on the run or through its character style, its paragraph's style
 * or the document defaults. Returns the part's text skeleton with the hidden runs and the
 * paragraph of each, so they can be placed in the extracted text by position.
 */
export function findHiddenText(documentXml: string, stylesXml: string | null = null): StreamHiddenText {
  const sheet = readStyles(stylesXml);
  const styleOf = (id: string | null): HidingProperties => (id ? sheet.styles.get(id) ?? {} : {});
  const runs: HiddenRunInStream[] = [];
  let skeleton = "";
  // White text is read as hidden only on the plain page: table cells, text boxes and shapes
  // may be shaded (directly or through a table style), and a page background may be dark.
  const pageIsPlain = !/<w:background\b/.test(documentXml);
  let shadedContainers = 0;
  for (const paragraph of documentXml.split(/<\/w:p>/)) {
    const paragraphStart = paragraph.search(/<w:p\b/);
    const before = paragraphStart >= 0 ? paragraph.slice(0, paragraphStart) : paragraph;
    shadedContainers += (before.match(/<(w:tc|w:txbxContent|v:textbox|wps:txbx)\b/g) ?? []).length;
    shadedContainers -= (before.match(/<\/(w:tc|w:txbxContent|v:textbox|wps:txbx)>/g) ?? []).length;
    shadedContainers = Math.max(0, shadedContainers);
    const paragraphProperties = /<w:pPr\b[^>]*>([\s\S]*?)<\/w:pPr>/.exec(paragraph)?.[1] ?? "";
    const paragraphStyle = styleOf(styleReference(paragraphProperties.replace(/<w:rPr\b[\s\S]*?<\/w:rPr>/, ""), "pStyle"));
    // A shape anchored in the paragraph may lie behind its text.
    const paragraphHasShapes = /<(w:drawing|w:pict|w:object)\b/.test(paragraph);
    const blockStart = skeleton.length;
    const paragraphRuns: HiddenRunInStream[] = [];
    for (const run of paragraph.matchAll(/<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g)) {
      const body = run[1] ?? "";
      const runProperties = /<w:rPr\b[^>]*>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? "";
      const texts = [...body.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((match) => decodeXmlText(match[1] ?? "")).join("");
      const piece = skeletonOf(texts);
      if (piece === "") continue;
      const effective = over(over(over(hidingPropertiesOf(runProperties), styleOf(styleReference(runProperties, "rStyle"))), paragraphStyle), sheet.defaults);
      const onWhite =
        pageIsPlain && shadedContainers === 0 && !paragraphHasShapes && !hasShading(paragraphProperties) && !hasShading(runProperties) && !hasTextEffect(runProperties);
      if (isHidden(effective, onWhite)) {
        const last = paragraphRuns[paragraphRuns.length - 1];
        if (last && last.end === skeleton.length) last.end += piece.length;
        else paragraphRuns.push({ start: skeleton.length, end: skeleton.length + piece.length });
      }
      skeleton += piece;
    }
    for (const run of paragraphRuns) runs.push({ ...run, blockStart, blockEnd: skeleton.length });
    // What closes after this paragraph's end (the cell or box it sat in) is counted with the next one.
  }
  return { skeleton, runs };
}

/**
 * The texts of the hidden runs of the main document part, in document order (direct run
 * properties, character and paragraph styles when `stylesXml` is given).
 */
export function findHiddenRuns(documentXml: string, stylesXml: string | null = null): string[] {
  const { skeleton, runs } = findHiddenText(documentXml, stylesXml);
  return runs.map((run) => skeleton.slice(run.start, run.end));
}

async function convertWithMammoth(bytes: Uint8Array): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads `buffer`, its browser build (what the Worker bundle gets) reads
  // `arrayBuffer`; Buffer exists only where the Node build runs or nodejs_compat provides it.
  const input =
    typeof Buffer !== "undefined" ? { buffer: Buffer.from(arrayBuffer), arrayBuffer } : { arrayBuffer };
  const result = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, {
    externalFileAccess: false,
    includeEmbeddedStyleMap: false,
    // Images are neither read nor encoded: only text matters here.
    convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
  });
  // mammoth ends each footnote with a "↑" link back to its reference; it is not the writer's text.
  return result.value.replace(/<a href="#(footnote|endnote)-ref-[^"]*">\u2191<\/a>/g, "");
}

export async function extractDocxText(
  bytes: Uint8Array,
  sniffedMainPart: string | null,
  limits: ZipGuardLimits,
): Promise<DocxText> {
  const directory = readZipDirectory(bytes, limits);
  const wanted = [CONTENT_TYPES, STYLES, sniffedMainPart ?? "word/document.xml"];
  const kept = await guardZip(bytes, directory, limits, wanted);

  let mainPart = sniffedMainPart;
  if (mainPart === null) {
    const contentTypes = kept.get(CONTENT_TYPES.toLowerCase());
    mainPart = contentTypes ? mainPartFromContentTypes(new TextDecoder().decode(contentTypes)) : null;
    if (mainPart === null) {
      throw new AuditError("unsupported_media_type", "Received a ZIP archive that is not a Word document.");
    }
  }
  let mainXml = kept.get(mainPart.toLowerCase());
  if (!mainXml) {
    const again = await guardZip(bytes, directory, limits, [mainPart]);
    mainXml = again.get(mainPart.toLowerCase());
  }
  if (!mainXml) throw new AuditError("corrupt_document", "The Word document has no main document part.");

  let html: string;
  try {
    html = await convertWithMammoth(bytes);
  } catch (error) {
    if (isAuditError(error)) throw error;
    throw new AuditError("corrupt_document", "The Word document is damaged and cannot be read.", { cause: error });
  }
  const stylesBytes = kept.get(STYLES.toLowerCase());
  const hidden = findHiddenText(new TextDecoder().decode(mainXml), stylesBytes ? new TextDecoder().decode(stylesBytes) : null);
  return { text: htmlToText(html), hiddenRuns: hidden.runs.map((run) => hidden.skeleton.slice(run.start, run.end)), hidden };
}
