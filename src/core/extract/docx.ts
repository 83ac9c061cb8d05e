// DOCX through mammoth's HTML output (it keeps paragraphs, tables, lists, text boxes and
// footnotes apart, which its raw-text mode runs together), after our own ZIP guard has
// inflated every entry under a byte budget. Where it can, mammoth reads the parts the guard
// already inflated rather than unzipping the archive again.
import mammoth from "mammoth";
import { AuditError, isAuditError } from "../errors.ts";
import { withoutAlternateChoices } from "./docx-choices.ts";
import { htmlToText } from "./html.ts";
import { headerFooterParts, relationshipsPartOf } from "./docx-parts.ts";
import { findHiddenText, type StreamHiddenText } from "./hidden-text.ts";
import { mainPartFromContentTypes } from "./sniff.ts";
import { readDocxRuns, type DocxPartRuns } from "./docx-runs.ts";
import { countXmlNodes, xmlBudget } from "./xml-budget.ts";
import {
  byLowercaseName,
  guardZip,
  inflateArchive,
  isXmlPart,
  readGuardedEntry,
  readZipDirectory,
  type ZipDirectory,
  type ZipEntry,
  type ZipGuardLimits,
} from "./zip.ts";

// Finding hidden runs lives with the rest of hidden-text handling; re-exported for existing callers.
export { findHiddenRuns, findHiddenText, readStyles, type StyleSheet } from "./hidden-text.ts";

export interface DocxText {
  text: string;
  /** The runs a reader cannot see, as positions in the skeleton of all parts read, for locating in the final text. */
  hidden: StreamHiddenText;
  /** Where the text's characters sit in the parts' XML; only when asked for (see `DocxReadOptions`). */
  positions?: DocxPositions;
}

/** A part whose text was read, with its XML and where each of its characters sits in it. */
export interface DocxReadPart {
  /** The part's name as in the archive. */
  name: string;
  kind: "header" | "body" | "footer";
  xml: string;
  runs: DocxPartRuns;
}

/**
 * What writing into the document needs: the archive's directory, the XML parts the guard
 * inflated (by lower-cased name), and the parts read in the order of the text.
 */
export interface DocxPositions {
  directory: ZipDirectory;
  xmlParts: ReadonlyMap<string, { entry: ZipEntry; content: Uint8Array }>;
  mainPart: string;
  parts: DocxReadPart[];
}

export interface DocxReadOptions {
  /** Also return where each character sits in the XML (for annotating); the analysis never needs it. */
  positions?: boolean;
}

const CONTENT_TYPES = "[Content_Types].xml";
const STYLES = "word/styles.xml";

/** The part of mammoth's opened-archive interface that its conversion uses. */
interface MammothArchive {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
}

/**
 * Whether every entry's name reads the same to mammoth's own unzipper (JSZip) as to ours:
 * printable ASCII, no "." or ".." or empty segments (JSZip resolves those), and no Unicode
 * path field (JSZip may prefer it to the name). Only then can mammoth be handed the parts
 * the guard already inflated.
 */
function namesReadAlike(directory: ZipDirectory): boolean {
  return directory.entries.every((entry) => {
    if (entry.unicodePathField || !/^[\x20-\x7e]*$/.test(entry.name)) return false;
    const segments = entry.name.split("/");
    return segments.every((segment, index) => segment !== "." && segment !== ".." && (segment !== "" || index === 0 || index === segments.length - 1));
  });
}

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const chunkSize = 8192;
  for (let start = 0; start < bytes.length; start += chunkSize) {
    binary += String.fromCharCode(...bytes.subarray(start, start + chunkSize));
  }
  return btoa(binary);
}

/**
 * The archive as mammoth reads it, served from what the guard inflated: the XML parts are
 * already in memory, anything else (an image) is inflated on request. Names are exact and
 * the last of two same-named entries wins, as in JSZip; folders are not files.
 */
function guardedArchive(bytes: Uint8Array, directory: ZipDirectory, inflated: ReadonlyMap<ZipEntry, Uint8Array>, limits: ZipGuardLimits): MammothArchive {
  const files = new Map<string, ZipEntry>();
  for (const entry of directory.entries) {
    if (entry.directory) files.delete(entry.name);
    else files.set(entry.name, entry);
  }
  return {
    exists: (name) => files.has(name),
    read: async (name, encoding) => {
      const entry = files.get(name);
      if (entry === undefined) throw new Error(`The archive has no part ${name}.`);
      const content = inflated.get(entry) ?? (await readGuardedEntry(bytes, entry, limits));
      if (encoding === "base64") return toBase64(content);
      if (!encoding) return content;
      const text = new TextDecoder(encoding).decode(content);
      // mammoth reads every XML part as "utf-8" and drops each <mc:Choice> once parsed.
      return encoding === "utf-8" && isXmlPart(name) ? withoutAlternateChoices(text) : text;
    },
  };
}

async function convertWithMammoth(bytes: Uint8Array, archive: MammothArchive | null): Promise<string> {
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  // mammoth's Node build reads `buffer` or an opened `file`, its browser build (what the Worker
  // bundle gets) reads `arrayBuffer` only; Buffer exists only where the Node build runs or
  // nodejs_compat provides it. Given `file`, the Node build skips unzipping a second time.
  const input =
    archive !== null
      ? { file: archive, arrayBuffer }
      : typeof Buffer !== "undefined"
        ? { buffer: Buffer.from(arrayBuffer), arrayBuffer }
        : { arrayBuffer };
  const result = await mammoth.convertToHtml(input as { arrayBuffer: ArrayBuffer }, {
    externalFileAccess: false,
    includeEmbeddedStyleMap: false,
    // Images are neither read nor encoded: only text matters here.
    convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
  });
  // mammoth ends each footnote with a "↑" link back to its reference; it is not the writer's text.
  return result.value.replace(/<a href="#(footnote|endnote)-ref-[^"]*">\u2191<\/a>/g, "");
}

