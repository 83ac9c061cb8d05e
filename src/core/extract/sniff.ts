// Decides what the bytes are before any parser sees them. The declared type and the file
// name are never trusted: a renamed PNG must be told apart from a PDF, and a .docx that is
// really an encrypted OLE container from one that is really a Word document.

import { AuditError, type ErrorCode } from "../errors.ts";
import { readZipDirectory, type ZipDirectory } from "./zip.ts";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

export type RejectionCode = Extract<
  ErrorCode,
  "unsupported_media_type" | "encrypted_document" | "corrupt_document" | "limits_exceeded" | "no_text"
>;

export type SniffResult =
  | { kind: "pdf"; headerOffset: number }
  /** mainPart is null when only a compressed [Content_Types].xml can tell where the body lies. */
  | { kind: "docx"; mainPart: string | null; directory: ZipDirectory }
  | { kind: "text"; encoding: TextEncodingName; bomLength: number }
  | { kind: "rejected"; code: RejectionCode; detail: string };

const PDF_SEARCH_WINDOW = 1024;
const TEXT_SAMPLE_BYTES = 8192;

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function asciiAt(bytes: Uint8Array, offset: number, length: number): string {
  let text = "";
  for (let index = offset; index < Math.min(bytes.length, offset + length); index++) {
    text += String.fromCharCode(bytes[index]!);
  }
  return text;
}

function findAscii(bytes: Uint8Array, needle: string, limit: number): number {
  const end = Math.min(bytes.length, limit) - needle.length;
  outer: for (let offset = 0; offset <= end; offset++) {
    for (let index = 0; index < needle.length; index++) {
      if (bytes[offset + index] !== needle.charCodeAt(index)) continue outer;
    }
    return offset;
  }
  return -1;
}

function containsUtf16Le(bytes: Uint8Array, needle: string): boolean {
  const encoded = new Uint8Array(needle.length * 2);
  for (let index = 0; index < needle.length; index++) encoded[index * 2] = needle.charCodeAt(index);
  outer: for (let offset = 0; offset <= bytes.length - encoded.length; offset++) {
    for (let index = 0; index < encoded.length; index++) {
      if (bytes[offset + index] !== encoded[index]) continue outer;
    }
    return true;
  }
  return false;
}

function reject(code: RejectionCode, detail: string): SniffResult {
  return { kind: "rejected", code, detail };
}

function unsupported(what: string): SniffResult {
  return reject("unsupported_media_type", `Received ${what}.`);
}

// OLE compound files hold named streams whose names sit in directory sectors as UTF-16LE;
// looking for the names is enough to tell the Office formats apart.
function sniffCompoundFile(bytes: Uint8Array): SniffResult {
  if (containsUtf16Le(bytes, "EncryptedPackage") || containsUtf16Le(bytes, "EncryptionInfo")) {
    return reject("encrypted_document", "The document is password-protected: remove the password and send it again.");
  }
  if (containsUtf16Le(bytes, "WordDocument")) return unsupported("a legacy Word .doc file: save it as .docx or PDF");
  if (containsUtf16Le(bytes, "Workbook") || containsUtf16Le(bytes, "Book")) return unsupported("a legacy Excel .xls spreadsheet");
  if (containsUtf16Le(bytes, "PowerPoint Document")) return unsupported("a legacy PowerPoint .ppt presentation");
  return unsupported("an OLE compound file (a legacy Office format): save it as .docx or PDF");
}

const WORD_MAIN_CONTENT_TYPE = /wordprocessingml\.(document|template)(\.macroenabled)?\.main\+xml|ms-word\.(document|template)\.macroenabled(template)?\.main\+xml/i;

