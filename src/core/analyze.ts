// extract → detect → advise: the one pipeline the HTTP routes, the command line, the
// batch route and the benchmarks all call.
import { advise } from "./advise/index.ts";
import { detectDocumentType } from "./advise/document-type.ts";
import { classifyRole } from "./advise/role.ts";
import { detectClaims } from "./detect/index.ts";
import { scanTextWords } from "./detect/letter-runs.ts";
import { extractDocument, extractFromText, type ExtractLimits } from "./extract/index.ts";
import type { LlmConfig } from "./llm/config.ts";
import { detectPromptInjection } from "./llm/injection.ts";
import type { ScanCandidates } from "./pattern-scan.ts";
import { textStatistics } from "./text-stats.ts";
import { ENGINE_VERSION } from "./version.ts";
import type { DocumentTypeInput, ExtractedDocument, Report, ReportDocument } from "./types.ts";

export { ENGINE_VERSION };

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

/** Analyses text that has already been extracted; synchronous and deterministic. */
export function analyzeExtracted(extracted: ExtractedDocument, options: AnalyzeOptions): Report {
  const requestedType = options.documentType ?? "auto";
  // The document-type cues, the injection patterns and the detectors look for their words in one pass.
  const { candidates, letterRuns } = scanTextWords(extracted.text);
  const type = requestedType === "auto" ? detectDocumentType(extracted.text, candidates) : requestedType;
  const role = classifyRole({ role: options.role ?? null, jobDescription: options.jobDescription ?? null });
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const detected = detectClaims({ text: extracted.text, pages: extracted.pages, hiddenSpans: extracted.hiddenSpans, letterRuns }, { currentYear });
  const described = describeDocument(extracted, candidates);
  const { claims, summary } = advise({
    text: extracted.text,
    claims: detected,
    role,
    documentType: type,
    currentYear,
    jobDescription: options.jobDescription ?? null,
    language: described.language,
  });
  const report: Report = {
    id: options.id,
    engine: { version: ENGINE_VERSION, llm: "off" },
    document: { ...described, type, typeSource: requestedType === "auto" ? "detected" : "given" },
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
  limits?: Partial<ExtractLimits>,
): Promise<Report> {
  return completeAnalysis(await extract(source, limits), options);
}

/**
 * The report for text already extracted, re-advised by the model where one is configured: the
 * part of `analyzeDocument` after extraction, for callers that time the two apart.
 */
export async function completeAnalysis(extracted: ExtractedDocument, options: AnalyzeOptions): Promise<Report> {
  // Read the clock once, so the rules and the model's re-advice judge against the same year.
  const currentYear = options.currentYear ?? new Date().getUTCFullYear();
  const report = analyzeExtracted(extracted, { ...options, currentYear });
  if (!options.llm) return report;
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
    { advise: (input) => advise({ ...input, currentYear }) },
  );
  return enhanced;
}
