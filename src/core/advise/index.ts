// Claims + role -> per-claim advice and a verdict on the influence claims, read against the whole
// document: its entries, the results it states, whose accounts its figures are, and the job
// description's asks. Deterministic: the same input always gives the same report, and the only
// notion of "now" is `currentYear`, passed in or defaulted. Every stage is linear in the text and
// in the number of claims (sorting aside): the document model is built once, and each claim is
// read through binary searches and bounded windows.
import { roleFamilyById } from "../catalog/roles.ts";
import { buildDocument, findOutcomes, type DocumentModel } from "../document/index.ts";
import { textStatistics } from "../text-stats.ts";
import type { Claim, ClaimAdvice, ClaimFlag, DetectedClaim, ReportSummary, RoleAssessment } from "../types.ts";
import { findPromises, firstPersonBio, localClient, localPlaceIn, namesAccountOwner, promiseAt, saysWhereAudienceIs } from "./bids.ts";
import {
  audiencesByPlatform,
  findInconsistent,
  findOverEmphasis,
  findStale,
  findTiny,
  implausibility,
  NUMERIC_KINDS,
  type Implausibility,
} from "./checks.ts";
import { meetingThreshold, negativeCues, readAsks } from "./job-description.ts";
import { messagesFor } from "./messages/index.ts";
import { platformFacts } from "./platform-facts.ts";
import { OutcomeIndex, overlapsAnyClaim, readClaims, showcaseOf, type ClaimReading } from "./reading.ts";
import { decideAction, PROPOSAL_EVIDENCE_RULE, type ClaimFacts } from "./rules.ts";
import { summarize, type ClaimReview } from "./summary.ts";
import { isPastWork, oneLine, outcomeWords, wordClaim, wordingSetting } from "./wording.ts";

/** The year used when the caller gives none; bump it with each release rather than read a clock. */
export const DEFAULT_CURRENT_YEAR = 2026;
const PERSONAL_KINDS = new Set(["influence_score", "ranking", "self_label"]);
/** The model of an empty text, standing in for a document's when it holds no claim to read. */
const EMPTY_MODEL = buildDocument("");
/** An audience this large in a bid for a local client needs its local share. */
const LOCAL_SHARE_FROM = 100_000;

export interface AdviseInput {
  text: string;
  claims: DetectedClaim[];
  role: RoleAssessment;
  documentType: "resume" | "proposal";
  currentYear?: number;
  /** The job description the role was read from: its asks (a threshold, links) are checked against the claims. */
  jobDescription?: string | null;
  /** The document's language (ISO 639-1); read from the text when not given. Advice is written in it where a catalog exists. */
  language?: string | null;
  /** The document model, when the caller already built it for this text. */
  document?: DocumentModel;
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
 * The claim with its flags, subject and advice, its keys in its own order (a report is read as
 * JSON), `advice` last. Claims from the detectors are copied field by field in their known order,
 * many times faster than Object.assign adding one key at a time.
 */
function withAdvice(claim: DetectedClaim, subject: DetectedClaim["subject"], flags: ClaimFlag[], advice: ClaimAdvice): Claim {
  const keys = Object.keys(claim);
  if (!inDetectorOrder(keys)) return Object.assign({}, claim, { subject, flags, advice });
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
    subject,
    asOf: claim.asOf,
    evidence: claim.evidence,
    confidence: claim.confidence,
    flags,
  } as Claim;
  if (keys.length > DETECTED_KEYS.length) advised.previousValue = claim.previousValue;
  advised.advice = advice;
  return advised;
}

/** Platforms whose figures show the work itself (code, answers, designs, models), not an audience. */
const CRAFT_PLATFORMS = new Set(["github", "gitlab", "stack_overflow", "kaggle", "dribbble", "behance", "hugging_face"]);

function hasEvidence(reading: ClaimReading, text: string): boolean {
  const { claim, account } = reading;
  if (claim.evidence.handle !== null || claim.evidence.url !== null || reading.year !== null || claim.asOf !== null) return true;
  // "la pagina Facebook del Museo Civico": an organisation's account named by its owner is one the
  // client can open.
  const sentence = reading.place.sentence?.span ?? null;
  return claim.platform !== null && account.owner !== "self" && sentence !== null && namesAccountOwner(text, sentence);
}

/** Whose audience it is, in the contract's terms: a client's account is an organisation's. */
function subjectOf(reading: ClaimReading): DetectedClaim["subject"] {
  // A score, a ranking or a label is a person's, or a firm's in a bid: the detector reads that from the words.
  if (PERSONAL_KINDS.has(reading.claim.kind)) return reading.claim.subject;
  const owner = reading.account.owner;
  if (owner === "client" || owner === "organization") return "organization";
  return owner === "self" ? "self" : reading.claim.subject;
}