export interface DocxLimits extends ZipGuardLimits {
  maxXmlNodes: number;
  maxCharacters: number;
}

/**
 * Counts the nodes of every XML part the guard kept, and checks their markup, before mammoth
 * or the hidden-text reader parses any of them (see xml-budget.ts). Raw text may be four
 * times the character limit, as elsewhere: normalisation only shrinks it.
 */
function checkXmlParts(inflated: ReadonlyMap<ZipEntry, Uint8Array>, limits: DocxLimits): void {
  const budget = xmlBudget(limits.maxXmlNodes, limits.maxCharacters * 4);
  const decoder = new TextDecoder();
  for (const [entry, content] of inflated) {
    if (isXmlPart(entry.name)) countXmlNodes(decoder.decode(content), budget);
  }
}

export async function extractDocxText(
  bytes: Uint8Array,
  sniffedMainPart: string | null,
  limits: DocxLimits,
  options: DocxReadOptions = {},
): Promise<DocxText> {
  const directory = readZipDirectory(bytes, limits);
  const wanted = new Set([CONTENT_TYPES, STYLES, sniffedMainPart ?? "word/document.xml"].map((name) => name.toLowerCase()));
  // The guard keeps every XML part it inflates: mammoth reads them when it can be served from
  // the guard (the archive is then inflated once instead of twice), and the headers, footers
  // and relationships read here are among them.
  const serveMammoth = namesReadAlike(directory);
  const inflated = await inflateArchive(
    bytes,
    directory,
    limits,
    (entry) => wanted.has(entry.name.toLowerCase()) || (!entry.directory && isXmlPart(entry.name)),
  );
  checkXmlParts(inflated, limits);
  const kept = byLowercaseName(inflated);

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
    html = await convertWithMammoth(bytes, serveMammoth ? guardedArchive(bytes, directory, inflated, limits) : null);
  } catch (error) {
    if (isAuditError(error)) throw error;
    throw new AuditError("corrupt_document", "The Word document is damaged and cannot be read.", { cause: error });
  }
  const decoder = new TextDecoder();
  const stylesBytes = kept.get(STYLES.toLowerCase());
  const stylesXml = stylesBytes ? decoder.decode(stylesBytes) : null;
  const mainText = decoder.decode(mainXml);
  const positions = options.positions === true;
  const body: ReadPart = {
    name: mainPart,
    text: htmlToText(html),
    hidden: findHiddenText(mainText, stylesXml),
    isBody: true,
    ...(positions ? { xml: mainText } : {}),
  };

  const relationships = kept.get(relationshipsPartOf(mainPart).toLowerCase());
  const { headers, footers } = headerFooterParts(mainPart, mainText, relationships ? decoder.decode(relationships) : null);
  const readParts = (names: string[]): ReadPart[] =>
    names.flatMap((name) => {
      const xml = kept.get(name.toLowerCase());
      if (!xml) return [];
      const partXml = decoder.decode(xml);
      const part = findHiddenText(partXml, stylesXml);
      return [{ name, text: part.paragraphs.filter((paragraph) => /\S/.test(paragraph)).join("\n"), hidden: part, isBody: false, ...(positions ? { xml: partXml } : {}) }];
    });
  const headerParts = readParts(headers);
  const read = joinParts([...headerParts, body, ...readParts(footers)]);
  if (!positions) return { text: read.text, hidden: read.hidden };
  const xmlParts = new Map<string, { entry: ZipEntry; content: Uint8Array }>();
  for (const [entry, content] of inflated) if (isXmlPart(entry.name)) xmlParts.set(entry.name.toLowerCase(), { entry, content });
  const headerNames = new Set(headerParts.map((part) => part.name));
  return {
    text: read.text,
    hidden: read.hidden,
    positions: {
      directory,
      xmlParts,
      mainPart,
      parts: read.parts.map((part) => ({
        name: part.name,
        kind: part.isBody ? "body" : headerNames.has(part.name) ? "header" : "footer",
        xml: part.xml!,
        runs: readDocxRuns(part.xml!),
      })),
    },
  };
}

interface ReadPart {
  name: string;
  text: string;
  hidden: StreamHiddenText;
  /** The main part, read by mammoth; the others are headers and footers. */
  isBody: boolean;
  /** The part's XML, kept only when positions are asked for. */
  xml?: string;
}

/**
 * The headers, the body and the footers as one text, each part apart from the next by a
 * blank line, and their skeletons and hidden runs laid end to end in the same order. A
 * header or footer with the same text as one before it (a first-page header repeating the
 * default one) is read once; an empty one not at all.
 */
function joinParts(parts: readonly ReadPart[]): { text: string; hidden: StreamHiddenText; parts: ReadPart[] } {
  const texts: string[] = [];
  const joined: ReadPart[] = [];
  const hidden: StreamHiddenText = { skeleton: "", runs: [] };
  const seen = new Set<string>();
  for (const part of parts) {
    if (!part.isBody && (part.text === "" || seen.has(part.text))) continue;
    seen.add(part.text);
    texts.push(part.text);
    joined.push(part);
    const offset = hidden.skeleton.length;
    for (const run of part.hidden.runs) {
      hidden.runs.push({
        ...run,
        start: run.start + offset,
        end: run.end + offset,
        ...(run.blockStart !== undefined && run.blockEnd !== undefined ? { blockStart: run.blockStart + offset, blockEnd: run.blockEnd + offset } : {}),
      });
    }
    hidden.skeleton += part.hidden.skeleton;
  }
  return { text: texts.join("\n\n"), hidden, parts: joined };
}
