// extract → detect → advise: the one pipeline the HTTP routes, the command line, the
// batch route and the benchmarks all call.
import { advise } from "./advise/index.ts";
import { detectDocumentType } from "./advise/document-type.ts";
import { classifyRole } from "./advise/role.ts";
import { detectClaims } from "./detect/index.ts";
import { extractDocument, extractFromText, type ExtractLimits } from "./extract/index.ts";
import { countWords, detectLanguage } from "./text-stats.ts";
import type { DocumentTypeInput, ExtractedDocument, Report, ReportDocument } from "./types.ts";

export const ENGINE_VERSION = "0.1.0";

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
}

export async function extract(source: DocumentSource, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument> {
  if (source.kind === "text") return extractFromText(source.text, limits);
  return extractDocument(source.bytes, { declaredType: source.declaredType ?? null, fileName: source.fileName ?? null }, limits);
}

export function describeDocument(extracted: ExtractedDocument): Omit<ReportDocument, "type" | "typeSource"> {
  return {
    format: extracted.format,
    pages: extracted.pageCount,
    characters: extracted.text.length,
    words: countWords(extracted.text),
    language: detectLanguage(extracted.text),
    warnings: extracted.warnings,
  };
}

/** Analyses text that has already been extracted; synchronous and deterministic. */
export function analyzeExtracted(extracted: ExtractedDocument, options: AnalyzeOptions): Report {
  const requestedType = options.documentType ?? "auto";
  const type = requestedType === "auto" ? detectDocumentType(extracted.text) : requestedType;
  const role = classifyRole({ role: options.role ?? null, jobDescription: options.jobDescription ?? null });
  const detected = detectClaims({ text: extracted.text, pages: extracted.pages, hiddenSpans: extracted.hiddenSpans });
  const { claims, summary } = advise({ text: extracted.text, claims: detected, role, documentType: type });
  const report: Report = {
    id: options.id,
    engine: { version: ENGINE_VERSION, llm: "off" },
    document: { ...describeDocument(extracted), type, typeSource: requestedType === "auto" ? "detected" : "given" },
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
  return analyzeExtracted(await extract(source, limits), options);
}
