// What the words around a claim say about it: whether the same sentence or bullet names a
// result the reader values, when the figure was true, who published a ranking, and whether
// the number adds up different sites. All patterns are compiled per call or used without the
// global flag, so no state leaks from one document to the next.
import type { DetectedClaim, Span } from "../types.ts";

export interface Sentence extends Span {
  text: string;
}

/** Results a reader values (guidance: orders, leads, sign-ups, hires, donations, revenue, conversion, attendance, coverage). */
const OUTCOME_PATTERNS: readonly { id: string; pattern: RegExp }[] = [
  { id: "orders", pattern: /\b(?:orders?|purchases|bookings|reservations|basket|checkouts?|units sold|tickets sold|sold out)\b/i },
  { id: "revenue", pattern: /\b(?:revenue|income|gmv|roi|roas|profit|margin|arr|mrr)\b/i },
  { id: "sales", pattern: /\bsales\b(?!\s+(?:guru|ninja|rockstar|manager|team|reps?|representative|director|leader|professional|navigator|engineer|experience))/i },
  { id: "leads", pattern: /\b(?:leads|pipeline|inbound (?:requests|enquiries|inquiries)|demo requests|enquiries|inquiries|deals?|contracts? won|clients? won|new (?:clients|customers|accounts)|customers acquired)\b/i },
  { id: "sign_ups", pattern: /\b(?:sign[- ]?ups?|registrations?|registrants|enrol(?:l)?ments?|subscriptions sold|paid subscribers|installs|activations|trials? started|waitlist)\b/i },
  { id: "hires", pattern: /\b(?:hires|hired|placed|placements?|applicants|applications|candidates|referrals|offers accepted)\b/i },
  { id: "donations", pattern: /\b(?:donations?|donors|raised|fundrais\w*|pledges?|grants? (?:won|secured)|volunteers recruited|signatures)\b/i },
  { id: "conversion", pattern: /\b(?:conversions?|converted|conversion rate|click[- ]through to purchase|cost per (?:lead|acquisition|hire)|cac|churn|retention)\b/i },
  { id: "attendance", pattern: /\b(?:attendance|attendees|attended|turnout|rsvps?|sold[- ]out|seats filled)\b/i },
  { id: "coverage", pattern: /\b(?:coverage|press mentions|earned media|media hits|featured (?:in|on)|picked up by|cited by|articles? in)\b/i },
  {
    id: "change",
    pattern:
      /(?:\+\s?\d[\d,.]*\s?%|\b\d[\d,.]*\s?%\s+(?:rise|increase|lift|uplift|growth|boost|jump|more|higher|gain)|\b(?:lift(?:ed|ing)?|boost(?:ed|ing)?|increas(?:ed|ing)|rais(?:ed|ing)|driv(?:e|es|ing)|drove|doubl(?:ed|ing)|tripl(?:ed|ing)|cut|reduc(?:ed|ing)|improv(?:ed|ing))\b[^.\n]{0,40}?\b\d[\d,.]*\s?(?:%|x\b|times\b))/i,
  },
];

const TIMEFRAME_PATTERNS: readonly RegExp[] = [
  /\b(?:19|20)\d\d\b/,
  /\b(?:q[1-4]|h[12])\b/i,
  /\b(?:in|within|over|during|after|for)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+|next\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a|an)\s+(?:days?|weeks?|months?|years?|quarters?)\b/i,
  /\b(?:per|a|each|every)\s+(?:day|week|month|quarter|year)\b/i,
  /\b(?:daily|weekly|monthly|quarterly|annually|yearly|yoy|mom)\b/i,
  /\b(?:as of|since|to date|this year|last year|this quarter|year[- ]over[- ]year|during my tenure|in my first)\b/i,
];

const KNOWN_PUBLISHERS =
  /\b(?:forbes|onalytica|linkedin|medium|inc\.?|fortune|adweek|prweek|campaign|time|business insider|marketing week|the drum|hubspot|cision|muck rack|buzzsumo|growthhackers|favikon|brandwatch|traackr|klear|entrepreneur|fast company|wired|techcrunch|ad age|the times|guardian|bloomberg|reuters|hootsuite|sprout social|social media examiner)\b/i;

const COMBINED_WORDS =
  /\b(?:combined|in total|altogether|aggregate|cumulative|total (?:following|followers|audience|reach|community)|across (?:all |my |our |the )?(?:\w+ )?(?:platforms|channels|networks|accounts|sites|socials))\b/i;
/** "across X, LinkedIn and Instagram": names, so case matters. */
const ACROSS_NAMES = /\bacross\s+[A-Z@][\w.]*(?:,\s*[A-Z@][\w.]*)*,?\s+(?:and|&)\s+[A-Z@]/;

/** A year a figure can be tied to: 1980–2099. */
const YEAR_SOURCE = "\\b(19[89]\\d|20\\d\\d)\\b";
const SENTENCE_BOUNDARY_SOURCE = "[.!?](?=\\s+[A-Z0-9\"“(@#$€£])";

/** The latest year named in `source`, or null. */
export function latestYearIn(source: string): number | null {
  const pattern = new RegExp(YEAR_SOURCE, "g");
  let latest: number | null = null;
  for (let match = pattern.exec(source); match !== null; match = pattern.exec(source)) {
    const year = Number(match[1]);
    if (latest === null || year > latest) latest = year;
  }
  return latest;
}

