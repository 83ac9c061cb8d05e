// Finds every claim of online influence in a document's normalised text. Each kind of claim has its
// own detector; this module runs them, resolves overlaps, and fills in what all claims share: page,
// section, whose audience it is, the date tied to it, the handle or link behind it, and the flags
// that need no role.

import type { ClaimKind, ClaimSubject, DetectedClaim, Span } from "../types.ts";
import { detectAudience } from "./audience.ts";
import { detectCommunities } from "./community.ts";
import {
  asOfNear,
  buildContext,
  columnHeadingYear,
  evidenceNear,
  itemHeading,
  lineAt,
  pageAt,
  sentenceAt,
  sectionAt,
  SpanIndex,
  subjectOf,
  type DetectContext,
  type DetectInput,
} from "./context.ts";
import { detectEngagement } from "./engagement.ts";
import type { Detector, Finding } from "./finding.ts";
import { applyFlags } from "./flags.ts";
import { detectRankings } from "./ranking.ts";
import { detectReach } from "./reach.ts";
import { detectScores } from "./score.ts";
import { detectSelfLabels } from "./self-label.ts";

export type { DetectInput } from "./context.ts";
export type { Finding } from "./finding.ts";

/** In order of precedence: where two findings cover the same figure, the earlier detector wins. */
const DETECTORS: ReadonlyArray<Detector> = [
  detectScores,
  detectRankings,
  detectCommunities,
  detectAudience,
  detectReach,
  detectEngagement,
  detectSelfLabels,
];

export interface DetectOptions {
  /** The year "stale" is measured from; defaults to the current year. */
  currentYear?: number;
  /**
   * At most this many claims, the first in document order: finding every figure is linear in
   * the text, but each claim then reads its clause, date, handle and flags, so a document of
   * nothing but claims is cut here rather than after. Unbounded when not given.
   */
  maxClaims?: number;
}

function overlaps(a: Finding, b: Finding): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

/** The figure itself overlapping is a conflict; two claims sharing a lead-in phrase are not. */
function conflicts(kept: Finding, candidate: Finding): boolean {
  if (!overlaps(kept, candidate)) return false;
  if (kept.value === null || candidate.value === null) return true;
  return kept.value === candidate.value || kept.kind === candidate.kind;
}

