// The shared reading of "a number and what it counts": "95,000 followers", "12k LinkedIn connections",
// "1.4 million combined followers", "Followers: 12,000", "combined following of 250,000",
// "from 12K to 240K subscribers", "4,8 milhões de curtidas". Every measure noun, in every language,
// comes from one table (lexicon/measures.ts); this module finds where a noun of that table meets a
// figure, once per document, and each counting detector takes the findings of its kind.

import { scanNumbers, type NumberToken } from "../numbers/parse.ts";
import { isRegexSpace } from "../pattern-scan.ts";
import type { Span } from "../types.ts";
import { clauseAt, firstAfter, rowLabelAt, sentenceAt, tableCellAt, type DetectContext, type FigureFacts } from "./context.ts";
import type { Finding } from "./finding.ts";
import { eitherCase, formsSource } from "./lexicon/forms.ts";
import { FOLLOW_VERBS, GROWTH_WORDS, MEASURES, TIMES_VERBS, TIMES_WORDS, type CountedKind, type MeasureEntry } from "./lexicon/measures.ts";
import { DEFAULT_PLATFORMS, MEASURE_GUARDS, NEWSLETTER_CONTEXT, type CountSite } from "./measure-guards.ts";
import { readPlatform } from "./platform.ts";

export type { CountSite } from "./measure-guards.ts";

// Words that end a noun phrase: a figure and a noun on either side of them are not about each other.
const PHRASE_BREAK =
  "(?:to|from|in|on|at|by|for|with|of|per|and|or|than|that|which|who|across|over|the|a|an|is|was|were|are|has|had|have|into|each|every|during|within|after|before|our|my|their|his|her|its)";
const WORD = `(?:(?!${PHRASE_BREAK}(?![\\p{L}]))[\\p{L}][\\p{L}\\p{N}'’.&/-]*|@[\\w.]+|#[\\w]+)`;
// An elided article or preposition joined to the noun: "d’abonnés", "dell'8,3%".
const ELISION = "(?:(?:d|l|dell|dall|all|nell)['’])?";
// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const LEADING_LINK =
  // A platform's name may stand between the noun and its link: "Abonnés Instagram : 12 000".
  "(?:\\s+(?:on\\s+|en\\s+|sur\\s+|auf\\s+|na\\s+|w\\s+|no\\s+|op\\s+|su\\s+)?[\\p{Lu}][\\p{L}.+-]*)?" +
  // So may the unit it is counted per: "Avg. reach/post 38,900", "views per video: 12K".
  "(?:(?:\\s*\\/\\s*|\\s+per\\s+)(?:post|video|reel|story|episode|month|week|day|issue|Beitrag|publicación))?" +
  "\\s*(?:[:=–—-]|\\(|(?<!\\w)(?:of|at|is|was|are|now|hit|hits|reached|reaching|totals|totaling|totalling|topped|tops|grew to|went to|to|rose to|over|exceeding|exceeds|nearing|near|stands at|stood at|peaked at|von|de|di|van|od|da|do)(?!\\w))?\\s*(?:(?:of|at|to|about|around|over)\\s+)?" +
  // "Facebook fans from 500 to 30,000", "following over 200% from 1k to 3.5k": the earlier figure of a
  // growth, and its share, between the noun and the figure.
  "(?:(?:(?:by|over|up)\\s+)?\\d[\\d.,]*\\s?%\\s+)?(?:(?:from|von|de|desde|da|van|od)\\s+[~≈]?\\d[\\d.,\\s\\u00a0]*\\s?(?:[kKmM]|mil|million|thousand|Mio\\.?)?\\s*(?:to|bis|auf|à|a|para|hasta|naar|do|→|->)\\s*)?";

interface CompiledMeasures {
  /** Group 1 holds the noun as written. */
  trailing: RegExp;
  /** Sticky, with indices: group 1 is the noun that leads the figure at lastIndex. */
  leading: RegExp;
  /** Each entry's forms, anchored: which entries a noun as written belongs to. */
  whole: RegExp[];
}

function entrySource(entry: MeasureEntry): string {
  return formsSource(entry.forms);
}

function compileMeasures(entries: readonly MeasureEntry[]): CompiledMeasures {
  const all = entries.map(entrySource).join("|");
  const leading = entries
    .filter((entry) => entry.leading)
    .map(entrySource)
    .join("|");
  return {
    // The noun may stand in quotes: "1,4 M de «me gusta»", "12K “likes”".
    trailing: new RegExp(`^(?:\\s*\\+)?(?:[\\s-]+${WORD}){0,3}?[\\s-]+${ELISION}["«“„‘'‚]?[^\\S\\n]?(${all})(?![\\p{L}])`, "iu"),
    // Tried at the figure alone, as a lookbehind (read right to left from there), with the indices of
    // the noun: an end-anchored search would try every position of the text before the figure.
    // Without the "i" flag, under which \p{Lu} (a platform's capital) would match any letter.
    leading: new RegExp(`(?<=(?<![\\p{L}])(${eitherCase(leading)})${eitherCase(LEADING_LINK)})`, "uyd"),
    whole: entries.map((entry) => new RegExp(`^(?:${entrySource(entry)})$`, "iu")),
  };
}

const COMPILED = compileMeasures(MEASURES);


