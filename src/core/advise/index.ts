// Claims + role -> per-claim advice and a document verdict. Deterministic: the same input always
// gives the same report, and the only notion of "now" is `currentYear`, passed in or defaulted.
import { roleFamilyById } from "../catalog/roles.ts";
import type { Claim, ClaimAdvice, ClaimFlag, DetectedClaim, ReportSummary, RoleAssessment } from "../types.ts";
import { isRegexSpace } from "../pattern-scan.ts";
import { isAddableKind, laterYear, SentenceReader, type Sentence } from "./context.ts";
import { platformFacts } from "./platform-facts.ts";
import { decideAction, PROPOSAL_EVIDENCE_RULE, type ClaimFacts } from "./rules.ts";
import { summarize, type ClaimReview, type DocumentFindings } from "./summary.ts";
import { proposalEvidenceWording, wordAdvice, wordingSetting } from "./wording.ts";

/** The year used when the caller gives none; bump it with each release rather than read a clock. */
export const DEFAULT_CURRENT_YEAR = 2026;
/** A figure tied to a year this many years back, with no newer one, is stale. */
const STALE_AFTER_YEARS = 4;
/** Two figures for the same platform and metric further apart than this disagree. */
const INCONSISTENT_RATIO = 0.05;
/** Influence content taking this share of a peripheral role's document is too much. */
const OVER_EMPHASIS_SHARE = 0.25;

export interface AdviseInput {
  text: string;
  claims: DetectedClaim[];
  role: RoleAssessment;
  documentType: "resume" | "proposal";
  currentYear?: number;
}

const NUMERIC_KINDS = new Set(["audience", "reach", "engagement", "community", "influence_score"]);

interface ClaimContext {
  claim: DetectedClaim;
  sentence: Sentence;
  outcome: string | null;
  timeframe: boolean;
  year: number | null;
  defunct: boolean;
  hidden: boolean;
  implausible: boolean;
  ownPlatform: boolean;
  notComparable: boolean;
  rankingSourced: boolean;
}

function isImplausible(claim: DetectedClaim): boolean {
  if (claim.flags.includes("implausible_value")) return true;
  if (claim.value === null) return false;
  if (claim.unit === "percent" && claim.value > 100) return true;
  const scale = platformFacts(claim.platform)?.scale;
  if (claim.kind === "influence_score" && scale && scale.max !== null) return claim.value > scale.max || claim.value < scale.min;
  return false;
}

/** What advising every claim needs to know, worked out once per document. */
interface DocumentContext {
  sentences: SentenceReader;
  role: RoleAssessment;
  /** The platforms that are the role's own craft (GitHub for an engineer). */
  familyPlatforms: readonly string[] | null;
}

function contextFor(claim: DetectedClaim, document: DocumentContext): ClaimContext {
  const facts = document.sentences.factsFor(claim.span);
  const { role } = document;
  const year = laterYear(claim.asOf === null ? null : document.sentences.latestYearIn(claim.asOf), facts.latestYear);
  return {
    claim,
    sentence: facts.sentence,
    outcome: facts.outcome,
    timeframe: claim.asOf !== null || facts.timeframe,
    year,
    defunct: claim.flags.includes("defunct_metric") || (platformFacts(claim.platform)?.defunct ?? false),
    hidden: claim.flags.includes("hidden_text"),
    implausible: isImplausible(claim),
    ownPlatform: role.relevance !== "unknown" && claim.platform !== null && (document.familyPlatforms?.includes(claim.platform) ?? false) && role.relevance !== "core",
    notComparable: claim.flags.includes("not_comparable") || (isAddableKind(claim) && facts.combinedSites),
    rankingSourced: claim.kind === "ranking" && (claim.platform !== null || facts.publisherNamed) && year !== null,
  };
}

/** Claims that could contradict each other: same platform, metric, kind and subject. */
function sameFigure(left: DetectedClaim, right: DetectedClaim): boolean {
  return left.platform === right.platform && left.metric === right.metric && left.kind === right.kind && left.subject === right.subject;
}

/** Numbers that print the same: NaN matches NaN, and 0 matches -0. */
function sameNumber(left: number | null, right: number | null): boolean {
  return left === right || (left !== left && right !== right);
}

