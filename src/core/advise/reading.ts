// What the document says around one claim, read from the document model: where it sits, whose
// account it is, the result it comes with (in its own sentence or bullet, or measured and online
// in its entry, the next bullet or the summary), when it was true (its own date, its sentence's,
// or the end of the job it sits in) and the writer's own words to rewrite. Each claim costs a few
// binary searches and a read of a bounded window, so a document's claims are read in time linear
// in their number.
import { gapBetween, NOW_WORDS, STARTED_BEFORE, TOOK_SO_LONG } from "../detect/context.ts";
import { datePatterns, type DatePatterns } from "../document/dates.ts";
import { accountOf, findDates, joinsYears, OUTCOME_WEIGHT, type Account, type Block, type DocumentModel, type Outcome, type OutcomeKind, type Place } from "../document/index.ts";
import { PhraseIndex, wordsIn, type Word } from "../document/words.ts";
import type { DetectedClaim, Span } from "../types.ts";
import { platformFacts } from "./platform-facts.ts";

export interface ClaimReading {
  claim: DetectedClaim;
  place: Place;
  account: Account;
  /** A result in the claim's own sentence or bullet, outside every claim's words. */
  direct: Outcome | null;
  /** A measured result of online work in the claim's entry, the next bullet or the summary. */
  linked: Outcome | null;
  /** The year the figure was true, and where that was read; null where nothing says. */
  year: number | null;
  yearFrom: "claim" | "sentence" | "entry" | null;
  /** Whose account it is, as the first part of `accountKey`: "organization|@pixelfabrik", "self|self". */
  accountOwner: string;
  /** The platform of the account: the claim's, or the one its handle has elsewhere in the document. */
  accountPlatform: string | null;
  /** In a bid, an account of the bidding firm itself ("our newsletter", the firm named atop the bid), not a client's. */
  firmsOwn: boolean;
  /** The claim sits in a job that runs to the present. */
  ongoing: boolean;
  /** The claim's own words or sentence say when or over what period. */
  timeframe: boolean;
  /** The writer's clause holding the claim, to rewrite in their own words. */
  quote: Span;
  /** The clause names the publisher of a ranking ("Forbes", "by Onalytica", "Favikon's list"). */
  publisherNamed: boolean;
  /** The clause adds figures from several sites ("combined", "across X, LinkedIn and Instagram"). */
  combinedSites: boolean;
  /** The account the figure belongs to, for comparing readings: owner, name or handle, platform, metric, kind. */
  accountKey: string;
}

/** The outcomes, in text order, and a lookup of those inside a span. */
export class OutcomeIndex {
  constructor(readonly outcomes: readonly Outcome[]) {}

  /** Outcomes whose words start inside [start, end). */
  within(start: number, end: number): Outcome[] {
    let low = 0;
    let high = this.outcomes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.outcomes[middle]!.span.start < start) low = middle + 1;
      else high = middle;
    }
    const found: Outcome[] = [];
    for (let index = low; index < this.outcomes.length && this.outcomes[index]!.span.start < end; index += 1) found.push(this.outcomes[index]!);
    return found;
  }
}

/** Whether any claim overlaps `span`; `claims` is in document order, so a binary search finds the first. */
export function overlapsAnyClaim(claims: readonly DetectedClaim[], span: Span): boolean {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (claims[middle]!.span.end <= span.start) low = middle + 1;
    else high = middle;
  }
  const next = claims[low];
  return next !== undefined && next.span.start < span.end;
}

// What joins figures listed together: "48M impressions and 310,000 clicks", "2M views, 40K shares".
/** The words a firm calls its own accounts by: "our", "follow us", in the languages read. */
const FIRST_PERSON_PLURAL = /^(?:our|ours|follow us|find us|we|unser\w*|notre|nos|nuestr[oa]s?|nostr[oaie]|onze|ons|noss[oa]s?)$/iu;

const LISTED_WITH = /^[^\S\n]*(?:,|&|\+|and|plus|as well as|,\s*and|und|et|y|e|en|i|oraz)[^\S\n]*$/iu;
const MAX_LISTED_CLAIMS = 4;

/** The claims that overlap `span`, in order, at most `limit` of them. */
function claimsWithin(claims: readonly DetectedClaim[], span: Span, limit: number): DetectedClaim[] {
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (claims[middle]!.span.end <= span.start) low = middle + 1;
    else high = middle;
  }
  const found: DetectedClaim[] = [];
  for (let index = low; index < claims.length && found.length < limit && claims[index]!.span.start < span.end; index += 1) found.push(claims[index]!);
  return found;
}

/** The strongest of some outcomes: measured first, then by the weight of their kind, then money. */
export function strongest(outcomes: readonly Outcome[]): Outcome | null {
  let best: Outcome | null = null;
  for (const outcome of outcomes) {
    if (
      best === null ||
      Number(outcome.measured) > Number(best.measured) ||
      (outcome.measured === best.measured &&
        (OUTCOME_WEIGHT[outcome.kind] > OUTCOME_WEIGHT[best.kind] ||
          (OUTCOME_WEIGHT[outcome.kind] === OUTCOME_WEIGHT[best.kind] && (outcome.money ?? 0) > (best.money ?? 0))))
    ) {
      best = outcome;
    }
  }
  return best;
}

const DESCRIPTIVE_KINDS: ReadonlySet<OutcomeKind> = new Set(["revenue", "leads", "conversion", "adoption", "traffic"]);