export function advise(input: AdviseInput): { claims: Claim[]; summary: ReportSummary } {
  const currentYear = input.currentYear ?? DEFAULT_CURRENT_YEAR;
  const { text, role } = input;
  const proposal = input.documentType === "proposal";
  const language = input.language !== undefined ? input.language : textStatistics(text).language;
  const messages = messagesFor(language);
  const ordered = [...input.claims].sort((left, right) => left.span.start - right.span.start || left.span.end - right.span.end);
  // With no claim, nothing of the page is read: most documents hold none.
  const model = input.document ?? (ordered.length === 0 ? EMPTY_MODEL : buildDocument(text));
  const outcomes = new OutcomeIndex(ordered.length === 0 ? [] : findOutcomes(model));
  const readings = readClaims(model, ordered, outcomes, { language, proposal });
  const family = role.family !== null ? roleFamilyById(role.family) : undefined;
  const familyPlatforms = family?.platforms ?? [];
  // Where the job description's own words rule the audience work out ("no external content, social
  // media or conference circuit"), only the platforms that show the craft itself still count.
  const ruledOut = role.source === "job_description" && role.relevance === "peripheral";
  const ownPlatform = (reading: ClaimReading) =>
    role.relevance !== "unknown" &&
    role.relevance !== "core" &&
    reading.claim.platform !== null &&
    familyPlatforms.includes(reading.claim.platform) &&
    (!ruledOut || CRAFT_PLATFORMS.has(reading.claim.platform));

  const inconsistent = findInconsistent(readings, currentYear);
  const stale = findStale(readings, currentYear);
  const overEmphasis = findOverEmphasis(model, readings, role, (reading) => ownPlatform(reading) || reading.claim.flags.includes("hidden_text"));
  const audiences = audiencesByPlatform(ordered);
  // Each sentence's follower-type figure, for likes per post said beside it.
  const audienceBySentence = new Map<number, DetectedClaim>();
  for (const reading of readings) {
    const { claim } = reading;
    if (claim.kind === "audience" && claim.unit === "count" && claim.metric !== "likes" && claim.metric !== "views" && reading.place.sentence !== null) {
      audienceBySentence.set(reading.place.sentence.span.start, claim);
    }
  }
  const tiny = findTiny(readings);
  // A promise nobody can check is a bid's fault: a résumé's "world-class" is another matter.
  const promises = proposal ? findPromises(model) : [];
  // The buyer's brief names the buyer's place first; the bid's own cover, failing that ("Westmoor
  // Combined Transport Authority").
  const place = proposal ? (localPlaceIn(input.jobDescription ?? "") ?? localClient(model)) : null;
  const asks = readAsks(input.jobDescription);
  // The claim that best meets the job description's threshold hears it in its own reason.
  const meeting = asks === null ? undefined : meetingThreshold(asks, ordered).sort((left, right) => (right.value ?? 0) - (left.value ?? 0))[0];

  // The document's strongest measured result, quoted in the writer's words: the headline names it,
  // and a claim to cut points to it. Only a result outside every claim's words counts.
  const claimFree = outcomes.outcomes.filter((outcome) => outcome.measured && !overlapsAnyClaim(ordered, outcome.span));
  const best = ordered.length === 0 ? null : showcaseOf(claimFree, role.relevance !== "peripheral", model);
  const showcase = best === null ? null : messages.quote(outcomeWords(text, best.clause, best.span));
  const setting = wordingSetting(role, input.documentType, messages);

  // Claims of one clause share one rewrite: the second says so rather than repeat it.
  let previous: { quote: number; action: string; rule: string; text: string } | null = null;
  const reviews: ClaimReview[] = readings.map((reading) => {
    const { claim } = reading;
    const numeric = NUMERIC_KINDS.has(claim.kind);
    const countable = numeric && claim.kind !== "influence_score";
    const defunct = claim.flags.includes("defunct_metric") || (platformFacts(claim.platform)?.defunct ?? false);
    const hidden = claim.flags.includes("hidden_text");
    const why: Implausibility | null = implausibility(reading, text, audiences, reading.place.sentence === null ? null : (audienceBySentence.get(reading.place.sentence.span.start) ?? null));
    const outcome = reading.direct ?? reading.linked;
    const own = ownPlatform(reading);
    const promise = promiseAt(promises, reading.place.sentence);
    const added: ClaimFlag[] = [];
    if (defunct) added.push("defunct_metric");
    if (why !== null) added.push("implausible_value");
    if ((countable || (numeric && !defunct)) && outcome === null && !hidden) added.push("no_outcome");
    if (countable && !reading.timeframe && !hidden && reading.year === null) added.push("no_timeframe");
    if (countable && outcome === null && !own && !hidden) added.push("vanity_metric");
    if (claim.flags.includes("not_comparable") || ((claim.kind === "audience" || claim.kind === "reach" || claim.kind === "community" || claim.kind === "engagement") && reading.combinedSites)) {
      added.push("not_comparable");
    }
    if (inconsistent.has(claim)) added.push("inconsistent");
    if (stale.has(claim)) added.push("stale");
    if (overEmphasis.has(claim)) added.push("over_emphasis");
    if (tiny.has(claim)) added.push("tiny_beside_big");
    if (promise !== null) added.push("unverifiable");
    const offTarget =
      place !== null &&
      (claim.kind === "audience" || claim.kind === "reach") &&
      (claim.value ?? 0) >= LOCAL_SHARE_FROM &&
      !saysWhereAudienceIs(text, reading.place.sentence?.span ?? claim.span, place);
    if (offTarget) added.push("off_target_audience");

    const facts: ClaimFacts = {
      kind: claim.kind,
      platform: claim.platform,
      relevance: role.relevance,
      documentType: input.documentType,
      hidden,
      defunct,
      implausible: why !== null,
      hasOutcome: outcome !== null,
      organizationAccount: reading.account.owner === "organization" || reading.account.owner === "client",
      ownPlatform: own,
      rankingSourced: claim.kind === "ranking" && reading.publisherNamed && reading.year !== null,
      tiny: tiny.has(claim),
      pastWork: isPastWork(reading),
      inconsistent: inconsistent.has(claim),
      promised: promise !== null,
      guaranteed: promise?.guarantee ?? false,
    };
    const decision = decideAction(facts);
    let action = decision.action;
    let ruleId = decision.rule.id;
    // A bid's kept claim with no evidence is downgraded: a client checks.
    if (proposal && action === "keep" && !hasEvidence(reading, text)) {
      action = "strengthen";
      ruleId = PROPOSAL_EVIDENCE_RULE.id;
      added.push("unverifiable");
    }
    // Whether figures disagree is judged here, per account; a detector's per-platform reading is set aside.
    // Work done on a service that has since closed (an employer's Vine account) is that work's record:
    // the rule says the closure in its reason, rather than flag a metric that dates the page.
    const recordOfPastWork = ruleId === "defunct_platform_past_work";
    // A figure kept as work done is not called vanity in the same breath; what it lacks (what it
    // led to, when) is still said.
    const kept = action === "keep";
    const flags = mergeFlags(
      claim.flags.filter((flag) => flag !== "inconsistent" && !(recordOfPastWork && flag === "defunct_metric")),
      (recordOfPastWork ? added.filter((flag) => flag !== "defunct_metric") : added).filter((flag) => !(kept && flag === "vanity_metric")),
    );
    const ownLine = best !== null && reading.place.block !== null && best.block === reading.place.blockIndex;
    const wording = wordClaim(
            {
              reading,
              text,
              ruleId,
              action,
              flags,
              showcase: ownLine ? null : showcase,
              implausible: why,
              mainAudience: tiny.get(claim) ?? null,
              others: inconsistent.get(claim) ?? [],
              promise: promise === null ? null : oneLine(text.slice(promise.words.start, promise.words.end)),
              place,
              ask:
                meeting === claim && asks?.threshold
                  ? { words: asks.threshold.words, needsLink: asks.links && claim.evidence.url === null }
                  : null,
            },
      setting,
    );
    const sameLine = previous !== null && previous.quote === reading.quote.start && previous.action === action && previous.rule === ruleId;
    const suggestion = sameLine && previous !== null ? messages.sameLine(previous.text) : wording.suggestion;
    if (!sameLine) previous = { quote: reading.quote.start, action, rule: ruleId, text: oneLine(claim.text) };
    const advice: ClaimAdvice = { action, reason: wording.reason, suggestion, rule: ruleId };
    return { claim: withAdvice(claim, subjectOf(reading), flags, advice), reading };
  });

  const summary = summarize(reviews, {
    text,
    role,
    documentType: input.documentType,
    messages,
    showcase,
    promises: promises.map((promise) => oneLine(text.slice(promise.words.start, promise.words.end))),
    firstPersonBio: proposal && ordered.length > 0 ? firstPersonBio(model) : null,
    place,
    asks,
    // Read again only where the description made the role peripheral: the role's evidence may be its duties instead.
    ruledOut: role.source === "job_description" && role.relevance === "peripheral" ? negativeCues(input.jobDescription).cues : [],
    jobDescriptionGiven: (input.jobDescription ?? "").trim() !== "",
  });
  return { claims: reviews.map((review) => review.claim), summary };
}
