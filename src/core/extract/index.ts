// The one entry point from bytes (or pasted text) to an ExtractedDocument: sniff the format,
// pull the raw text out with the format's reader, then normalise it exactly once so that
// every span later computed indexes into `text`.
import { AuditError, isAuditError } from "../errors.ts";
import type { DocumentFormat, DocumentWarning, ExtractedDocument, PageRange, Span } from "../types.ts";
import { htmlToText } from "./html.ts";
import { isWhitespace, normalizeText, type InvisibleRun } from "./normalize.ts";
import { checkPdfBudget } from "./pdf-budget.ts";
import { locateHiddenRuns } from "./hidden-text.ts";
import { docxSource, pdfSource, type DocumentSourceMap } from "./positions.ts";
import { sniffFormat, type SniffResult } from "./sniff.ts";
import { classifyText, decodeTextBytes, markdownToText, type TextFlavour } from "./text.ts";

export { sniffFormat, type SniffResult } from "./sniff.ts";

export interface ExtractLimits {
  maxPages: number;
  maxCharacters: number;
  /** Bytes a DOCX may inflate to, every entry together. */
  maxInflatedBytes: number;
  maxZipEntries: number;
  /** Bytes of a DOCX's XML parts, inflated. */
  maxXmlBytes: number;
  /** Elements and text nodes of a DOCX's XML parts, counted before mammoth builds a DOM of them. */
  maxXmlNodes: number;
  /** Decoded bytes of any one PDF stream, and of all of a PDF's streams, measured before pdf.js reads the file. */
  maxPdfStreamBytes: number;
  maxPdfDecodedBytes: number;
  /** Operators in a PDF's content streams (see pdf-budget.ts). */
  maxPdfOperators: number;
  timeoutMs: number;
}

// Sized so that one document fits a Worker isolate (128 MB in all) beside the code: the
// corpus's largest Word document inflates to 1.3 MB with 0.9 MB of XML and 24,000 elements,
// and mammoth holds about 1.3 KB per node while it converts.
export const DEFAULT_LIMITS: ExtractLimits = Object.freeze({
  maxPages: 50,
  maxCharacters: 1_000_000,
  maxInflatedBytes: 32 * 1024 * 1024,
  maxZipEntries: 2000,
  maxXmlBytes: 8 * 1024 * 1024,
  maxXmlNodes: 60_000,
  // The corpus's PDFs reach 1.1 MB in one stream, 9.4 MB in all and 108,000 operators.
  maxPdfStreamBytes: 8 * 1024 * 1024,
  maxPdfDecodedBytes: 32 * 1024 * 1024,
  maxPdfOperators: 1_000_000,
  timeoutMs: 20_000,
});

export interface ExtractOptions {
  /**
   * Also map the normalised text back to the file's runs or text items, for writing into the
   * file (annotating). It costs a second reading of each PDF page's text; the analysis never
   * asks for it.
   */
  positions?: boolean;
}

/** An extracted document with, where asked for and the format has them, its text's sources. */
export interface ExtractedWithSources extends ExtractedDocument {
  /** Null for text formats, whose copy is written from the normalised text itself. */
  sources: DocumentSourceMap | null;
}

export interface ExtractHints {
  /** Only a hint: the bytes decide the format. */
  declaredType?: string | null;
  fileName?: string | null;
}

const PAGE_SEPARATOR = "\n\n";
const MAX_INVISIBLE_WARNINGS = 20;

function resolveLimits(limits?: Partial<ExtractLimits>): ExtractLimits {
  return { ...DEFAULT_LIMITS, ...(limits ?? {}) };
}

// The span of the word around an offset, so a highlight shows where the characters sat.
function wordSpanAround(text: string, at: number): Span {
  let start = at;
  let end = at;
  while (start > 0 && !isWhitespace(text.charCodeAt(start - 1))) start--;
  while (end < text.length && !isWhitespace(text.charCodeAt(end))) end++;
  return { start, end };
}

function invisibleWarnings(text: string, runs: InvisibleRun[]): DocumentWarning[] {
  if (runs.length === 0) return [];
  const warnings: DocumentWarning[] = runs.slice(0, MAX_INVISIBLE_WARNINGS).map((run) => ({
    code: "invisible_characters",
    message: `${run.count} invisible character${run.count === 1 ? "" : "s"} (zero-width, bidirectional control or tag) removed here.`,
    span: wordSpanAround(text, run.at),
  }));
  if (runs.length > MAX_INVISIBLE_WARNINGS) {
    const rest = runs.slice(MAX_INVISIBLE_WARNINGS).reduce((sum, run) => sum + run.count, 0);
    warnings.push({
      code: "invisible_characters",
      message: `${rest} more invisible characters removed in ${runs.length - MAX_INVISIBLE_WARNINGS} other places.`,
    });
  }
  return warnings;
}

