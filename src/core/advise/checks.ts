// Checks that compare claims with each other or with the page: two figures for one account that
// disagree, figures long out of date, influence placed where a peripheral role's reader looks
// first, figures out of proportion (a rate above what the platform sees, likes per post above the
// whole audience, a score off its scale), and a small figure beside a big one. Each check groups
// or sorts the claims once, so the whole set costs O(n log n) in the number of claims.
import type { DocumentModel } from "../document/index.ts";
import { wordsIn } from "../document/words.ts";
import type { DetectedClaim, RoleAssessment } from "../types.ts";
import { platformFacts } from "./platform-facts.ts";
import type { ClaimReading } from "./reading.ts";

/** A figure tied to a year this many years back, with no newer one for the same account, is stale. */
export const STALE_AFTER_YEARS = 4;
/** Two readings of one account further apart than this share of the larger disagree. */
const INCONSISTENT_RATIO = 0.05;
/** Influence content taking this share of a peripheral role's document is too much. */
const OVER_EMPHASIS_SHARE = 0.25;
/** A figure this many times smaller than the writer's main audience weakens the page... */
const TINY_FACTOR = 100;
/** ...when the main audience is at least this big. */
const TINY_MAIN_AT_LEAST = 10_000;

/** Kinds whose figure is the size of one account at one time: these can contradict each other. */
const ACCOUNT_KINDS = new Set(["audience", "community", "influence_score"]);
/** Kinds whose figures carry a date worth keeping current. */
export const NUMERIC_KINDS = new Set(["audience", "reach", "engagement", "community", "influence_score"]);

/**
 * Engagement rates above these are not credible for the platform. The guidance gives Rival IQ's
 * brand medians per post for 2022–2024 (TikTok 2.6–5.7%, Instagram 0.5–1%, Facebook about 0.06%,
 * X about 0.03%) and notes creators run higher, up to about 10% on TikTok; the ceilings here are
 * well above the creators' figures, so only a rate no account plausibly reaches is flagged.
 */
export const ENGAGEMENT_CEILINGS: Readonly<Record<string, { ceiling: number; brand: number; usual: string }>> = {
  tiktok: { ceiling: 25, brand: 15, usual: "2.6–5.7% for brands, up to about 10% for creators" },
  instagram: { ceiling: 10, brand: 6, usual: "0.5–1% for brands, a few percent for creators" },
  facebook: { ceiling: 10, brand: 3, usual: "about 0.06% for brands" },
  x: { ceiling: 5, brand: 2, usual: "about 0.03% for brands" },
  linkedin: { ceiling: 10, brand: 6, usual: "a few percent" },
  youtube: { ceiling: 20, brand: 20, usual: "a few percent" },
  threads: { ceiling: 10, brand: 6, usual: "a few percent" },
  pinterest: { ceiling: 10, brand: 3, usual: "well under 1%" },
};
/** Below this many followers an account is small, and its engagement rate may run higher. */
const SMALL_ACCOUNT = 10_000;
/** Channels whose rates are not social engagement: opens and clicks run far higher there. */
const NOT_SOCIAL = new Set(["newsletter", "substack", "blog", "podcast", "email"]);
/** Any platform, and rates on none named: anything above this is taken for an error. */
const ENGAGEMENT_CEILING_ANY = 20;

export type Implausibility =
  | { type: "over_100" }
  | { type: "off_scale"; min: number; max: number }
  | { type: "above_band"; platform: string; usual: string }
  | { type: "likes_above_audience"; audience: DetectedClaim }
  | { type: "detector" };

/** The account a figure belongs to, for comparing readings: owner, name or handle, platform, metric (worked out once per claim, in reading.ts). */
export function accountKey(reading: ClaimReading): string {
  return reading.accountKey;
}

