// extract → detect → advise: the one pipeline the HTTP routes, the command line, the
// batch route and the benchmarks all call.
import { advise } from "./advise/index.ts";
import { detectDocumentType } from "./advise/document-type.ts";
import { classifyRole } from "./advise/role.ts";
import { detectClaims } from "./detect/index.ts";
import { scanTextWords } from "./detect/letter-runs.ts";
import { AuditError } from "./errors.ts";
import { DEFAULT_LIMITS, extractDocument, extractFromText, type ExtractLimits } from "./extract/index.ts";
import type { LlmConfig } from "./llm/config.ts";
import { detectPromptInjection } from "./llm/injection.ts";
import type { ScanCandidates } from "./pattern-scan.ts";
import { textStatistics } from "./text-stats.ts";
import { ENGINE_VERSION } from "./version.ts";
import type { DetectedClaim, DocumentTypeInput, DocumentWarning, ExtractedDocument, Report, ReportDocument } from "./types.ts";

export { ENGINE_VERSION };
/** Bounds on what one document may cost past extraction. */
export interface AnalysisLimits {
  /** Claims advised per document; the rest are left out with a `truncated` warning. */
  maxClaims: number;
  /** Largest report, in bytes of its JSON; past it the answer is 422 `limits_exceeded`. */
  maxReportBytes: number;
}

export type DocumentLimits = ExtractLimits & AnalysisLimits;

export const DEFAULT_ANALYSIS_LIMITS: AnalysisLimits = Object.freeze({
  maxClaims: 300,
  maxReportBytes: 4 * 1024 * 1024,
});

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = Object.freeze({ ...DEFAULT_LIMITS, ...DEFAULT_ANALYSIS_LIMITS });


export type DocumentSource =
  | { kind: "bytes"; bytes: Uint8Array; declaredType?: string | null; fileName?: string | null }
  | { kind: "text"; text: string };

export interface AnalyzeOptions {
  /** Request id, echoed as `report.id`. */
  id: string;
  role?: string | null;
  jobDescription?: string | null;
  documentType?: DocumentTypeInput;
  includeText?: boolean;
  /** The year "stale" and "as of" are judged against; defaults to the clock's. Fixed in tests. */
  currentYear?: number;
  /** A configured model, or null/undefined to keep the rule engine's report as it is. */
  llm?: LlmConfig | null;
  /** Defaults to `DEFAULT_ANALYSIS_LIMITS`. */
  limits?: Partial<AnalysisLimits>;
}

