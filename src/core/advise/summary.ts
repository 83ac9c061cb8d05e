// The document-level reading: a verdict, a 0–100 score, one headline a job seeker understands at
// first read, and the advice points, most important first.
import type { AdviceAction, Claim, DetectedClaim, ReportSummary, RoleAssessment, Verdict } from "../types.ts";
import { platformFacts, platformName } from "./platform-facts.ts";
import { describeClaim, formatNumber, outcomeNoun, roleReference } from "./wording.ts";

export interface ClaimReview {
  claim: Claim;
  outcome: string | null;
}

export interface DocumentFindings {
  text: string;
  role: RoleAssessment;
  documentType: "resume" | "proposal";
  currentYear: number;
  showcase: DetectedClaim | null;
}

/** How much each action leaves of a claim's worth to the document. */
const ACTION_POINTS: Record<AdviceAction, number> = { keep: 100, strengthen: 70, reframe: 45, remove: 10 };

/** Deductions for document-level problems, on top of the per-claim average. */
const PENALTIES = { hidden_text: 25, over_emphasis: 15, inconsistent: 10, defunct_metric: 10, implausible_value: 10, stale: 5 } as const;
const PENALTY_ENTRIES = Object.entries(PENALTIES);

/** With no claims, how well the document serves the role on this one dimension. */
const NO_CLAIM_SCORES = { core: 30, supporting: 70, peripheral: 95, unknown: 75 } as const;

const SUITS_FROM = 75;
const PARTLY_FROM = 45;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function documentName(documentType: "resume" | "proposal"): string {
  return documentType === "proposal" ? "bid" : "résumé";
}

function reader(documentType: "resume" | "proposal"): string {
  return documentType === "proposal" ? "a client" : "a hiring manager";
}