/** Repeats of one reading of a figure: the same value, earlier value and year. */
function sameReading(left: ClaimContext, right: ClaimContext): boolean {
  return (
    sameNumber(left.claim.value, right.claim.value) &&
    sameNumber(left.claim.previousValue ?? null, right.claim.previousValue ?? null) &&
    left.year === right.year
  );
}

function disagree(left: ClaimContext, right: ClaimContext): boolean {
  // Figures from different years are growth over time, not a contradiction.
  if (left.year !== null && right.year !== null && left.year !== right.year) return false;
  const a = left.claim;
  const b = right.claim;
  if (a.previousValue === b.value || b.previousValue === a.value) return false;
  const larger = Math.max(a.value as number, b.value as number);
  return Math.abs((a.value as number) - (b.value as number)) > larger * INCONSISTENT_RATIO;
}

/** One figure (its first claim stands for all) and its distinct readings, each with its repeats. */
interface Figure {
  first: DetectedClaim;
  readings: ClaimContext[][];
}

function figureOf(figures: readonly Figure[], claim: DetectedClaim): Figure | undefined {
  for (const figure of figures) if (sameFigure(figure.first, claim)) return figure;
  return undefined;
}

function repeatsOf(figure: Figure, context: ClaimContext): ClaimContext[] | undefined {
  for (const repeats of figure.readings) if (sameReading(repeats[0] as ClaimContext, context)) return repeats;
  return undefined;
}

function findInconsistent(contexts: readonly ClaimContext[]): Set<DetectedClaim> {
  // Only readings of the same figure are compared, and repeats of one reading once, so long
  // documents that repeat a line stay linear. Figures and readings are found by comparing
  // fields rather than by looking up a joined text key: a document names few figures, and
  // building and hashing a key for every claim cost more than the comparisons.
  const figures: Figure[] = [];
  for (const context of contexts) {
    const { claim } = context;
    if (claim.platform === null || claim.value === null) continue;
    let figure = figureOf(figures, claim);
    if (figure === undefined) {
      figure = { first: claim, readings: [] };
      figures.push(figure);
    }
    const repeats = repeatsOf(figure, context);
    if (repeats) repeats.push(context);
    else figure.readings.push([context]);
  }
  const inconsistent = new Set<DetectedClaim>();
  for (const { readings } of figures) {
    const disagreeing = readings.map(() => false);
    for (let i = 0; i < readings.length; i += 1) {
      for (let j = i + 1; j < readings.length; j += 1) {
        if (disagreeing[i] && disagreeing[j]) continue;
        if (disagree((readings[i] as ClaimContext[])[0] as ClaimContext, (readings[j] as ClaimContext[])[0] as ClaimContext)) {
          disagreeing[i] = true;
          disagreeing[j] = true;
        }
      }
    }
    readings.forEach((repeats, index) => {
      if (disagreeing[index]) for (const context of repeats) inconsistent.add(context.claim);
    });
  }
  return inconsistent;
}

function findStale(contexts: readonly ClaimContext[], currentYear: number): Set<DetectedClaim> {
  const latestYearOf = new Map<string, number>();
  for (const context of contexts) {
    if (context.claim.platform === null || context.year === null) continue;
    latestYearOf.set(context.claim.platform, Math.max(latestYearOf.get(context.claim.platform) ?? 0, context.year));
  }
  const stale = new Set<DetectedClaim>();
  for (const context of contexts) {
    if (!NUMERIC_KINDS.has(context.claim.kind) || context.year === null) continue;
    if (context.year > currentYear - STALE_AFTER_YEARS) continue;
    const newer = context.claim.platform !== null && (latestYearOf.get(context.claim.platform) ?? 0) > context.year;
    if (!newer) stale.add(context.claim);
  }
  return stale;
}

/** Whether text[start, end) has a character that trim() would keep: trim() removes what \s matches. */
function hasNonSpace(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (!isRegexSpace(text.charCodeAt(index))) return true;
  return false;
}

/** The length text.trim() would have, without making the copy. */
function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isRegexSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isRegexSpace(text.charCodeAt(end - 1))) end -= 1;
  return end - start;
}

