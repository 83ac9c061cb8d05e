// The shared reading of "a number and what it counts": "95,000 followers", "12k LinkedIn connections",
// "1.4 million combined followers", "Followers: 12,000", "combined following of 250,000",
// "from 12K to 240K subscribers". The audience, reach, community and engagement detectors each bring
// their own table of nouns and rules; this module finds where such a noun meets a number.

import type { ClaimKind, Span } from "../types.ts";
import type { NumberToken } from "../numbers/parse.ts";
import { clauseAt, type DetectContext, type FigureFacts } from "./context.ts";
import type { Finding } from "./finding.ts";
import { readPlatform } from "./platform.ts";

export interface CountSite {
  context: DetectContext;
  number: NumberToken;
  /** The noun phrase as written, lower-cased. */
  noun: string;
  nounSpan: Span;
  clause: Span;
  clauseText: string;
  platform: string | null;
}

export interface CountNoun {
  /** Regex source for the noun, matched case-insensitively after (or before) the number. */
  pattern: string;
  metric: string;
  /** Whether the noun may come first: "Followers: 12,000", "an audience of 120k". */
  leading?: boolean;
  /** Platform to assume where the text names none ("connections" → LinkedIn). */
  defaultPlatform?: (site: CountSite) => string | null;
  /** Rejects the site, or changes the metric, once the platform is known. */
  accept?: (site: CountSite) => boolean | string;
  minimum?: number;
}

// Words that end a noun phrase: a figure and a noun on either side of them are not about each other.
const PHRASE_BREAK =
  "(?:to|from|in|on|at|by|for|with|of|per|and|or|than|that|which|who|across|over|the|a|an|is|was|were|are|has|had|have|into|each|every|during|within|after|before|our|my|their|his|her|its)";
const WORD = `(?:(?!${PHRASE_BREAK}(?![\\p{L}]))[\\p{L}][\\p{L}\\p{N}'’.&/-]*|@[\\w.]+|#[\\w]+)`;
// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const LEADING_LINK =
  "\\s*(?:[:=–—-]|\\(|(?<!\\w)(?:of|at|is|was|are|now|hit|hits|reached|reaching|totals|totaling|totalling|topped|tops|grew to|went to|to|rose to|over|exceeding|exceeds|nearing|near|stands at|stood at|peaked at)(?!\\w))?\\s*(?:(?:of|at|to|about|around|over)\\s+)?$";

export interface CompiledNouns {
  nouns: CountNoun[];
  /** Group 1 holds the noun as written; `trailingGroup[i]` is the group that holds it when noun i matched. */
  trailing: RegExp;
  trailingGroup: number[];
  /** Likewise for the nouns that may come first; `leadingGroup[i]` is undefined for the others. */
  leading: RegExp | null;
  leadingGroup: Array<number | undefined>;
}

// The nouns of every table compiled so far (each counting detector compiles its table when its
// module loads), and one trailing and one leading pattern for all of them. A figure that no table's
// noun follows or leads is settled by these, run once per figure, instead of by every table's own.
const allNouns: string[] = [];
const allLeadingNouns: string[] = [];
let anyTrailingNoun: RegExp | null = null;
let anyLeadingNoun: RegExp | null = null;

function trailingPattern(nounAlternation: string): RegExp {
  return new RegExp(`^(?:\\s*\\+)?(?:[\\s-]+${WORD}){0,3}?[\\s-]+(${nounAlternation})(?![\\p{L}])`, "iu");
}

function leadingPattern(nounAlternation: string): RegExp {
  return new RegExp(`(?<![\\p{L}])(${nounAlternation})${LEADING_LINK}`, "iu");
}

function captureGroupsIn(pattern: string): number {
  return (new RegExp(`${pattern}|`, "u").exec("")?.length ?? 1) - 1;
}

/**
 * The nouns as one alternation with each noun in a group of its own, and the group number of each
 * (counting the group around the whole alternation as 1). Which group matched names the noun: the
 * first alternative that matches a text is also the first noun whose pattern matches it whole.
 */
function groupedAlternation(patterns: string[]): { alternation: string; groups: number[] } {
  const groups: number[] = [];
  let next = 2;
  for (const pattern of patterns) {
    groups.push(next);
    next += 1 + captureGroupsIn(pattern);
  }
  return { alternation: patterns.map((pattern) => `(${pattern})`).join("|"), groups };
}

function matchedNoun(match: RegExpExecArray, groups: ReadonlyArray<number | undefined>): number {
  return groups.findIndex((group) => group !== undefined && match[group] !== undefined);
}