function resolveOverlaps(findings: Finding[][]): Finding[] {
  const kept: Finding[] = [];
  const keptSpans = new SpanIndex();
  const findingOf = new Map<Span, Finding>();
  for (const group of findings) {
    for (const finding of group) {
      if (finding.span.end <= finding.span.start) continue;
      const neighbours = keptSpans.overlapping(finding.span.start, finding.span.end);
      if (neighbours.some((span) => conflicts(findingOf.get(span) as Finding, finding))) continue;
      kept.push(finding);
      keptSpans.add(finding.span);
      findingOf.set(finding.span, finding);
    }
  }
  return kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

function toClaim(context: DetectContext, finding: Finding, index: number, findings: readonly Finding[]): DetectedClaim {
  const { span } = finding;
  const claim: DetectedClaim = {
    id: `c${index + 1}`,
    kind: finding.kind,
    platform: finding.platform,
    metric: finding.metric,
    value: finding.value,
    unit: finding.unit,
    approximate: finding.approximate,
    text: context.input.text.slice(span.start, span.end),
    span: { start: span.start, end: span.end },
    page: pageAt(context, span.start),
    section: sectionAt(context, span.start),
    subject: finding.subject ?? subjectFor(finding.kind, context, span),
    asOf: asOfNear(context, span, findings[index - 1]?.span ?? null, findings[index + 1]?.span ?? null) ?? columnHeadingYear(context, span),
    evidence: evidenceNear(context, span, finding.platform),
    confidence: Math.round(finding.confidence * 100) / 100,
    flags: [],
  };
  if (finding.previousValue !== undefined && finding.previousValue !== null) claim.previousValue = finding.previousValue;
  return claim;
}

// Scores, rankings and labels belong to a person (or, in a bid, the team), never to an account an
// employer owns, unless the sentence says otherwise; audiences are read from the sentence alone.
const PERSONAL_KINDS = new Set<ClaimKind>(["influence_score", "ranking", "self_label"]);

function subjectFor(kind: ClaimKind, context: DetectContext, span: Span): ClaimSubject {
  if (kind === "self_label") return "self";
  const read = subjectOf(context, span);
  return read === "unknown" && PERSONAL_KINDS.has(kind) ? "self" : read;
}

// A list of targets or KPIs ("Proposed KPIs (Year 1):" / "- Instagram @visitkelsford: 11,300 to
// 25,000 followers") states what a plan aims at, not an audience anyone has: no claim. A list of
// results against targets ("Results vs targets") is one.
const TARGETS_HEADING = /(?<![\p{L}])(?:KPIs?|targets?|objectives?|goals?|Ziele|Zielwerte|Kennzahlen|objectifs|objetivos|metas|obiettivi|doelen)(?![\p{L}])/iu;
const RESULTS_HEADING = /(?<![\p{L}])(?:results?|achieved|met|delivered|outcomes?|Ergebnisse|erreicht|résultats|resultados|risultati|resultaten)(?![\p{L}])/iu;

function underTargets(context: DetectContext, span: Span): boolean {
  const heading = itemHeading(context, span.start) ?? leadIn(context, span.start);
  if (heading === null) return false;
  const words = context.text.slice(heading.start, Math.min(heading.end, heading.start + 120));
  return TARGETS_HEADING.test(words) && !RESULTS_HEADING.test(words);
}

/**
 * A figure its sentence later gives as the start of growth ("(1,100 followers) and grew it to
 * 9,800") is what the account grew from, not a claim of its own.
 */
function withoutGrowthStarts(context: DetectContext, findings: Finding[]): Finding[] {
  // Per sentence, platform and earlier value, where the last growth that names it starts: one pass
  // each way, however many figures a document holds.
  const key = (start: number, platform: string | null, value: number | null | undefined) => `${sentenceAt(context, start).start}|${platform}|${value}`;
  const lastGrowth = new Map<string, number>();
  for (const finding of findings) {
    if (finding.previousValue === undefined || finding.previousValue === null) continue;
    const at = key(finding.span.start, finding.platform, finding.previousValue);
    lastGrowth.set(at, Math.max(lastGrowth.get(at) ?? -1, finding.span.start));
  }
  if (lastGrowth.size === 0) return findings;
  return findings.filter((finding) => (lastGrowth.get(key(finding.span.start, finding.platform, finding.value)) ?? -1) < finding.span.end);
}

/** The line ending in a colon that a run of lines hangs from ("Proposed KPIs (Year 1):"), at most eight lines up, with no blank line between. */
function leadIn(context: DetectContext, position: number): Span | null {
  let line = lineAt(context, position);
  for (let steps = 0; steps < 8 && line.start > 0; steps += 1) {
    line = lineAt(context, line.start - 1);
    const words = context.text.slice(line.start, line.end).trim();
    if (words === "") return null;
    if (words.endsWith(":")) return line;
  }
  return null;
}

/** Every claim of online influence in `input.text`, in document order, with ids "c1", "c2", … */
export function detectClaims(input: DetectInput, options: DetectOptions = {}): DetectedClaim[] {
  const context = buildContext(input);
  const resolved = withoutGrowthStarts(context, resolveOverlaps(DETECTORS.map((detector) => detector(context))).filter((finding) => !underTargets(context, finding.span)));
  const findings = options.maxClaims !== undefined && resolved.length > options.maxClaims ? resolved.slice(0, options.maxClaims) : resolved;
  const claims = findings.map((finding, index) => toClaim(context, finding, index, findings));
  applyFlags(
    claims.map((claim, index) => ({
      claim,
      significantDigits: findings[index]?.significantDigits,
      formerName: findings[index]?.formerName,
    })),
    { currentYear: options.currentYear ?? new Date().getFullYear(), hiddenSpans: input.hiddenSpans },
  );
  return claims;
}
