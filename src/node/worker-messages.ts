// What the pool (pool.ts) and its worker threads (analysis-worker.ts) say to each other.
import type { AnalyzeOptions, DocumentSource } from "../core/analyze.ts";
import type { ErrorCode, FieldError } from "../core/errors.ts";
import type { DocumentLimits } from "../core/analyze.ts";
import type { AnnotatedDocument } from "../core/annotate/index.ts";
import type { ExtractLimits } from "../core/extract/index.ts";
import type { ExtractedDocument, Report } from "../core/types.ts";

export type WorkerTask =
  | { kind: "analyze"; source: DocumentSource; options: AnalyzeOptions; limits?: Partial<DocumentLimits> }
  | { kind: "annotate"; source: DocumentSource; options: AnalyzeOptions; limits?: Partial<DocumentLimits> }
  | { kind: "extract"; source: DocumentSource; limits?: Partial<ExtractLimits> };

export type WorkerResult = Report | ExtractedDocument | AnnotatedDocument;

/** An error as it crosses to the pool: an AuditError keeps its code; anything else is a bug. */
export interface CarriedError {
  code?: ErrorCode;
  message: string;
  errors?: FieldError[];
  name: string;
  stack?: string;
}

export type WorkerReply =
  /** Extraction is over: the extraction deadline no longer applies. */
  | { type: "extracted" }
  | { type: "done"; result: WorkerResult }
  | { type: "failed"; error: CarriedError };