export function compileNouns(nouns: CountNoun[]): CompiledNouns {
  const patterns = nouns.map((noun) => `(?:${noun.pattern})`);
  const leadingNouns = nouns.filter((noun) => noun.leading).map((noun) => `(?:${noun.pattern})`);
  allNouns.push(...patterns);
  anyTrailingNoun = trailingPattern(allNouns.join("|"));
  if (leadingNouns.length > 0) {
    allLeadingNouns.push(...leadingNouns);
    anyLeadingNoun = leadingPattern(allLeadingNouns.join("|"));
  }
  const trailing = groupedAlternation(patterns);
  const leading = groupedAlternation(leadingNouns);
  let nextLeading = 0;
  return {
    nouns,
    trailing: trailingPattern(trailing.alternation),
    trailingGroup: trailing.groups,
    leading: leadingNouns.length > 0 ? leadingPattern(leading.alternation) : null,
    leadingGroup: nouns.map((noun) => (noun.leading ? leading.groups[nextLeading++] : undefined)),
  };
}

const GROWTH_BEFORE = /\bfrom\s+(?:an?\s+)?(?:average\s+of\s+|about\s+|around\s+|roughly\s+|~)?(\d[\d.,\s]*\d|\d)(\s?(?:k|K|M|MM|million|thousand|mil)(?![\p{L}]))?(\s?%)?(?:\s+[\p{L}/-]+){0,4}?\s*(?:to|→|->|–|-)\s*$/u;
const ARROW_BEFORE = /(\d[\d.,]*\d|\d)(\s?(?:k|K|M|MM|million|thousand)(?![\p{L}]))?\s*(?:→|->|=>)\s*$/u;
// After a leading noun the figure must end the phrase; "community of 20,000 residents" counts residents.
const LEADING_END = /^\s*(?:$|[^\p{L}\s]|(?:on|across|in|as|at|by|and|with|from|to|during|within|over|per|via|through|since|after|until|for|followers|fans|members|subscribers|people|users|accounts|total|combined|organic|monthly|weekly|daily|average|avg)(?!\w))/iu;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const PREPOSITION_BEFORE_YEAR = /(?:(?<!\w)(?:in|since|during|by|from|until|of|as of|to|Q[1-4]|H[12]|Jan\w*|Feb\w*|Mar\w*|Apr\w*|May|Jun\w*|Jul\w*|Aug\w*|Sep\w*|Oct\w*|Nov\w*|Dec\w*)|(?<=\w)[-–])\s*$/iu;

function scaleOf(suffix: string | undefined): number {
  if (!suffix) return 1;
  const word = suffix.trim().toLowerCase();
  if (word === "k" || word === "thousand") return 1e3;
  return 1e6;
}

function readPrevious(raw: string, suffix: string | undefined): number | null {
  const digits = raw.replace(/[\s]/gu, "");
  let normalised = digits;
  if (/^\d{1,3}(?:[.,]\d{3})+$/u.test(digits)) normalised = digits.replace(/[.,]/gu, "");
  else normalised = digits.replace(/,(\d{1,2})$/u, ".$1").replace(/,/gu, "");
  const value = Number(normalised) * scaleOf(suffix);
  return Number.isFinite(value) && value > 0 ? value : null;
}

/** The earlier figure of "from 12K to 240K" or "12K → 240K", and where that phrase starts. */
export function growthBefore(text: string, numberStart: number): { previous: number; start: number } | null {
  const before = text.slice(Math.max(0, numberStart - 72), numberStart);
  // Both end-anchored patterns try every position; each needs its word or arrow somewhere in the window.
  if (!before.includes("from") && !before.includes("→") && !before.includes("->") && !before.includes("=>")) return null;
  const match = GROWTH_BEFORE.exec(before) ?? ARROW_BEFORE.exec(before);
  if (!match || match[3]) return null;
  const previous = readPrevious(match[1] ?? "", match[2]);
  if (previous === null) return null;
  return { previous, start: numberStart - before.length + match.index };
}

