// Reading back what the annotators wrote, by other means than the code that wrote it: Word
// comments and the text they are anchored on (walking document.xml in order), PDF highlights
// as pdf.js reads them, where poppler's pdftotext puts each word, and what LibreOffice makes
// of a marked-up Word document.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { skeletonOf } from "../../src/core/extract/hidden-text.ts";
import { PDFJS_OPTIONS } from "../../src/core/extract/pdf.ts";
import { loadPdfParse } from "../../src/core/extract/pdfjs-env.ts";
import { inflateArchive, readZipDirectory, type ZipEntry } from "../../src/core/extract/zip.ts";

export const SOFFICE = ["/usr/bin/soffice", "/usr/bin/libreoffice"].find((candidate) => existsSync(candidate)) ?? null;
export const PDFTOTEXT = existsSync("/usr/bin/pdftotext") ? "/usr/bin/pdftotext" : null;
export const QPDF = existsSync("/usr/bin/qpdf") ? "/usr/bin/qpdf" : null;

const ZIP_LIMITS = { maxInflatedBytes: 64 * 1024 * 1024, maxZipEntries: 5000, maxXmlBytes: 64 * 1024 * 1024 };

/** Text as it is compared: no whitespace, compatibility forms folded (what locating uses). */
export function skeleton(text: string): string {
  return skeletonOf(text);
}

export interface ZipPart {
  entry: ZipEntry;
  /** The entry's bytes as stored (compressed). */
  stored: Uint8Array;
  content: Uint8Array;
}

export async function readZipParts(bytes: Uint8Array): Promise<Map<string, ZipPart>> {
  const directory = readZipDirectory(bytes, ZIP_LIMITS);
  const inflated = await inflateArchive(bytes, directory, ZIP_LIMITS, (entry) => !entry.directory);
  const parts = new Map<string, ZipPart>();
  for (const [entry, content] of inflated) parts.set(entry.name, { entry, stored: bytes.subarray(entry.dataStart, entry.dataEnd), content });
  return parts;
}

export interface DocxComment {
  id: string;
  author: string;
  paragraphs: string[];
  /** The text between the comment's range start and end in the main part, in document order. */
  anchored: string;
}

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_whole, body: string) => {
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (named[body]) return named[body]!;
    return String.fromCodePoint(body.startsWith("#x") ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10));
  });
}

/** Each comment of comments.xml with the text it is anchored on in document.xml (text in mc:Fallback copies is not counted). */
export function docxComments(documentXml: string, commentsXml: string): DocxComment[] {
  const open = new Map<string, string>();
  const anchored = new Map<string, string>();
  const tags = /<(\/?)([\w.-]+:[\w.-]+)([^<>]*?)(\/?)>/g;
  let fallback = 0;
  let textStart = -1;
  for (const tag of documentXml.matchAll(tags)) {
    const [, closing, name, attributes, selfClosing] = tag;
    if (name === "mc:Fallback" && !selfClosing) fallback += closing ? -1 : 1;
    if (fallback > 0) continue;
    const id = /w:id="([^"]*)"/.exec(attributes ?? "")?.[1];
    if (name === "w:commentRangeStart" && id !== undefined) open.set(id, "");
    if (name === "w:commentRangeEnd" && id !== undefined && open.has(id)) {
      anchored.set(id, open.get(id)!);
      open.delete(id);
    }
    if (name === "w:t" && !selfClosing) {
      if (!closing) textStart = tag.index + tag[0].length;
      else if (textStart >= 0) {
        const text = decodeXml(documentXml.slice(textStart, tag.index));
        for (const [key, value] of open) open.set(key, value + text);
        textStart = -1;
      }
    }
  }
  const comments: DocxComment[] = [];
  for (const match of commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const id = /w:id="([^"]*)"/.exec(match[1]!)?.[1] ?? "";
    const author = decodeXml(/w:author="([^"]*)"/.exec(match[1]!)?.[1] ?? "");
    const paragraphs = [...match[2]!.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((paragraph) =>
      [...paragraph[0].matchAll(/<w:t\b[^>]*>([\s\S]*?)<\/w:t>/g)].map((text) => decodeXml(text[1]!)).join(""),
    );
    comments.push({ id, author, paragraphs, anchored: anchored.get(id) ?? "" });
  }
  return comments;
}

export interface PdfHighlight {
  page: number;
  author: string;
  contents: string;
  /** Upper left, upper right, lower left, lower right, per quad. */
  quads: number[][];
}

interface AnnotationData {
  subtype: string;
  titleObj?: { str: string };
  contentsObj?: { str: string };
  quadPoints?: ArrayLike<number> | null;
}

interface LoadedPdf {
  numPages: number;
  getPage(page: number): Promise<{ view: number[]; rotate: number; getAnnotations(): Promise<AnnotationData[]>; cleanup(): void }>;
}

export interface PdfPageInfo {
  view: number[];
  rotate: number;
  highlights: PdfHighlight[];
}

/** Every page's box, rotation and highlight annotations, as pdf.js reads them. */
export async function pdfPages(bytes: Uint8Array): Promise<PdfPageInfo[]> {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS });
  try {
    const document = (await (parser as unknown as { load(): Promise<LoadedPdf> }).load()) as LoadedPdf;
    const pages: PdfPageInfo[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const highlights = (await page.getAnnotations())
        .filter((annotation) => annotation.subtype === "Highlight")
        .map((annotation) => {
          const points = Array.from(annotation.quadPoints ?? []);
          const quads: number[][] = [];
          for (let at = 0; at + 8 <= points.length; at += 8) quads.push(points.slice(at, at + 8));
          return { page: number, author: annotation.titleObj?.str ?? "", contents: annotation.contentsObj?.str ?? "", quads };
        });
      pages.push({ view: page.view, rotate: page.rotate, highlights });
      page.cleanup();
    }
    return pages;
  } finally {
    await parser.destroy();
  }
}