// "from 12K to 240K", "von 8.900 auf 47.000", "de 10 mil para 95 mil", "da 15.000 a 61.000", "de 5 000 à 12 000".
const FROM_WORD = "(?:from|von|de|desde|da|dal|dai|van|od|z)";
const TO_WORD = "(?:to|bis|auf|à|a|para|hasta|al|naar|do|→|->|–|-)";
const PREVIOUS_FIGURE = "(\\d[\\d.,\\s\\u00a0\\u202f]*\\d|\\d)(\\s?(?:k|K|M|MM|mil|mln|Mio\\.?|million|thousand|tys\\.?|millions?|milhões|milioni|millones)(?![\\p{L}]))?(\\s?%)?";
const GROWTH_BEFORE = new RegExp(
  `(?<![\\p{L}])${FROM_WORD}\\s+(?:an?\\s+)?(?:average\\s+of\\s+|about\\s+|around\\s+|roughly\\s+|~)?${PREVIOUS_FIGURE}(?:\\s+[\\p{L}/-]+){0,4}?\\s*${TO_WORD}\\s*$`,
  "u",
);
const MAY_HOLD_GROWTH = new RegExp(`(?<![\\p{L}])${FROM_WORD}\\s+(?:an?\\s+|average\\s+of\\s+|about\\s+|around\\s+|roughly\\s+|~)*\\d|→|->|=>`, "u");
// The words that may end the text before the earlier figure of a growth ("from", "an average of", "de").
const GROWTH_LEAD_WORDS = new Set(["from", "von", "de", "desde", "da", "dal", "dai", "van", "od", "z", "a", "an", "of", "about", "around", "roughly"]);
const FROM_BEFORE = new RegExp(`(?<![\\p{L}])${FROM_WORD}\\s+(?:an?\\s+)?(?:average\\s+of\\s+|about\\s+|around\\s+|roughly\\s+)?$`, "iu");
const TO_AFTER = new RegExp(`^(?:\\s+[\\p{L}/-]+){0,4}?\\s*${TO_WORD}\\s*[~≈]?\\s*\\d`, "u");
const ARROW_BEFORE = /(\d[\d.,]*\d|\d)(\s?(?:k|K|M|MM|million|thousand)(?![\p{L}]))?\s*(?:→|->|=>)\s*$/u;
// After a leading noun the figure must end the phrase; "community of 20,000 residents" counts residents.
// A gap of three spaces or a tab is a column's edge: what stands after it belongs to another column.
const LEADING_END = /^(?:[^\S\n]{3,}|\t)|^[^\S\n]*(?:$|\n|[^\p{L}\s]|(?:on|across|in|as|at|by|and|with|from|to|during|within|over|per|via|through|since|after|until|for|followers|fans|members|subscribers|people|users|accounts|total|combined|organic|monthly|weekly|daily|average|avg|worldwide|globally|overall|altogether|in total)(?!\w))/iu;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const PREPOSITION_BEFORE_YEAR = /(?:(?<!\w)(?:in|since|during|by|from|until|of|as of|to|Q[1-4]|H[12]|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|Jun\w*|Jul\w*|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*)|(?<=\w)[-–])\s*$/iu;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** The earlier figure of "from 12K to 240K" or "12K → 240K", and where that phrase starts. */
export function growthBefore(text: string, numberStart: number): { previous: number; start: number } | null {
  const before = text.slice(Math.max(0, numberStart - 72), numberStart);
  // Both end-anchored patterns try every position; most figures have neither a "from" word before an
  // earlier figure nor an arrow, which one forward search settles.
  if (!MAY_HOLD_GROWTH.test(before)) return null;
  const match = GROWTH_BEFORE.exec(before) ?? ARROW_BEFORE.exec(before);
  if (!match || match[3]) return null;
  // The earlier figure is read as any figure is, with the words after it ("10 mil para" is ten thousand).
  const previous = scanNumbers(before, match.index).find((token) => token.unit === "count" && !token.currency);
  if (!previous) return null;
  return { previous: previous.value, start: numberStart - before.length + match.index };
}

/** "3,000" in "from 3,000 to 95,000 followers" (or "de 10 mil para 95 mil") is the earlier figure, not a claim of its own. */
export function isGrowthStart(text: string, token: NumberToken): boolean {
  // The figure follows a "from" word, maybe with "an average of" between: read the last words before it first.
  const before = text.slice(Math.max(0, token.prefixStart - 32), token.prefixStart);
  let wordEnd = before.length;
  while (wordEnd > 0 && isRegexSpace(before.charCodeAt(wordEnd - 1))) wordEnd -= 1;
  let wordStart = wordEnd;
  // The lead words are ASCII: a run of ASCII letters of at most eight ends the text before the figure.
  while (wordStart > 0 && wordEnd - wordStart < 8 && isAsciiLetter(before.charCodeAt(wordStart - 1))) wordStart -= 1;
  if (!GROWTH_LEAD_WORDS.has(before.slice(wordStart, wordEnd).toLowerCase())) return false;
  if (!FROM_BEFORE.test(before)) return false;
  return TO_AFTER.test(text.slice(token.end, token.end + 48));
}