export async function extract(source: DocumentSource, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument> {
  if (source.kind === "text") return extractFromText(source.text, limits);
  return extractDocument(source.bytes, { declaredType: source.declaredType ?? null, fileName: source.fileName ?? null }, limits);
}

/** `candidates`: the text's scan candidates, when the caller has them (see `scanCandidates`). */
export function describeDocument(extracted: ExtractedDocument, candidates?: ScanCandidates): Omit<ReportDocument, "type" | "typeSource"> {
  // One pass over the text counts the words and the language's function words.
  const { words, language } = textStatistics(extracted.text);
  return {
    format: extracted.format,
    pages: extracted.pageCount,
    characters: extracted.text.length,
    words,
    language,
    // Injection attempts are reported whether or not a model will read the text.
    warnings: [...extracted.warnings, ...detectPromptInjection(extracted.text, extracted.hiddenSpans, candidates)],
  };
}

/**
 * The first `maxClaims` claims in document order, and a warning when there were more. Advice
 * reads each claim's line and sentence, so its cost grows with the claims: a document of
 * nothing but "Klout 1." must not cost more than one with a few hundred real claims. Detection
 * is asked for one claim more than the cap, which is how a document over it is known.
 */
function capClaims(claims: DetectedClaim[], maxClaims: number): { kept: DetectedClaim[]; warnings: DocumentWarning[] } {
  if (claims.length <= maxClaims) return { kept: claims, warnings: [] };
  return {
    kept: claims.slice(0, maxClaims),
    warnings: [
      {
        code: "truncated",
        message: `The document holds more than ${maxClaims} claims; only the first ${maxClaims} are analysed. A résumé or bid with that many is better cut down.`,
      },
    ],
  };
}

/** UTF-8 length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

/** Refuses a report whose JSON would be larger than the cap, whatever made it so; its size otherwise. */
export function checkReportSize(report: Report, maxReportBytes: number): number {
  const bytes = utf8Length(JSON.stringify(report));
  if (bytes > maxReportBytes) {
    throw new AuditError("limits_exceeded", `The report would be ${bytes} bytes, over the limit of ${maxReportBytes} (MAX_REPORT_BYTES).`);
  }
  return bytes;
}

/** Analyses text that has already been extracted; synchronous and deterministic. */
export function analyzeExtracted(extracted: ExtractedDocument, options: AnalyzeOptions): Report {
  const limits = { ...DEFAULT_ANALYSIS_LIMITS, ...(options.limits ?? {}) };
  const requestedType = options.documentType ?? "auto";
  // The document-type cues, the injection patterns and the detectors look for their words in one pass.
  const { candidates, letterRuns } = scanTextWords(extracted.text);
  const type = requestedType === "auto" ? detectDocumentType(extracted.text, candidates) : requestedType;
  const role = classifyRole({ role: options.role ?? null, jobDescription: options.jobDescription ?? null });
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const detected = detectClaims(
    { text: extracted.text, pages: extracted.pages, hiddenSpans: extracted.hiddenSpans, letterRuns },
    { currentYear, maxClaims: limits.maxClaims + 1 },
  );
  const described = describeDocument(extracted, candidates);
  const capped = capClaims(detected, limits.maxClaims);
  const { claims, summary } = advise({
    text: extracted.text,
    claims: capped.kept,
    role,
    documentType: type,
    currentYear,
    jobDescription: options.jobDescription ?? null,
    language: described.language,
  });
  const report: Report = {
    id: options.id,
    engine: { version: ENGINE_VERSION, llm: "off" },
    document: { ...described, warnings: [...described.warnings, ...capped.warnings], type, typeSource: requestedType === "auto" ? "detected" : "given" },
    role,
    claims,
    summary,
  };
  if (options.includeText) report.text = extracted.text;
  return report;
}

export async function analyzeDocument(
  source: DocumentSource,
  options: AnalyzeOptions,
  limits?: Partial<DocumentLimits>,
): Promise<Report> {
  const extracted = await extract(source, limits);
  return completeAnalysis(extracted, { ...options, limits: { ...(limits ?? {}), ...(options.limits ?? {}) } });
}

/**
 * The report for text already extracted, re-advised by the model where one is configured: the
 * part of `analyzeDocument` after extraction, for callers that time the two apart. A report larger
 * than `maxReportBytes` is refused.
 */
export async function completeAnalysis(extracted: ExtractedDocument, options: AnalyzeOptions): Promise<Report> {
  const limits = { ...DEFAULT_ANALYSIS_LIMITS, ...(options.limits ?? {}) };
  // Read the clock once, so the rules and the model's re-advice judge against the same year.
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const report = analyzeExtracted(extracted, { ...options, currentYear, limits });
  if (!options.llm) {
    checkReportSize(report, limits.maxReportBytes);
    return report;
  }
  // The model client (and its SDK) loads only when a model is configured.
  const { enhanceReport } = await import("./llm/enhance.ts");
  const { report: enhanced } = await enhanceReport(
    {
      report,
      text: extracted.text,
      hiddenSpans: extracted.hiddenSpans,
      pages: extracted.pages,
      jobDescription: options.jobDescription ?? null,
    },
    options.llm,
    {
      advise: (input) =>
        advise({ ...input, currentYear, jobDescription: options.jobDescription ?? null, language: report.document.language }),
    },
  );
  checkReportSize(enhanced, limits.maxReportBytes);
  return enhanced;
}
