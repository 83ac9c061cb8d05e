// What the words around a claim say about it: whether the same sentence or bullet names a
// result the reader values, when the figure was true, who published a ranking, and whether
// the number adds up different sites. Patterns are compiled once and used without the global
// flag, or, where one needs it, compiled once per document, so no state leaks from one document
// to the next.
import { isRegexSpace } from "../pattern-scan.ts";
import type { DetectedClaim, Span } from "../types.ts";

export interface Sentence extends Span {
  text: string;
}

/**
 * Results a reader values (guidance: orders, leads, sign-ups, hires, donations, revenue, conversion,
 * attendance, coverage). Each is a list of words matched whole and ignoring case, written as
 * regex sources that begin with a plain lower-case letter. The first that matches, in this
 * order, names the outcome.
 */
const OUTCOME_WORDS: readonly { id: string; words: readonly string[]; notBefore?: RegExp }[] = [
  { id: "orders", words: ["orders?", "purchases", "bookings", "reservations", "basket", "checkouts?", "units sold", "tickets sold", "sold out"] },
  { id: "revenue", words: ["revenue", "income", "gmv", "roi", "roas", "profit", "margin", "arr", "mrr"] },
  { id: "sales", words: ["sales"], notBefore: /\s+(?:guru|ninja|rockstar|manager|team|reps?|representative|director|leader|professional|navigator|engineer|experience)/ },
  {
    id: "leads",
    words: ["leads", "pipeline", "inbound (?:requests|enquiries|inquiries)", "demo requests", "enquiries", "inquiries", "deals?", "contracts? won", "clients? won", "new (?:clients|customers|accounts)", "customers acquired"],
  },
  {
    id: "sign_ups",
    words: ["sign[- ]?ups?", "registrations?", "registrants", "enrol(?:l)?ments?", "subscriptions sold", "paid subscribers", "installs", "activations", "trials? started", "waitlist"],
  },
  { id: "hires", words: ["hires", "hired", "placed", "placements?", "applicants", "applications", "candidates", "referrals", "offers accepted"] },
  { id: "donations", words: ["donations?", "donors", "raised", "fundrais\\w*", "pledges?", "grants? (?:won|secured)", "volunteers recruited", "signatures"] },
  {
    id: "conversion",
    words: ["conversions?", "converted", "conversion rate", "click[- ]through to purchase", "cost per (?:lead|acquisition|hire)", "cac", "churn", "retention"],
  },
  { id: "attendance", words: ["attendance", "attendees", "attended", "turnout", "rsvps?", "sold[- ]out", "seats filled"] },
  { id: "coverage", words: ["coverage", "press mentions", "earned media", "media hits", "featured (?:in|on)", "picked up by", "cited by", "articles? in"] },
];

function wholeWords(words: string, notBefore?: RegExp): RegExp {
  return new RegExp(`\\b(?:${words})\\b${notBefore ? `(?!${notBefore.source})` : ""}`, "i");
}

const OUTCOME_PATTERNS: readonly RegExp[] = OUTCOME_WORDS.map(({ words, notBefore }) => wholeWords(words.join("|"), notBefore));

/** "orders?|offers accepted|purchases" as "o(?:rders?|ffers accepted)|p(?:urchases)": the same words. */
function byFirstLetter(words: readonly string[]): string {
  const rests = new Map<string, string[]>();
  for (const word of words) {
    const letter = word.charAt(0);
    rests.set(letter, [...(rests.get(letter) ?? []), word.slice(1)]);
  }
  return [...rests].map(([letter, rest]) => `${letter}(?:${rest.join("|")})`).join("|");
}

/**
 * Every outcome word in one pattern. Most sentences name no result, and one pass of this rules
 * them out several times faster than trying each pattern in turn; grouping the words by their
 * first letter lets the engine leave most positions after one comparison instead of one per
 * word. It is only a filter: any match of an outcome pattern is also a match of this one (the
 * words are the same, and the look-ahead after "sales" can only narrow), so a sentence it
 * rejects has no outcome word.
 */
