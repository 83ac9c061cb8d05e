// The shapes every part of the core agrees on. They mirror the public contract
// (`src/schemas/report.ts` holds the zod versions that the HTTP layer validates and
// documents); a type test keeps the two from drifting apart.

export type DocumentFormat = "pdf" | "docx" | "text" | "markdown" | "html";
export type DocumentType = "resume" | "proposal";
export type DocumentTypeInput = DocumentType | "auto";

export interface Span {
  /** UTF-16 offset (JavaScript string index) into the normalised text, inclusive. */
  start: number;
  /** Exclusive. */
  end: number;
}

export type WarningCode =
  | "invisible_characters"
  | "hidden_text"
  | "ocr_needed"
  | "truncated"
  | "unreadable_part"
  | "prompt_injection"
  | "llm_failed"
  | (string & {});

export interface DocumentWarning {
  code: WarningCode;
  message: string;
  span?: Span;
}

export interface PageRange {
  page: number;
  start: number;
  end: number;
}

/** What extraction hands to detection: the normalised text and where its pages and hidden parts lie. */
export interface ExtractedDocument {
  format: DocumentFormat;
  /** Normalised text; every span in a report indexes into it. */
  text: string;
  /** Offsets of `text` per page; empty where the format has no pages. */
  pages: PageRange[];
  /** null where the format has no pages. */
  pageCount: number | null;
  warnings: DocumentWarning[];
  /** Spans of `text` that a reader cannot see (vanished, white, tiny or invisible-mode text). */
  hiddenSpans: Span[];
}

/** Every kind of claim, in the contract's order: the zod schema and the model's checks read this list. */
export const CLAIM_KINDS = ["influence_score", "audience", "reach", "engagement", "ranking", "community", "self_label"] as const;

export type ClaimKind = (typeof CLAIM_KINDS)[number];

export type ClaimUnit = "count" | "score" | "percent" | null;
export type ClaimSubject = "self" | "organization" | "unknown";

export type ClaimFlag =
  | "defunct_metric"
  | "no_outcome"
  | "no_timeframe"
  | "unverifiable"
  | "implausible_value"
  | "inconsistent"
  | "stale"
  | "vanity_metric"
  | "not_comparable"
  | "over_emphasis"
  | "hidden_text"
  | (string & {});

export type AdviceAction = "keep" | "strengthen" | "reframe" | "remove";

export interface ClaimAdvice {
  action: AdviceAction;
  reason: string;
  suggestion: string;
  /** Id of the advice rule that decided the action, so a reader can look it up. */
  rule?: string;
}

export interface ClaimEvidence {
  handle: string | null;
  url: string | null;
}

/** A claim as the detector finds it, before any role is considered. */
export interface DetectedClaim {
  id: string;
  kind: ClaimKind;
  /** An id from the platform catalog, or null where none applies. */
  platform: string | null;
  /** Free-form lower snake case: followers, subscribers, views, engagement_rate, score, … */
  metric: string;
  value: number | null;
  unit: ClaimUnit;
  approximate: boolean;
  /** Exactly `text.slice(span.start, span.end)`. */
  text: string;
  span: Span;
  page: number | null;
  section: string | null;
  subject: ClaimSubject;
  asOf: string | null;
  evidence: ClaimEvidence;
  confidence: number;
  flags: ClaimFlag[];
  /** Growth the document states for the figure ("from 12K to 240K"): the earlier value. */
  previousValue?: number | null;
}

export interface Claim extends DetectedClaim {
  advice: ClaimAdvice;
}

export type Relevance = "core" | "supporting" | "peripheral" | "unknown";
export type RoleSource = "title" | "job_description" | "llm" | "none";

export interface RoleAssessment {
  input: string | null;
  family: string | null;
  relevance: Relevance;
  source: RoleSource;
  evidence: string[];
}

export type Verdict = "suits" | "partly_suits" | "does_not_suit" | "no_claims";

export interface ReportSummary {
  verdict: Verdict;
  score: number;
  headline: string;
  advice: string[];
}

export type LlmState = "off" | "used" | "failed";

export interface ReportDocument {
  format: DocumentFormat;
  type: DocumentType;
  typeSource: "given" | "detected";
  pages: number | null;
  characters: number;
  words: number;
  language: string | null;
  warnings: DocumentWarning[];
}

export interface Report {
  id: string;
  engine: { version: string; llm: LlmState };
  document: ReportDocument;
  role: RoleAssessment;
  claims: Claim[];
  summary: ReportSummary;
  text?: string;
}