/** The facts of figure `index` of `context.numbers`; each detector asks, the first one works them out. */
export function figureFacts(context: DetectContext, index: number): FigureFacts {
  const known = context.figureFacts[index];
  if (known) return known;
  const { text } = context;
  const token = context.numbers[index] as NumberToken;
  const facts: FigureFacts = {
    growthStart: isGrowthStart(text, token),
    dated: token.yearLike && PREPOSITION_BEFORE_YEAR.test(text.slice(Math.max(0, token.prefixStart - 12), token.prefixStart)),
    endsPhrase: LEADING_END.test(text.slice(token.end, token.end + 24)),
  };
  context.figureFacts[index] = facts;
  return facts;
}

/**
 * Whether the figure and the noun belong to one item of the document: not when a blank line lies
 * between them ("ISO 14001" above "verification visits"), not a year on one line and the noun on
 * another ("2019" above "… Follower"), and not a figure that numbers a list ("the following: 1)").
 */
function sameItem(text: string, token: NumberToken, nounSpan: Span, clauseStart: number): boolean {
  const between = nounSpan.start >= token.end ? text.slice(token.end, nounSpan.start) : text.slice(nounSpan.end, token.prefixStart);
  if (/\n[^\S\n]*\n/u.test(between)) return false;
  if (token.yearLike && between.includes("\n")) return false;
  return !(text.charAt(token.end) === ")" && !text.slice(clauseStart, token.start).includes("("));
}