/** "3,000" in "from 3,000 to 95,000 followers" is the earlier figure, not a claim of its own. */
export function isGrowthStart(text: string, token: NumberToken): boolean {
  const before = text.slice(Math.max(0, token.prefixStart - 32), token.prefixStart);
  // Most figures have no "from" before them; skip the end-anchored regex, which tries every position.
  if (before.toLowerCase().indexOf("from") === -1) return false;
  if (!/(?<!\w)from\s+(?:an?\s+)?(?:average\s+of\s+|about\s+|around\s+|roughly\s+)?$|(?<!\w)from\s*$/iu.test(before)) return false;
  return /^(?:\s+[\p{L}/-]+){0,4}?\s*(?:to|→|->|–|-)\s*[~≈]?\s*\d/u.test(text.slice(token.end, token.end + 48));
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

export function findCounts(context: DetectContext, kind: ClaimKind, compiled: CompiledNouns, baseConfidence: number): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  for (let index = 0; index < context.numbers.length; index += 1) {
    const token = context.numbers[index] as NumberToken;
    if (token.currency || token.unit === "percent") continue;
    const facts = figureFacts(context, index);
    if (facts.growthStart || facts.dated) continue;
    const site = locateNoun(context, token, facts, compiled);
    if (!site) continue;
    const { noun: countNoun, nounSpan, leadingStart } = site;
    let start = Math.min(token.prefixStart, leadingStart ?? token.prefixStart);
    const end = Math.max(token.end, nounSpan.end);
    const clause = clauseAt(context, token.start);
    if (!sameItem(text, token, nounSpan, clause.start)) continue;
    const countSite: CountSite = {
      context,
      number: token,
      noun: text.slice(nounSpan.start, nounSpan.end).toLowerCase(),
      nounSpan,
      clause,
      clauseText: text.slice(clause.start, clause.end),
      platform: null,
    };
    const reading = readPlatform(context, kind, start, end, null);
    // A year before a capitalised noun names a year or an edition ("Alpha Delta Pi 2013
    // Connections leader"), unless a platform is named with it ("LinkedIn: 2013 Connections").
    if (token.yearLike && reading.platform === null && TITLE_CASE_WORD.test(text.slice(nounSpan.start, nounSpan.end))) continue;
    countSite.platform = reading.platform ?? countNoun.defaultPlatform?.(countSite) ?? null;
    if (token.value < (countNoun.minimum ?? 1)) continue;
    const verdict = countNoun.accept ? countNoun.accept(countSite) : true;
    if (verdict === false) continue;
    const growth = growthBefore(text, token.prefixStart);
    if (growth && leadingStart === undefined) start = Math.min(start, growth.start);
    findings.push({
      kind,
      platform: countSite.platform,
      metric: typeof verdict === "string" ? verdict : countNoun.metric,
      value: token.indefinite ? null : token.value,
      unit: "count",
      approximate: token.approximate,
      span: { start, end: Math.max(end, reading.end) },
      confidence: Math.round(baseConfidence * reading.certainty * 100) / 100,
      previousValue: growth ? growth.previous : undefined,
      significantDigits: token.significantDigits,
      formerName: reading.formerName,
    });
  }
  return findings;
}

function locateNoun(
  context: DetectContext,
  token: NumberToken,
  facts: FigureFacts,
  compiled: CompiledNouns,
): { noun: CountNoun; nounSpan: Span; leadingStart?: number } | null {
  const { text } = context;
  const after = text.slice(token.end, token.end + 72);
  // Whether any table's noun follows the figure: asked once per figure, like the leading noun below.
  if (anyTrailingNoun !== null && facts.anyTrailingNoun?.pattern !== anyTrailingNoun) {
    facts.anyTrailingNoun = { pattern: anyTrailingNoun, found: anyTrailingNoun.test(after) };
  }
  const trailing = facts.anyTrailingNoun && !facts.anyTrailingNoun.found ? null : compiled.trailing.exec(after);
  if (trailing) {
    const nounText = trailing[1] ?? "";
    const nounEnd = token.end + trailing.index + trailing[0].length;
    const noun = compiled.nouns[matchedNoun(trailing, compiled.trailingGroup)];
    if (noun) return { noun, nounSpan: { start: nounEnd - nounText.length, end: nounEnd } };
  }
  // After a leading noun the figure must end the phrase; that test is shared and cheap, so it goes first.
  if (!compiled.leading || !facts.endsPhrase) return null;
  const windowStart = Math.max(0, token.prefixStart - 48);
  const before = text.slice(windowStart, token.prefixStart);
  // Whether any table's noun leads the figure: asked once per figure (again only if a table was
  // compiled since), and where none does, this table's pattern need not run.
  if (anyLeadingNoun !== null && facts.anyLeadingNoun?.pattern !== anyLeadingNoun) {
    facts.anyLeadingNoun = { pattern: anyLeadingNoun, found: anyLeadingNoun.test(before) };
  }
  if (facts.anyLeadingNoun && !facts.anyLeadingNoun.found) return null;
  const leading = compiled.leading.exec(before);
  if (!leading) return null;
  const nounText = leading[1] ?? "";
  const nounStart = windowStart + leading.index;
  const noun = compiled.nouns[matchedNoun(leading, compiled.leadingGroup)];
  if (!noun) return null;
  // The noun must sit in the same clause as the figure.
  const clause = clauseAt(context, token.start);
  if (nounStart < clause.start) return null;
  return { noun, nounSpan: { start: nounStart, end: nounStart + nounText.length }, leadingStart: nounStart };
}