const ANY_OUTCOME_WORD = wholeWords(byFirstLetter(OUTCOME_WORDS.flatMap(({ words }) => words)));

/** A figure that rose or fell: "+15%", "a 12% rise", "lifted sign-ups 3x". Tried after the words. */
const CHANGE =
  /(?:\+\s?\d[\d,.]*\s?%|\b\d[\d,.]*\s?%\s+(?:rise|increase|lift|uplift|growth|boost|jump|more|higher|gain)|\b(?:lift(?:ed|ing)?|boost(?:ed|ing)?|increas(?:ed|ing)|rais(?:ed|ing)|driv(?:e|es|ing)|drove|doubl(?:ed|ing)|tripl(?:ed|ing)|cut|reduc(?:ed|ing)|improv(?:ed|ing))\b[^.\n]{0,40}?\b\d[\d,.]*\s?(?:%|x\b|times\b))/i;
/** The figure every branch of CHANGE ends with: without one, CHANGE cannot match, and this is a cheaper search. */
const CHANGED_FIGURE = /\d[\d,.]*\s?(?:%|x\b|times\b)/i;

/** When a figure was true, or over what period: any of these, ignoring case. */
const TIMEFRAME = new RegExp(
  `\\b(?:${[
    /(?:19|20)\d\d\b/,
    /(?:q[1-4]|h[12])\b/,
    /(?:in|within|over|during|after|for)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+|next\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a|an)\s+(?:days?|weeks?|months?|years?|quarters?)\b/,
    /(?:per|a|each|every)\s+(?:day|week|month|quarter|year)\b/,
    /(?:daily|weekly|monthly|quarterly|annually|yearly|yoy|mom)\b/,
    /(?:as of|since|to date|this year|last year|this quarter|year[- ]over[- ]year|during my tenure|in my first)\b/,
  ]
    .map((pattern) => pattern.source)
    .join("|")})`,
  "i",
);

const KNOWN_PUBLISHERS =
  /\b(?:forbes|onalytica|linkedin|medium|inc\.?|fortune|adweek|prweek|campaign|time|business insider|marketing week|the drum|hubspot|cision|muck rack|buzzsumo|growthhackers|favikon|brandwatch|traackr|klear|entrepreneur|fast company|wired|techcrunch|ad age|the times|guardian|bloomberg|reuters|hootsuite|sprout social|social media examiner)\b/i;

