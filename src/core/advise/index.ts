// Claims + role -> per-claim advice and a document verdict. Deterministic: the same input always
// gives the same report, and the only notion of "now" is `currentYear`, passed in or defaulted.
import { roleFamilyById } from "../catalog/roles.ts";
import type { Claim, ClaimFlag, DetectedClaim, ReportSummary, RoleAssessment } from "../types.ts";
import { findOutcome, hasTimeframe, latestYear, publisherNamed, sentenceAround, sumsDifferentSites, type Sentence } from "./context.ts";
import { platformFacts } from "./platform-facts.ts";
import { decideAction, PROPOSAL_EVIDENCE_RULE, type ClaimFacts } from "./rules.ts";
import { summarize, type ClaimReview, type DocumentFindings } from "./summary.ts";
import { proposalEvidenceWording, wordAdvice } from "./wording.ts";

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

function contextFor(claim: DetectedClaim, all: readonly DetectedClaim[], text: string, role: RoleAssessment): ClaimContext {
  const sentence = sentenceAround(text, claim.span);
  const neighbours = all.filter((other) => other.span.start < sentence.end && other.span.end > sentence.start);
  const year = latestYear(sentence, claim);
  const family = role.family !== null ? roleFamilyById(role.family) : undefined;
  return {
    claim,
    sentence,
    outcome: findOutcome(sentence, neighbours),
    timeframe: hasTimeframe(sentence, claim),
    year,
    defunct: claim.flags.includes("defunct_metric") || (platformFacts(claim.platform)?.defunct ?? false),
    hidden: claim.flags.includes("hidden_text"),
    implausible: isImplausible(claim),
    ownPlatform: role.relevance !== "unknown" && claim.platform !== null && (family?.platforms.includes(claim.platform) ?? false) && role.relevance !== "core",
    notComparable: claim.flags.includes("not_comparable") || sumsDifferentSites(sentence, claim),
    rankingSourced: claim.kind === "ranking" && publisherNamed(sentence, claim) && year !== null,
  };
}

function sameFigure(left: DetectedClaim, right: DetectedClaim): boolean {
  return left.platform !== null && left.platform === right.platform && left.metric === right.metric && left.kind === right.kind;
}

function findInconsistent(contexts: readonly ClaimContext[]): Set<DetectedClaim> {
  const inconsistent = new Set<DetectedClaim>();
  for (let i = 0; i < contexts.length; i += 1) {
    for (let j = i + 1; j < contexts.length; j += 1) {
      const left = contexts[i] as ClaimContext;
      const right = contexts[j] as ClaimContext;
      if (!sameFigure(left.claim, right.claim) || left.claim.value === null || right.claim.value === null) continue;
      if (left.claim.subject !== right.claim.subject) continue;
      // Figures from different years are growth over time, not a contradiction.
      if (left.year !== null && right.year !== null && left.year !== right.year) continue;
      const grows = left.claim.previousValue === right.claim.value || right.claim.previousValue === left.claim.value;
      const larger = Math.max(left.claim.value, right.claim.value);
      if (!grows && Math.abs(left.claim.value - right.claim.value) > larger * INCONSISTENT_RATIO) {
        inconsistent.add(left.claim);
        inconsistent.add(right.claim);
      }
    }
  }
  return inconsistent;
}

function findStale(contexts: readonly ClaimContext[], currentYear: number): Set<DetectedClaim> {
  const stale = new Set<DetectedClaim>();
  for (const context of contexts) {
    if (!NUMERIC_KINDS.has(context.claim.kind) || context.year === null) continue;
    if (context.year > currentYear - STALE_AFTER_YEARS) continue;
    const newer = contexts.some(
      (other) => other !== context && other.claim.platform === context.claim.platform && other.claim.platform !== null && (other.year ?? 0) > (context.year ?? 0),
    );
    if (!newer) stale.add(context.claim);
  }
  return stale;
}

/** Lines of a peripheral role's document given over to influence: near the top, or a large share. */
function findOverEmphasis(contexts: readonly ClaimContext[], text: string, role: RoleAssessment): Set<DetectedClaim> {
  const flagged = new Set<DetectedClaim>();
  if (role.relevance !== "peripheral") return flagged;
  const candidates = contexts.filter((context) => !context.ownPlatform && !context.hidden);
  if (candidates.length === 0) return flagged;
  const covered: Sentence[] = [];
  for (const context of candidates) {
    if (!covered.some((sentence) => sentence.start === context.sentence.start)) covered.push(context.sentence);
  }
  const share = covered.reduce((sum, sentence) => sum + (sentence.end - sentence.start), 0) / Math.max(1, text.trim().length);
  const lines = text.split("\n").filter((line) => line.trim().length > 0);
  const topEnd = lines.length >= 10 ? text.indexOf(lines[3] ?? "") : text.length >= 500 ? Math.floor(text.length * 0.15) : 0;
  for (const context of candidates) {
    if (share >= OVER_EMPHASIS_SHARE || context.claim.span.start < topEnd) flagged.add(context.claim);
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

export function advise(input: AdviseInput): { claims: Claim[]; summary: ReportSummary } {
  const currentYear = input.currentYear ?? DEFAULT_CURRENT_YEAR;
  const ordered = [...input.claims].sort((left, right) => left.span.start - right.span.start || left.span.end - right.span.end);
  const contexts = ordered.map((claim) => contextFor(claim, ordered, input.text, input.role));
  const inconsistent = findInconsistent(contexts);
  const stale = findStale(contexts, currentYear);
  const overEmphasis = findOverEmphasis(contexts, input.text, input.role);
  const showcaseContext = input.role.relevance === "peripheral" ? null : chooseShowcase(contexts);
  const showcase = showcaseContext?.claim ?? null;
  const showcaseLine = showcaseContext?.outcome ? showcaseContext.sentence.text.replace(/[.\s]+$/, "") : null;

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
    let { action } = decision;
    let ruleId = decision.rule.id;
    let wording = wordAdvice({
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
    });
    if (input.documentType === "proposal" && action === "keep" && !hasEvidence(context)) {
      action = "strengthen";
      ruleId = PROPOSAL_EVIDENCE_RULE.id;
      wording = proposalEvidenceWording(claim, currentYear);
      added.push("unverifiable");
    }
    const flags = [...new Set([...claim.flags, ...added])];
    return { claim: { ...claim, flags, advice: { action, reason: wording.reason, suggestion: wording.suggestion, rule: ruleId } }, outcome: context.outcome };
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
