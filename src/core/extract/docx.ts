// DOCX through mammoth's HTML output (it keeps paragraphs, tables, lists, text boxes and
// footnotes apart, which its raw-text mode runs together), after our own ZIP guard has
// inflated every entry under a byte budget.
import mammoth from "mammoth";
import { AuditError, isAuditError } from "../errors.ts";
import { htmlToText } from "./html.ts";
import { findHiddenText, type StreamHiddenText } from "./hidden-text.ts";
import { mainPartFromContentTypes } from "./sniff.ts";
import { guardZip, readZipDirectory, type ZipGuardLimits } from "./zip.ts";

// Finding hidden runs lives with the rest of hidden-text handling; re-exported for existing callers.
export { findHiddenRuns, findHiddenText, readStyles, type StyleSheet } from "./hidden-text.ts";

export interface DocxText {
  text: string;
  /** Texts of runs a reader cannot see, in document order. */
  hiddenRuns: string[];
  /** The same runs as positions in the main part's text skeleton, for locating in the final text. */
  hidden: StreamHiddenText;
}

const CONTENT_TYPES = "[Content_Types].xml";
const STYLES = "word/styles.xml";

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
