// The document-level reading: a verdict and a 0–100 score on the influence claims for this role
// (never on the person), one headline that says how many claims to keep, strengthen, reframe
// or cut and why, and the advice points, most important first. Everything here follows from the
// claims' own actions and flags, so the summary never contradicts a claim.
import type { AdviceAction, Claim, ClaimFlag, ReportSummary, RoleAssessment, Verdict } from "../types.ts";
import type { JobAsks } from "./job-description.ts";
import { meetingScore, meetingThreshold } from "./job-description.ts";
import type { HeadlineReason, Messages, SummaryPoint } from "./messages/types.ts";
import { platformFacts, platformName } from "./platform-facts.ts";
import { accountKey } from "./checks.ts";
import type { ClaimReading } from "./reading.ts";
import { describe, isPastWork, oneLine } from "./wording.ts";

export interface ClaimReview {
  claim: Claim;
  reading: ClaimReading;
}

export interface DocumentFindings {
  text: string;
  role: RoleAssessment;
  documentType: "resume" | "proposal";
  messages: Messages;
  /** The document's strongest measured result, quoted; null where it states none. */
  showcase: string | null;
  /** A team bio in the first person among others in the third, in the writer's words; null where none. */
  firstPersonBio: string | null;
  /** Promises nobody can check, in the writer's words. */
  promises: readonly string[];
  /** Where a bid's client is, when it names a place. */
  place: string | null;
  asks: JobAsks | null;
  /** Whether a job description came with the request. */
  jobDescriptionGiven: boolean;
  /** What the job description rules out ("No public speaking, content or community work"), in its words; empty where nothing. */
  ruledOut: readonly string[];
}

// The score reads the claims as a set: how far they are, on average, from serving this role as
// they stand, less a few points for each document-level problem. An average, not a sum, so that
// a page with eight claims is not marked down for having eight, and one dead score on a strong
// engineer's page costs one line's fix, not the verdict (docs/advice-policy.md).
/** What each action costs a claim, out of 100: a claim to cut costs more than one to strengthen. */
const ACTION_COST: Record<AdviceAction, number> = { keep: 0, strengthen: 12, reframe: 25, remove: 40 };
/** Deductions for document-level problems, once each. */
const PENALTIES: Partial<Record<ClaimFlag, number>> = {
  hidden_text: 50,
  implausible_value: 12,
  inconsistent: 10,
  over_emphasis: 8,
  off_target_audience: 6,
  defunct_metric: 5,
  unverifiable: 4,
  tiny_beside_big: 4,
  stale: 3,
};
const PENALTY_ENTRIES = Object.entries(PENALTIES) as [ClaimFlag, number][];
const NO_CLAIM_SCORES = { core: 30, supporting: 70, peripheral: 95, unknown: 75 } as const;
const SUITS_FROM = 75;
/** Below this the claims, as they stand, work against the document whatever the role. */
const FAILS_BELOW = 35;

/**
 * How many claims each action has, a claim the document states twice (a summary repeating a
 * bullet: same kind, platform, measure and figure) counted once: it is one line to fix.
 */
function counts(reviews: readonly ClaimReview[]): Record<AdviceAction, number> {
  const tally: Record<AdviceAction, number> = { keep: 0, strengthen: 0, reframe: 0, remove: 0 };
  const seen = new Set<string>();
  for (const review of reviews) {
    const { claim } = review;
    const key = `${claim.kind}|${claim.platform}|${claim.metric}|${claim.value ?? oneLine(claim.text).toLowerCase()}|${claim.advice.action}`;
    if (seen.has(key)) continue;
    seen.add(key);
    tally[claim.advice.action] += 1;
  }
  return tally;
}

function withFlag(reviews: readonly ClaimReview[], flag: ClaimFlag): ClaimReview[] {
  return reviews.filter((review) => review.claim.flags.includes(flag));
}

function scoreOf(reviews: readonly ClaimReview[], role: RoleAssessment): number {
  if (reviews.length === 0) return NO_CLAIM_SCORES[role.relevance];
  let cost = 0;
  for (const review of reviews) cost += ACTION_COST[review.claim.advice.action];
  let score = 100 - cost / reviews.length;
  const flags = new Set<ClaimFlag>();
  for (const review of reviews) for (const flag of review.claim.flags) flags.add(flag);
  for (const [flag, points] of PENALTY_ENTRIES) if (flags.has(flag)) score -= points;
  return Math.max(0, Math.min(100, Math.round(score)));
}