function closed(platform: string | null): string {
  const since = platformFacts(platform)?.defunctSince ?? null;
  const match = since === null ? null : /^(\d{4})-(\d{2})/.exec(since);
  if (!match) return "has closed";
  return `closed in ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
}

/** Every flagged claim, by flag, in document order: the summary asks after most flags more than once. */
type ClaimsByFlag = ReadonlyMap<string, readonly Claim[]>;

function claimsByFlag(reviews: readonly ClaimReview[]): ClaimsByFlag {
  const byFlag = new Map<string, Claim[]>();
  for (const { claim } of reviews) {
    // A claim's flags are distinct, so each claim is listed once under each of its flags.
    for (const flag of claim.flags) {
      const claims = byFlag.get(flag);
      if (claims) claims.push(claim);
      else byFlag.set(flag, [claim]);
    }
  }
  return byFlag;
}

function withFlag(flagged: ClaimsByFlag, flag: string): readonly Claim[] {
  return flagged.get(flag) ?? [];
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** Claims by the name the advice gives them (the platform's, or the claim's own words), first seen first. */
function byLabel(claims: readonly Claim[]): Map<string, Claim[]> {
  const labelled = new Map<string, Claim[]>();
  for (const claim of claims) {
    const label = platformName(claim.platform) ?? claim.text;
    const same = labelled.get(label);
    if (same) same.push(claim);
    else labelled.set(label, [claim]);
  }
  return labelled;
}

/** Each label's distinct figures as written, in the order first seen; a label whose claims have no figure has none. */
function distinctValuesByLabel(claims: readonly Claim[]): Map<string, string[]> {
  const valuesByLabel = new Map<string, string[]>();
  for (const claim of claims) {
    const label = platformName(claim.platform) ?? claim.text;
    let values = valuesByLabel.get(label);
    if (values === undefined) {
      values = [];
      valuesByLabel.set(label, values);
    }
    if (claim.value === null) continue;
    const value = formatNumber(claim.value);
    if (!values.includes(value)) values.push(value);
  }
  return valuesByLabel;
}

function uniqueLabels(claims: readonly Claim[]): string[] {
  return [...byLabel(claims).keys()];
}

function scoreOf(reviews: readonly ClaimReview[], flagged: ClaimsByFlag, findings: DocumentFindings): number {
  if (reviews.length === 0) return NO_CLAIM_SCORES[findings.role.relevance];
  const average = reviews.reduce((sum, review) => sum + ACTION_POINTS[review.claim.advice.action], 0) / reviews.length;
  let penalty = 0;
  for (const [flag, points] of PENALTY_ENTRIES) {
    if (flagged.has(flag)) penalty += points;
  }
  return Math.max(0, Math.min(100, Math.round(average - penalty)));
}

function verdictOf(reviews: readonly ClaimReview[], score: number): Verdict {
  if (reviews.length === 0) return "no_claims";
  if (score >= SUITS_FROM) return "suits";
  if (score >= PARTLY_FROM) return "partly_suits";
  return "does_not_suit";
}

function adviceFor(reviews: readonly ClaimReview[], flagged: ClaimsByFlag, findings: DocumentFindings): string[] {
  const points: string[] = [];
  const doc = documentName(findings.documentType);
  const roleRef = roleReference(findings.role, findings.documentType);
  const noun = outcomeNoun(findings.role);

  if (flagged.has("hidden_text")) {
    points.push(`Remove the hidden text: a reader cannot see it, and software that finds it may treat the whole ${doc} as keyword stuffing.`);
  }
  for (const [label, [first]] of byLabel(withFlag(flagged, "defunct_metric"))) {
    points.push(`Remove the ${label} score: ${label} ${closed(first?.platform ?? null)}, so it dates the ${doc} and can't be checked.`);
  }
  const overEmphasis = withFlag(flagged, "over_emphasis");
  if (overEmphasis.length > 0) {
    points.push(
      `For ${roleRef}, keep online-influence figures to one line at most, near the end, and only where they show something the job values; now they are prominent enough to distract from your work.`,
    );
  }
  for (const [label, values] of distinctValuesByLabel(withFlag(flagged, "inconsistent"))) {
    points.push(`Your ${label} figures disagree (${listOf(values)}): use one, with the date it was true.`);
  }
  for (const claim of withFlag(flagged, "implausible_value")) {
    points.push(`Check ${describeClaim(claim)}: it is outside what the platform allows, and one doubtful figure makes a reader doubt the rest.`);
  }
  // A figure the advice already says to remove needs no update.
  const stale = withFlag(flagged, "stale").filter((claim) => !claim.flags.includes("defunct_metric") && claim.advice.action !== "remove");
  if (stale.length > 0) {
    points.push(`Update old figures (${listOf(stale.slice(0, 3).map((claim) => `“${claim.text}”`))}): give a current number with its date, or leave them out.`);
  }
  if (findings.documentType === "proposal" && flagged.has("unverifiable")) {
    points.push("A client will check your figures: give each one you keep a handle or link and a date.");
  }
  if (findings.documentType === "proposal" && findings.role.relevance === "peripheral" && reviews.length > 0) {
    points.push("Audience figures belong in a bid only when the work involves an audience; this one doesn't, so lead with delivery results instead.");
  }
  if (reviews.length === 0 && findings.role.relevance === "core") {
    points.push(
      `Add one or two measured results: the audience you built and what it achieved, e.g. “Grew [account] to [N] followers in [year], lifting [${noun}] by [X]%”.`,
    );
  }
  const numeric = withFlag(flagged, "no_outcome").filter((claim) => !claim.flags.includes("defunct_metric") && claim.advice.action !== "remove");
  if (numeric.length > 0 && findings.role.relevance !== "peripheral") {
    points.push(`Tie audience figures to what they achieved (${noun}) and to a date; a number on its own reads as vanity.`);
  }
  if (flagged.has("not_comparable")) {
    points.push("Don't add up or compare numbers from different sites; give each platform on its own.");
  }
  const labels = reviews.filter((review) => review.claim.kind === "self_label");
  if (labels.length > 0) {
    points.push(`Replace labels like ${listOf(labels.slice(0, 2).map((review) => `“${review.claim.text}”`))} with the evidence behind them.`);
  }
  return points;
}