interface Assembled {
  text: string;
  pages: PageRange[];
  invisible: InvisibleRun[];
}

/** Normalises each piece once and joins them, recording where each page lies in the result. */
function assemble(pieces: string[], limits: ExtractLimits): Assembled {
  let text = "";
  const pages: PageRange[] = [];
  const invisible: InvisibleRun[] = [];
  pieces.forEach((piece, index) => {
    const normalized = normalizeText(piece);
    if (text.length > 0 && normalized.text.length > 0) text += PAGE_SEPARATOR;
    const start = text.length;
    text += normalized.text;
    for (const run of normalized.invisible) invisible.push({ at: start + run.at, count: run.count });
    pages.push({ page: index + 1, start, end: text.length });
    if (text.length > limits.maxCharacters) {
      throw new AuditError("limits_exceeded", `The document holds more than ${limits.maxCharacters} characters of text.`);
    }
  });
  return { text, pages, invisible };
}

function checkRawSize(raw: string, limits: ExtractLimits): void {
  // Normalisation only shrinks text by collapsing whitespace; far more raw text than allowed is refused up front.
  if (raw.length > limits.maxCharacters * 4) {
    throw new AuditError("limits_exceeded", `The document holds more than ${limits.maxCharacters} characters of text.`);
  }
}

function requireText(text: string, detail: string): void {
  if (!/[\p{L}\p{N}]/u.test(text)) throw new AuditError("no_text", detail);
}

// The bytes decide that something is text; the name or declared type may then say which
// kind, as a .md file with no headings still wants its syntax stripped.
function flavourFromHints(hints: ExtractHints | undefined): TextFlavour | null {
  const declared = (hints?.declaredType ?? "").toLowerCase().split(";")[0]!.trim();
  const name = (hints?.fileName ?? "").toLowerCase();
  if (declared === "text/markdown" || declared === "text/x-markdown" || /\.(md|markdown|mdown)$/.test(name)) return "markdown";
  if (declared === "text/html" || declared === "application/xhtml+xml" || /\.(html?|xhtml)$/.test(name)) return "html";
  return null;
}

function fromFlavouredText(raw: string, limits: ExtractLimits, hinted: TextFlavour | null = null): ExtractedDocument {
  checkRawSize(raw, limits);
  const detected = classifyText(raw);
  const flavour = detected === "text" && hinted !== null && (hinted === "markdown" || /<[a-z]/i.test(raw)) ? hinted : detected;
  const readable = flavour === "html" ? htmlToText(raw) : flavour === "markdown" ? markdownToText(raw) : raw;
  const format: DocumentFormat = flavour;
  const { text, invisible } = assemble([readable], limits);
  requireText(text, "The text is empty or holds only whitespace.");
  return { format, text, pages: [], pageCount: null, warnings: invisibleWarnings(text, invisible), hiddenSpans: [] };
}

export function extractFromText(text: string, limits?: Partial<ExtractLimits>): ExtractedDocument {
  return fromFlavouredText(text, resolveLimits(limits));
}

const HIDDEN_TEXT_MESSAGE = "Text here is hidden from a reader (vanished, white or 2pt or smaller) but read by machines.";
const HIDDEN_PDF_TEXT_MESSAGE = "Text here is hidden from a reader (invisible render mode, white or transparent, or 2pt or smaller) but read by machines.";

// A run that cannot be placed exactly is still reported: better no span than a wrong one.
function unlocatedWarning(unlocated: number): DocumentWarning[] {
  if (unlocated === 0) return [];
  return [
    {
      code: "hidden_text",
      message: `${unlocated} stretch${unlocated === 1 ? "" : "es"} of text hidden from a reader could not be placed exactly in the text; claims there are not flagged.`,
    },
  ];
}

function hiddenWarnings(spans: Span[], message: string): DocumentWarning[] {
  return spans.map((span) => ({ code: "hidden_text", message, span }));
}

