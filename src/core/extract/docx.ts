// DOCX through mammoth's HTML output (it keeps paragraphs, tables, lists, text boxes and
// footnotes apart, which its raw-text mode runs together), after our own ZIP guard has
// inflated every entry under a byte budget.
import mammoth from "mammoth";
import { AuditError, isAuditError } from "../errors.ts";
import { htmlToText } from "./html.ts";
import { mainPartFromContentTypes } from "./sniff.ts";
import { guardZip, readZipDirectory, type ZipGuardLimits } from "./zip.ts";

export interface DocxText {
  text: string;
  /** Texts of runs a reader cannot see, in document order, for locating in the final text. */
  hiddenRuns: string[];
}

const CONTENT_TYPES = "[Content_Types].xml";

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

// White or near-white text on what is almost always a white page, or text of 2pt or less.
function runIsHidden(runProperties: string): boolean {
  const vanish = /<w:(vanish|specVanish)\b[^>]*>/.exec(runProperties);
  if (vanish && isSwitchedOn(vanish[0])) return true;
  const colour = /<w:color\b[^>]*w:val\s*=\s*["']([0-9A-Fa-f]{6})["']/.exec(runProperties)?.[1];
  if (colour) {
    const channels = [0, 2, 4].map((offset) => Number.parseInt(colour.slice(offset, offset + 2), 16));
    if (channels.every((channel) => channel >= 0xf0)) return true;
  }
  const halfPoints = /<w:sz\b[^>]*w:val\s*=\s*["'](\d+)["']/.exec(runProperties)?.[1];
  if (halfPoints !== undefined && Number(halfPoints) <= 4) return true;
  return false;
}

/**
 * Finds the text of hidden runs in the main document part. It reads run properties only,
 * not styles, so text hidden through a character style is not seen.
 */
export function findHiddenRuns(documentXml: string): string[] {
  const hidden: string[] = [];
  for (const paragraph of documentXml.split(/<\/w:p>/)) {
    let current = "";
    const runPattern = /<w:r\b[^>]*>([\s\S]*?)<\/w:r>/g;
    for (const run of paragraph.matchAll(runPattern)) {
      const body = run[1] ?? "";
      const properties = /<w:rPr>([\s\S]*?)<\/w:rPr>/.exec(body)?.[1] ?? "";
      const texts = [...body.matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((match) => decodeXmlText(match[1] ?? "")).join("");
      if (runIsHidden(properties) && texts.trim() !== "") {
        current += texts;
      } else if (texts !== "" && current !== "") {
        hidden.push(current);
        current = "";
      }
    }
    if (current.trim() !== "") hidden.push(current);
  }
  return hidden;
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
  const wanted = [CONTENT_TYPES, sniffedMainPart ?? "word/document.xml"];
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
  return { text: htmlToText(html), hiddenRuns: findHiddenRuns(new TextDecoder().decode(mainXml)) };
}