/** pdf-parse's own text of each page, the way it reads any PDF. */
export async function pdfParseText(bytes: Uint8Array): Promise<string[]> {
  const { PDFParse } = await loadPdfParse();
  const parser = new PDFParse({ data: new Uint8Array(bytes), ...PDFJS_OPTIONS });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

export interface PdfWord {
  text: string;
  /** Centre, in the page's user space. */
  x: number;
  y: number;
}

/** Where poppler puts each word of every page, in user space (pages without rotation only are meaningful). */
export function popplerWords(file: string, views: readonly number[][]): PdfWord[][] {
  const html = execFileSync(PDFTOTEXT!, ["-bbox", file, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const pages: PdfWord[][] = [];
  for (const page of html.split(/<page\b/).slice(1)) {
    const view = views[pages.length] ?? [0, 0, 612, 792];
    const words: PdfWord[] = [];
    for (const word of page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
      const [xMin, yMin, xMax, yMax] = [word[1], word[2], word[3], word[4]].map(Number) as [number, number, number, number];
      words.push({ text: decodeXml(word[5]!), x: view[0]! + (xMin + xMax) / 2, y: view[3]! - (yMin + yMax) / 2 });
    }
    pages.push(words);
  }
  return pages;
}

function insideQuad(quad: readonly number[], x: number, y: number): boolean {
  // Upper left, upper right, lower left, lower right: the polygon UL, UR, LR, LL.
  const polygon = [
    [quad[0]!, quad[1]!],
    [quad[2]!, quad[3]!],
    [quad[6]!, quad[7]!],
    [quad[4]!, quad[5]!],
  ];
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = polygon[i]!;
    const [xj, yj] = polygon[j]!;
    if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!) inside = !inside;
  }
  return inside;
}

/** Text as compared with what poppler calls words: punctuation at either end dropped ("followers," is a word to it). */
export function wordsSkeleton(text: string): string {
  return skeletonOf(text).replace(/^\p{P}+|\p{P}+$/gu, "");
}

/** The words whose centres a highlight covers, in poppler's order. */
export function wordsUnder(words: readonly PdfWord[], highlight: PdfHighlight): string {
  return words
    .filter((word) => highlight.quads.some((quad) => insideQuad(quad, word.x, word.y)))
    .map((word) => word.text)
    .join(" ");
}

export function qpdfCheck(file: string): { ok: boolean; output: string } {
  try {
    return { ok: true, output: execFileSync(QPDF!, ["--check", file], { encoding: "utf8" }) };
  } catch (error) {
    return { ok: false, output: String((error as { stdout?: string }).stdout ?? error) };
  }
}

export interface LibreOfficeComment {
  author: string;
  text: string;
  anchored: string;
}

/**
 * Opens each Word document in LibreOffice (headless, one run for all) and reads back its
 * comments from the flat ODF it saves: each one's author, text and the text it is anchored on.
 * A document LibreOffice cannot open gets no entry.
 */
export function libreOfficeComments(documents: ReadonlyMap<string, Uint8Array>): Map<string, LibreOfficeComment[]> {
  const folder = mkdtempSync(path.join(tmpdir(), "annotate-lo-"));
  try {
    const files = [...documents].map(([name, bytes], index) => {
      const file = path.join(folder, `${index}-${name.replace(/[^\w.-]/g, "_")}`);
      writeFileSync(file, bytes);
      return { name, file };
    });
    const outDir = path.join(folder, "out");
    execFileSync(SOFFICE!, [`-env:UserInstallation=file://${folder}/profile`, "--headless", "--convert-to", "fodt", "--outdir", outDir, ...files.map((entry) => entry.file)], {
      stdio: "ignore",
      timeout: 300_000,
    });
    const results = new Map<string, LibreOfficeComment[]>();
    for (const { name, file } of files) {
      const converted = path.join(outDir, path.basename(file).replace(/\.docx$/, ".fodt"));
      if (!existsSync(converted)) continue;
      const xml = readFileSync(converted, "utf8");
      const comments: LibreOfficeComment[] = [];
      for (const match of xml.matchAll(/<office:annotation(\s[^>]*)?>([\s\S]*?)<\/office:annotation>/g)) {
        const named = /office:name="([^"]+)"/.exec(match[1] ?? "")?.[1];
        const body = match[2]!;
        const author = decodeXml(/<dc:creator>([\s\S]*?)<\/dc:creator>/.exec(body)?.[1] ?? "");
        const text = decodeXml(body.replace(/<dc:creator>[\s\S]*?<\/dc:creator>|<dc:date>[\s\S]*?<\/dc:date>|<meta:creator-initials>[\s\S]*?<\/meta:creator-initials>/g, "").replace(/<[^>]+>/g, ""));
        let anchored = "";
        if (named) {
          const end = xml.indexOf(`<office:annotation-end office:name="${named}"/>`, match.index);
          if (end > 0) anchored = decodeXml(xml.slice(match.index + match[0].length, end).replace(/<office:annotation(\s[^>]*)?>[\s\S]*?<\/office:annotation>/g, "").replace(/<[^>]+>/g, ""));
        }
        comments.push({ author, text, anchored });
      }
      results.set(name, comments);
    }
    return results;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
