// What the routes call to read and analyse a document. In a Worker, the core runs in the
// request's isolate; the Node server hands documents to a pool of worker threads instead
// (src/node/pool.ts), which uses every core and can stop a document that overruns.
import { analyzeDocument, extract, type AnalyzeOptions, type DocumentSource } from "./core/analyze.ts";
import type { DocumentLimits } from "./core/analyze.ts";
import type { AnnotatedDocument } from "./core/annotate/index.ts";
import type { ExtractLimits } from "./core/extract/index.ts";
import type { ExtractedDocument, Report } from "./core/types.ts";

export interface DocumentEngine {
  analyze(source: DocumentSource, options: AnalyzeOptions, limits?: Partial<DocumentLimits>): Promise<Report>;
  extract(source: DocumentSource, limits?: Partial<ExtractLimits>): Promise<ExtractedDocument>;
  /** The document itself with the report's advice written into it (see core/annotate). */
  annotate(source: DocumentSource, options: AnalyzeOptions, limits?: Partial<DocumentLimits>): Promise<AnnotatedDocument>;
}

export const inProcessEngine: DocumentEngine = {
  analyze: analyzeDocument,
  extract,
  // The writers load with the first document to annotate.
  annotate: async (source, options, limits) => (await import("./core/annotate/index.ts")).annotateDocument(source, options, limits),
};
