// The writer's own document back, with the advice in place: Word comments on each claim of a
// DOCX, highlights with notes on a PDF, a Markdown copy with footnotes for text, Markdown and
// HTML. The report is the one /v1/analyze gives for the same document and fields; where each
// claim sits comes from the extraction (the text map), never from searching the text again.
import { completeAnalysis, type AnalyzeOptions, type DocumentLimits, type DocumentSource } from "../analyze.ts";
import { DEFAULT_LIMITS, extractDocument, extractFromText, type ExtractedWithSources } from "../extract/index.ts";
import type { Report } from "../types.ts";
import type { AnnotatedFile } from "./docx.ts";
import { annotateText } from "./markdown.ts";

export const ANNOTATED_MEDIA_TYPES = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  md: "text/markdown; charset=utf-8",
} as const;

export type AnnotatedExtension = keyof typeof ANNOTATED_MEDIA_TYPES;

export interface AnnotatedDocument {
  bytes: Uint8Array;
  extension: AnnotatedExtension;
  mediaType: (typeof ANNOTATED_MEDIA_TYPES)[AnnotatedExtension];
  /** The same report /v1/analyze gives. */
  report: Report;
  /** Ids of the claims marked where they stand; the others are listed in the note on the whole document. */
  marked: string[];
}

export interface AnnotateHooks {
  /** Called once the text is extracted: the pool stops the extraction clock there. */
  onExtracted?: () => void;
}

/** Extraction with the text map the writers need. */
export async function extractForAnnotating(source: DocumentSource, limits?: Partial<DocumentLimits>): Promise<ExtractedWithSources> {
  if (source.kind === "text") return { ...extractFromText(source.text, limits), sources: null };
  return extractDocument(source.bytes, { declaredType: source.declaredType ?? null, fileName: source.fileName ?? null }, limits, { positions: true });
}

/** Writes the report's advice into the extracted document's own file. */
export async function writeAnnotations(
  source: DocumentSource,
  extracted: ExtractedWithSources,
  report: Report,
  limits?: Partial<DocumentLimits>,
): Promise<AnnotatedDocument> {
  let file: AnnotatedFile;
  let extension: AnnotatedExtension;
  const sources = extracted.sources;
  if (source.kind === "bytes" && sources?.format === "docx") {
    const { annotateDocx } = await import("./docx.ts");
    file = await annotateDocx(source.bytes, sources, report);
    extension = "docx";
  } else if (source.kind === "bytes" && sources?.format === "pdf") {
    const { annotatePdf } = await import("./pdf.ts");
    file = await annotatePdf(source.bytes, sources, report, limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs);
    extension = "pdf";
  } else {
    file = annotateText(extracted.text, report);
    extension = "md";
  }
  return {
    bytes: file.bytes,
    extension,
    mediaType: ANNOTATED_MEDIA_TYPES[extension],
    report,
    marked: file.marked.map((claim) => claim.id),
  };
}

/** extract (with the text map) → analyse → write the advice into the file. */
export async function annotateDocument(
  source: DocumentSource,
  options: AnalyzeOptions,
  limits?: Partial<DocumentLimits>,
  hooks: AnnotateHooks = {},
): Promise<AnnotatedDocument> {
  const extracted = await extractForAnnotating(source, limits);
  hooks.onExtracted?.();
  const report = await completeAnalysis(extracted, { ...options, includeText: false, limits: { ...(limits ?? {}), ...(options.limits ?? {}) } });
  return writeAnnotations(source, extracted, report, limits);
}