/** Readings of one account at one time (the same year, or both undated) whose figures disagree. */
export function findInconsistent(readings: readonly ClaimReading[], currentYear: number): Map<DetectedClaim, DetectedClaim[]> {
  const groups = new Map<string, ClaimReading[]>();
  const compared = (reading: ClaimReading) =>
    reading.accountPlatform !== null && reading.claim.value !== null && ACCOUNT_KINDS.has(reading.claim.kind) && !reading.claim.flags.includes("hidden_text");
  // An undated figure is read as of the account's latest dated one: "@pixelfabrik (45.000 Follower)"
  // under skills against "auf 48.000 Follower ausgebaut (2022–2024)".
  const latestYear = new Map<string, number>();
  for (const reading of readings) {
    if (!compared(reading) || reading.year === null) continue;
    const key = accountKey(reading);
    latestYear.set(key, Math.max(latestYear.get(key) ?? 0, reading.year));
  }
  for (const reading of readings) {
    if (!compared(reading)) continue;
    // Only a recent dated figure stands for "now": beside one from years ago, an undated figure is today's.
    const latest = latestYear.get(accountKey(reading));
    const key = `${accountKey(reading)}|${reading.year ?? (latest !== undefined && latest >= currentYear - 2 ? latest : "undated")}`;
    const group = groups.get(key);
    if (group) group.push(reading);
    else groups.set(key, [reading]);
  }
  const inconsistent = new Map<DetectedClaim, DetectedClaim[]>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    // A figure the document gives as an earlier value ("from 9K to 410K") explains a "9K" elsewhere.
    const earlier = new Set(group.map((reading) => reading.claim.previousValue).filter((value): value is number => typeof value === "number"));
    const current = group.filter((reading) => !earlier.has(reading.claim.value as number));
    if (current.length < 2) continue;
    const values = current.map((reading) => reading.claim.value as number).sort((left, right) => left - right);
    const lowest = values[0]!;
    const highest = values[values.length - 1]!;
    if (highest - lowest <= highest * INCONSISTENT_RATIO) continue;
    const others = current.map((reading) => reading.claim);
    for (const reading of current) {
      const value = reading.claim.value as number;
      // A reading close to both ends agrees with the rest only if the whole group is close; it is not here.
      if (highest - value > highest * INCONSISTENT_RATIO || value - lowest > value * INCONSISTENT_RATIO) {
        inconsistent.set(reading.claim, others.filter((other) => other !== reading.claim));
      }
    }
  }
  return inconsistent;
}

/**
 * Figures tied by their own words to a year long past, with no newer figure for the same
 * account. The end of the job a figure sits in does not make it stale: a figure from a past job
 * is history, dated "as of" that year, not one to keep current.
 */
export function findStale(readings: readonly ClaimReading[], currentYear: number): Set<DetectedClaim> {
  const latest = new Map<string, number>();
  const ownYear = (reading: ClaimReading): number | null => (reading.yearFrom === "claim" || reading.yearFrom === "sentence" ? reading.year : null);
  for (const reading of readings) {
    const key = accountKey(reading);
    if (reading.ongoing) latest.set(key, currentYear);
    const year = reading.year;
    if (year !== null) latest.set(key, Math.max(latest.get(key) ?? 0, year));
  }
  const stale = new Set<DetectedClaim>();
  for (const reading of readings) {
    if (!NUMERIC_KINDS.has(reading.claim.kind)) continue;
    const year = ownYear(reading);
    if (year === null || year > currentYear - STALE_AFTER_YEARS) continue;
    if ((latest.get(accountKey(reading)) ?? 0) > year) continue;
    stale.add(reading.claim);
  }
  return stale;
}

/** Whether a claim sits where a reader looks first: the first lines, or the summary at the top. */
function topEnd(model: DocumentModel): number {
  const { text } = model;
  let lines = 0;
  let position = 0;
  // The first four lines with words.
  while (position < text.length && lines < 4) {
    const newline = text.indexOf("\n", position);
    const end = newline === -1 ? text.length : newline;
    if (wordsIn(text, position, Math.min(end, position + 200)).length > 0) lines += 1;
    position = end + 1;
  }
  let top = Math.min(position, text.length);
  // A summary near the top is read first too.
  for (const span of model.summary) if (span.start <= text.length * 0.3) top = Math.max(top, span.end);
  return top;
}

/** For a peripheral role: influence near the top, or a large share of the page. */
export function findOverEmphasis(model: DocumentModel, readings: readonly ClaimReading[], role: RoleAssessment, exempt: (reading: ClaimReading) => boolean): Set<DetectedClaim> {
  const flagged = new Set<DetectedClaim>();
  if (role.relevance !== "peripheral") return flagged;
  const candidates = readings.filter((reading) => !exempt(reading));
  if (candidates.length === 0) return flagged;
  const covered = new Map<number, number>();
  for (const reading of candidates) {
    const sentence = reading.place.sentence?.span ?? reading.claim.span;
    covered.set(sentence.start, sentence.end - sentence.start);
  }
  let share = 0;
  for (const length of covered.values()) share += length;
  const words = model.text.trim().length;
  const large = share / Math.max(1, words) >= OVER_EMPHASIS_SHARE;
  const top = topEnd(model);
  for (const reading of candidates) if (large || reading.claim.span.start < top) flagged.add(reading.claim);
  return flagged;
}

/** Words that explain a figure far above its account: one post took off. */
const VIRAL = /\b(?:viral|went viral|top post|best post|best-performing|one video|one post|record|peak|viraal|viral\w*)\b/iu;
/** Words that make a likes figure a rate per post rather than a total. */
const PER_POST = /\b(?:per post|a post|each post|per video|per reel|on average|average|avg\.?|pro beitrag|par post|par publication|por publicaci[oó]n|por post|media|gemiddeld)\b/iu;

