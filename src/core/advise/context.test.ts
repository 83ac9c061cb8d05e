import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { DetectedClaim, Span } from "../types.ts";
import { detectedClaim } from "../../../test/helpers/claims.ts";
import { SentenceReader } from "./context.ts";

// The straightforward reading the reader's shortcuts must agree with: the claim's line split on
// its own, each outcome pattern tried in turn on the sentence with the claims blanked, each
// timeframe pattern tested, the years collected with a fresh global regex.
const OUTCOMES = [
  /\b(?:orders?|purchases|bookings|reservations|basket|checkouts?|units sold|tickets sold|sold out)\b/i,
  /\b(?:revenue|income|gmv|roi|roas|profit|margin|arr|mrr)\b/i,
  /\bsales\b(?!\s+(?:guru|ninja|rockstar|manager|team|reps?|representative|director|leader|professional|navigator|engineer|experience))/i,
  /\b(?:leads|pipeline|inbound (?:requests|enquiries|inquiries)|demo requests|enquiries|inquiries|deals?|contracts? won|clients? won|new (?:clients|customers|accounts)|customers acquired)\b/i,
  /\b(?:sign[- ]?ups?|registrations?|registrants|enrol(?:l)?ments?|subscriptions sold|paid subscribers|installs|activations|trials? started|waitlist)\b/i,
  /\b(?:hires|hired|placed|placements?|applicants|applications|candidates|referrals|offers accepted)\b/i,
  /\b(?:donations?|donors|raised|fundrais\w*|pledges?|grants? (?:won|secured)|volunteers recruited|signatures)\b/i,
  /\b(?:conversions?|converted|conversion rate|click[- ]through to purchase|cost per (?:lead|acquisition|hire)|cac|churn|retention)\b/i,
  /\b(?:attendance|attendees|attended|turnout|rsvps?|sold[- ]out|seats filled)\b/i,
  /\b(?:coverage|press mentions|earned media|media hits|featured (?:in|on)|picked up by|cited by|articles? in)\b/i,
  /(?:\+\s?\d[\d,.]*\s?%|\b\d[\d,.]*\s?%\s+(?:rise|increase|lift|uplift|growth|boost|jump|more|higher|gain)|\b(?:lift(?:ed|ing)?|boost(?:ed|ing)?|increas(?:ed|ing)|rais(?:ed|ing)|driv(?:e|es|ing)|drove|doubl(?:ed|ing)|tripl(?:ed|ing)|cut|reduc(?:ed|ing)|improv(?:ed|ing))\b[^.\n]{0,40}?\b\d[\d,.]*\s?(?:%|x\b|times\b))/i,
];
const TIMEFRAMES = [
  /\b(?:19|20)\d\d\b/,
  /\b(?:q[1-4]|h[12])\b/i,
  /\b(?:in|within|over|during|after|for)\s+(?:the\s+)?(?:first\s+|last\s+|past\s+|next\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|a|an)\s+(?:days?|weeks?|months?|years?|quarters?)\b/i,
  /\b(?:per|a|each|every)\s+(?:day|week|month|quarter|year)\b/i,
  /\b(?:daily|weekly|monthly|quarterly|annually|yearly|yoy|mom)\b/i,
  /\b(?:as of|since|to date|this year|last year|this quarter|year[- ]over[- ]year|during my tenure|in my first)\b/i,
];
const PUBLISHERS = [
  /\b(?:forbes|onalytica|linkedin|medium|inc\.?|fortune|adweek|prweek|campaign|time|business insider|marketing week|the drum|hubspot|cision|muck rack|buzzsumo|growthhackers|favikon|brandwatch|traackr|klear|entrepreneur|fast company|wired|techcrunch|ad age|the times|guardian|bloomberg|reuters|hootsuite|sprout social|social media examiner)\b/i,
  /\b(?:by|from)\s+(?:the\s+)?[A-Z][\w&]+/,
  /\b[A-Z][\w&]+(?:'s|’s)\s/,
];
const COMBINED = [
  /\b(?:combined|in total|altogether|aggregate|cumulative|total (?:following|followers|audience|reach|community)|across (?:all |my |our |the )?(?:\w+ )?(?:platforms|channels|networks|accounts|sites|socials))\b/i,
  /\bacross\s+[A-Z@][\w.]*(?:,\s*[A-Z@][\w.]*)*,?\s+(?:and|&)\s+[A-Z@]/,
];

function referenceFacts(text: string, claims: readonly DetectedClaim[], span: Span) {
  const lineStart = text.lastIndexOf("\n", Math.max(0, span.start - 1)) + 1;
  const newline = text.indexOf("\n", span.end);
  const lineEnd = newline === -1 ? text.length : newline;
  let start = lineStart;
  let end = lineEnd;
  for (const match of text.slice(lineStart, lineEnd).matchAll(/[.!?](?=\s+[A-Z0-9"“(@#$€£])/g)) {
    const position = lineStart + match.index + 1;
    if (position <= span.start) start = position;
    else if (position >= span.end) {
      end = position;
      break;
    }
  }
  while (start < end && /\s/.test(text[start] ?? "")) start += 1;
  const sentence = text.slice(start, end);
  let masked = sentence;
  for (const claim of claims) {
    const from = Math.max(claim.span.start, start) - start;
    const to = Math.min(claim.span.end, end) - start;
    if (to > from) masked = masked.slice(0, from) + " ".repeat(to - from) + masked.slice(to);
  }
  const outcome = OUTCOMES.map((pattern) => pattern.exec(masked)).find((match) => match !== null)?.[0].trim() ?? null;
  const years = [...sentence.matchAll(/\b(19[89]\d|20\d\d)\b/g)].map((match) => Number(match[1]));
  return {
    sentence: { start, end, text: sentence },
    outcome,
    latestYear: years.length === 0 ? null : Math.max(...years),
    timeframe: TIMEFRAMES.some((pattern) => pattern.test(sentence)),
    publisherNamed: PUBLISHERS.some((pattern) => pattern.test(sentence)),
    combinedSites: COMBINED.some((pattern) => pattern.test(sentence)),
  };
}

function readerFacts(reader: SentenceReader, span: Span) {
  const facts = reader.factsFor(span);
  return {
    sentence: facts.sentence,
    outcome: facts.outcome,
    latestYear: facts.latestYear,
    timeframe: facts.timeframe,
    publisherNamed: facts.publisherNamed,
    combinedSites: facts.combinedSites,
  };
}


/** Words of every pattern, the false friends they must skip, and characters where case or \b could go wrong. */
const PIECES = [
  "orders", "Order", "bookings", "units sold", "sold out", "sold-out", "revenue", "ROI", "mrr", "sales", "Sales", "SALES", " manager",
  " team", " experience", "leads", "pipeline", "inbound requests", "new customers", "deals", "sign-ups", "signups", "sign up",
  "registrations", "enrollments", "enrolments", "hires", "placed", "donations", "fundraising", "fundraised", "grants won",
  "conversion rate", "click-through to purchase", "cost per hire", "cac", "churn", "attendees", "RSVPs", "coverage",
  "featured in", "picked up by", "articles in", "+15%", "+ 3.5 %", "22%", " rise", " growth", "lifted", "drove", "Doubled",
  "cut", "improved", "3x", "2 times", "2019", "1975", "2031", "1989", "20199", "Q3", "h2", "in 6 months", "over the first two years",
  "for a year", "per month", "each quarter", "weekly", "YoY", "as of", "since", "to date", "year-over-year", "combined",
  "in total", "across all platforms", "across my socials", "across LinkedIn, X and Instagram", "across @a & @b", "by Forbes",
  "from the Drum", "Onalytica’s ", "Inc.", "The Times", "followers", "12,000", "95K", "Klout 66", "x", "_", "1", "a", "the",
  ". ", "! ", "? ", ".", "!", "?", ". A", ".\n", " ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff",
  "\u200b", "“", "(", "@", "#", "$", "€", "£", "İ", "\u212a", "ſ", "ı", "ß", "É", "😀", "مرحبا", "\ud800", "\udc00", "\0",
];

/** A text from the pieces, and claims on non-overlapping stretches of it that stay on one line, in document order. */
const documents = fc
  .tuple(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), fc.array(fc.nat(), { maxLength: 12 }))
  .map(([pieces, cuts]) => {
    const text = pieces.join("");
    const points = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
    const claims: DetectedClaim[] = [];
    for (let i = 0; i + 1 < points.length; i += 2) {
      const span = { start: points[i] as number, end: points[i + 1] as number };
      if (!text.slice(span.start, span.end).includes("\n")) claims.push(detectedClaim(text, span));
    }
    return { text, claims };
  });

describe("white space", () => {
  it("is the same for trim() as for \\s, on every UTF-16 code unit", () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const char = String.fromCharCode(code);
      if (/\s/.test(char) !== (char.trim() === "")) expect.fail(`U+${code.toString(16)}`);
    }
  });
});

describe("SentenceReader", () => {
  it("reads every claim's sentence as the straightforward reading does", () => {
    fc.assert(
      fc.property(documents, ({ text, claims }) => {
        const reader = new SentenceReader(text, claims);
        for (const claim of claims) expect(readerFacts(reader, claim.span)).toEqual(referenceFacts(text, claims, claim.span));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["the first pattern in order, not the first word in the text", "Brought 300 leads and $1M revenue from 95K followers.", "95K followers", "revenue"],
    ["sales before a job title is no result, a later word is", "Sales manager with a pipeline of 40 and 12K followers.", "12K followers", "pipeline"],
    ["sales at the end of a sentence", "12K followers drove sales.", "12K followers", "sales"],
    ["an outcome word inside the claim itself does not count", "95K followers of the sales team", "95K followers of the sales", null],
    ["no word boundary, no outcome", "12K followers; salesforce and preorders", "12K followers", null],
    ["a rise with no outcome word", "12K followers, +15% in Q3.", "12K followers", "+15%"],
    ["a verb and a multiple", "12K followers, then improved reach 3x.", "12K followers", "improved reach 3x"],
    ["a long s and a Kelvin sign, which this matching does not read as s or k", "12K followers, ſales and bac\u212a orders", "12K followers", "orders"],
    ["a dotted capital I", "İ 12K followers SALESİ", "12K followers", "SALES"],
    ["a result in the next sentence", "12K followers. Revenue rose.", "12K followers", null],
  ])("finds the outcome: %s", (_, text, quote, outcome) => {
    const start = text.indexOf(quote);
    const claims = [detectedClaim(text, { start, end: start + quote.length })];
    const facts = readerFacts(new SentenceReader(text, claims), claims[0]!.span);
    expect(facts.outcome).toBe(outcome);
    expect(facts).toEqual(referenceFacts(text, claims, claims[0]!.span));
  });

  it.each([
    ["a year from 1980 on", "12K followers in 2019", 2019, true],
    ["the latest of several", "12K followers (2014), 18K (2021), 15K (1999)", 2021, true],
    ["an earlier year, which dates it but ties no figure", "12K followers in 1975", null, true],
    ["a year inside a longer number", "12K followers, ref 20199", null, false],
    ["a quarter", "12K followers in Q3", null, true],
    ["a period", "12K followers in the first six months", null, true],
    ["nothing", "12K followers", null, false],
  ])("finds the year and timeframe: %s", (_, text, latestYear, timeframe) => {
    const claims = [detectedClaim(text, { start: 0, end: 13 })];
    const facts = readerFacts(new SentenceReader(text, claims), claims[0]!.span);
    expect([facts.latestYear, facts.timeframe]).toEqual([latestYear, timeframe]);
    expect(facts).toEqual(referenceFacts(text, claims, claims[0]!.span));
  });

  it("reads a sentence once for all its claims", () => {
    const text = "Grew 12K followers and 3K subscribers in 2019. Then 40K followers.";
    const claims = [detectedClaim(text, { start: 5, end: 18 }), detectedClaim(text, { start: 23, end: 37 }), detectedClaim(text, { start: 52, end: 65 })];
    const reader = new SentenceReader(text, claims);
    const [first, second, third] = claims.map((claim) => reader.factsFor(claim.span));
    expect(second).toBe(first);
    expect(third).not.toBe(first);
    expect(third?.sentence.text).toBe("Then 40K followers.");
  });
});