/** "by Forbes", "from the Drum", "Onalytica's list": a name, so case matters. */
const BY_NAME = /\b(?:by|from)\s+(?:the\s+)?[A-Z][\w&]+/;
const POSSESSIVE_NAME = /\b[A-Z][\w&]+(?:'s|’s)\s/;

const COMBINED_WORDS =
  /\b(?:combined|in total|altogether|aggregate|cumulative|total (?:following|followers|audience|reach|community)|across (?:all |my |our |the )?(?:\w+ )?(?:platforms|channels|networks|accounts|sites|socials))\b/i;
/** "across X, LinkedIn and Instagram": names, so case matters. */
const ACROSS_NAMES = /\bacross\s+[A-Z@][\w.]*(?:,\s*[A-Z@][\w.]*)*,?\s+(?:and|&)\s+[A-Z@]/;

/** A year a figure can be tied to: 1980–2099. */
const YEAR_SOURCE = "\\b(19[89]\\d|20\\d\\d)\\b";
const SENTENCE_BOUNDARY_SOURCE = "[.!?](?=\\s+[A-Z0-9\"“(@#$€£])";
const SENTENCE_MARKS = [".", "!", "?"] as const;

/** The latest year named in `source`, or null; `years` is YEAR_SOURCE compiled global, and is left at lastIndex 0. */
function latestYearIn(source: string, years: RegExp): number | null {
  years.lastIndex = 0;
  let latest: number | null = null;
  for (let match = years.exec(source); match !== null; match = years.exec(source)) {
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/**
 * Whether a [.!?] comes early enough on the line to be followed by white space and another
 * character, as a boundary must. Most lines have no mark but a final full stop, and three
 * searches for one character each say so faster than the boundary pattern does.
 */
function hasMarkWithRoomAfter(line: string): boolean {
  for (const mark of SENTENCE_MARKS) {
    const at = line.indexOf(mark);
    if (at !== -1 && at < line.length - 2) return true;
  }
  return false;
}

/** Where sentences end on one line: offsets into the document, just past each [.!?]. */
function sentenceBoundaries(text: string, lineStart: number, lineEnd: number, boundary: RegExp): number[] {
  // The line is matched on its own, so a boundary never looks past the line's end.
  const line = text.slice(lineStart, lineEnd);
  const positions: number[] = [];
  if (!hasMarkWithRoomAfter(line)) return positions;
  boundary.lastIndex = 0;
  for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) positions.push(lineStart + match.index + 1);
  return positions;
}

/** The sentence of the line that `span` touches: from the last boundary before it to the first after it, leading white space left out. */
function sentenceSpan(text: string, span: Span, lineStart: number, lineEnd: number, boundaries: readonly number[]): Span {
  let start = lineStart;
  let end = lineEnd;
  for (const position of boundaries) {
    if (position <= span.start) start = position;
    else if (position >= span.end) {
      end = position;
      break;
    }
  }
  while (start < end && isRegexSpace(text.charCodeAt(start))) start += 1;
  return { start, end };
}

function lineAround(text: string, span: Span): { lineStart: number; lineEnd: number } {
  const lineStart = text.lastIndexOf("\n", Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf("\n", span.end);
  return { lineStart, lineEnd: newline === -1 ? text.length : newline };
}

/**
 * What a sentence says, whichever of its claims asks. Each fact is worked out the first time a
 * claim needs it: most claims never ask who published them, and a claim with its own date
 * never asks for the sentence's timeframe.
 */
export class SentenceFacts {
  /** A valued result named in the sentence outside every claim's own words. */
  readonly outcome: string | null;
  readonly latestYear: number | null;
  private timeframeFound: boolean | undefined;
  private publisherFound: boolean | undefined;
  private combinedFound: boolean | undefined;

  constructor(
    readonly sentence: Sentence,
    /** The claims overlapping the sentence, in document order. */
    claims: readonly DetectedClaim[],
    years: RegExp,
  ) {
    this.outcome = findOutcome(sentence, claims);
    this.latestYear = latestYearIn(sentence.text, years);
  }

  get timeframe(): boolean {
    // A year from 1980 on is itself a timeframe, so a sentence that has one needs no search.
    this.timeframeFound ??= this.latestYear !== null || TIMEFRAME.test(this.sentence.text);
    return this.timeframeFound;
  }

  get publisherNamed(): boolean {
    this.publisherFound ??= namesPublisher(this.sentence.text);
    return this.publisherFound;
  }

  get combinedSites(): boolean {
    const { text } = this.sentence;
    // ACROSS_NAMES needs a lower-case "across", which one search for the word rules out in most sentences.
    this.combinedFound ??= COMBINED_WORDS.test(text) || (text.includes("across") && ACROSS_NAMES.test(text));
    return this.combinedFound;
  }
}

/**
 * Reads the sentences of one document for `advise`. Several claims often share a line or a
 * sentence, so line boundaries and sentence facts are worked out once per document; an
 * instance lives for one call and is never shared between documents, and neither are the
 * global patterns it compiles once rather than for every line or sentence.
 */
export class SentenceReader {
  /** Compiled when first needed: most documents have no claim, and then no sentence is read. */
  private patterns: { boundary: RegExp; years: RegExp } | undefined;
  private readonly boundariesByLine = new Map<number, number[]>();
  /** Keyed by start and end as one number, start * (text length + 1) + end, which no other pair shares. */
  private readonly factsBySentence = new Map<number, SentenceFacts>();

  constructor(
    private readonly text: string,
    /** Every claim in the document, in document order. */
    private readonly claims: readonly DetectedClaim[],
  ) {}

  private get compiled(): { boundary: RegExp; years: RegExp } {
    this.patterns ??= { boundary: new RegExp(SENTENCE_BOUNDARY_SOURCE, "g"), years: new RegExp(YEAR_SOURCE, "g") };
    return this.patterns;
  }

  factsFor(span: Span): SentenceFacts {
    const { lineStart, lineEnd } = lineAround(this.text, span);
    let boundaries = this.boundariesByLine.get(lineStart);
    if (boundaries === undefined) {
      boundaries = sentenceBoundaries(this.text, lineStart, lineEnd, this.compiled.boundary);
      this.boundariesByLine.set(lineStart, boundaries);
    }
    const { start, end } = sentenceSpan(this.text, span, lineStart, lineEnd, boundaries);
    const key = start * (this.text.length + 1) + end;
    let facts = this.factsBySentence.get(key);
    if (facts === undefined) {
      const sentence = { start, end, text: this.text.slice(start, end) };
      facts = new SentenceFacts(sentence, claimsWithin(this.claims, sentence), this.compiled.years);
      this.factsBySentence.set(key, facts);
    }
    return facts;
  }

  /** The latest year named in `source` (a claim's own date), or null. */
  latestYearIn(source: string): number | null {
    return latestYearIn(source, this.compiled.years);
  }
}

/** Claims overlapping `sentence`; `all` is in document order, so a binary search finds the first. */
export function claimsWithin(all: readonly DetectedClaim[], sentence: Span): DetectedClaim[] {
  let low = 0;
  let high = all.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((all[middle] as DetectedClaim).span.end <= sentence.start) low = middle + 1;
    else high = middle;
  }
  const within: DetectedClaim[] = [];
  for (let i = low; i < all.length; i += 1) {
    const other = all[i] as DetectedClaim;
    if (other.span.start >= sentence.end) break;
    if (other.span.end > sentence.start) within.push(other);
  }
  return within;
}

/** A run of spaces to blank a claim with, cut from a ready one: repeat() builds each run anew by doubling. */
const SPACES = " ".repeat(64);
function blanks(length: number): string {
  return length <= SPACES.length ? SPACES.slice(0, length) : " ".repeat(length);
}

/** The sentence with every claim inside it blanked, so a claim's own words never count as its outcome. */
function withoutClaims(sentence: Sentence, claims: readonly DetectedClaim[]): string {
  let masked = sentence.text;
  for (const claim of claims) {
    const from = Math.max(claim.span.start, sentence.start) - sentence.start;
    const to = Math.min(claim.span.end, sentence.end) - sentence.start;
    if (to > from) masked = masked.slice(0, from) + blanks(to - from) + masked.slice(to);
  }
  return masked;
}

export function findOutcome(sentence: Sentence, claims: readonly DetectedClaim[]): string | null {
  const masked = withoutClaims(sentence, claims);
  if (ANY_OUTCOME_WORD.test(masked)) {
    for (const pattern of OUTCOME_PATTERNS) {
      const match = pattern.exec(masked);
      if (match) return match[0].trim();
    }
  }
  if (!CHANGED_FIGURE.test(masked)) return null;
  return CHANGE.exec(masked)?.[0].trim() ?? null;
}

/** The latest year of two: either may be missing. */
export function laterYear(left: number | null, right: number | null): number | null {
  if (left === null) return right;
  if (right === null) return left;
  return Math.max(left, right);
}

function namesPublisher(sentence: string): boolean {
  return KNOWN_PUBLISHERS.test(sentence) || BY_NAME.test(sentence) || POSSESSIVE_NAME.test(sentence);
}

/** Kinds whose figures can be a sum over sites. */
export function isAddableKind(claim: DetectedClaim): boolean {
  return claim.kind === "audience" || claim.kind === "reach" || claim.kind === "community" || claim.kind === "engagement";
}