function headlineFor(reviews: readonly ClaimReview[], flagged: ClaimsByFlag, findings: DocumentFindings, verdict: Verdict): string {
  const { role, documentType, showcase } = findings;
  const doc = documentName(documentType);
  const roleRef = roleReference(role, documentType);
  const noun = outcomeNoun(role);
  const showcaseWords = showcase ? describeClaim(showcase).replace(/^an? /, "") : null;

  if (reviews.length === 0) {
    if (role.relevance === "core") return `For ${roleRef}, the ${doc} shows no audience you built or what it achieved: add one or two measured results.`;
    if (role.relevance === "peripheral") return `No follower counts or influence scores here, which is right for ${roleRef}: nothing to change.`;
    if (role.relevance === "supporting") return `No online-influence claims here; for ${roleRef}, one line on the network you bring and what it produced (${noun}) could help.`;
    return "No claims of online influence found, so there is nothing here to change.";
  }
  if (flagged.has("hidden_text")) {
    return `Part of this ${doc} is hidden from readers; remove the hidden text before you send it.`;
  }
  const defunct = withFlag(flagged, "defunct_metric")[0];
  if (defunct) {
    const label = platformName(defunct.platform) ?? "That service";
    const instead = showcaseWords && role.relevance !== "peripheral"
      ? `Drop it and show what your ${showcaseWords} achieved instead.`
      : role.relevance === "peripheral"
        ? "Drop it, and give the space to results from your work."
        : "Drop it and show what your audience achieved instead.";
    return `Your ${label} score dates the ${doc}: ${label} ${closed(defunct.platform)}. ${instead}`;
  }
  const prefix = role.relevance === "unknown" ? "No target role was given, so this is general advice: " : "";
  if (role.relevance === "peripheral") {
    const distracting = reviews.filter((review) => review.claim.advice.action === "remove" || review.claim.advice.action === "reframe");
    if (distracting.length === 0) {
      return `Your ${listOf(uniqueLabels(reviews.map((review) => review.claim)))} figures show your craft; say what the work achieved and they will help ${roleRef}.`;
    }
    const named = listOf(distracting.slice(0, 2).map((review) => describeClaim(review.claim).replace(/^an? /, "your ")));
    const placement = flagged.has("over_emphasis") ? ", and they stand out more than your work does" : "";
    return `For ${roleRef}, ${named} take space from the work you'd be hired for${placement}: cut them, or keep one line that shows what they achieved.`;
  }
  if (verdict === "suits") {
    const proof = reviews.find((review) => review.outcome !== null && review.claim.advice.action === "keep");
    if (proof) {
      return `${prefix}Your figures work for ${roleRef}: ${describeClaim(proof.claim)} comes with a result (${proof.outcome}), which is what ${reader(documentType)} looks for.`;
    }
  }
  const withoutOutcome = withFlag(flagged, "no_outcome").filter((claim) => claim.advice.action !== "remove");
  if (verdict === "suits" && withoutOutcome.length === 0) {
    return `${prefix}Your figures work for ${roleRef}; dates and results next to each would make them stronger still.`;
  }
  if (withoutOutcome.length > 0 && showcaseWords) {
    return `${prefix}Your numbers show reach, not results: say what your ${showcaseWords} did (${noun}) and when, and ${reader(documentType)} will read them as evidence.`;
  }
  const labels = reviews.filter((review) => review.claim.kind === "self_label");
  if (labels.length > 0 && labels.length === reviews.length) {
    return `${prefix}Labels like “${labels[0]?.claim.text}” ask the reader to take your word for it; show the results behind them instead.`;
  }
  return `${prefix}Your influence claims need work for ${roleRef}: tie each to a result (${noun}) and a date, and cut what you can't back up.`;
}

export function summarize(reviews: readonly ClaimReview[], findings: DocumentFindings): ReportSummary {
  const flagged = claimsByFlag(reviews);
  const score = scoreOf(reviews, flagged, findings);
  const verdict = verdictOf(reviews, score);
  return { verdict, score, headline: headlineFor(reviews, flagged, findings, verdict), advice: adviceFor(reviews, flagged, findings) };
}
