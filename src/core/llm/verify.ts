// The engine trusts nothing the model writes until it has checked it against the document:
// every figure in a rewrite must be one the writer wrote, and every proposed claim must quote the
// text exactly and carry the number the project's own parser reads there.

import { platformById } from "../catalog/platforms.ts";
import { scanNumbers, type NumberToken } from "../numbers/parse.ts";
import { CLAIM_KINDS, type ClaimKind, type ClaimUnit, type DetectedClaim, type PageRange, type Span } from "../types.ts";
import { detectPromptInjection } from "./injection.ts";
import type { ModelProposal } from "./schema.ts";


/** A proposal the engine accepts is never as sure as one the rules found. */
export const PROPOSAL_CONFIDENCE = 0.5;
const VALUE_TOLERANCE = 0.005;
const MAX_QUOTE_CHARS = 300;
const MIN_QUOTE_CHARS = 3;
export const MAX_SUGGESTION_CHARS = 400;
export const MAX_HEADLINE_CHARS = 240;

/** The figures a rewrite may use: every number written in the document, normalised. */
export function numbersIn(text: string): number[] {
  return scanNumbers(text).map((token) => token.value);
}

/** `text` without runs of `character` at its ends, read from each end once (a pattern like `_+$` retries at every one). */
function trimCharacter(text: string, character: string, ends: "both" | "end" = "both"): string {
  let start = 0;
  let end = text.length;
  if (ends === "both") while (start < end && text[start] === character) start++;
  while (end > start && text[end - 1] === character) end--;
  return text.slice(start, end);
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(1e-9, Math.abs(b) * 1e-9);
}

// Words that judge or recommend the writer, or tell a screener what to do with them. The
// rules never write them (they judge claims, not people); in the model's text they can only
// come from the model or from a line planted in the document, so a rewrite or headline that
// holds one the rules did not write is dropped. Literal alternatives only: matching is linear.
const JUDGEMENT = new RegExp(
  "\\b(?:" +
    [
      "excellent", "outstanding", "exceptional", "impressive", "stellar", "superb", "brilliant", "amazing", "remarkable",
      "extraordinary", "phenomenal", "world[- ]class", "top[- ]tier", "top[- ]notch", "perfect fit", "ideal candidate",
      "perfect candidate", "strong candidate", "top candidate", "best candidate", "great candidate", "great fit",
      "highly qualified", "overqualified", "must[- ]hire", "strong hire", "hire (?:him|her|them|this|me)", "highly recommend",
      "recommend (?:hiring|this|him|her|them)", "shortlist", "short-list", "advance (?:this|the|him|her|them)",
      "interview (?:this|him|her|them)", "move forward with", "10/10", "ten out of ten", "rockstar", "genius",
    ].join("|") +
    ")",
  "iu",
);

/** The judgement words in a text, lower-cased. */
function judgementsIn(text: string): string[] {
  const found: string[] = [];
  const pattern = new RegExp(JUDGEMENT.source, "giu");
  for (const match of text.matchAll(pattern)) found.push(match[0].toLowerCase());
  return found;
}

/**
 * A rewrite or headline is usable when it is non-empty, short, asks no automated reader for
 * anything, praises or recommends no one beyond what `ruleText` (the rule engine's own words
 * on the same thing) says, and every number in it is one of `allowed`.
 */
export function isGroundedText(candidate: string, allowed: readonly number[], maxChars: number, ruleText = ""): boolean {
  const text = candidate.trim();
  if (text.length === 0 || text.length > maxChars) return false;
  if (detectPromptInjection(text).length > 0) return false;
  const ruleWords = new Set(judgementsIn(ruleText));
  if (judgementsIn(text).some((word) => !ruleWords.has(word))) return false;
  return scanNumbers(text).every((token) => allowed.some((value) => sameNumber(token.value, value)));
}

function overlaps(span: Span, spans: readonly Span[]): boolean {
  return spans.some((other) => span.start < other.end && span.end > other.start);
}

function pageOf(offset: number, pages: readonly PageRange[]): number | null {
  return pages.find((page) => offset >= page.start && offset < page.end)?.page ?? null;
}

function toMetric(raw: string, kind: ClaimKind): string {
  const metric = raw
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "_");
  const trimmed = trimCharacter(metric, "_").slice(0, 40);
  if (/^[a-z][a-z0-9_]*$/u.test(trimmed)) return trimmed;
  return kind === "self_label" ? "label" : kind === "influence_score" ? "score" : "count";
}