/** Flags that say something is wrong with the figures, not only missing: the claims do not suit as they are. */
const PROBLEMS: readonly ClaimFlag[] = ["inconsistent", "implausible_value", "over_emphasis", "tiny_beside_big", "off_target_audience", "defunct_metric"];

function verdictOf(reviews: readonly ClaimReview[], score: number, tally: Record<AdviceAction, number>, role: RoleAssessment): Verdict {
  if (reviews.length === 0) return "no_claims";
  if (reviews.some((review) => review.claim.flags.includes("hidden_text"))) return "does_not_suit";
  const problems = reviews.some((review) => review.claim.flags.some((flag) => PROBLEMS.includes(flag)));
  // "Suits" says the claims work as they are: nothing to cut, reframe or strengthen, and nothing wrong.
  if (score >= SUITS_FROM && !problems && tally.remove === 0 && tally.reframe === 0 && tally.strengthen === 0) return "suits";
  // For a role built on an audience, claims of which none can stay as evidence do not serve it.
  if (role.relevance === "core" && tally.keep === 0 && tally.strengthen === 0) return "does_not_suit";
  // Elsewhere a page whose influence lines are all to cut needs those lines cut, which is the
  // headline's to say; the verdict fails only claims that mislead as well.
  if (score < FAILS_BELOW) return "does_not_suit";
  return "partly_suits";
}

function closed(platform: string | null, messages: Messages): string | null {
  const since = platformFacts(platform)?.defunctSince ?? null;
  const match = since === null ? null : /^(\d{4})-(\d{2})/.exec(since);
  return match ? messages.monthYear(Number(match[1]), Number(match[2])) : null;
}

/** An account as a reader names it: "@brightbakes on Instagram", "the zoo's Instagram", "Instagram". */
function accountName(review: ClaimReview): string {
  const { claim, reading } = review;
  const platform = platformName(claim.platform) ?? claim.metric;
  if (claim.evidence.handle) return `${claim.evidence.handle} (${platform})`;
  if (reading.account.name && reading.account.owner !== "self") return `${reading.account.name} (${platform})`;
  return platform;
}

function quoted(messages: Messages, review: ClaimReview): string {
  return messages.quote(oneLine(review.claim.text));
}

function headlineReason(reviews: readonly ClaimReview[], findings: DocumentFindings, tally: Record<AdviceAction, number>): HeadlineReason {
  const { messages, role } = findings;
  if (reviews.length === 0) return { type: "no_claims", relevance: role.relevance };
  if (withFlag(reviews, "hidden_text").length > 0) return { type: "hidden" };
  const defunct = withFlag(reviews, "defunct_metric")[0];
  if (defunct) return { type: "defunct", label: platformName(defunct.claim.platform) ?? defunct.claim.text, closed: closed(defunct.claim.platform, messages), score: defunct.claim.kind === "influence_score" };
  const implausible = withFlag(reviews, "implausible_value")[0];
  if (implausible) return { type: "implausible", figure: describe(implausible.claim, messages) };
  if (withFlag(reviews, "over_emphasis").length > 0) return { type: "over_emphasis" };
  const inconsistent = withFlag(reviews, "inconsistent")[0];
  if (inconsistent) return { type: "inconsistent", label: accountName(inconsistent) };
  const tiny = withFlag(reviews, "tiny_beside_big")[0];
  if (tiny) {
    const main = reviews.filter((review) => review.claim.kind === "audience" && review.claim.value !== null).sort((left, right) => (right.claim.value ?? 0) - (left.claim.value ?? 0))[0];
    return { type: "tiny", figure: describe(tiny.claim, messages), main: main ? describe(main.claim, messages) : "" };
  }
  const labels = reviews.filter((review) => review.claim.kind === "self_label");
  if (labels.length === reviews.length) return { type: "labels_only", label: oneLine(labels[0]!.claim.text) };
  if (role.relevance === "peripheral" && tally.remove + tally.reframe > 0) return { type: "peripheral" };
  // "They come with results" only where they do: an employer's account kept as work done may still say nothing of what it achieved.
  const withoutResult =
    reviews.some((review) => review.claim.flags.includes("no_outcome") && review.claim.advice.action !== "remove") ||
    !reviews.some((review) => review.claim.advice.action === "keep" && (review.reading.direct ?? review.reading.linked) !== null);
  if (tally.remove + tally.reframe + tally.strengthen === 0 && !withoutResult) return { type: "strong" };
  // Every claim on the role's own platforms (GitHub for an engineer): the craft, to be tied to what it achieved.
  if (reviews.every((review) => review.claim.advice.rule?.startsWith("professional_platform"))) {
    const labels = [...new Set(reviews.map((review) => platformName(review.claim.platform) ?? review.claim.metric))];
    return { type: "craft", labels };
  }
  const lacking = reviews.filter((review) => review.claim.flags.includes("no_outcome") && review.claim.advice.action !== "remove");
  if (lacking.length > 0) {
    if (findings.showcase) return { type: "results_elsewhere" };
    // The largest count of people or views stands for the rest; a rate or a score does not.
    const counted = lacking.filter((review) => review.claim.unit === "count" && review.claim.kind !== "influence_score");
    const biggest = [...counted].sort((left, right) => (right.claim.value ?? 0) - (left.claim.value ?? 0))[0];
    if (biggest) return { type: "reach_not_results", figure: describe(biggest.claim, messages).replace(/^(?:an?|un|une|ein|eine|una?) /u, "") };
  }
  if (tally.keep > 0 && tally.keep >= tally.strengthen + tally.reframe && !withoutResult) return { type: "strong" };
  return { type: "needs_work" };
}