/** Where sentences end on one line: offsets into the document, just past each [.!?]. */
function sentenceBoundaries(text: string, lineStart: number, lineEnd: number): number[] {
  // The line is matched on its own, so a boundary never looks past the line's end.
  const line = text.slice(lineStart, lineEnd);
  const boundary = new RegExp(SENTENCE_BOUNDARY_SOURCE, "g");
  const positions: number[] = [];
  for (let match = boundary.exec(line); match !== null; match = boundary.exec(line)) positions.push(lineStart + match.index + 1);
  return positions;
}

function sentenceFromBoundaries(text: string, span: Span, lineStart: number, lineEnd: number, boundaries: readonly number[]): Sentence {
  let start = lineStart;
  let end = lineEnd;
  for (const position of boundaries) {
    if (position <= span.start) start = position;
    else if (position >= span.end) {
      end = position;
      break;
    }
  }
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  return { start, end, text: text.slice(start, end) };
}

function lineAround(text: string, span: Span): { lineStart: number; lineEnd: number } {
  const lineStart = text.lastIndexOf("\n", Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf("\n", span.end);
  return { lineStart, lineEnd: newline === -1 ? text.length : newline };
}

/** Splits the line that holds `span` into sentences and returns the ones the span touches. */
export function sentenceAround(text: string, span: Span): Sentence {
  const { lineStart, lineEnd } = lineAround(text, span);
  return sentenceFromBoundaries(text, span, lineStart, lineEnd, sentenceBoundaries(text, lineStart, lineEnd));
}

/** What a sentence says, whichever of its claims asks. */
export interface SentenceFacts {
  sentence: Sentence;
  /** A valued result named in the sentence outside every claim's own words. */
  outcome: string | null;
  timeframe: boolean;
  latestYear: number | null;
  publisherNamed: boolean;
  combinedSites: boolean;
}

/**
 * Reads the sentences of one document for `advise`. Several claims often share a line or a
 * sentence, so line boundaries and sentence facts are worked out once per document; an
 * instance lives for one call and is never shared between documents.
 */
export class SentenceReader {
  private readonly boundariesByLine = new Map<number, number[]>();
  private readonly factsBySentence = new Map<string, SentenceFacts>();

  constructor(
    private readonly text: string,
    /** Every claim in the document, in document order. */
    private readonly claims: readonly DetectedClaim[],
  ) {}

  factsFor(span: Span): SentenceFacts {
    const { lineStart, lineEnd } = lineAround(this.text, span);
    let boundaries = this.boundariesByLine.get(lineStart);
    if (boundaries === undefined) {
      boundaries = sentenceBoundaries(this.text, lineStart, lineEnd);
      this.boundariesByLine.set(lineStart, boundaries);
    }
    const sentence = sentenceFromBoundaries(this.text, span, lineStart, lineEnd, boundaries);
    const key = `${sentence.start}:${sentence.end}`;
    const known = this.factsBySentence.get(key);
    if (known !== undefined) return known;
    const facts: SentenceFacts = {
      sentence,
      outcome: findOutcome(sentence, claimsWithin(this.claims, sentence)),
      timeframe: TIMEFRAME_PATTERNS.some((pattern) => pattern.test(sentence.text)),
      latestYear: latestYearIn(sentence.text),
      publisherNamed: namesPublisher(sentence.text),
      combinedSites: COMBINED_WORDS.test(sentence.text) || ACROSS_NAMES.test(sentence.text),
    };
    this.factsBySentence.set(key, facts);
    return facts;
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

/** The sentence with every claim inside it blanked, so a claim's own words never count as its outcome. */
function withoutClaims(sentence: Sentence, claims: readonly DetectedClaim[]): string {
  let masked = sentence.text;
  for (const claim of claims) {
    const from = Math.max(claim.span.start, sentence.start) - sentence.start;
    const to = Math.min(claim.span.end, sentence.end) - sentence.start;
    if (to > from) masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  }
  return masked;
}

export function findOutcome(sentence: Sentence, claims: readonly DetectedClaim[]): string | null {
  const masked = withoutClaims(sentence, claims);
  for (const { pattern } of OUTCOME_PATTERNS) {
    const match = pattern.exec(masked);
    if (match) return match[0].trim();
  }
  return null;
}

export function hasTimeframe(sentence: Sentence, claim: DetectedClaim): boolean {
  if (claim.asOf !== null) return true;
  return TIMEFRAME_PATTERNS.some((pattern) => pattern.test(sentence.text));
}

/** The latest year of two: either may be missing. */
export function laterYear(left: number | null, right: number | null): number | null {
  if (left === null) return right;
  if (right === null) return left;
  return Math.max(left, right);
}

/** The latest year the figure is tied to: its `asOf`, or the latest year in its sentence. */
export function latestYear(sentence: Sentence, claim: DetectedClaim): number | null {
  return laterYear(claim.asOf === null ? null : latestYearIn(claim.asOf), latestYearIn(sentence.text));
}

function namesPublisher(sentence: string): boolean {
  if (KNOWN_PUBLISHERS.test(sentence)) return true;
  return /\b(?:by|from)\s+(?:the\s+)?[A-Z][\w&]+/.test(sentence) || /\b[A-Z][\w&]+(?:'s|’s)\s/.test(sentence);
}

export function publisherNamed(sentence: Sentence, claim: DetectedClaim): boolean {
  return claim.platform !== null || namesPublisher(sentence.text);
}

/** Kinds whose figures can be a sum over sites. */
export function isAddableKind(claim: DetectedClaim): boolean {
  return claim.kind === "audience" || claim.kind === "reach" || claim.kind === "community" || claim.kind === "engagement";
}

export function sumsDifferentSites(sentence: Sentence, claim: DetectedClaim): boolean {
  if (!isAddableKind(claim)) return false;
  return COMBINED_WORDS.test(sentence.text) || ACROSS_NAMES.test(sentence.text);
}