/**
 * The result to name in the headline: measured ones only, money weighing more the larger it is,
 * and, unless influence is peripheral to the role, a result of online work before any other.
 * On a tie the first stated wins.
 */
export function showcaseOf(outcomes: readonly Outcome[], preferOnline: boolean, model: DocumentModel | null = null): Outcome | null {
  let best: Outcome | null = null;
  let bestScore = -1;
  for (const outcome of outcomes) {
    if (!outcome.measured || !outcome.achieved) continue;
    // Orders, sign-ups or donations counted are results however they are said; a sum of money,
    // clients or users is one only with a word of doing ("brought in", "grew"), or it may describe
    // the work ("Portfolio of 65 clients (turnover £0.5m–£15m)").
    if (!outcome.done && DESCRIPTIVE_KINDS.has(outcome.kind)) continue;
    const money = outcome.money !== null && outcome.money > 0 ? Math.min(4, Math.max(0, Math.log10(outcome.money) - 3)) : 0;
    // A role built on an audience leads with what an audience did; any other with what the work did.
    const score = OUTCOME_WEIGHT[outcome.kind] + money + (outcome.online ? (preferOnline ? 3 : -4) : 0) + (model === null ? 0 : standing(model, outcome));
    if (score > bestScore) {
      best = outcome;
      bestScore = score;
    }
  }
  return best;
}

/** A measured change from one figure to another: "rose from 40 to 310", "fell from 9.1% to 6.4%". */
const FROM_TO = /(?<![\p{L}])from[^\S\n]+[~≈£$€]?\d[^.;\n]{0,30}?[^\S\n]to[^\S\n]+(?:under[^\S\n]+|over[^\S\n]+)?[~≈£$€]?\d/iu;

/**
 * What, beyond its kind and its money, makes one result the one to lead with: a change stated
 * from one figure to another says more than a bare percentage, and a result of the writer's
 * current job more than one from a job long past. Read from the clause and the entry only.
 */
function standing(model: DocumentModel, outcome: Outcome): number {
  let bonus = 0;
  if (outcome.kind === "change" && FROM_TO.test(model.text.slice(outcome.clause.start, Math.min(outcome.clause.end, outcome.clause.start + 400)))) bonus += 2;
  if (model.at(outcome.span.start).entry?.dates?.to === "present") bonus += 2;
  return bonus;
}

/** Words that say when or over what period, folded; a figure with a year is dated anyway. */
const TIMEFRAME = new PhraseIndex<true>(
  [
    "as of", "since", "to date", "this year", "last year", "this quarter", "year over year", "yoy", "mom", "per month", "a month", "per year",
    "a year", "per week", "a week", "per day", "a day", "monthly", "weekly", "daily", "yearly", "annually", "quarterly", "in my first",
    "during my tenure", "season", "semester", "seit", "stand", "pro monat", "im monat", "pro jahr", "im jahr", "monatlich", "jahrlich",
    "depuis", "par mois", "par an", "mensuel", "mensuels", "mensuelles", "annuel", "desde", "al mes", "por mes", "al ano", "por ano",
    "mensual", "mensuales", "anual", "al mese", "all anno", "mensile", "per maand", "per jaar", "maandelijks", "por mes", "ao mes", "mensal",
  ].map((phrase) => [phrase, true] as const),
);
const TIME_UNITS = new Set([
  "day", "days", "week", "weeks", "month", "months", "year", "years", "quarter", "quarters", "tag", "tage", "tagen", "woche", "wochen",
  "monat", "monate", "monaten", "jahr", "jahre", "jahren", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "annee", "annees",
  "dia", "dias", "semana", "semanas", "mes", "meses", "ano", "anos", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno",
  "anni", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren", "hours", "h",
]);
const NUMBER_WORDS = new Set([
  "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen", "a", "an", "first",
  "last", "past", "next", "ein", "einem", "zwei", "drei", "vier", "sechs", "zwolf", "un", "une", "deux", "trois", "quatre", "six", "douze",
  "uno", "dos", "tres", "cuatro", "seis", "doce", "due", "tre", "quattro", "sei", "dodici", "twee", "drie", "vier", "zes", "twaalf",
  "dois", "duas", "quatro", "seis", "doze",
]);

/** Whether the words say when or over what period. */
function saysWhen(words: readonly Word[]): boolean {
  if (TIMEFRAME.findAll(words).length > 0) return true;
  for (let index = 1; index < words.length; index += 1) {
    if (!TIME_UNITS.has(words[index]!.folded)) continue;
    const before = words[index - 1]!.folded;
    if (NUMBER_WORDS.has(before) || /^\d+$/.test(before)) return true;
  }
  return false;
}

/** Where a clause ends: a semicolon, a bullet, a pipe or a spaced dash. */
function isClauseBreak(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (char === ";" || char === "•" || char === "·" || char === "|" || char === "\t") return true;
  return (char === "—" || char === "–") && text.charAt(at - 1) === " " && text.charAt(at + 1) === " " && !joinsYears(text, at);
}

/** How far the writer's clause is read either side of a claim. */
const QUOTE_REACH = 140;

/** A colon ends a clause when at least this many words lead to it: "We guarantee reach no other agency can match: our channels…". */
const COLON_LEAD_WORDS = 6;