function points(reviews: readonly ClaimReview[], findings: DocumentFindings): SummaryPoint[] {
  const { messages, role } = findings;
  const proposal = findings.documentType === "proposal";
  const doc = messages.doc(proposal);
  const roleRef = messages.roleRef(role.input, proposal);
  const noun = messages.outcomeNoun(role.family);
  const list: SummaryPoint[] = [];
  if (withFlag(reviews, "hidden_text").length > 0) list.push({ type: "hidden", doc });
  // Said first when it made the role peripheral: the writer reads why a title like theirs gets this advice.
  const ruledOut = findings.ruledOut[0];
  if (ruledOut !== undefined && role.relevance === "peripheral" && role.source === "job_description" && reviews.length > 0) {
    list.push({ type: "ruled_out", cue: messages.quote(ruledOut) });
  }
  const defunctLabels = new Set<string>();
  for (const review of withFlag(reviews, "defunct_metric")) {
    const label = platformName(review.claim.platform) ?? review.claim.text;
    if (defunctLabels.has(label)) continue;
    defunctLabels.add(label);
    list.push({ type: "defunct", label, closed: closed(review.claim.platform, messages), doc, score: review.claim.kind === "influence_score" });
  }
  if (withFlag(reviews, "over_emphasis").length > 0) list.push({ type: "over_emphasis", roleRef });
  const byAccount = new Map<string, ClaimReview[]>();
  for (const review of withFlag(reviews, "inconsistent")) {
    const key = accountKey(review.reading);
    byAccount.set(key, [...(byAccount.get(key) ?? []), review]);
  }
  for (const group of byAccount.values()) {
    const values = [...new Set(group.map((review) => messages.formatNumber(review.claim.value ?? 0)))];
    list.push({ type: "inconsistent", account: accountName(group[0]!), values });
  }
  for (const review of withFlag(reviews, "implausible_value")) {
    // A dead score is cut for being dead (its own point); checking it first would be wasted work.
    if (review.claim.flags.includes("defunct_metric")) continue;
    list.push({ type: "implausible", figure: describe(review.claim, messages), remove: review.claim.advice.action === "remove" });
  }
  const tiny = withFlag(reviews, "tiny_beside_big");
  if (tiny.length > 0) {
    const main = reviews.filter((review) => review.claim.kind === "audience" && review.claim.value !== null).sort((left, right) => (right.claim.value ?? 0) - (left.claim.value ?? 0))[0];
    list.push({ type: "tiny", figures: tiny.slice(0, 3).map((review) => describe(review.claim, messages)), main: main ? describe(main.claim, messages) : "" });
  }
  // A figure the advice already says to cut needs no update.
  // Only figures can be brought up to date: a dated award or a past campaign's reach is history.
  // So can only the writer's own: an employer's account in a job that has ended is that job's record.
  const stale = withFlag(reviews, "stale").filter(
    (review) =>
      review.claim.advice.action !== "remove" &&
      (review.claim.kind === "audience" || review.claim.kind === "community" || review.claim.kind === "influence_score") &&
      !isPastWork(review.reading),
  );
  if (stale.length > 0) list.push({ type: "stale", quotes: stale.slice(0, 3).map((review) => quoted(messages, review)) });
  if (findings.promises.length > 0) list.push({ type: "promises", quotes: findings.promises.slice(0, 2).map((promise) => messages.quote(promise)) });
  if (findings.firstPersonBio !== null) list.push({ type: "first_person_bio", quote: messages.quote(findings.firstPersonBio) });
  if (proposal && reviews.some((review) => review.claim.flags.includes("unverifiable") && review.claim.advice.rule === "proposal_needs_evidence")) list.push({ type: "evidence" });
  if (findings.place !== null && withFlag(reviews, "off_target_audience").length > 0) list.push({ type: "off_target", place: findings.place });
  if (proposal && role.relevance === "peripheral" && reviews.length > 0) list.push({ type: "bid_peripheral" });
  if (reviews.length === 0 && role.relevance === "core") list.push({ type: "no_claims_core", noun });
  if (findings.asks) {
    const { asks } = findings;
    const claims = reviews.map((review) => review.claim);
    if (asks.threshold !== null) {
      const meeting = meetingThreshold(asks, claims).sort((left, right) => (right.value ?? 0) - (left.value ?? 0))[0];
      if (meeting) {
        list.push({ type: "ask_met", ask: asks.threshold.words, figure: describe(meeting, messages), links: asks.links && meeting.evidence.url === null });
      } else {
        const best = claims.filter((claim) => claim.kind === "audience" && claim.value !== null).sort((left, right) => (right.value ?? 0) - (left.value ?? 0))[0];
        list.push({ type: "ask_unmet", ask: asks.threshold.words, best: best ? describe(best, messages) : null, doc });
      }
    } else if (asks.links) {
      list.push({ type: "ask_links", ask: messages.quote("links") });
    }
    // "SSI über 70 ist ein Plus": said back, met or not, with the score the document gives.
    if (asks.score !== null) {
      const score = asks.score;
      const meeting = meetingScore(asks, claims).sort((left, right) => (right.value ?? 0) - (left.value ?? 0))[0];
      const given = claims.filter((claim) => claim.kind === "influence_score" && claim.platform === score.platform && claim.value !== null).sort((left, right) => (right.value ?? 0) - (left.value ?? 0))[0];
      if (meeting) list.push({ type: "ask_met", ask: score.words, figure: describe(meeting, messages), links: false });
      else if (given) list.push({ type: "ask_unmet", ask: score.words, best: describe(given, messages), doc });
    }
  }
  if (role.input !== null && role.family === null && role.source === "none") list.push({ type: "unplaced_role", role: role.input });
  const lacking = withFlag(reviews, "no_outcome").filter((review) => review.claim.advice.action === "strengthen" || review.claim.advice.action === "reframe");
  if (lacking.length > 0 && role.relevance !== "peripheral") list.push({ type: "tie_to_results", noun, showcase: findings.showcase });
  if (withFlag(reviews, "not_comparable").some((review) => review.claim.advice.action !== "remove")) list.push({ type: "not_comparable" });
  const labels = reviews.filter((review) => review.claim.kind === "self_label");
  const cut = labels.filter((review) => review.claim.advice.action === "remove");
  const replace = labels.filter((review) => review.claim.advice.action !== "remove");
  if (cut.length > 0) list.push({ type: "labels", quotes: cut.slice(0, 2).map((review) => quoted(messages, review)), cut: true });
  if (replace.length > 0) list.push({ type: "labels", quotes: replace.slice(0, 2).map((review) => quoted(messages, review)), cut: false });
  return list;
}