const QUALIFIED_NOUN = /^\s+(?:[\p{L}@.#/-]+\s+){0,2}?(?:groups?|community|communities|servers?|subreddits?|forums?|channels?|networks?|lists?|chats?|clubs?|pages?|accounts?|audiences?|followings?)(?![\p{L}])/iu;

interface NounSite {
  nounSpan: Span;
  leading: boolean;
  /** Where the phrase ends when a word follows the figure: "community of 4,000 developers". */
  phraseEnd?: number;
}

const QUOTED_NOUN_OPEN = /["«“„‘'‚][^\S\n]?$/u;
const QUOTED_NOUN_CLOSE = /^[^\S\n]?["»”“’']/u;

/** The measure noun after figure `index`, the nearest within three words. */
function trailingNoun(context: DetectContext, token: NumberToken): NounSite | null {
  const { text } = context;
  // "hundreds of millions of impressions": an order of magnitude takes its noun after "of".
  const of = token.indefinite ? /^\s+of(?=\s)/u.exec(text.slice(token.end, token.end + 8)) : null;
  const from = token.end + (of ? of[0].length : 0);
  const trailing = COMPILED.trailing.exec(text.slice(from, from + 72));
  if (!trailing) return null;
  const nounText = trailing[1] ?? "";
  const nounEnd = from + trailing.index + trailing[0].length;
  return { nounSpan: { start: nounEnd - nounText.length, end: nounEnd }, leading: false };
}

/** The measure noun right before figure `index`, which the figure must end the phrase of. */
function leadingNoun(context: DetectContext, token: NumberToken, facts: FigureFacts): NounSite | null {
  // Most figures that do not end their phrase have no community noun before them: the leading
  // pattern, costly, is run for those few only.
  const membersEnd = facts.endsPhrase || !COMMUNITY_NOUN_BEFORE.test(context.text.slice(Math.max(0, token.prefixStart - 48), token.prefixStart))
    ? null
    : membersNamedEnd(context.text, token.end);
  if (!facts.endsPhrase && membersEnd === null) return null;
  COMPILED.leading.lastIndex = token.prefixStart;
  const noun = COMPILED.leading.exec(context.text)?.indices?.[1];
  if (!noun) return null;
  if (membersEnd !== null && !COMMUNITY_NOUN.test(context.text.slice(noun[0], noun[1]))) return null;
  return { nounSpan: { start: noun[0], end: noun[1] }, leading: true, phraseEnd: membersEnd ?? undefined };
}

// "a Discord community of 4,000 developers", "una community di 4.000 sviluppatori": a community's
// figure may be followed by who its members are, one word, before the phrase ends. Other leading
// nouns still want the figure last ("reach of 20,000 households" counts households), and so does a
// group, which is as often a team ("a group of 12 volunteers").
const COMMUNITY_NOUNS = "online community|community|server|communauté|comunidad|comunidade|społeczność|społeczności|audience|subscriber base|fan ?base|audiencia|audiência|pubblico|publiek|Publikum";
const COMMUNITY_NOUN = new RegExp(`^(?:${COMMUNITY_NOUNS})$`, "iu");
// The same nouns anywhere in the words before a figure: a cheap test before the leading pattern.
const COMMUNITY_NOUN_BEFORE = new RegExp(COMMUNITY_NOUNS, "iu");
// Who they are may be followed by a relative clause or when they get it: "who ship weekly", "every Tuesday".
const RELATIVE_AFTER = /^[^\S\n]+(?:who|that|which|die|qui|que|che|którzy|every|each)(?!\p{L})/iu;
// A verb may close the phrase after them where the language puts it last: "Slack-community van 6.500
// ontwikkelaars opgezet".
const MEMBERS_WORDS = /^([^\S\n]+\p{L}[\p{L}-]*)([^\S\n]+\p{Ll}+)?/u;

/** Where the word naming a community's members ends, after its figure; null where none stands there. */
export function membersNamedEnd(text: string, figureEnd: number): number | null {
  const words = MEMBERS_WORDS.exec(text.slice(figureEnd, figureEnd + 48));
  if (!words) return null;
  const end = figureEnd + (words[1] as string).length;
  if (LEADING_END.test(text.slice(end, end + 24)) || RELATIVE_AFTER.test(text.slice(end, end + 12))) return end;
  const verbEnd = end + (words[2]?.length ?? 0);
  return words[2] && /^[^\S\n]*(?:$|\n|[.;,:!?)•·|])/u.test(text.slice(verbEnd, verbEnd + 4)) ? verbEnd : null;
}

/** Whether a clause break lies between the figure and its noun: "15 new associates. / Followers of …". */
function brokenBetween(context: DetectContext, token: NumberToken, nounSpan: Span): boolean {
  const from = nounSpan.start >= token.end ? token.end : nounSpan.end;
  const to = nounSpan.start >= token.end ? nounSpan.start : token.prefixStart;
  const next = context.clauseBreaks[firstAfter(context.clauseBreaks, from - 1, (at) => at)];
  return next !== undefined && next < to;
}

/** Every figure the lexicon's nouns count, of every kind, found once per document. */
export function countsOf(context: DetectContext): Finding[] {
  if (!context.counts) {
    const counts = findCounts(context);
    context.counts = [...counts, ...growthShares(context, counts)].sort((a, b) => a.span.start - b.span.start);
  }
  return context.counts;
}

/** The counted findings of one kind. */
export function countsOfKind(context: DetectContext, kind: CountedKind): Finding[] {
  return countsOf(context).filter((finding) => finding.kind === kind);
}

function findCounts(context: DetectContext): Finding[] {
  const findings: Finding[] = [];
  for (let index = 0; index < context.numbers.length; index += 1) {
    const token = context.numbers[index] as NumberToken;
    if (token.currency || token.unit === "percent") continue;
    const facts = figureFacts(context, index);
    if (facts.growthStart || facts.dated) continue;
    const finding =
      countedByNoun(context, token, facts) ??
      countedByVerb(context, token) ??
      countedByTableHeader(context, token, facts) ??
      countedByRowLabel(context, token, facts) ??
      countedByEllipsis(context, token, facts, findings[findings.length - 1]);
    if (finding) findings.push(finding);
  }
  return findings;
}

/** "95,000 followers", "Followers: 12,000", "4,8 milhões de curtidas": a measure noun beside the figure. */
function countedByNoun(context: DetectContext, token: NumberToken, facts: FigureFacts): Finding | null {
  // The noun after the figure is read first; where it belongs to another item ("Followers  112,480"
  // above "Avg. reach/post  38,900"), the noun before it.
  const after = trailingNoun(context, token);
  if (after) {
    const finding = countedByNounAt(context, token, after);
    if (finding || withinItem(context, token, after)) return finding;
  }
  const before = leadingNoun(context, token, facts);
  return before ? countedByNounAt(context, token, before) : null;
}

function withinItem(context: DetectContext, token: NumberToken, located: NounSite): boolean {
  const clause = clauseAt(context, token.start);
  return sameItem(context.text, token, located.nounSpan, clause.start) && !brokenBetween(context, token, located.nounSpan);
}

function countedByNounAt(context: DetectContext, token: NumberToken, located: NounSite): Finding | null {
  const { text } = context;
  const { nounSpan, leading } = located;
  const clause = clauseAt(context, token.start);
  if (!sameItem(text, token, nounSpan, clause.start)) return null;
  if (leading ? nounSpan.start < clause.start : brokenBetween(context, token, nounSpan)) return null;
  let start = Math.min(token.prefixStart, nounSpan.start);
  let end = Math.max(token.end, nounSpan.end, located.phraseEnd ?? 0);
  // A noun in quotes keeps its closing quote: "«me gusta»".
  if (!leading && QUOTED_NOUN_OPEN.test(text.slice(Math.max(0, nounSpan.start - 2), nounSpan.start))) {
    const close = QUOTED_NOUN_CLOSE.exec(text.slice(nounSpan.end, nounSpan.end + 2));
    if (close) end = nounSpan.end + close[0].length;
  }
  // "a 4,000-member Facebook group", "a 30k-member subreddit": the measure is an adjective, and the
  // noun it qualifies, where the platform is named, belongs to the claim.
  if (!leading && /^-/u.test(text.slice(token.end, token.end + 1))) {
    const qualified = QUALIFIED_NOUN.exec(text.slice(nounSpan.end, nounSpan.end + 48));
    if (qualified) end = nounSpan.end + qualified[0].length;
  }
  const site = siteOf(context, token, nounSpan, leading, clause);
  const finding = attribute(site, start, end);
  if (!finding) return null;
  const growth = growthBefore(text, token.prefixStart);
  if (growth && !leading) start = Math.min(start, growth.start);
  finding.span.start = Math.min(finding.span.start, start);
  if (growth) finding.previousValue = growth.previous;
  return finding;
}

function siteOf(context: DetectContext, token: NumberToken, nounSpan: Span, leading: boolean, clause: Span): CountSite {
  const { text } = context;
  return {
    context,
    number: token,
    noun: text.slice(nounSpan.start, nounSpan.end).toLowerCase(),
    nounSpan,
    leading,
    between: leading || nounSpan.start < token.end ? "" : text.slice(token.end, nounSpan.start),
    clause,
    clauseText: text.slice(clause.start, clause.end),
    platform: null,
    namedPlatform: null,
  };
}


const TIMES_AFTER = new RegExp(`^[^\\S\\n]*(?:${formsSource(TIMES_WORDS)})(?![\\p{L}])`, "iu");
const TIMES_VERB_PATTERNS = TIMES_VERBS.map((measure) => new RegExp(`(?<![\\p{L}])(?:${formsSource(measure.verbs)})(?![\\p{L}])`, "iu"));
const FOLLOW_BEFORE = new RegExp(`(?<![\\p{L}])(?:${formsSource(FOLLOW_VERBS)})\\s*$`, "iu");
const PEOPLE_AFTER = /^\s+(?:people|users|accounts|personas|usuarios|personnes|Menschen|Personen|persone|pessoas|mensen|osób)(?![\p{L}])/iu;

/** A verb's nearest match inside `window`, and where it starts. */
export function lastMatch(pattern: RegExp, window: string): { index: number; length: number } | null {
  const global = new RegExp(pattern.source, "giu");
  let found: { index: number; length: number } | null = null;
  for (let match = global.exec(window); match !== null; match = global.exec(window)) found = { index: match.index, length: match[0].length };
  return found;
}

/** "read 480,000 times", "480.000 Mal gelesen", "me siguen 41 mil personas": a verb names the measure. */
function countedByVerb(context: DetectContext, token: NumberToken): Finding | null {
  const { text } = context;
  const clause = clauseAt(context, token.start);
  const times = TIMES_AFTER.exec(text.slice(token.end, token.end + 16));
  if (times) {
    const timesEnd = token.end + times[0].length;
    const beforeStart = Math.max(clause.start, token.prefixStart - 48);
    const before = text.slice(beforeStart, token.prefixStart);
    const after = text.slice(timesEnd, Math.min(clause.end, timesEnd + 24));
    let best: { measure: (typeof TIMES_VERBS)[number]; start: number; end: number } | null = null;
    TIMES_VERBS.forEach((measure, index) => {
      const pattern = TIMES_VERB_PATTERNS[index] as RegExp;
      const verbBefore = lastMatch(pattern, before);
      // The verb governs the figure: nothing but spaces between them ("read 480,000 times").
      const governs = verbBefore !== null && before.slice(verbBefore.index + verbBefore.length).trim() === "";
      if (verbBefore && governs && (!best || beforeStart + verbBefore.index > best.start)) best = { measure, start: beforeStart + verbBefore.index, end: timesEnd };
      const verbAfter = pattern.exec(after);
      if (!best && verbAfter && /^\s*$/u.test(after.slice(0, verbAfter.index).replace(/(?<![\p{L}])(?:online|worden|wurde|wurden|ist|sind|been)(?![\p{L}])/giu, ""))) {
        best = { measure, start: token.prefixStart, end: timesEnd + verbAfter.index + verbAfter[0].length };
      }
    });
    const chosen = best as { measure: (typeof TIMES_VERBS)[number]; start: number; end: number } | null;
    if (!chosen) return null;
    const finding = verbFinding(context, token, chosen.measure.kind, chosen.measure.metric, chosen.start, chosen.end);
    const { guard } = chosen.measure;
    if (guard === undefined) return finding;
    // The verb stands for its noun ("downloaded" for "downloads"), and answers to the same guard.
    const site: CountSite = {
      context,
      number: token,
      noun: text.slice(chosen.start, chosen.end).toLowerCase(),
      nounSpan: { start: chosen.start, end: chosen.end },
      leading: false,
      between: "",
      clause,
      clauseText: text.slice(clause.start, clause.end),
      platform: finding.platform,
      namedPlatform: finding.platform,
    };
    return MEASURE_GUARDS[guard](site) === false ? null : finding;
  }
  const windowStart = Math.max(clause.start, token.prefixStart - 32);
  const follow = FOLLOW_BEFORE.exec(text.slice(windowStart, token.prefixStart));
  if (!follow) return null;
  const people = PEOPLE_AFTER.exec(text.slice(token.end, token.end + 16));
  return verbFinding(context, token, "audience", "followers", windowStart + follow.index, token.end + (people ? people[0].length : 0));
}

function verbFinding(context: DetectContext, token: NumberToken, kind: CountedKind, metric: string, start: number, end: number): Finding {
  const reading = readPlatform(context, kind, start, end, null);
  return {
    kind,
    platform: reading.platform,
    metric,
    value: token.indefinite ? null : token.value,
    unit: "count",
    approximate: token.approximate,
    span: { start, end: Math.max(end, reading.end) },
    confidence: Math.round(0.85 * reading.certainty * 100) / 100,
    significantDigits: token.significantDigits,
    formerName: reading.formerName,
  };
}

/**
 * A figure in a table whose header names the measure: "Platform | Handle | Followers | Avg. views"
 * above "Instagram | @lenalifts | 412K | 96K". The header cell's noun counts the figure; the row's
 * platform is read as for any figure.
 */
function countedByTableHeader(context: DetectContext, token: NumberToken, facts: FigureFacts): Finding | null {
  if (!facts.endsPhrase && !/^\s*(?:\(|per\s)/u.test(context.text.slice(token.end, token.end + 6))) return null;
  const cell = tableCellAt(context, token.start);
  if (!cell || cell.header === null) return null;
  const row = { start: cell.rowStart, end: cell.rowEnd };
  const finding = countedByLabel(context, token, cell.header, row, `${cell.header.text} ${context.text.slice(cell.rowStart, cell.rowEnd)}`);
  if (finding) finding.span = { start: token.prefixStart, end: Math.max(token.end, Math.min(finding.span.end, cell.end)) };
  return finding;
}

/** The most words of a label read for its noun: a measure is named in a few ("Avg. reach/post"). */
const LABEL_WORDS = 6;

/**
 * The figure counted by the measure a table's label names, its modifiers dropped from the front one
 * by one ("Avg. views" -> "views"); only the label's last words are read, so a long cell costs no more.
 */
function countedByLabel(context: DetectContext, token: NumberToken, label: { text: string; start: number }, row: Span, clauseText?: string, leading = true): Finding | null {
  const words = label.text.split(/\s+/u).slice(-LABEL_WORDS);
  for (let first = 0; first < words.length; first += 1) {
    const noun = words.slice(first).join(" ");
    const nounStart = label.start + label.text.lastIndexOf(noun);
    const site = siteOf(context, token, { start: nounStart, end: nounStart + noun.length }, leading, row);
    if (clauseText !== undefined) site.clauseText = clauseText;
    const finding = attribute(site, token.prefixStart, token.end);
    if (finding) return finding;
  }
  return null;
}

/** A label without a qualifier in brackets at its end: "Instagram followers (@harbourbrewco)". */
function withoutBracketsAfter(label: string): string {
  if (!label.endsWith(")")) return label;
  const open = label.lastIndexOf("(");
  return open <= 0 || label.length - open > 62 ? label : label.slice(0, open).trimEnd();
}

/** "Residents reached": the people a campaign reached, named before the verb that the guard reads after the noun. */
function withoutReachedAfter(label: string): string {
  return label.toLowerCase().endsWith(" reached") ? label.slice(0, -" reached".length).trimEnd() : label;
}

/**
 * "Twitter followers | 3,200 | 5,950" under "KPI | Baseline | Result": a row whose first cell names
 * the measure. Only the row's last figure is a claim, the value now, as in "from 3,200 to 5,950".
 */
function countedByRowLabel(context: DetectContext, token: NumberToken, facts: FigureFacts): Finding | null {
  if (!facts.endsPhrase) return null;
  const label = rowLabelAt(context, token.start);
  if (label === null) return null;
  // A qualifier in brackets after the measure ("Instagram followers (@harbourbrewco)", "Residents
  // reached (Meta, geo-targeted)") is read as part of the row, not as the label's last words.
  const bare = withoutBracketsAfter(label.text);
  const measured = withoutReachedAfter(bare);
  if (measured === "" || /\d/u.test(measured)) return null;
  // "Residents reached": the noun is read as it is after its figure, with the verb after it ("2,000 households reached").
  const finding = countedByLabel(context, token, { text: measured, start: label.start }, { start: label.row.start, end: label.row.end }, undefined, measured === bare);
  if (finding) finding.span = { start: label.start, end: token.end };
  return finding;
}

// "420 average concurrent viewers; peak 3,900": a figure whose measure is the one just before it.
const ELLIPSIS_LINK = /^[\s,;–—-]*(?:and\s+|with\s+)?(?:an?\s+|the\s+)?(?:peak(?:ing)?|average|avg\.?|max(?:imum)?|record|high|top|up to|best)(?:\s+(?:of|at))?\s*:?\s*$/iu;
// "over 3 million fans in 2 yrs for USA and over 1 million for History": a large bare figure joined by
// "and" (or "vs") to a counted one in the same clause counts the same thing.
const ELLIPSIS_AND = /^[^.;:|\n]{0,48}?\s(?:and|&|vs\.?|versus|plus)\s+$/iu;

function countedByEllipsis(context: DetectContext, token: NumberToken, facts: FigureFacts, previous: Finding | undefined): Finding | null {
  if (!previous || previous.value === null || !facts.endsPhrase) return null;
  const between = context.text.slice(previous.span.end, Math.max(previous.span.end, token.prefixStart));
  const joined = (token.scaled || token.value >= 1000) && !token.yearLike && ELLIPSIS_AND.test(between);
  if (between.length > 60 || (!ELLIPSIS_LINK.test(between) && !joined)) return null;
  const sentence = sentenceAt(context, token.start);
  if (previous.span.start < sentence.start) return null;
  const modifier = joined ? "" : between.replace(/^[\s,;–—-]+/u, "");
  const start = token.prefixStart - modifier.length;
  // The measure is the one before; the platform is read for this figure ("… and 85k on Twitter/X").
  const reading = readPlatform(context, previous.kind, start, token.end, previous.platform);
  return {
    ...previous,
    platform: reading.platform,
    value: token.indefinite ? null : token.value,
    approximate: token.approximate,
    span: { start, end: Math.max(token.end, reading.end) },
    previousValue: undefined,
    significantDigits: token.significantDigits,
    formerName: reading.formerName,
  };
}

// Which entries own a noun as written: the same few nouns recur in a document and across documents,
// so the answer is kept, for at most a few hundred spellings.
const OWNERS = new Map<string, number[]>();
const MAX_OWNERS = 512;

function entriesOwning(noun: string): number[] {
  const key = noun.toLowerCase();
  let owners = OWNERS.get(key);
  if (owners === undefined) {
    owners = COMPILED.whole.flatMap((pattern, index) => (pattern.test(noun) ? [index] : []));
    if (OWNERS.size >= MAX_OWNERS) OWNERS.clear();
    OWNERS.set(key, owners);
  }
  return owners;
}

/** The first entry of the lexicon that owns the noun and accepts the site, made into a finding. */
function attribute(site: CountSite, start: number, end: number, anyEntry = false): Finding | null {
  const { context, number: token } = site;
  const noun = site.context.text.slice(site.nounSpan.start, site.nounSpan.end);
  // The platform depends on the kind only through which platforms may carry it; read it per kind.
  const readings = new Map<CountedKind, ReturnType<typeof readPlatform>>();
  for (const entryIndex of entriesOwning(noun)) {
    const entry = MEASURES[entryIndex] as MeasureEntry;
    // Only some nouns lead a figure ("Followers: 12,000"); every noun may take a share of growth.
    if (site.leading && !entry.leading && !anyEntry) continue;
    let reading = readings.get(entry.kind);
    if (!reading) {
      reading = readPlatform(context, entry.kind, start, end, null);
      readings.set(entry.kind, reading);
    }
    // A year before a capitalised noun names a year or an edition ("Alpha Delta Pi 2013
    // Connections leader"), unless a platform is named with it ("LinkedIn: 2013 Connections").
    if (token.yearLike && reading.platform === null && TITLE_CASE_WORD.test(noun)) return null;
    site.namedPlatform = reading.platform;
    site.platform = reading.platform ?? (entry.defaultPlatform ? DEFAULT_PLATFORMS[entry.defaultPlatform](site) : null);
    // "Blog: … 22K email subscribers": words before the noun that name a newsletter outrank a
    // platform the line or the sentence carries.
    if (!site.leading && site.platform !== "newsletter" && NEWSLETTER_CONTEXT.test(site.between) && !namesPlatformWithin(context, token.prefixStart, site.nounSpan.end)) {
      site.platform = "newsletter";
    }
    if (token.unit !== "percent" && token.value < (entry.minimum ?? 1)) continue;
    const verdict = entry.guard ? MEASURE_GUARDS[entry.guard](site) : true;
    if (verdict === false) continue;
    return {
      kind: entry.kind,
      platform: site.platform,
      metric: typeof verdict === "string" ? verdict : entry.metric,
      value: token.indefinite ? null : token.value,
      unit: "count",
      approximate: token.approximate,
      span: { start, end: Math.max(end, reading.end) },
      confidence: Math.round(BASE_CONFIDENCE[entry.kind] * reading.certainty * 100) / 100,
      significantDigits: token.significantDigits,
      formerName: reading.formerName,
    };
  }
  return null;
}

/** Whether a platform's name stands between `start` and `end`. */
function namesPlatformWithin(context: DetectContext, start: number, end: number): boolean {
  const mention = context.mentions[firstAfter(context.mentions, start - 1, (item) => item.start)];
  return mention !== undefined && mention.end <= end;
}

const BASE_CONFIDENCE: Record<CountedKind, number> = { community: 0.92, audience: 0.92, reach: 0.9, engagement: 0.88 };

export const GROWTH_VERB = new RegExp(`(?<![\\p{L}])(?:${formsSource(GROWTH_WORDS.verbs)})(?![\\p{L}])`, "iu");
export const GROWTH_NOUN = `(?:${formsSource(GROWTH_WORDS.nouns)})`;
const JOIN = `(?:${formsSource(GROWTH_WORDS.joins)})`;
// Between a measure and its share: "subscribers by 20%", "follower growth by over 400%", "following 400%".
// The measure may name its account first: "subscribers on YouTube by 20%", "Abonnenten des Newsletters um 40 %".
// Or a verb after the measure: "followers have grown 140%", "engagement rate is up 35%".
const GROWN_AFTER_MEASURE = "(?:(?:have|has|had|is|are|was|were)\\s+)?(?:grown|grew|rose|risen|increased|jumped|climbed|went up|gone up|up)\\s+(?:by\\s+)?(?:over\\s+|more than\\s+|nearly\\s+|almost\\s+|about\\s+)?";
const MEASURE_TO_SHARE_SOURCE = `(?:\\s+(?:on|of|in|des|der|de|du|di|do|da|en|auf|bei|sur)\\s+(?:(?:the|our|my|la|le|el|unseres|unserer)\\s+)?[\\p{L}@.-]+)?\\s*(?:${GROWN_AFTER_MEASURE}|(?:${GROWTH_NOUN}\\s*)?(?:${JOIN}\\s*)?)`;
export const GROWN_BETWEEN = new RegExp(`^\\s*${GROWN_AFTER_MEASURE}$`, "iu");
// The measure that ends right before a share, tried at the share alone as a lookbehind (sticky,
// with the measure's indices), so that nothing scans the words before every percentage.
const MEASURE_BEFORE_SHARE = new RegExp(`(?<=(?<![\\p{L}])(${MEASURES.map(entrySource).join("|")})${MEASURE_TO_SHARE_SOURCE})`, "iuyd");
// After a share: "47% follower growth", "200% increase in Instagram followers".
const ANY_GROWTH_WORD = new RegExp(`(?<![\\p{L}])(?:${formsSource(GROWTH_WORDS.verbs)}|${GROWTH_NOUN}|up)(?![\\p{L}])`, "iu");
const GROWTH_AFTER_NOUN = new RegExp(`^\\s*${GROWTH_NOUN}(?![\\p{L}])`, "iu");
const SHARE_THEN_NOUN = new RegExp(`^\\s*(?:${GROWTH_NOUN})\\s+(?:in|of|en|de|des|du|di|do|da|im|der|van|w)\\s+(?:(?:our|the|my|its|their|nos|nuestros|nossos|unsere)\\s+)?`, "iu");

/**
 * Growth given only as a share: "Increased YouTube subscribers by 20%", "grew our following 400%",
 * "47% follower growth". A claim of the measure that grew, with no value (the labelling rules);
 * left out where the same sentence gives the figure itself, which says more.
 */
function growthShares(context: DetectContext, counts: readonly Finding[]): Finding[] {
  const findings: Finding[] = [];
  for (const token of context.numbers) {
    if (token.unit !== "percent" || token.indefinite) continue;
    const clause = clauseAt(context, token.start);
    // Most percentages are rates or shares of something else: without a word of growth near, there is nothing to read.
    if (!ANY_GROWTH_WORD.test(context.text.slice(Math.max(clause.start, token.prefixStart - 80), Math.min(clause.end, token.end + 40)))) continue;
    const found = shareBefore(context, token, clause) ?? shareAfter(context, token, clause);
    if (!found) continue;
    const sentence = sentenceAt(context, token.start);
    const told = counts.some((count) => count.kind === found.kind && count.metric === found.metric && count.span.start >= sentence.start && count.span.end <= sentence.end && count.value !== null);
    if (!told) findings.push(found);
  }
  return findings;
}

/** "Increased YouTube subscribers by 20%": a growth verb, then the measure, then the share. */
function shareBefore(context: DetectContext, token: NumberToken, clause: Span): Finding | null {
  const { text } = context;
  MEASURE_BEFORE_SHARE.lastIndex = token.prefixStart;
  const measure = MEASURE_BEFORE_SHARE.exec(text)?.indices?.[1];
  if (!measure || measure[0] < clause.start) return null;
  const between = text.slice(measure[1], token.prefixStart);
  // A growth verb before the measure, or growth named between it and the share: without either, no share.
  const windowStart = Math.max(clause.start, measure[0] - 64);
  const verb = lastMatch(GROWTH_VERB, text.slice(windowStart, measure[0]));
  const grown = GROWTH_AFTER_NOUN.test(between) || GROWN_BETWEEN.test(between) || /(?<![\p{L}])up(?![\p{L}])/iu.test(between);
  if (!verb && !grown) return null;
  const nounSpan = { start: measure[0], end: measure[1] };
  const site = siteOf(context, token, nounSpan, true, clause);
  const start = verb ? windowStart + verb.index : measure[0];
  return shareFinding(attribute(site, start, token.end, true), token, start);
}

/** "47% follower growth", "200% increase in Instagram followers": the share, then what grew. */
function shareAfter(context: DetectContext, token: NumberToken, clause: Span): Finding | null {
  const { text } = context;
  const after = text.slice(token.end, Math.min(clause.end, token.end + 80));
  let nounStart: number;
  let nounText: string;
  let end: number;
  const joined = SHARE_THEN_NOUN.exec(after);
  if (joined) {
    const rest = after.slice(joined[0].length);
    const noun = COMPILED.trailing.exec(` ${rest}`);
    if (!noun) return null;
    nounText = noun[1] ?? "";
    nounStart = token.end + joined[0].length + noun.index + noun[0].length - 1 - nounText.length;
    end = nounStart + nounText.length;
  } else {
    const noun = COMPILED.trailing.exec(after);
    if (!noun) return null;
    nounText = noun[1] ?? "";
    nounStart = token.end + noun.index + noun[0].length - nounText.length;
    const growth = GROWTH_AFTER_NOUN.exec(text.slice(nounStart + nounText.length, nounStart + nounText.length + 16));
    if (!growth) return null;
    end = nounStart + nounText.length + growth[0].length;
  }
  const nounSpan = { start: nounStart, end: nounStart + nounText.length };
  const site = siteOf(context, token, nounSpan, false, clause);
  return shareFinding(attribute(site, token.prefixStart, end), token, token.prefixStart);
}

function shareFinding(finding: Finding | null, token: NumberToken, start: number): Finding | null {
  if (!finding) return null;
  return { ...finding, value: null, unit: null, approximate: token.approximate, span: { start: Math.min(start, finding.span.start), end: Math.max(finding.span.end, token.end) }, significantDigits: undefined };
}