/** Why a figure is out of proportion, or null. `audiences` is each platform's audience figure; `beside`, the one in the claim's own sentence. */
export function implausibility(reading: ClaimReading, text: string, audiences: ReadonlyMap<string, DetectedClaim>, beside: DetectedClaim | null): Implausibility | null {
  const { claim } = reading;
  if (claim.value === null) return claim.flags.includes("implausible_value") ? { type: "detector" } : null;
  const value = claim.value;
  const scale = platformFacts(claim.platform)?.scale;
  if (claim.kind === "influence_score" && scale && scale.max !== null && (value > scale.max || value < scale.min)) {
    return { type: "off_scale", min: scale.min, max: scale.max };
  }
  if (claim.unit === "percent" && value > 100) return { type: "over_100" };
  // Only a social engagement rate has bands: a newsletter's open or click rate runs far higher.
  if (claim.kind === "engagement" && claim.unit === "percent" && claim.metric === "engagement_rate") {
    const band = claim.platform === null ? undefined : ENGAGEMENT_CEILINGS[claim.platform];
    // A small account's few followers engage at rates a large one never sees: under 10,000 on the
    // same platform, twice the ceiling.
    const account = claim.platform === null ? undefined : audiences.get(claim.platform);
    const small = account?.value != null && account.value < SMALL_ACCOUNT;
    // A brand's or an employer's account of some size sits in the brand medians, far below a creator's:
    // its ceiling is lower (9.5% on a games studio's 48,000-follower Instagram is not credible).
    const brand = !small && (reading.account.owner === "organization" || reading.account.owner === "client");
    if (band && value > (brand ? band.brand : band.ceiling * (small ? 2 : 1))) return { type: "above_band", platform: claim.platform as string, usual: band.usual };
    const social = claim.platform === null || platformFacts(claim.platform) !== null;
    if (!band && social && !NOT_SOCIAL.has(claim.platform ?? "") && value > ENGAGEMENT_CEILING_ANY) return { type: "above_band", platform: claim.platform ?? "", usual: "a few percent" };
  }
  if (claim.metric === "likes" || claim.metric === "comments") {
    const audience = (claim.platform !== null ? audiences.get(claim.platform) : undefined) ?? beside;
    const sentence = reading.place.sentence?.span ?? claim.span;
    const words = text.slice(Math.max(sentence.start, claim.span.start - 120), Math.min(sentence.end, claim.span.end + 120));
    if (audience && audience !== claim && audience.value !== null && value > audience.value && PER_POST.test(words) && !VIRAL.test(words)) {
      return { type: "likes_above_audience", audience };
    }
  }
  return claim.flags.includes("implausible_value") ? { type: "detector" } : null;
}

/** Each platform's largest follower-type figure: what likes per post are measured against. */
export function audiencesByPlatform(claims: readonly DetectedClaim[]): Map<string, DetectedClaim> {
  const byPlatform = new Map<string, DetectedClaim>();
  for (const claim of claims) {
    if (claim.kind !== "audience" || claim.platform === null || claim.value === null || claim.unit !== "count") continue;
    if (claim.metric === "likes" || claim.metric === "views") continue;
    const known = byPlatform.get(claim.platform);
    if (!known || (known.value ?? 0) < claim.value) byPlatform.set(claim.platform, claim);
  }
  return byPlatform;
}

/**
 * The writer's own audience figures two orders of magnitude below their main one (312 Twitch
 * followers beside 1.4 million on Instagram): each is paired with the main figure.
 */
export function findTiny(readings: readonly ClaimReading[]): Map<DetectedClaim, DetectedClaim> {
  const own = readings.filter(
    (reading) =>
      (reading.claim.kind === "audience" || reading.claim.kind === "community") &&
      reading.claim.unit === "count" &&
      reading.claim.value !== null &&
      reading.claim.metric !== "likes" &&
      reading.claim.metric !== "views" &&
      reading.account.owner !== "organization" &&
      reading.account.owner !== "client",
  );
  let main: DetectedClaim | null = null;
  for (const reading of own) if (main === null || (reading.claim.value as number) > (main.value as number)) main = reading.claim;
  const tiny = new Map<DetectedClaim, DetectedClaim>();
  if (main === null || (main.value as number) < TINY_MAIN_AT_LEAST) return tiny;
  for (const reading of own) {
    if (reading.claim.platform !== main.platform && (reading.claim.value as number) * TINY_FACTOR <= (main.value as number)) tiny.set(reading.claim, main);
  }
  return tiny;
}