/** The writer's clause around `span` inside `within`: what a rewrite starts from. */
function clauseOf(text: string, span: Span, within: Span): Span {
  const floor = Math.max(within.start, span.start - QUOTE_REACH);
  const ceiling = Math.min(within.end, span.end + QUOTE_REACH);
  let start = span.start;
  while (start > floor && !isClauseBreak(text, start - 1)) start -= 1;
  let end = span.end;
  while (end < ceiling && !isClauseBreak(text, end)) end += 1;
  // Cut a clause that ran past the reach at the nearest comma, so a quote never starts mid-word.
  // Searches stay inside the clause read, so a line with no breaks costs no more than QUOTE_REACH.
  if (start === floor && floor > within.start) {
    const comma = text.slice(start, span.start).indexOf(", ");
    start = comma !== -1 ? start + comma + 2 : span.start;
  }
  if (end === ceiling && ceiling < within.end) {
    const comma = text.slice(span.end, end).lastIndexOf(", ");
    end = comma !== -1 ? span.end + comma : span.end;
  }
  const colon = text.slice(start, span.start).lastIndexOf(": ");
  if (colon !== -1 && wordsIn(text, start, start + colon).length >= COLON_LEAD_WORDS) start = start + colon + 2;
  // Nor inside a parenthesis it does not open: "radio, print) Authored …" starts at "Authored".
  const lead = text.slice(start, span.start);
  const closing = lead.lastIndexOf(")");
  if (closing !== -1 && !lead.slice(0, closing).includes("(")) start += closing + 1;
  while (start < end && /[\s,:(•*-]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;:.]/u.test(text.charAt(end - 1))) end -= 1;
  // A parenthesis opened before the claim and not closed in the clause is closed by the claim's own end.
  return { start: Math.min(start, span.start), end: Math.max(end, span.end) };
}

/** Where one claim's words end and the next one's begin: "…on Instagram and 85k on X", "…, 2.1M likes". */
const JOINER_SOURCE = "(?:,\\s*(?:and\\s+)?|\\s+(?:and|und|et|y|e|en)\\s+|;\\s*)";

/**
 * The clause cut to this claim's own words where it also holds other claims: "Maria has 85,000
 * followers on Instagram" out of "… and a Klout score of 70". The neighbours are found by binary
 * search, and only the clause (bounded by QUOTE_REACH) is read.
 */
function ownWords(text: string, clause: Span, claim: DetectedClaim, claims: readonly DetectedClaim[]): Span {
  let { start, end } = clause;
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (claims[middle]!.span.start < claim.span.start) low = middle + 1;
    else high = middle;
  }
  const before = claims[low - 1];
  let after = claims[low];
  if (after === claim) after = claims[low + 1];
  if (after !== undefined && after.span.start >= claim.span.end && after.span.start < end) {
    const gap = text.slice(claim.span.end, after.span.start);
    // The last joiner before the next claim, but not one inside a parenthesis the next claim opens:
    // "…162K followers and turned it into a sales channel, and my own account (@hannah, 58K on TikTok)".
    let cut = -1;
    let last = -1;
    for (const match of gap.matchAll(new RegExp(JOINER_SOURCE, "gu"))) {
      last = match.index;
      const before = gap.slice(0, match.index);
      if (before.lastIndexOf("(") <= before.lastIndexOf(")")) cut = match.index;
    }
    if (cut === -1) cut = last;
    if (cut !== -1) end = claim.span.end + cut;
  }
  // A parenthesis opened after the claim and left open by the clause belongs to what follows:
  // "…sales channel, and my own food account (@hannahcooksthrifty" ends at "channel".
  const tail = text.slice(claim.span.end, end);
  const opened = tail.lastIndexOf("(");
  if (opened !== -1 && opened > tail.lastIndexOf(")")) {
    let cut = opened;
    for (const match of tail.slice(0, opened).matchAll(new RegExp(JOINER_SOURCE, "gu"))) cut = match.index;
    end = claim.span.end + cut;
  }
  if (before !== undefined && before !== claim && before.span.end <= claim.span.start && before.span.end > start) {
    const gap = text.slice(before.span.end, claim.span.start);
    const match = new RegExp(JOINER_SOURCE, "u").exec(gap);
    if (match) start = before.span.end + match.index + match[0].length;
  }
  return { start, end: Math.max(end, claim.span.end) };
}

const YEAR = /(?:19[89]\d|20\d\d)/g;

function latestYear(text: string): number | null {
  let latest: number | null = null;
  for (const match of text.matchAll(YEAR)) latest = Math.max(latest ?? 0, Number(match[0]));
  return latest;
}