// The PDF and Word readers (pdf.js, mammoth) load with the first document that needs them:
// a run over text files, or one that only prints its usage, never pays for them.
async function fromPdf(bytes: Uint8Array, limits: ExtractLimits, options: ExtractOptions = {}): Promise<ExtractedWithSources> {
  await checkPdfBudget(bytes, { maxStreamBytes: limits.maxPdfStreamBytes, maxDecodedBytes: limits.maxPdfDecodedBytes, maxOperators: limits.maxPdfOperators });
  // pdf.js loads with the first PDF, after its streams have passed the budget.
  const { extractPdfPages } = await import("./pdf.ts");
  const { pages, hidden, positions } = await extractPdfPages(bytes, limits, { positions: options.positions === true });
  for (const page of pages) checkRawSize(page, limits);
  const assembled = assemble(pages, limits);
  requireText(assembled.text, "The PDF has no text layer: it looks scanned or image-only. Run OCR first.");
  const warnings = invisibleWarnings(assembled.text, assembled.invisible);
  const hiddenSpans: Span[] = [];
  let unlocated = 0;
  assembled.pages.forEach((range, index) => {
    const pageHidden = hidden[index];
    if (!pageHidden) return;
    const located = locateHiddenRuns(assembled.text.slice(range.start, range.end), range.start, pageHidden);
    hiddenSpans.push(...located.spans);
    unlocated += located.unlocated;
  });
  warnings.push(...hiddenWarnings(hiddenSpans, HIDDEN_PDF_TEXT_MESSAGE));
  warnings.push(...unlocatedWarning(unlocated));
  const emptyPages = assembled.pages.filter((page) => page.end === page.start).map((page) => page.page);
  if (emptyPages.length > 0) {
    warnings.push({
      code: "ocr_needed",
      message: `Page${emptyPages.length === 1 ? "" : "s"} ${emptyPages.join(", ")} hold${emptyPages.length === 1 ? "s" : ""} no text (scanned or image-only); claims there are not read.`,
    });
  }
  const sources = positions ? pdfSource(assembled.text, assembled.pages, positions) : null;
  return { format: "pdf", text: assembled.text, pages: assembled.pages, pageCount: pages.length, warnings, hiddenSpans, sources };
}

async function fromDocx(bytes: Uint8Array, mainPart: string | null, limits: ExtractLimits, options: ExtractOptions = {}): Promise<ExtractedWithSources> {
  const { extractDocxText } = await import("./docx.ts");
  const docx = await withTimeout(extractDocxText(bytes, mainPart, limits, { positions: options.positions === true }), limits.timeoutMs, "Word document");
  checkRawSize(docx.text, limits);
  const { text, invisible } = assemble([docx.text], limits);
  requireText(text, "The Word document holds no text.");
  const located = locateHiddenRuns(text, 0, docx.hidden);
  const hiddenSpans = located.spans;
  const warnings = invisibleWarnings(text, invisible);
  warnings.push(...hiddenWarnings(hiddenSpans, HIDDEN_TEXT_MESSAGE));
  warnings.push(...unlocatedWarning(located.unlocated));
  const sources = docx.positions ? docxSource(text, docx.positions) : null;
  return { format: "docx", text, pages: [], pageCount: null, warnings, hiddenSpans, sources };
}

async function withTimeout<T>(work: Promise<T>, timeoutMs: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  work.catch(() => undefined);
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new AuditError("timeout", `Reading the ${what} took longer than ${timeoutMs} ms.`)), timeoutMs);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function rejectionToError(sniffed: Extract<SniffResult, { kind: "rejected" }>): AuditError {
  return new AuditError(sniffed.code, sniffed.detail);
}

export async function extractDocument(
  bytes: Uint8Array,
  hints?: ExtractHints,
  limits?: Partial<ExtractLimits>,
  options?: ExtractOptions,
): Promise<ExtractedWithSources> {
  const resolved = resolveLimits(limits);
  try {
    const sniffed = sniffFormat(bytes);
    switch (sniffed.kind) {
      case "rejected":
        throw rejectionToError(sniffed);
      case "pdf":
        return await fromPdf(bytes, resolved, options);
      case "docx":
        return await fromDocx(bytes, sniffed.mainPart, resolved, options);
      case "text":
        return { ...fromFlavouredText(decodeTextBytes(bytes, sniffed.encoding, sniffed.bomLength), resolved, flavourFromHints(hints)), sources: null };
    }
  } catch (error) {
    if (isAuditError(error)) throw error;
    // A document must never surface as a bug: whatever a reader library throws, the bytes
    // were the cause. The original error stays as the cause for debugging, not in the detail.
    throw new AuditError("corrupt_document", "The document cannot be read.", { cause: error });
  }
}