/**
 * Where the top of the document ends: where its fourth non-blank line first appears, when it has
 * ten or more, else after its first 15% (or at once, under 500 characters). The lines are walked
 * only as far as the tenth non-blank one, without splitting the whole text.
 */
function topEnd(text: string): number {
  let fourth = "";
  let nonBlank = 0;
  for (let start = 0; nonBlank < 10; ) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    if (hasNonSpace(text, start, end)) {
      nonBlank += 1;
      if (nonBlank === 4) fourth = text.slice(start, end);
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (nonBlank >= 10) return text.indexOf(fourth);
  return text.length >= 500 ? Math.floor(text.length * 0.15) : 0;
}

/** Lines of a peripheral role's document given over to influence: near the top, or a large share. */
function findOverEmphasis(contexts: readonly ClaimContext[], text: string, role: RoleAssessment): Set<DetectedClaim> {
  const flagged = new Set<DetectedClaim>();
  if (role.relevance !== "peripheral") return flagged;
  const candidates = contexts.filter((context) => !context.ownPlatform && !context.hidden);
  if (candidates.length === 0) return flagged;
  const covered = new Map<number, Sentence>();
  for (const context of candidates) covered.set(context.sentence.start, context.sentence);
  let coveredLength = 0;
  for (const sentence of covered.values()) coveredLength += sentence.end - sentence.start;
  const share = coveredLength / Math.max(1, trimmedLength(text));
  const top = topEnd(text);
  for (const context of candidates) {
    if (share >= OVER_EMPHASIS_SHARE || context.claim.span.start < top) flagged.add(context.claim);
  }
  return flagged;
}

function chooseShowcase(contexts: readonly ClaimContext[]): ClaimContext | null {
  const usable = contexts.filter(
    (context) =>
      !context.hidden && !context.defunct && !context.implausible && context.claim.value !== null &&
      (context.claim.kind === "audience" || context.claim.kind === "community") && context.claim.platform !== null,
  );
  usable.sort((left, right) => Number(right.outcome !== null) - Number(left.outcome !== null) || (right.claim.value ?? 0) - (left.claim.value ?? 0));
  return usable[0] ?? null;
}

function hasEvidence(context: ClaimContext): boolean {
  return context.claim.evidence.handle !== null || context.claim.evidence.url !== null || context.year !== null || context.claim.asOf !== null;
}

/** The claim's own flags, then the added ones, each once and in first-seen order. */
function mergeFlags(own: readonly ClaimFlag[], added: readonly ClaimFlag[]): ClaimFlag[] {
  const merged: ClaimFlag[] = [];
  for (const flag of own) if (!merged.includes(flag)) merged.push(flag);
  for (const flag of added) if (!merged.includes(flag)) merged.push(flag);
  return merged;
}

/** A detected claim's keys in the order the detectors write them; `previousValue`, when there is one, comes last. */
const DETECTED_KEYS = [
  "id", "kind", "platform", "metric", "value", "unit", "approximate", "text", "span", "page", "section", "subject", "asOf", "evidence", "confidence", "flags",
] as const satisfies readonly (keyof DetectedClaim)[];

function inDetectorOrder(keys: readonly string[]): boolean {
  const extra = keys.length - DETECTED_KEYS.length;
  if (extra !== 0 && !(extra === 1 && keys[DETECTED_KEYS.length] === "previousValue")) return false;
  for (let index = 0; index < DETECTED_KEYS.length; index += 1) if (keys[index] !== DETECTED_KEYS[index]) return false;
  return true;
}

/**
 * The claim with its flags and advice, its keys in its own order (a report is read as JSON),
 * `advice` last. Claims from the detectors are copied field by field in their known order,
 * many times faster than Object.assign adding one key at a time; any other claim is copied
 * with Object.assign, which keeps whatever order it has.
 */
function withAdvice(claim: DetectedClaim, flags: ClaimFlag[], advice: ClaimAdvice): Claim {
  const keys = Object.keys(claim);
  if (!inDetectorOrder(keys)) return Object.assign({}, claim, { flags, advice });
  const advised = {
    id: claim.id,
    kind: claim.kind,
    platform: claim.platform,
    metric: claim.metric,
    value: claim.value,
    unit: claim.unit,
    approximate: claim.approximate,
    text: claim.text,
    span: claim.span,
    page: claim.page,
    section: claim.section,
    subject: claim.subject,
    asOf: claim.asOf,
    evidence: claim.evidence,
    confidence: claim.confidence,
    flags,
  } as Claim;
  if (keys.length > DETECTED_KEYS.length) advised.previousValue = claim.previousValue;
  advised.advice = advice;
  return advised;
}

export function advise(input: AdviseInput): { claims: Claim[]; summary: ReportSummary } {
  const currentYear = input.currentYear ?? DEFAULT_CURRENT_YEAR;
  const ordered = [...input.claims].sort((left, right) => left.span.start - right.span.start || left.span.end - right.span.end);
  const family = input.role.family !== null ? roleFamilyById(input.role.family) : undefined;
  const document: DocumentContext = { sentences: new SentenceReader(input.text, ordered), role: input.role, familyPlatforms: family?.platforms ?? null };
  const contexts = ordered.map((claim) => contextFor(claim, document));
  const inconsistent = findInconsistent(contexts);
  const stale = findStale(contexts, currentYear);
  const overEmphasis = findOverEmphasis(contexts, input.text, input.role);
  const showcaseContext = input.role.relevance === "peripheral" ? null : chooseShowcase(contexts);
  const showcase = showcaseContext?.claim ?? null;
  const showcaseLine = showcaseContext?.outcome ? showcaseContext.sentence.text.replace(/[.\s]+$/, "") : null;
  const setting = wordingSetting(input.role, input.documentType);

  const reviews: ClaimReview[] = contexts.map((context) => {
    const { claim } = context;
    const numeric = NUMERIC_KINDS.has(claim.kind);
    const added: ClaimFlag[] = [];
    if (context.defunct) added.push("defunct_metric");
    if (context.implausible) added.push("implausible_value");
    if (numeric && context.outcome === null) added.push("no_outcome");
    if (numeric && !context.timeframe && !context.defunct) added.push("no_timeframe");
    if (numeric && context.outcome === null && !context.ownPlatform) added.push("vanity_metric");
    if (context.notComparable) added.push("not_comparable");
    if (inconsistent.has(claim)) added.push("inconsistent");
    if (stale.has(claim)) added.push("stale");
    if (overEmphasis.has(claim)) added.push("over_emphasis");

    const facts: ClaimFacts = {
      kind: claim.kind,
      relevance: input.role.relevance,
      documentType: input.documentType,
      hidden: context.hidden,
      defunct: context.defunct,
      implausible: context.implausible,
      hasOutcome: context.outcome !== null,
      organizationAccount: claim.subject === "organization",
      ownPlatform: context.ownPlatform,
      rankingSourced: context.rankingSourced,
    };
    const decision = decideAction(facts);
    let advice: ClaimAdvice;
    // A bid's kept claim with no evidence is downgraded, with the evidence wording in place of its rule's.
    if (input.documentType === "proposal" && decision.action === "keep" && !hasEvidence(context)) {
      const wording = proposalEvidenceWording(claim, currentYear);
      advice = { action: "strengthen", reason: wording.reason, suggestion: wording.suggestion, rule: PROPOSAL_EVIDENCE_RULE.id };
      added.push("unverifiable");
    } else {
      const { action } = decision;
      const ruleId = decision.rule.id;
      const wording = wordAdvice({
        claim,
        ruleId,
        action,
        role: input.role,
        documentType: input.documentType,
        outcome: context.outcome,
        timeframe: context.timeframe,
        year: context.year,
        notComparable: context.notComparable,
        currentYear,
        showcase: showcase === claim ? null : showcase,
        showcaseLine: showcase === claim ? null : showcaseLine,
      }, setting);
      advice = { action, reason: wording.reason, suggestion: wording.suggestion, rule: ruleId };
    }
    return { claim: withAdvice(claim, mergeFlags(claim.flags, added), advice), outcome: context.outcome };
  });

  const findings: DocumentFindings = {
    text: input.text,
    role: input.role,
    documentType: input.documentType,
    currentYear,
    showcase,
  };
  return { claims: reviews.map((review) => review.claim), summary: summarize(reviews, findings) };
}
