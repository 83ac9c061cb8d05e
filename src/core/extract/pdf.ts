// PDF text, page by page, through pdf-parse (pdf.js 5.4.296) running in-thread.
import "./pdfjs-env.ts";
import { PDFParse } from "../../../node_modules/pdf-parse/dist/pdf-parse/web/pdf-parse.es.js";
import { AuditError, isAuditError } from "../errors.ts";

export interface PdfLimits {
  maxPages: number;
  timeoutMs: number;
}

export interface PdfPages {
  /** Raw text of each page, in order; normalisation happens later, once. */
  pages: string[];
}

interface LoadedDocument {
  numPages: number;
}

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

export async function extractPdfPages(bytes: Uint8Array, limits: PdfLimits): Promise<PdfPages> {
  const parser = new PDFParse({
    // pdf.js takes ownership of (and empties) the buffer it is given; the caller keeps its bytes.
    data: bytes.slice(),
    isEvalSupported: false,
    enableXfa: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    stopAtErrors: false,
    verbosity: 0,
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
    for (let pageNumber = 1; pageNumber <= document.numPages; pageNumber++) {
      const result = await parser.getText({ partial: [pageNumber] });
      pages.push(result.pages[0]?.text ?? "");
      checkClock();
    }
    return { pages };
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