/** The part a [Content_Types].xml names as a Word document's body, or null. */
export function mainPartFromContentTypes(contentTypes: string): string | null {
  // A tag's attributes stop at "<" too, so a scan never runs over the next tag.
  const overridePattern = /<Override\b[^<>]*>/gi;
  for (const match of contentTypes.matchAll(overridePattern)) {
    const element = match[0];
    const contentType = /ContentType\s*=\s*["']([^"']*)["']/i.exec(element)?.[1] ?? "";
    const partName = /PartName\s*=\s*["']([^"']*)["']/i.exec(element)?.[1];
    if (partName && WORD_MAIN_CONTENT_TYPE.test(contentType)) return decodeURIComponent(partName.replace(/^\//, ""));
  }
  return null;
}

function describeOtherZip(names: Set<string>, contentTypes: string | null, mimetype: string | null): string {
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.text")) return "an OpenDocument text (.odt): save it as .docx or PDF";
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.spreadsheet")) return "an OpenDocument spreadsheet (.ods)";
  if (mimetype?.startsWith("application/vnd.oasis.opendocument.presentation")) return "an OpenDocument presentation (.odp)";
  if (mimetype?.startsWith("application/epub+zip")) return "an EPUB e-book";
  if (names.has("xl/workbook.xml") || /spreadsheetml/i.test(contentTypes ?? "")) return "an XLSX spreadsheet";
  if (names.has("ppt/presentation.xml") || /presentationml/i.test(contentTypes ?? "")) return "a PPTX presentation";
  if (names.has("meta-inf/manifest.mf")) return "a Java archive (JAR)";
  return "a ZIP archive that is not a Word document";
}

function sniffZip(bytes: Uint8Array): SniffResult {
  let directory: ZipDirectory;
  try {
    // Entry limits are applied again, with the caller's limits, when the archive is read.
    directory = readZipDirectory(bytes, { maxZipEntries: 0xffff });
  } catch (error) {
    if (error instanceof AuditError) return reject(error.code as RejectionCode, error.message);
    throw error;
  }
  const names = new Set(directory.entries.map((entry) => entry.name.toLowerCase()));
  const storedText = (name: string): string | null => {
    const entry = directory.entries.find((candidate) => candidate.name.toLowerCase() === name);
    if (!entry || entry.method !== 0) return null;
    return new TextDecoder("utf-8").decode(bytes.subarray(entry.dataStart, Math.min(entry.dataEnd, entry.dataStart + 65536)));
  };
  const contentTypes = storedText("[content_types].xml");
  const mimetype = storedText("mimetype");

  if (contentTypes !== null) {
    const mainPart = mainPartFromContentTypes(contentTypes);
    if (mainPart) return { kind: "docx", mainPart, directory };
  }
  if (names.has("word/document.xml")) return { kind: "docx", mainPart: "word/document.xml", directory };
  const looksLikeOtherFormat =
    mimetype !== null || names.has("xl/workbook.xml") || names.has("ppt/presentation.xml") || names.has("meta-inf/manifest.mf");
  if (names.has("[content_types].xml") && contentTypes === null && !looksLikeOtherFormat) {
    return { kind: "docx", mainPart: null, directory };
  }
  return unsupported(describeOtherZip(names, contentTypes, mimetype));
}

function looksLikeUtf16(bytes: Uint8Array, zeroAtOdd: boolean): boolean {
  const sample = Math.min(bytes.length, TEXT_SAMPLE_BYTES) & ~1;
  if (sample < 4) return false;
  let zeros = 0;
  let misplacedZeros = 0;
  for (let index = 0; index < sample; index += 2) {
    const even = bytes[index]!;
    const odd = bytes[index + 1]!;
    if ((zeroAtOdd ? odd : even) === 0) zeros++;
    if ((zeroAtOdd ? even : odd) === 0) misplacedZeros++;
  }
  const pairs = sample / 2;
  return zeros / pairs > 0.3 && misplacedZeros / pairs < 0.05;
}

// Text has almost no C0 control bytes; binary is full of them.
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, TEXT_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return false;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls++;
  }
  return controls <= sample.length * 0.01;
}

export function sniffFormat(bytes: Uint8Array): SniffResult {
  if (bytes.length === 0) return reject("no_text", "The file is empty.");

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { kind: "text", encoding: "utf-8", bomLength: 3 };
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00])) return unsupported("UTF-32 text: save it as UTF-8");
  if (startsWith(bytes, [0xff, 0xfe])) return { kind: "text", encoding: "utf-16le", bomLength: 2 };
  if (startsWith(bytes, [0xfe, 0xff])) return { kind: "text", encoding: "utf-16be", bomLength: 2 };

  const pdfOffset = findAscii(bytes, "%PDF-", PDF_SEARCH_WINDOW);
  if (pdfOffset >= 0) return { kind: "pdf", headerOffset: pdfOffset };

  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06]) || startsWith(bytes, [0x50, 0x4b, 0x07, 0x08])) {
    return sniffZip(bytes);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return sniffCompoundFile(bytes);

  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return unsupported("a PNG image: run OCR first");
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return unsupported("a JPEG image: run OCR first");
  if (asciiAt(bytes, 0, 6) === "GIF87a" || asciiAt(bytes, 0, 6) === "GIF89a") return unsupported("a GIF image: run OCR first");
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return unsupported("a TIFF image: run OCR first");
  if (asciiAt(bytes, 0, 4) === "RIFF" && asciiAt(bytes, 8, 4) === "WEBP") return unsupported("a WebP image: run OCR first");
  if (asciiAt(bytes, 4, 4) === "ftyp") {
    const brand = asciiAt(bytes, 8, 4);
    if (/^(heic|heix|mif1|avif)/.test(brand)) return unsupported("a HEIC or AVIF image: run OCR first");
    return unsupported("an MP4 or QuickTime media file");
  }
  if (asciiAt(bytes, 0, 5) === "{\\rtf") return unsupported("an RTF document: save it as .docx or PDF");
  if (startsWith(bytes, [0x1f, 0x8b])) return unsupported("a gzip archive");
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return unsupported("a 7-Zip archive");
  if (asciiAt(bytes, 0, 4) === "Rar!") return unsupported("a RAR archive");
  if (asciiAt(bytes, 0, 4) === "%!PS") return unsupported("a PostScript file: convert it to PDF");

  if (looksLikeUtf16(bytes, true)) return { kind: "text", encoding: "utf-16le", bomLength: 0 };
  if (looksLikeUtf16(bytes, false)) return { kind: "text", encoding: "utf-16be", bomLength: 0 };
  if (looksLikeText(bytes)) {
    const head = asciiAt(bytes, 0, 512).trimStart().toLowerCase();
    if (head.startsWith("<?xml") || head.startsWith("<svg")) {
      if (/<svg[\s>]/.test(asciiAt(bytes, 0, 2048).toLowerCase())) return unsupported("an SVG image");
      if (/<w:worddocument[\s>]/i.test(asciiAt(bytes, 0, 4096))) return unsupported("a Word 2003 XML document: save it as .docx or PDF");
      if (/<office:document[\s>]/i.test(asciiAt(bytes, 0, 4096))) return unsupported("a flat OpenDocument file: save it as .docx or PDF");
    }
    return { kind: "text", encoding: "utf-8", bomLength: 0 };
  }
  return unsupported("binary data in no format we read (PDF, DOCX, text, Markdown or HTML)");
}