export function summarize(reviews: readonly ClaimReview[], findings: DocumentFindings): ReportSummary {
  const { messages, role } = findings;
  const proposal = findings.documentType === "proposal";
  const tally = counts(reviews);
  const score = scoreOf(reviews, role);
  const verdict = verdictOf(reviews, score, tally, role);
  // A title the catalog cannot place asks for the job description, unless it was given and did not place it either.
  const roleState = role.input === null ? "none" : role.family !== null ? "placed" : findings.jobDescriptionGiven ? "unplaced_described" : "unplaced";
  const headline = messages.headline({
    reason: headlineReason(reviews, findings, tally),
    counts: tally,
    roleRef: messages.roleRef(role.input, proposal),
    roleState,
    roleInput: role.input,
    doc: messages.doc(proposal),
    reader: messages.reader(proposal),
    noun: messages.outcomeNoun(role.family),
    people: messages.people(role.family),
    showcase: findings.showcase,
    proposal,
  });
  // The unplaced role is already said in the headline.
  // A figure the document states twice (a summary repeating a bullet) makes the same point twice: say it once.
  const advice = [
    ...new Set(
      points(reviews, findings)
        .filter((point) => !(point.type === "unplaced_role" && reviews.length > 0))
        .map((point) => messages.point(point)),
    ),
  ];
  return { verdict, score, headline, advice };
}
