// PDF text, page by page, through pdf-parse (pdf.js 5.4.296) running in-thread.
import "./pdfjs-env.ts";
import { restoreNativeArrayPush } from "./native-builtins.ts";
import { PDFParse } from "../../../node_modules/pdf-parse/dist/pdf-parse/web/pdf-parse.es.js";
import { AuditError, isAuditError } from "../errors.ts";
import { findHiddenGlyphRuns, type OperatorList, type PageHiddenText } from "./pdf-hidden.ts";

// The bundle, like the worker module, replaces Array.prototype.push on evaluation.
restoreNativeArrayPush();

export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
}

export interface PdfPages {
  /** Raw text of each page, in order; normalisation happens later, once. */
  pages: string[];
  /** Per page, the text skeleton and the runs in it that a reader cannot see. */
  hidden: PageHiddenText[];
}

interface PageProxy {
  getOperatorList(options: { intent: string; annotationMode: number }): Promise<OperatorList>;
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
 * - no canvas, image decoder, font face, system fonts or fetches for CMaps and fonts.
 * - maxImageSize — walking the operator list decodes images; larger ones are skipped, which
 *   keeps memory bounded (4 megapixels is 16 MB of RGBA).
 * pdf.js only runs a PDF's JavaScript in its viewer's sandbox, which is never loaded here.
 */
export const PDFJS_OPTIONS = Object.freeze({
  isEvalSupported: false,
  enableXfa: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  stopAtErrors: false,
  maxImageSize: 4 * 1024 * 1024,
  verbosity: 0,
});

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

async function hiddenTextOf(document: LoadedDocument, pageNumber: number): Promise<PageHiddenText> {
  const page = await document.getPage(pageNumber);
  try {
    return findHiddenGlyphRuns(await page.getOperatorList({ intent: "display", annotationMode: ANNOTATIONS_DISABLED }));
  } finally {
    page.cleanup();
  }
}

export async function extractPdfPages(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPages> {
  const parser = new PDFParse({
    // pdf.js takes ownership of (and empties) the buffer it is given; the caller keeps its bytes.
    data: bytes.slice(),
    ...PDFJS_OPTIONS,
  });

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

  const work = (async (): Promise<PdfPages> => {
    const document = await (parser as unknown as ParserWithLoad).load();
    checkClock();
    if (document.numPages > limits.maxPages) {
      throw new AuditError("limits_exceeded", `The PDF has ${document.numPages} pages; at most ${limits.maxPages} are read.`);
    }
    const pages: string[] = [];
    const hidden: PageHiddenText[] = [];
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const result = await parser.getText({ partial: [pageNumber] });
      const text = result.pages[0]?.text ?? "";
      pages.push(text);
      checkClock();
      // A page without text has nothing to hide, and walking its operator list would decode
      // its images and re-read its content streams for nothing.
      hidden.push(/\S/.test(text) ? await hiddenTextOf(document, pageNumber) : { skeleton: "", runs: [] });
      checkClock();
    }
    return { pages, hidden };
  })();
  // If the deadline wins, the work is abandoned and fails once the document is destroyed.
  work.catch(() => undefined);

  try {
    return await Promise.race([work, deadline]);
  } catch (error) {
    throw toAuditError(error);
  } finally {
    clearTimeout(timer);
    await parser.destroy().catch(() => undefined);
  }
}