/** The year a sentence ties to the claim: the end of the range nearest it, or its latest single year. */
// "(now 4,200 followers)", "currently 12K": the figure is today's, whatever year the sentence names.
const NOW_RIGHT_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOW_WORDS})[\\s:,]*(?:at\\s+|over\\s+|more than\\s+|about\\s+|nearly\\s+)?$`, "iu");

function saysNow(text: string, window: Span, claim: Span): boolean {
  return NOW_RIGHT_BEFORE.test(text.slice(Math.max(window.start, claim.start - 24), claim.start));
}

/** A short line right above a block that ends with its year or dates: a case study's title. */
const TITLE_LINE_WITH_DATE = /(?:\(\s*(?:[\p{L}.]+\s+)?(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)\d\d|present|now|today))?\s*\)|(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|present|now|today))\s*$/iu;

/** How many lines of a case study (its challenge, what was done, results) may stand between its title and the claim. */
const TITLE_REACH_BLOCKS = 6;

/**
 * The year of a case study's title line above the block at `blockIndex`, "present" for a running
 * one, or null. The title stands right above the block, perhaps after blank lines ("Visit
 * Coldharbour Coast (2024)"), or heads a run of lines with no blank line between them
 * ("Case Study 2 – Fenwick & Gale Outdoor (2022)" / "Challenge: …" / "Results: …").
 */
function titleLineYear(model: DocumentModel, blockIndex: number, patterns: DatePatterns): number | "present" | null {
  const { text, blocks } = model;
  for (let index = blockIndex, step = 0; step < TITLE_REACH_BLOCKS; index -= 1, step += 1) {
    const above = blocks[index - 1];
    const below = blocks[index];
    if (above === undefined || below === undefined) return null;
    // Only the first step may cross a blank line: past it, another case study begins.
    if (step > 0 && /\n[ \t]*\n/u.test(text.slice(above.span.end, Math.min(below.span.start, above.span.end + 200)))) return null;
    const { start, end } = above.span;
    if (end - start <= 100 && TITLE_LINE_WITH_DATE.test(text.slice(start, end))) {
      const dates = findDates(text, start, end, patterns).at(-1);
      if (dates === undefined) return null;
      if (dates.to === "present") return "present";
      return (dates.to as { year: number } | null)?.year ?? dates.from?.year ?? null;
    }
    if (above.kind === "heading" || above.kind === "table_cell") return null;
  }
  return null;
}

/** Words that make a count a part of the whole: active, paying or unique members, monthly readers. */
const ACTIVE_SHARE = /(?<![\p{L}])(?:active|monthly|weekly|daily|paying|paid|unique|engaged|aktive|actifs|activos|attivi)(?![\p{L}])/iu;

/**
 * The date the claim's sentence gives it: the nearest, unless another claim of the sentence is
 * nearer to it ("named a LinkedIn Top Voice in 2021 and has 62,000 followers": 2021 is the
 * ranking's), or it opens the sentence, which dates all of it.
 */
function sentenceYear(text: string, window: Span, claim: Span, patterns: DatePatterns, others: readonly { span: Span }[]): { year: number | null; ongoing: boolean } {
  if (saysNow(text, window, claim)) return { year: null, ongoing: true };
  let best: { year: number | null; ongoing: boolean; distance: number } | null = null;
  // "in April 2021 … to 126K followers in 18 months": a date before the figure is when it started.
  const reachedLater = TOOK_SO_LONG.test(text.slice(claim.end, Math.min(window.end, claim.end + 40)));
  for (const range of findDates(text, window.start, window.end, patterns)) {
    if (reachedLater && range.end <= claim.start) continue;
    if (STARTED_BEFORE.test(text.slice(Math.max(window.start, range.start - 24), range.start))) continue;
    const distance = gapBetween(claim, range);
    const opens = text.slice(window.start, range.start).trim() === "";
    if (!opens && others.some((other) => other.span !== claim && gapBetween(other.span, range) < distance)) continue;
    const ongoing = range.to === "present";
    const year = ongoing ? null : (range.to as { year: number } | null)?.year ?? range.from?.year ?? null;
    if (best === null || distance < best.distance) best = { year, ongoing, distance };
  }
  return best === null ? { year: null, ongoing: false } : { year: best.year, ongoing: best.ongoing };
}

const PEOPLE_ON_PLATFORM = /(?<![\p{L}])(?:creators?|influencers?|accounts?|voices?|users?|profiles?|streamers?|YouTubers?|TikTokers?|Creator(?:innen)?|créat(?:eurs|rices)|creadores)[^\S\n]+(?:on|auf|sur|en|su|no|na)[^\S\n]+/iu;

const KNOWN_PUBLISHERS = new PhraseIndex<true>(
  [
    "forbes", "onalytica", "linkedin", "medium", "inc", "fortune", "adweek", "prweek", "campaign", "time", "business insider", "marketing week",
    "the drum", "hubspot", "cision", "muck rack", "buzzsumo", "growthhackers", "favikon", "brandwatch", "traackr", "klear", "entrepreneur",
    "fast company", "wired", "techcrunch", "ad age", "the times", "guardian", "bloomberg", "reuters", "hootsuite", "sprout social",
    "social media examiner", "listen notes", "apple podcasts", "spotify", "chartable", "podtrac", "quora", "babble", "mit technology review",
  ].map((phrase) => [phrase, true] as const),
);
// "«Top 100 Social Media Manager italiani» (Social Media Marketing Day, 2023)": the list's source
// and year in brackets after it.
const SOURCE_IN_BRACKETS = /^[^()\n]{0,40}\(\s*\p{Lu}[\p{L}\p{N}&.'’ -]{1,60},\s*(?:19|20)\d\d\s*\)/u;
const BY_NAME = /\b(?:by|from|von|par|por|da)\s+(?:the\s+)?[A-Z][\w&]+|\b[A-Z][\w&]+(?:'s|’s)\s/u;
const COMBINED = new PhraseIndex<true>(
  [
    "combined", "in total", "altogether", "aggregate", "cumulative", "total following", "total followers", "total audience", "total reach",
    "across all platforms", "across platforms", "across channels", "across all channels", "across my channels", "across our channels",
    "across networks", "across all networks", "across accounts", "across socials", "insgesamt", "kanalubergreifend", "au total", "cumules",
    "en total", "en conjunto", "in totale", "in totaal", "no total",
  ].map((phrase) => [phrase, true] as const),
);
const ACROSS_NAMES = /\bacross\s+[A-Z@][\w.]*(?:,\s*[A-Z@][\w.]*)*,?\s+(?:and|&)\s+[A-Z@]/u;

/** Words for "sites" that make "combined" a sum over platforms. */
const SITES_WORDS = new Set(["platforms", "channels", "networks", "sites", "socials", "accounts", "plattformen", "kanale", "plateformes", "reseaux", "plataformas", "redes", "canales", "piattaforme"]);
const PLATFORM_WORDS = new Set(["instagram", "tiktok", "facebook", "twitter", "x", "linkedin", "youtube", "pinterest", "snapchat", "twitch", "threads", "bluesky", "reddit", "discord"]);

/** A total over several sites: "combined" or "in total" beside two platforms or a word for sites, or "across X, LinkedIn and Instagram". */
function addsUpSites(words: readonly Word[], windowText: string): boolean {
  if (windowText.includes("across") && ACROSS_NAMES.test(windowText)) return true;
  if (COMBINED.findAll(words).length === 0) return false;
  const platforms = new Set<string>();
  for (const word of words) {
    if (SITES_WORDS.has(word.folded)) return true;
    if (PLATFORM_WORDS.has(word.folded)) platforms.add(word.folded);
  }
  return platforms.size >= 2;
}

/**
 * The blocks around `blockIndex` that `joined` links one to the next, at most `reach` either way,
 * as one span from the first one's start to the last one's end.
 */
function runAround(model: DocumentModel, blockIndex: number, reach: number, joined: (upper: Block, lower: Block) => boolean): Span {
  const { blocks } = model;
  let first = blockIndex;
  while (first > 0 && blockIndex - first < reach && joined(blocks[first - 1]!, blocks[first]!)) first -= 1;
  let last = blockIndex;
  while (last + 1 < blocks.length && last - blockIndex < reach && joined(blocks[last]!, blocks[last + 1]!)) last += 1;
  const span = (block: Block) => (block.kind === "table_cell" && block.row !== null ? block.row : block.span);
  return { start: span(blocks[first]!).start, end: span(blocks[last]!).end };
}

/** The most blocks of a run of lines read either side of a claim's. */
const GROUP_REACH_BLOCKS = 6;

/** The blocks around `blockIndex` with no blank line or heading between them: a paragraph of lines, a case study. */
function lineGroupAround(model: DocumentModel, blockIndex: number): Span {
  const { text } = model;
  return runAround(model, blockIndex, GROUP_REACH_BLOCKS, (above, below) => {
    if (above.kind === "heading" || below.kind === "heading") return false;
    return !/\n[ \t]*\n/u.test(text.slice(above.span.end, Math.min(below.span.start, above.span.end + 200)));
  });
}

/** The most rows of a table read around a claim's row. */
const TABLE_REACH_BLOCKS = 60;

/** The rows around the table cell at `blockIndex` that follow one another without a gap line: its table. */
function tableAround(model: DocumentModel, blockIndex: number): Span {
  const { text } = model;
  return runAround(model, blockIndex, TABLE_REACH_BLOCKS, (above, below) => {
    if (above.kind !== "table_cell" || below.kind !== "table_cell" || above.row === null || below.row === null) return false;
    return above.row.start === below.row.start || (below.row.start - above.row.end <= 2 && text.slice(above.row.end, below.row.start).trim() === "");
  });
}

/** The lines of a bid's opening where the bidder names itself: the first line, and any "From:", "Submitted by:", "Prepared by:", "Bidder:" line. */
function bidderLines(opening: string): string {
  const lines = opening.split("\n").filter((line) => line.trim() !== "");
  return [lines[0] ?? "", ...lines.slice(1).filter((line) => BIDDER_LINE.test(line))].join("\n");
}
const BIDDER_LINE = /^\s*(?:from|submitted by|prepared by|bidder|supplier|tenderer|von|de la part de|presentado por)\s*:/iu;

/** How much of a bid's opening names the bidder: its title page's first lines. */
const BIDDER_REACH = 300;

/** How far around a claim its sentence and bullet are read. */
const WINDOW = 300;

/** Reads every claim of the document. `claims` must be in document order. */
export function readClaims(
  model: DocumentModel,
  claims: readonly DetectedClaim[],
  outcomes: OutcomeIndex,
  options: { language: string | null; proposal: boolean },
): ClaimReading[] {
  const reader = new ClaimReader(model, claims, outcomes, options);
  const readings: ClaimReading[] = [];
  for (const claim of claims) readings.push(reader.read(claim));
  unifyByHandle(readings);
  return readings;
}

/**
 * One handle is one account, wherever the document names it: "betreute Kanäle u. a. @pixelfabrik
 * (45.000 Follower)" under skills is the Instagram account the job grew to 48.000. A figure with
 * the handle but no platform takes the platform another figure gives the handle; figures of one
 * handle on one platform share one account key.
 */
function unifyByHandle(readings: ClaimReading[]): void {
  // The first figure of each handle that names its platform is the account as the document knows it.
  const first = new Map<string, ClaimReading>();
  for (const reading of readings) {
    const handle = reading.claim.evidence.handle?.toLowerCase();
    if (handle && reading.claim.platform !== null && !first.has(handle)) first.set(handle, reading);
  }
  if (first.size === 0) return;
  for (const reading of readings) {
    const { claim } = reading;
    const handle = claim.evidence.handle?.toLowerCase();
    const account = handle === undefined ? undefined : first.get(handle);
    if (account === undefined || account === reading || (claim.platform !== null && claim.platform !== account.claim.platform)) continue;
    reading.accountPlatform = account.claim.platform;
    // Whose the handle is, said where it is named first: "@pixelfabrik" under skills is still the studio's.
    if (reading.account.owner === "unknown" && account.account.owner !== "unknown") reading.account = account.account;
    reading.accountKey = `${account.accountOwner}|${account.claim.platform}|${claim.metric}|${claim.kind}${reading.accountKey.endsWith("|active") ? "|active" : ""}`;
  }
}

/** Only so much of a sentence or a bullet is read around each claim: `span` cut to WINDOW either side of `claim`. */
function nearClaim(span: Span, claim: Span): Span {
  return { start: Math.max(span.start, claim.start - WINDOW), end: Math.min(Math.max(span.end, claim.end), claim.end + WINDOW) };
}

/** The strongest of `candidates` that passes `keep`, without building a filtered list. */
function strongestWhere<A>(candidates: readonly Outcome[], keep: (outcome: Outcome, argument: A) => boolean, argument: A): Outcome | null {
  let best: Outcome | null = null;
  for (const outcome of candidates) {
    if (!keep(outcome, argument)) continue;
    if (best === null || strongest([best, outcome]) === outcome) best = outcome;
  }
  return best;
}

/**
 * Reads the claims of one document. What several claims share is worked out once: the results
 * of an entry or of the summary that a claim may take as its own, by platform.
 */
class ClaimReader {
  private readonly patterns: DatePatterns = datePatterns();
  private readonly summaryOutcomes: Outcome[];
  /** Per entry (or the summary) and platform, the strongest linkable result and the strongest of another block. */
  private readonly linkedCache = new Map<string, [Outcome | null, Outcome | null]>();
  /** The claim being read, for the pattern callbacks. */
  private current: DetectedClaim | null = null;
  private opening: string | undefined;
  private readonly outcomeOwners = new Map<Outcome, Account["owner"]>();
  private readonly outcomeSections = new Map<Outcome, number>();
  private currentPlatform: string | null = null;

  constructor(
    private readonly model: DocumentModel,
    private readonly claims: readonly DetectedClaim[],
    private readonly outcomes: OutcomeIndex,
    private readonly options: { language: string | null; proposal: boolean },
  ) {
    this.summaryOutcomes = [];
    for (const span of model.summary) for (const outcome of outcomes.within(span.start, span.end)) this.summaryOutcomes.push(outcome);
  }

  /**
   * Whether a result stated elsewhere can be the claim's: measured, achieved, from online work,
   * outside every claim's words, and about no other platform than the claim's.
   */
  private linkable(outcome: Outcome): boolean {
    const platform = this.currentPlatform;
    return (
      outcome.measured &&
      outcome.achieved &&
      outcome.online &&
      !overlapsAnyClaim(this.claims, outcome.span) &&
      (outcome.platforms.length === 0 || (platform !== null && outcome.platforms.includes(platform)))
    );
  }

  /**
   * A result in the claim's own bullet, outside every claim's words, with no other claim between
   * them but those listed with it: "48M impressions and 310,000 clicks to site in 2024; ROAS 3.1"
   * gives both figures the return.
   */
  private adjacent(outcome: Outcome): boolean {
    const claim = this.current!;
    if (overlapsAnyClaim(this.claims, outcome.span)) return false;
    const after = outcome.span.start >= claim.span.end;
    const gap = after ? { start: claim.span.end, end: outcome.span.start } : { start: outcome.span.end, end: claim.span.start };
    if (gap.end <= gap.start || !overlapsAnyClaim(this.claims, gap)) return true;
    const between = claimsWithin(this.claims, gap, MAX_LISTED_CLAIMS + 1);
    if (between.length > MAX_LISTED_CLAIMS) return false;
    const { text } = this.model;
    // Each claim between is joined to the one before it, from the claim towards the result.
    const chain = after ? between : [...between].reverse();
    let edge = after ? claim.span.end : claim.span.start;
    for (const listed of chain) {
      const joint = after ? text.slice(edge, listed.span.start) : text.slice(listed.span.end, edge);
      if (!LISTED_WITH.test(joint)) return false;
      edge = after ? listed.span.end : listed.span.start;
    }
    return true;
  }

  private linkedIn(key: string, from: number, to: number, ownBlock: number): Outcome | null {
    const cacheKey = `${key}|${this.currentPlatform}`;
    let pair = this.linkedCache.get(cacheKey);
    if (pair === undefined) {
      const candidates = key === "summary" ? this.summaryOutcomes : this.outcomes.within(from, to);
      const linkable: Outcome[] = [];
      for (const outcome of candidates) if (this.linkable(outcome)) linkable.push(outcome);
      const first = strongest(linkable);
      pair = [first, first === null ? null : strongest(linkable.filter((outcome) => outcome.block !== first.block))];
      this.linkedCache.set(cacheKey, pair);
    }
    return pair[0] !== null && pair[0].block === ownBlock ? pair[1] : pair[0];
  }

  /** Whose a result is said to be, read once per result: every platform and section asks it again. */
  private ownerOf(outcome: Outcome): Account["owner"] {
    let owner = this.outcomeOwners.get(outcome);
    if (owner === undefined) {
      owner = accountOf(this.model, outcome.span, { language: this.options.language, proposal: this.options.proposal }).owner;
      this.outcomeOwners.set(outcome, owner);
    }
    return owner;
  }

  /** Where the section holding a result starts, or -1, read once per result. */
  private sectionOf(outcome: Outcome): number {
    let start = this.outcomeSections.get(outcome);
    if (start === undefined) {
      start = this.model.at(outcome.span.start).section?.span.start ?? -1;
      this.outcomeSections.set(outcome, start);
    }
    return start;
  }

  /**
   * Whether the bid names the organisation `name` (by its first word) where a bidder names itself:
   * its first line (the letterhead, "TIDEWATER CREATIVE LTD") or a "From:", "Submitted by:" or
   * "Prepared by:" line of its opening; the buyer named below the letterhead ("Kelsford City
   * Council - Destination Social Media Services") is not the bidder.
   */
  private namesBidder(name: string): boolean {
    const first = /\p{Lu}[\p{L}&-]{2,}/u.exec(name)?.[0];
    if (first === undefined) return false;
    this.opening ??= bidderLines(this.model.text.slice(0, BIDDER_REACH)).toLowerCase();
    return new RegExp(`(?<![\\p{L}])${first.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}(?![\\p{L}])`, "u").test(this.opening);
  }

  private namingPlatform(ownBlock: number, owner: Account["owner"]): Outcome | null {
    const platform = this.currentPlatform;
    if (platform === null) return null;
    // In a bid, a result said of nobody in particular belongs to its case study, the client's: it is
    // lent to an account only in the account's own section, so a client's bookings never become the
    // agency's.
    const section = this.options.proposal ? (this.model.at(this.current?.span.start ?? 0).section?.span.start ?? -1) : -1;
    const cacheKey = `platform|${platform}|${owner}|${section}`;
    let pair = this.linkedCache.get(cacheKey);
    if (pair === undefined) {
      const sameOwner = (outcome: Outcome) => {
        const said = this.ownerOf(outcome);
        if (said === owner) return true;
        if (said !== "unknown" && owner !== "unknown") return false;
        // An employer's result is not lent to an account nobody claims: "@jordanmakesreels … 11K on
        // TikTok" under a personal heading does not take the restaurant group's app orders.
        if (said === "organization" || said === "client") return false;
        return !this.options.proposal || this.sectionOf(outcome) === section;
      };
      const named = this.outcomes.outcomes.filter((outcome) => outcome.platforms.includes(platform) && this.linkable(outcome) && sameOwner(outcome));
      const first = strongest(named);
      pair = [first, first === null ? null : strongest(named.filter((outcome) => outcome.block !== first.block))];
      this.linkedCache.set(cacheKey, pair);
    }
    return pair[0] !== null && pair[0].block === ownBlock ? pair[1] : pair[0];
  }

  read(claim: DetectedClaim): ClaimReading {
    const { model, claims } = this;
    const { text } = model;
    this.current = claim;
    this.currentPlatform = claim.platform;
    const place = model.at(claim.span.start);
    const sentence = place.sentence?.span ?? place.block?.span ?? claim.span;
    const block = place.block?.span ?? sentence;
    const sentenceWindow = nearClaim(sentence, claim.span);
    const blockWindow = nearClaim(block, claim.span);
    let direct = strongestWhere(this.outcomes.within(blockWindow.start, blockWindow.end), (outcome, reader: ClaimReader) => reader.adjacent(outcome), this);
    // A results table pairs each row with the others: "@harbourbrewco Instagram followers | 6,100 |
    // 41,300" above "Bookings from Instagram link | – | 2,310" already says what the audience did.
    if (direct === null && place.block?.kind === "table_cell") {
      const table = tableAround(model, place.blockIndex);
      direct = strongestWhere(this.outcomes.within(table.start, table.end), (outcome, reader: ClaimReader) => reader.linkable(outcome), this);
    }

    let linked: Outcome | null = null;
    const entry = place.entry;
    if (entry !== null) {
      linked = this.linkedIn(`entry${entry.span.start}`, entry.span.start, entry.span.end, place.blockIndex);
    } else if (place.block !== null) {
      // Without an entry, the run of lines around the claim with no blank line between them: a case
      // study's "Result: grew the page to 38,000 followers" / "1,140 demo requests were attributed to it".
      const group = lineGroupAround(model, place.blockIndex);
      linked = this.linkedIn(`group${group.start}`, group.start, group.end, place.blockIndex);
    }
    if (linked === null && entry === null && place.block !== null && place.block.kind === "list_item") {
      // Without an entry, the next bullet is the claim's neighbour.
      const next = model.blocks[place.blockIndex + 1];
      if (next && next.kind === "list_item") {
        const end = Math.min(next.span.end, next.span.start + 2 * WINDOW);
        linked = strongestWhere(this.outcomes.within(next.span.start, end), (outcome, reader: ClaimReader) => reader.linkable(outcome), this);
      }
    }
    linked ??= this.linkedIn("summary", 0, 0, place.blockIndex);

    const quote = ownWords(text, clauseOf(text, claim.span, sentence), claim, claims);
    const sentenceText = text.slice(sentenceWindow.start, sentenceWindow.end);
    const words = wordsIn(text, sentenceWindow.start, sentenceWindow.end);
    const account = accountOf(model, claim.span, {
      handle: claim.evidence.handle ?? claim.evidence.url,
      language: this.options.language,
      proposal: this.options.proposal,
      place,
      words,
    });
    const resolved: Account =
      account.owner !== "unknown"
        ? account
        : claim.subject === "organization" || claim.subject === "self"
          ? { owner: claim.subject, name: claim.subject === "organization" ? (entry?.organization ?? null) : null, cue: null, phrase: null }
          : account;
    // A result anywhere in the document that names the claim's own platform ("videos on YouTube
    // brought in 31 new clients", the channel's size given in the summary) is that account's, when
    // it is said of the same owner: the restaurant's Instagram bookings are not the chef's own page's.
    linked ??= this.namingPlatform(place.blockIndex, resolved.owner);
    // The writer's own account is not dated by the job it is listed under: it is theirs, not the job's.
    const claimsOwnAccount = resolved.owner === "self";
    let year: number | null = null;
    let yearFrom: ClaimReading["yearFrom"] = null;
    let ongoing = false;
    const own = claim.asOf === null ? null : latestYear(claim.asOf);
    if (own !== null) {
      year = own;
      yearFrom = "claim";
    } else {
      // A year nearer another claim, or nearer a result ("a reader introduction led to a £75k legacy
      // pledge in 2022"), is that one's.
      const results = this.outcomes.within(sentenceWindow.start, sentenceWindow.end).slice(0, 8);
      const said = sentenceYear(text, sentenceWindow, claim.span, this.patterns, [...claimsWithin(claims, sentenceWindow, 8), ...results]);
      if (said.year !== null) {
        year = said.year;
        yearFrom = "sentence";
      } else if (said.ongoing) {
        ongoing = true;
      } else if (entry?.dates && !claimsOwnAccount) {
        if (entry.dates.to === "present") ongoing = true;
        else {
          year = entry.dates.to?.year ?? entry.dates.from?.year ?? null;
          yearFrom = year === null ? null : "entry";
        }
      } else if (entry === null && place.block !== null) {
        // A case study's title line above its paragraph: "Visit Coldharbour Coast (2024)".
        const titled = titleLineYear(model, place.blockIndex, this.patterns);
        if (titled === "present") ongoing = true;
        else if (titled !== null) {
          year = titled;
          yearFrom = "entry";
        }
      }
    }

    const owner = resolved.owner === "client" ? "organization" : resolved.owner === "unknown" ? "self" : resolved.owner;
    // In a bid, the accounts the firm calls its own ("our Instagram", "follow us") are the firm's one
    // account per platform, however each line names it.
    const firmsOwn = this.options.proposal && owner === "organization" && resolved.name === null && FIRST_PERSON_PLURAL.test(resolved.cue ?? "");
    // The firm named in the bid's first lines is the bidder: "Northlight's Instagram account" in Northlight's credentials.
    const biddersOwn = firmsOwn || (this.options.proposal && owner === "organization" && this.namesBidder(resolved.name ?? resolved.phrase ?? ""));
    const who = owner === "organization" ? (firmsOwn ? "firm" : (claim.evidence.handle ?? resolved.name ?? `entry@${entry?.span.start ?? "none"}`)) : "self";
    return {
      accountOwner: `${owner}|${who}`,
      // "38,000 members" and "9,500 monthly active members" count different things of one account.
      accountKey: `${owner}|${who}|${claim.platform}|${claim.metric}|${claim.kind}${ACTIVE_SHARE.test(text.slice(Math.max(0, claim.span.start - 24), claim.span.end)) ? "|active" : ""}`,
      claim,
      place,
      account: resolved,
      firmsOwn: biddersOwn,
      accountPlatform: claim.platform,
      direct,
      linked: direct === null ? linked : null,
      year,
      yearFrom,
      ongoing,
      timeframe: claim.asOf !== null || yearFrom === "sentence" || saysWhen(words) || saysNow(text, sentenceWindow, claim.span),
      quote,
      // Only a ranking asks who published it, and only a count of people whether it adds up sites.
      publisherNamed:
        claim.kind === "ranking" &&
        // A platform that ranks ("LinkedIn Top Voice", "#4 in Apple Podcasts") publishes its list; one
        // where the ranked people post ("Top 1% of creators on TikTok") does not.
        ((claim.platform !== null && platformFacts(claim.platform) !== null && !PEOPLE_ON_PLATFORM.test(claim.text)) ||
          KNOWN_PUBLISHERS.findAll(wordsIn(text, quote.start, quote.end)).length > 0 ||
          BY_NAME.test(text.slice(quote.start, quote.end)) ||
          SOURCE_IN_BRACKETS.test(text.slice(claim.span.end, Math.min(sentenceWindow.end, claim.span.end + 120)))),
      // A figure the detector gave one platform is that platform's, whatever else the sentence lists
      // ("Posted across Facebook, Twitter and Vine; our Vine account reached 9,500 followers").
      combinedSites: claim.platform === null && claim.kind !== "influence_score" && claim.kind !== "ranking" && claim.kind !== "self_label" && addsUpSites(words, sentenceText),
    };
  }
}