export type ProposalRejection =
  | "bad_kind"
  | "bad_platform"
  | "bad_quote"
  | "quote_not_found"
  | "overlaps_claim_or_hidden_text"
  | "no_number"
  | "value_differs"
  | "unit_differs";

export interface ProposalContext {
  text: string;
  pages: readonly PageRange[];
  hiddenSpans: readonly Span[];
  /** Spans already taken: existing claims and proposals accepted before this one. */
  taken: readonly Span[];
}

function findFreeOccurrence(quote: string, context: ProposalContext): Span | null {
  for (let at = context.text.indexOf(quote); at !== -1; at = context.text.indexOf(quote, at + 1)) {
    const span = { start: at, end: at + quote.length };
    if (!overlaps(span, context.taken) && !overlaps(span, context.hiddenSpans)) return span;
  }
  return null;
}

function closestToken(tokens: readonly NumberToken[], value: number): NumberToken | null {
  let best: NumberToken | null = null;
  for (const token of tokens) {
    if (best === null || Math.abs(token.value - value) < Math.abs(best.value - value)) best = token;
  }
  return best;
}

/** Checks one proposal against the document; a claim without advice and id, or the reason it was dropped. */
export function verifyProposal(
  proposal: ModelProposal,
  context: ProposalContext,
): { claim: Omit<DetectedClaim, "id"> } | { rejected: ProposalRejection } {
  const kind = CLAIM_KINDS.find((candidate) => candidate === proposal.kind);
  if (kind === undefined) return { rejected: "bad_kind" };
  if (proposal.platform !== null && platformById(proposal.platform) === undefined) return { rejected: "bad_platform" };
  // Surrounding whitespace is never part of a claim; the inner text must still match exactly.
  const quote = proposal.quote.trim();
  if (quote.length < MIN_QUOTE_CHARS || quote.length > MAX_QUOTE_CHARS) return { rejected: "bad_quote" };
  if (context.text.indexOf(quote) === -1) return { rejected: "quote_not_found" };
  const span = findFreeOccurrence(quote, context);
  if (span === null) return { rejected: "overlaps_claim_or_hidden_text" };

  const tokens = scanNumbers(context.text, span.start, span.end).filter(
    (token) => token.start >= span.start && token.end <= span.end && !token.currency,
  );
  let value: number | null = null;
  let unit: ClaimUnit = null;
  let approximate = false;
  if (proposal.value !== null) {
    const token = closestToken(
      tokens.filter((candidate) => !candidate.yearLike || sameNumber(candidate.value, proposal.value ?? NaN)),
      proposal.value,
    );
    if (token === null) return { rejected: "no_number" };
    if (Math.abs(token.value - proposal.value) > Math.abs(token.value) * VALUE_TOLERANCE) return { rejected: "value_differs" };
    const percent = token.unit === "percent";
    if (proposal.unit !== null && (proposal.unit === "percent") !== percent) return { rejected: "unit_differs" };
    // The parser's reading, not the model's, is what the report carries.
    value = token.value;
    unit = percent ? "percent" : kind === "influence_score" || proposal.unit === "score" ? "score" : "count";
    approximate = token.approximate;
  } else if (kind !== "self_label" && kind !== "ranking") {
    return { rejected: "no_number" };
  }

  const year = tokens.find((token) => token.yearLike && token.value !== value);
  const handle = /(?:^|[^\w@])(@[A-Za-z0-9_][A-Za-z0-9_.]{1,29})/u.exec(quote)?.[1] ?? null;
  const url = /\bhttps?:\/\/[^\s)\]]+/u.exec(quote)?.[0] ?? null;
  return {
    claim: {
      kind,
      platform: proposal.platform,
      metric: toMetric(proposal.metric, kind),
      value,
      unit,
      approximate,
      text: context.text.slice(span.start, span.end),
      span,
      page: pageOf(span.start, context.pages),
      section: null,
      subject: proposal.subject,
      asOf: year ? String(year.value) : null,
      evidence: { handle: handle === null ? null : trimCharacter(handle, ".", "end"), url },
      confidence: PROPOSAL_CONFIDENCE,
      flags: [],
    },
  };
}
