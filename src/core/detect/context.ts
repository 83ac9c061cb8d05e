// What every detector needs to know about the document, computed once per call: the numbers,
// the platform mentions, the headings, the handles and links (the last two on first use).
// Detectors then look only at small windows around these, which keeps detection linear in the
// size of the text.

import { PLATFORMS, platformById } from "../catalog/platforms.ts";
import { scanNumbers, type NumberToken } from "../numbers/parse.ts";
import { findLetterRuns, matchesAt, RunWords, wordEdgesAround, type LetterRuns, type TextLetterRuns } from "./letter-runs.ts";
import type { ClaimKind, ClaimSubject, PageRange, Span } from "../types.ts";
import type { Finding } from "./finding.ts";
import { readMisdecodedSpaces, readWrappedLines } from "./wrapped-lines.ts";

export interface PlatformMention {
  start: number;
  end: number;
  platform: string;
  /** Written under a name the platform no longer uses ("Twitter"). */
  formerName: boolean;
}

export interface EvidenceMark {
  start: number;
  end: number;
  handle: string | null;
  url: string | null;
  platform: string | null;
}

export interface Heading {
  start: number;
  title: string;
}

export interface DetectInput {
  text: string;
  pages: PageRange[];
  hiddenSpans: Span[];
  /** The text's letter runs, when the caller found them already (see `scanTextWords`). */
  letterRuns?: TextLetterRuns;
}

export interface DetectContext {
  text: string;
  input: DetectInput;
  numbers: NumberToken[];
  mentions: PlatformMention[];
  /**
   * Handles and profile links, and the headings, each found on first use (see `evidenceOf` and
   * `headingsOf`): most documents hold no claim, and then neither is asked for.
   */
  evidence?: EvidenceMark[];
  headings?: Heading[];
  /** The runs of ASCII letters (see letter-runs.ts), where detectors look for their words. */
  letterRuns: LetterRuns;
  /** Positions of the characters that end a clause, in order; see `clauseAt`. */
  clauseBreaks: number[];
  /** The clause breaks that also end a sentence or a list item (not ";", "|", "•", "·"); see `sentenceAt`. */
  sentenceBreaks: number[];
  /** Positions of every "\n", in order; see `lineAt`. */
  lineBreaks: number[];
  /** Where each "19dd" or "20dd" digit run starts, in order, so that a clause without one skips the date pattern. */
  yearStarts: number[];
  /** Per figure, indexed like `numbers`: what every counting detector asks about it, filled in on first use (see `figureFacts`). */
  figureFacts: Array<FigureFacts | undefined>;
  /** Every figure a measure noun counts, found on first use (see `countsOf`). */
  counts?: Finding[];
  /** The rows of tables written with pipes or tabs, found on first use (see `tableCellAt`). */
  tableRows?: TableRow[];
}

/** A line of a table written with "|" or tabs, its cells, and the header row of its table. */
export interface TableRow {
  start: number;
  end: number;
  cells: Span[];
  /** The first row of the table when that row holds no figure; null for the header row itself. */
  header: TableRow | null;
}

export interface TableCell extends Span {
  rowStart: number;
  rowEnd: number;
  column: number;
  /** The header cell of the same column, trimmed, where the table has a header row. */
  header: { text: string; start: number } | null;
}

/** What the counting detectors ask about a figure whatever they count, worked out once per figure. */
export interface FigureFacts {
  /** "3,000" in "from 3,000 to 95,000 followers": the earlier figure, not a claim of its own. */
  growthStart: boolean;
  /** A year after "in", "since", "Q3", a month or a dash: a date, not a count. */
  dated: boolean;
  /** Nothing after the figure ties it to a later word, so a noun before it may be what it counts. */
  endsPhrase: boolean;
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

function aliasAlternation(aliases: string[]): string {
  return [...new Set(aliases)]
    .sort((a, b) => b.length - a.length)
    // A space in a name may be a line break where the line wrapped: "my Social\nSelling Index is 84".
    .map((alias) => escapeRegExp(alias).replace(/ /gu, "[ \\u00a0\\n]"))
    .join("|");
}

const ALIAS_TO_PLATFORM = new Map<string, string>();
const FORMER_NAMES = new Set<string>();
const caseInsensitiveAliases: string[] = [];
const caseSensitiveAliases: string[] = [];
for (const entry of PLATFORMS) {
  for (const alias of entry.aliases) {
    ALIAS_TO_PLATFORM.set(alias.toLowerCase(), entry.id);
    caseInsensitiveAliases.push(alias);
  }
  for (const alias of entry.caseSensitiveAliases ?? []) {
    ALIAS_TO_PLATFORM.set(alias, entry.id);
    caseSensitiveAliases.push(alias);
  }
  for (const former of entry.formerNames ?? []) FORMER_NAMES.add(former.toLowerCase());
}

const BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}_@-])";
const BOUNDARY_AFTER = "(?![\\p{L}\\p{N}_])";
export const MENTION_SOURCE_ANY_CASE = `${BOUNDARY_BEFORE}(?:${aliasAlternation(caseInsensitiveAliases)})${BOUNDARY_AFTER}`;
export const MENTION_SOURCE_EXACT_CASE = `${BOUNDARY_BEFORE}(?:${aliasAlternation(caseSensitiveAliases)})${BOUNDARY_AFTER}`;

// A platform named as a technology, not as an audience: "Twitter Bootstrap", "Facebook React",
// "Instagram Graph API", "LinkedIn OAuth", "Facebook Marketplace".
export const TECHNICAL_AFTER =
  /^[\s-]*(?:API|APIs|SDK|SDKs|Bootstrap|React|Graph|OAuth|Login|Log-in|Sign[- ]?[Ii]n|Pixel|Marketplace|Pay|Business Manager|Business Suite|Cloud|Actions|Copilot|Enterprise|Workplace|integration|integrations|plugin|plug-in|Connect|Webhooks?|bot|bots|Apps? Engine|Pages API|Developer|Developers|Messenger|Ads API|Lite|Audience Network|Shops?|Sheets|Data|Firehose|Stream|Streaming API|Gateway|Platform)\b/u;
const TECHNICAL_BEFORE = /\b(?:via|using|with|through)\s+the\s+$|\bthe\s+$/u;

// "X" is a letter as often as a platform: keep it only where the text plainly means the network.
const X_CONTEXT_BEFORE = /(?:\b(?:on|across|via|and|or|to|from|the|in|my|our|his|her|their|its|en|sur|auf|su|op|na|no|em)\s+|\w['’]s\s+|,\s*|;\s*|\/\s*|\|\s*|\(\s*|^|\n\s*)$/u;
// After a platform's preposition ("70K followers on X before leaving", "posting on X daily"), any
// lower-case word may follow; not a capital ("on X Corp"), a hyphen ("on X-ray") or a digit.
const X_ON_BEFORE = /(?<!\w)(?:on|sur|auf|su|op|en|em|na|no)\s+$/u;
const X_AFTER_ON = /^(?:[^\w\s-]|\s+\p{Ll})/u;
// An item of a list of channels with their figures: "Facebook 12,400; X 8,900; Instagram 3,100".
const X_LIST_BEFORE = /(?:[;,|(]|\n|^)\s*$/u;
const X_FIGURE_IN_LIST = /^\s+\d[\d.,]*\s?[kKmM]?(?=\s*(?:[;,|)\n]|$))/u;
const X_CONTEXT_AFTER = /^(?:\s*\((?:formerly\s+)?Twitter\)|\s*\(\s*@|\s*[:|,/)]|\s+(?:followers|following|account|handle|profile|audience|engagement|impressions|views|reach|posts|and|&)\b|\s*$|\s*[.;\n])/u;

/**
 * The leading word of each alias ("linkedin" of "LinkedIn SSI", "twitter" of "twitter.com"),
 * lower-cased. An alias can only start where one of these words stands whole (between two \b
 * edges): the alias pattern wants no letter, digit or "_" right before it, and the alias goes on
 * with a space or a symbol, or ends before a character that is neither letter, digit nor "_".
 * Null when some alias starts with something else than letters; then every position is tried.
 */
function leadingWords(aliases: string[]): string[] | null {
  const words: string[] = [];
  for (const alias of aliases) {
    const word = /^[A-Za-z]+/u.exec(alias)?.[0] ?? "";
    // A digit or "_" after the letters: the alias's first \b-word is not a run of letters.
    if (word === "" || /[0-9_]/u.test(alias.charAt(word.length))) return null;
    words.push(word.toLowerCase());
  }
  return words;
}

const LEADING_WORDS_ANY_CASE = leadingWords(caseInsensitiveAliases);
const LEADING_WORDS_EXACT_CASE = leadingWords(caseSensitiveAliases);
const LEADING_RUN_WORDS_ANY_CASE = LEADING_WORDS_ANY_CASE && new RunWords(LEADING_WORDS_ANY_CASE);
const LEADING_RUN_WORDS_EXACT_CASE = LEADING_WORDS_EXACT_CASE && new RunWords(LEADING_WORDS_EXACT_CASE);
/** The leading words of the case-sensitive aliases as written. */
const LEADING_WORDS_AS_WRITTEN = new Set(caseSensitiveAliases.map((alias) => /^[A-Za-z]+/u.exec(alias)?.[0] ?? ""));

const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/**
 * Whether TECHNICAL_AFTER can match `after`: each of its words starts with a capital or with "i",
 * "p" or "b" ("integration", "plugin", "bot"), after spaces and hyphens. Mostly a platform name
 * is followed by a lower-case word or a sign, which rules it out without the pattern.
 */
export function mayNameTechnology(after: string): boolean {
  let at = 0;
  while (at < after.length) {
    const code = after.charCodeAt(at);
    // A character past ASCII may be a space of \s: let the pattern decide.
    if (code >= 128) return true;
    if (code === 32 || code === 45 || (code >= 9 && code <= 13)) at += 1;
    else return (code >= 65 && code <= 90) || code === 105 || code === 112 || code === 98;
  }
  return false;
}

/** The lower-case key of an alias as written, with a non-breaking space read as a space. */
function aliasKey(written: string): string {
  const lower = written.toLowerCase();
  return lower.includes("\u00a0") || lower.includes("\n") ? lower.replace(/[\u00a0\n]/gu, " ") : lower;
}

/**
 * Where a platform name may start: the runs of letters that are the leading word of some alias,
 * standing whole (between \b edges) and, where case matters, written as an alias writes it. Null
 * when every position has to be tried: some alias starts otherwise, or the text holds "ſ" or the
 * Kelvin sign, which the alias pattern reads as "s" and "k" when it ignores case.
 */
export function aliasCandidateStarts(text: string, runs: LetterRuns, ignoreCase: boolean): number[] | null {
  const leading = ignoreCase ? LEADING_RUN_WORDS_ANY_CASE : LEADING_RUN_WORDS_EXACT_CASE;
  if (leading === null || (ignoreCase && FOLDS_TO_ASCII.test(text))) return null;
  const starts: number[] = [];
  leading.forEachIn(text, runs, (start, end) => {
    if (!wordEdgesAround(text, start, end)) return;
    if (!ignoreCase && !LEADING_WORDS_AS_WRITTEN.has(text.slice(start, end))) return;
    starts.push(start);
  });
  return starts;
}

// The new name beside the old one: "X / Twitter", "X (formerly Twitter)", "Twitter (now X)".
const NEW_NAME_BEFORE = /(?<![\p{L}])X[^\S\n]*(?:\/|\(|,|-|–)[^\S\n]*(?:formerly[^\S\n]+|ex-?[^\S\n]*|previously[^\S\n]+|früher[^\S\n]+|anciennement[^\S\n]+|antes[^\S\n]+)?$/u;
const NEW_NAME_AFTER = /^[^\S\n]*(?:\/|\()[^\S\n]*(?:now[^\S\n]+|jetzt[^\S\n]+|maintenant[^\S\n]+|ahora[^\S\n]+)?X(?![\p{L}])/u;

/**
 * Platform names. The alias pattern is one long case-insensitive alternation, slow to run at every
 * position; it is tried (anchored) only at the runs of letters that are the leading word of some
 * alias. Where a name is found the search goes on after it, as a scan with the alias pattern would.
 */
function findMentions(text: string, runs: LetterRuns): PlatformMention[] {
  const mentions: PlatformMention[] = [];
  // "X 8,900" in a list is the network only beside another platform's name ("Facebook 12,400; X 8,900").
  const listedX: PlatformMention[] = [];
  const scan = (aliasSource: string, ignoreCase: boolean) => {
    const alias = new RegExp(aliasSource, ignoreCase ? "iuy" : "uy");
    matchesAt(text, alias, aliasCandidateStarts(text, runs, ignoreCase), (match) => {
      const written = match[0];
      const start = match.index;
      const end = start + written.length;
      const platform = ALIAS_TO_PLATFORM.get(ignoreCase ? aliasKey(written) : written);
      if (!platform) return;
      const after = text.slice(end, end + 28);
      if (mayNameTechnology(after) && TECHNICAL_AFTER.test(after)) return;
      if (written === "X") {
        const before = text.slice(Math.max(0, start - 12), start);
        if (!X_CONTEXT_BEFORE.test(before)) return;
        const xAfter = text.slice(end, end + 16);
        const inList = X_LIST_BEFORE.test(before) && X_FIGURE_IN_LIST.test(xAfter);
        if (!X_CONTEXT_AFTER.test(xAfter) && !(X_ON_BEFORE.test(before) && X_AFTER_ON.test(xAfter))) {
          if (inList) listedX.push({ start, end, platform, formerName: false });
          return;
        }
      }
      // "X / Twitter", "Twitter (now X)", "X (formerly Twitter)": the old name beside the new one is no out-of-date name.
      const former =
        FORMER_NAMES.has(written.toLowerCase()) &&
        !NEW_NAME_BEFORE.test(text.slice(Math.max(0, start - 16), start)) &&
        !NEW_NAME_AFTER.test(text.slice(end, end + 12));
      mentions.push({ start, end, platform, formerName: former });
    });
  };
  scan(MENTION_SOURCE_ANY_CASE, true);
  if (caseSensitiveAliases.length > 0) scan(MENTION_SOURCE_EXACT_CASE, false);
  mentions.push(...subredditMentions(text));
  mentions.sort((a, b) => a.start - b.start);
  if (listedX.length > 0) {
    // Beside another platform's name: the first mention ending past 64 characters before it must start within 64 after it.
    const beside = listedX.filter((x) => (mentions[firstAfter(mentions, x.start - 64, (other) => other.end)]?.start ?? Infinity) < x.end + 64);
    mentions.push(...beside);
    mentions.sort((a, b) => a.start - b.start);
  }
  const merged: PlatformMention[] = [];
  for (const mention of mentions) {
    const last = merged[merged.length - 1];
    if (last && mention.start < last.end) continue;
    merged.push(mention);
  }
  return merged;
}

// "r/smallbusiness": a subreddit named by its path names Reddit.
const SUBREDDIT_SOURCE = "(?<![\\p{L}\\p{N}_/.])r/[A-Za-z0-9_]{3,21}(?![\\p{L}\\p{N}_/])";

function subredditMentions(text: string): PlatformMention[] {
  const mentions: PlatformMention[] = [];
  const anchored = new RegExp(SUBREDDIT_SOURCE, "uy");
  for (let at = text.indexOf("r/"); at !== -1; at = text.indexOf("r/", at + 2)) {
    anchored.lastIndex = at;
    const match = anchored.exec(text);
    if (match) mentions.push({ start: at, end: at + match[0].length, platform: "reddit", formerName: false });
  }
  return mentions;
}

const PROFILE_URL_SOURCE =
  "(?:https?://)?(?:www\\.)?((?:[a-z0-9-]+\\.)?(?:twitter\\.com|x\\.com|instagram\\.com|linkedin\\.com|youtube\\.com|youtu\\.be|tiktok\\.com|github\\.com|medium\\.com|substack\\.com|facebook\\.com|twitch\\.tv|reddit\\.com|pinterest\\.com|behance\\.net|dribbble\\.com|dev\\.to|threads\\.net|bsky\\.app|stackoverflow\\.com|kaggle\\.com|muckrack\\.com|researchgate\\.net|discord\\.gg|meetup\\.com|t\\.me))(/[\\w@%./~-]*)?";
const HANDLE_SOURCE = "(?<![\\p{L}\\p{N}_.@/])@([A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?)(@[a-z0-9-]+(?:\\.[a-z0-9-]+)+)?(?![\\p{L}\\p{N}_@])";

const URL_HOST_PLATFORM: Record<string, string> = {
  "twitter.com": "x",
  "x.com": "x",
  "instagram.com": "instagram",
  "linkedin.com": "linkedin",
  "youtube.com": "youtube",
  "youtu.be": "youtube",
  "tiktok.com": "tiktok",
  "github.com": "github",
  "medium.com": "medium",
  "substack.com": "substack",
  "facebook.com": "facebook",
  "twitch.tv": "twitch",
  "reddit.com": "reddit",
  "pinterest.com": "pinterest",
  "behance.net": "behance",
  "dribbble.com": "dribbble",
  "dev.to": "devto",
  "threads.net": "threads",
  "bsky.app": "bluesky",
  "stackoverflow.com": "stack_overflow",
  "kaggle.com": "kaggle",
  "muckrack.com": "muck_rack",
  "researchgate.net": "researchgate",
  "discord.gg": "discord",
  "meetup.com": "meetup",
  "t.me": "telegram",
};

const KNOWN_HOSTS = Object.keys(URL_HOST_PLATFORM);

// Every known host has one dot, followed by one of these top-level domains; a dot followed by any
// other letter cannot be inside a profile link. Case folding maps no other character onto these.
const TLD_FIRST_LETTERS = new Set(KNOWN_HOSTS.map((host) => (host.split(".")[1] ?? "").charAt(0)).flatMap((letter) => [letter, letter.toUpperCase()]));

// What may stand in a link before its host's dot: scheme, "www.", a subdomain and the host name.
// "ſ" and the Kelvin sign match "s" and "k" when a pattern ignores case.
function mayPrecedeHostDot(char: string): boolean {
  return /[A-Za-z0-9.:/\-]/u.test(char) || char === "\u017f" || char === "\u212a";
}

/**
 * Profile links, found without running the link pattern at every position: a link always contains
 * its host's dot, so the pattern is tried (anchored) only at the positions between the start of the
 * link-like run before each such dot and the dot itself. Each position is tried at most once, so the
 * result is the same as a scan of the whole text, in linear time.
 */
function findProfileLinks(text: string): EvidenceMark[] {
  const marks: EvidenceMark[] = [];
  const anchored = new RegExp(PROFILE_URL_SOURCE, "iuy");
  // Positions below this were tried already, or lie inside a link already found.
  let nextUntried = 0;
  for (let dot = text.indexOf("."); dot !== -1; dot = text.indexOf(".", dot + 1)) {
    if (dot < nextUntried || !TLD_FIRST_LETTERS.has(text[dot + 1] ?? "")) continue;
    let runStart = dot;
    while (runStart > nextUntried && mayPrecedeHostDot(text[runStart - 1] ?? "")) runStart -= 1;
    for (let position = runStart; position < dot; position += 1) {
      anchored.lastIndex = position;
      const match = anchored.exec(text);
      if (match === null) continue;
      nextUntried = position + match[0].length;
      const host = (match[1] ?? "").toLowerCase();
      const baseHost = KNOWN_HOSTS.find((known) => host === known || host.endsWith(`.${known}`));
      const path = match[2] ?? "";
      if (baseHost && (path.length > 1 || baseHost === "substack.com")) {
        marks.push({ start: position, end: nextUntried, handle: null, url: match[0], platform: URL_HOST_PLATFORM[baseHost] ?? null });
      }
      break;
    }
    nextUntried = Math.max(nextUntried, dot);
  }
  return marks;
}

/** Handles start with "@", so the handle pattern is tried only there. */
function findHandles(text: string, links: EvidenceMark[]): EvidenceMark[] {
  const marks: EvidenceMark[] = [];
  const anchored = new RegExp(HANDLE_SOURCE, "uy");
  let nextLink = 0;
  let searchFrom = 0;
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", Math.max(at + 1, searchFrom))) {
    anchored.lastIndex = at;
    const match = anchored.exec(text);
    if (match === null) continue;
    searchFrom = at + match[0].length;
    // A handle inside a link ("medium.com/@jane") is part of the link.
    while (nextLink < links.length && (links[nextLink]?.end ?? 0) <= at) nextLink += 1;
    const link = links[nextLink];
    if (link && at >= link.start && at < link.end) continue;
    marks.push({ start: at, end: searchFrom, handle: match[0], url: null, platform: match[2] ? "mastodon" : null });
  }
  return marks;
}

function findEvidence(text: string): EvidenceMark[] {
  const links = findProfileLinks(text);
  const marks = [...links, ...findHandles(text, links)];
  marks.sort((a, b) => a.start - b.start);
  return marks;
}

const KNOWN_HEADING =
  /^(?:#{1,6}\s*)?(?:professional\s+|career\s+|executive\s+|work\s+|relevant\s+|key\s+|core\s+|technical\s+|selected\s+|additional\s+)?(?:summary|profile|about(?: me)?|objective|experience|employment(?: history)?|work history|history|education|skills|competencies|qualifications|highlights|accomplishments|achievements|awards(?: and recognition)?|recognition|certifications?|publications|projects|volunteer(?:ing| work| experience)?|interests|languages|references|social media|social|online presence|online|digital presence|media|press|speaking|community|leadership|affiliations|memberships|portfolio|contact(?: information)?|links|team|our team|approach|about us|case studies|credentials|why us|scope|deliverables|pricing)\s*:?\s*$/iu;

/** What the all-capitals test asks of a line, counted in one pass without copying it. */
interface LineShape {
  /** An ASCII lower-case letter: the line cannot be in capitals only. */
  hasLowerAscii: boolean;
  /** A character past ASCII, whose letter case only the Unicode patterns below can tell. */
  hasNonAscii: boolean;
  upperLetters: number;
  words: number;
  hasThreeDigits: boolean;
}

/** The shape of `trimmed` (no whitespace at either end). */
function lineShape(trimmed: string): LineShape {
  const shape: LineShape = { hasLowerAscii: false, hasNonAscii: false, upperLetters: 0, words: 1, hasThreeDigits: false };
  let digitRun = 0;
  let inSpace = false;
  for (let at = 0; at < trimmed.length; at += 1) {
    const code = trimmed.charCodeAt(at);
    if (code >= 128) shape.hasNonAscii = true;
    else if (code >= 97 && code <= 122) shape.hasLowerAscii = true;
    else if (code >= 65 && code <= 90) shape.upperLetters += 1;
    digitRun = code >= 48 && code <= 57 ? digitRun + 1 : 0;
    if (digitRun >= 3) shape.hasThreeDigits = true;
    // The ASCII characters of \s; a run of them separates two words.
    const isSpace = code === 32 || (code >= 9 && code <= 13);
    if (isSpace && !inSpace) shape.words += 1;
    inSpace = isSpace;
  }
  return shape;
}

function looksLikeHeading(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length < 3 || trimmed.length > 48) return false;
  if (KNOWN_HEADING.test(trimmed)) return true;
  if (/^#{1,6}\s+\S/u.test(trimmed)) return true;
  // Most lines hold a lower-case letter, which rules out an all-capitals heading: that is settled
  // by counting, without the letter-stripping copies below, and so is any line of ASCII alone.
  const shape = lineShape(trimmed);
  if (shape.hasLowerAscii) return false;
  if (!shape.hasNonAscii) {
    if (shape.hasThreeDigits || /[.!?,;]/u.test(trimmed.charAt(trimmed.length - 1))) return false;
    return shape.upperLetters >= 3 && shape.words <= 6;
  }
  if (/[.!?,;]$/u.test(trimmed) || /\d{3,}/u.test(trimmed)) return false;
  const letters = trimmed.replace(/[^\p{L}]/gu, "");
  if (letters.length < 3) return false;
  const upper = trimmed.replace(/[^\p{Lu}]/gu, "").length;
  const words = trimmed.split(/\s+/u).length;
  return upper === letters.length && words <= 6;
}

function findHeadings(text: string): Heading[] {
  const headings: Heading[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    // Only short lines can be headings; skip the rest without copying them.
    if (lineEnd - lineStart <= 60) {
      const line = text.slice(lineStart, lineEnd);
      if (looksLikeHeading(line)) {
        const title = line.trim().replace(/^#{1,6}\s*/u, "").replace(/\s*:$/u, "");
        headings.push({ start: lineStart, title });
      }
    }
    lineStart = lineEnd + 1;
  }
  return headings;
}

export function buildContext(input: DetectInput): DetectContext {
  // Read with the line breaks that only wrap a sentence as spaces: the same length, so every span
  // found in it is a span of the input, and the same runs of letters.
  // So is an "Â" that stands for a space, which does change the runs of letters ("onÂ" is "on").
  const unwrapped = readWrappedLines(input.text);
  const text = readMisdecodedSpaces(unwrapped);
  const letterRuns = input.letterRuns?.text === input.text && text === unwrapped ? input.letterRuns.runs : findLetterRuns(text);
  return {
    text,
    input,
    numbers: scanNumbers(text),
    letterRuns,
    mentions: findMentions(text, letterRuns),
    evidence: undefined,
    headings: undefined,
    ...findClauseBreaks(text),
    lineBreaks: findLineBreaks(text),
    yearStarts: findYearStarts(text),
    figureFacts: [],
  };
}

function findLineBreaks(text: string): number[] {
  const breaks: number[] = [];
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) breaks.push(at);
  return breaks;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function findYearStarts(text: string): number[] {
  // Two native searches, for "19" and "20", instead of a look at every character; merged in order.
  const starts: number[] = [];
  let nineteen = text.indexOf("19");
  let twenty = text.indexOf("20");
  while (nineteen !== -1 || twenty !== -1) {
    const at = twenty === -1 || (nineteen !== -1 && nineteen < twenty) ? nineteen : twenty;
    if (at === nineteen) nineteen = text.indexOf("19", at + 1);
    else twenty = text.indexOf("20", at + 1);
    if (isDigitCode(text.charCodeAt(at + 2)) && isDigitCode(text.charCodeAt(at + 3))) starts.push(at);
  }
  return starts;
}

const BULLET_MARKS = new Set(["-", "•", "*", "▪", "●", "◦", "–", "—", "·", ">"]);

/** `\s` of a regular expression, for one UTF-16 unit; ASCII answered without the regex. */
function isWhitespace(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(char);
}

function isAsciiDigit(char: string | undefined): boolean {
  const code = char === undefined ? -1 : char.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function isHardLineBreak(text: string, newlineAt: number): boolean {
  let before = newlineAt - 1;
  while (before >= 0 && (text[before] === " " || text[before] === "\t" || text[before] === "\r")) before -= 1;
  const previous = before >= 0 ? text[before] ?? "" : "";
  if (previous === "" || previous === "\n") return true;
  // The next line's first character after spaces and tabs, looking at most five characters ahead.
  const lookAheadEnd = Math.min(text.length, newlineAt + 6);
  let first = newlineAt + 1;
  while (first < lookAheadEnd && (text[first] === " " || text[first] === "\t")) first += 1;
  if (first >= lookAheadEnd) return true;
  const opening = text[first] as string;
  if (BULLET_MARKS.has(opening) || opening === "\n") return true;
  // A line that wraps mid-phrase ends with a lower-case word, a digit or a comma and goes on in lower case or digits.
  return !(endsSoftly(previous) && startsSoftly(text, first, lookAheadEnd));
}

/** `[\p{Ll}\d,]` for one UTF-16 unit; ASCII answered without the regex. */
function endsSoftly(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 44;
  return /[\p{Ll}\d,]/u.test(char);
}

/** `^[\p{Ll}\d]` at `at`, reading no further than `end`; ASCII answered without the regex. */
function startsSoftly(text: string, at: number, end: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57);
  return /^[\p{Ll}\d]/u.test(text.slice(at, end));
}

// A full stop after these ends an abbreviation, not a sentence: "3,4 Mio. Abonnenten", "approx. 5k", "avg. 350 likes".
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}])(?:Mio|Mrd|Tsd|tys|mln|mld|ca|approx|appr|aprox|avg|Avg|AVG|est|incl|max|min|env|bzw|z\.B|e\.g|i\.e|vs|etc|Nr|No|St|Mr|Mrs|Ms|Dr|Inc|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

// The same abbreviations, those made of letters only, to be looked up whole.
const LETTER_ABBREVIATIONS = new Set(["Mio", "Mrd", "Tsd", "tys", "mln", "mld", "ca", "approx", "appr", "aprox", "avg", "Avg", "AVG", "est", "incl", "max", "min", "env", "bzw", "vs", "etc", "Nr", "No", "St", "Mr", "Mrs", "Ms", "Dr", "Inc", "Ltd", "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"]);

function isAsciiLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * ABBREVIATION_BEFORE on the eight characters before the dot, mostly without running it: an
 * abbreviation of letters must be the whole run of letters before the dot, after a non-letter or
 * the window's start. Where a character past ASCII (maybe a letter) or a dot ("e.g") comes before
 * that run, the pattern decides.
 */
export function isAbbreviationBefore(text: string, dotAt: number): boolean {
  const windowStart = Math.max(0, dotAt - 8);
  let runStart = dotAt;
  while (runStart > windowStart && isAsciiLetterCode(text.charCodeAt(runStart - 1))) runStart -= 1;
  const previous = runStart > windowStart ? text.charCodeAt(runStart - 1) : -1;
  if (previous >= 128 || previous === 46) return ABBREVIATION_BEFORE.test(text.slice(windowStart, dotAt));
  return LETTER_ABBREVIATIONS.has(text.slice(runStart, dotAt));
}

function endsSentence(text: string, dotAt: number): boolean {
  if (!isWhitespace(text[dotAt + 1] ?? " ")) return false;
  if (isAsciiDigit(text[dotAt - 1]) && isAsciiDigit(text[dotAt + 1])) return false;
  return !isAbbreviationBefore(text, dotAt);
}

function isClauseBreak(text: string, at: number): boolean {
  const char = text[at];
  if (char === "\n") return isHardLineBreak(text, at);
  if (char === ";" || char === "|" || char === "•" || char === "·") return true;
  if (char === "!" || char === "?") return isWhitespace(text[at + 1] ?? " ");
  if (char === ".") return endsSentence(text, at);
  return false;
}

function findClauseBreaks(text: string): { clauseBreaks: number[]; sentenceBreaks: number[] } {
  const clauseBreaks: number[] = [];
  const sentenceBreaks: number[] = [];
  // test() instead of exec(): no match object per full stop. Every candidate is one UTF-16 unit,
  // so it ends right before lastIndex.
  const candidates = /[\n;|•·!?.]/gu;
  while (candidates.test(text)) {
    const at = candidates.lastIndex - 1;
    if (!isClauseBreak(text, at)) continue;
    clauseBreaks.push(at);
    const char = text.charCodeAt(at);
    // "\n", ".", "!" and "?" end a sentence or an item; ";", "|", "•" and "·" only a clause.
    if (char === 10 || char === 46 || char === 33 || char === 63) sentenceBreaks.push(at);
  }
  return { clauseBreaks, sentenceBreaks };
}

/** The stretch between the breaks either side of `position`, at most `reach` characters either way. */
function between(breaks: readonly number[], textLength: number, position: number, reach: number): { start: number; end: number } {
  const next = firstAfter(breaks, position - 1, (at) => at);
  const previousBreak = breaks[next - 1];
  const nextBreak = breaks[next];
  const start = Math.max(previousBreak === undefined ? 0 : previousBreak + 1, position - reach, 0);
  const end = Math.min(nextBreak === undefined ? textLength : nextBreak, position + reach, textLength);
  return { start, end };
}

/** The clause around `position`, from the breaks found once per document; at most `reach` characters either way. */
export function clauseAt(context: DetectContext, position: number, reach = 200): { start: number; end: number } {
  const { start, end } = between(context.clauseBreaks, context.text.length, position, reach);
  return { start, end: Math.max(start, end) };
}

/**
 * The sentence or list item around `position`: a clause's stretch, read across ";", "|", "•" and
 * "·", which join the parts of one item ("TikTok: 74.5K followers; top video 3.4M views").
 */
export function sentenceAt(context: DetectContext, position: number, reach = 300): { start: number; end: number } {
  const { start, end } = between(context.sentenceBreaks, context.text.length, position, reach);
  return { start, end: Math.max(start, end) };
}

/**
 * The line a list item hangs from: for a position on a bulleted line, the nearest line above that
 * is not a bullet ("Host & Producer, 'Small Batch Founders' podcast" above "• 1.6 million
 * downloads"), at most eight lines up; null when the line is no list item.
 */
export function itemHeading(context: DetectContext, position: number): Span | null {
  let line = lineAt(context, position);
  if (!startsWithBullet(context.text, line.start)) return null;
  for (let steps = 0; steps < 8 && line.start > 0; steps += 1) {
    line = lineAt(context, line.start - 1);
    if (!startsWithBullet(context.text, line.start) && context.text.slice(line.start, line.end).trim() !== "") return line;
  }
  return null;
}

function startsWithBullet(text: string, lineStart: number): boolean {
  let at = lineStart;
  while (text[at] === " " || text[at] === "\t") at += 1;
  return BULLET_MARKS.has(text[at] ?? "") || text[at] === "★";
}

/** The line around `position`, without its newline, at most `reach` characters either way; from the line breaks found once per document. */
export function lineAt(context: DetectContext, position: number, reach = 400): { start: number; end: number } {
  const { start, end } = between(context.lineBreaks, context.text.length, position, reach);
  return { start: Math.min(start, position), end: Math.max(end, position) };
}

/** The cells of one line, split at "|" or tabs; a Markdown table's outer pipes open and close no cell. */
function cellsOf(text: string, start: number, end: number): Span[] {
  const line = text.slice(start, end);
  const separator = line.includes("|") ? "|" : "\t";
  const cells: Span[] = [];
  let cellStart = start;
  for (let at = line.indexOf(separator); at !== -1; at = line.indexOf(separator, at + 1)) {
    cells.push({ start: cellStart, end: start + at });
    cellStart = start + at + 1;
  }
  cells.push({ start: cellStart, end });
  const blank = (cell: Span | undefined) => cell !== undefined && text.slice(cell.start, cell.end).trim() === "";
  if (blank(cells[0])) cells.shift();
  if (blank(cells[cells.length - 1])) cells.pop();
  return cells;
}

const YEARS_IN_HEADER = /(?<!\d)(?:19|20)\d\d(?!\d)/gu;

function findTableRows(text: string): TableRow[] {
  const rows: TableRow[] = [];
  if (text.indexOf("|") === -1 && text.indexOf("\t") === -1) return rows;
  let table: TableRow[] = [];
  const closeTable = () => {
    const first = table[0];
    // A header row names its columns; the only figures it may hold are years ("After (Dec 2023)").
    const header = first && !/\d/u.test(text.slice(first.start, first.end).replace(YEARS_IN_HEADER, "")) ? first : null;
    for (const row of table) rows.push({ ...row, header: row === header ? null : header });
    table = [];
  };
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const cells = lineEnd - lineStart <= 2000 ? cellsOf(text, lineStart, lineEnd) : [];
    // A Markdown rule line ("|---|:---:|") belongs to the table but holds nothing.
    const isRule = cells.length >= 2 && /^[\s|:\-–—+]+$/u.test(text.slice(lineStart, lineEnd));
    if (cells.length >= 2 && !isRule) {
      if (table.length > 0 && (table[0] as TableRow).cells.length !== cells.length) closeTable();
      table.push({ start: lineStart, end: lineEnd, cells, header: null });
    } else if (!isRule) {
      closeTable();
    }
    lineStart = lineEnd + 1;
  }
  closeTable();
  return rows;
}

/** The table cell around `position`, with its column's header, or null outside any table. */
export function tableCellAt(context: DetectContext, position: number): TableCell | null {
  const found = tableRowAt(context, position);
  if (found === null) return null;
  const { row, column } = found;
  const cell = row.cells[column] as Span;
  const headerCell = row.header?.cells[column];
  const headerText = headerCell ? context.text.slice(headerCell.start, headerCell.end) : "";
  const trimmed = headerText.trim();
  return {
    ...cell,
    rowStart: row.start,
    rowEnd: row.end,
    column,
    header: headerCell && trimmed !== "" ? { text: trimmed, start: headerCell.start + headerText.indexOf(trimmed) } : null,
  };
}

/**
 * The first cell of the row whose last figure stands at `position`, trimmed, as the label that
 * names what the row counts ("Twitter followers | 3,200 | 5,950"); null outside a table, in the
 * first column, or where a later cell still holds a figure (only the row's last figure is a claim).
 */
export function rowLabelAt(context: DetectContext, position: number): { text: string; start: number; row: TableRow } | null {
  const found = tableRowAt(context, position);
  if (found === null || found.column === 0) return null;
  const { text } = context;
  const { row, column } = found;
  if (row.cells.slice(column + 1).some((cell) => /\d/u.test(text.slice(cell.start, cell.end)))) return null;
  const labelCell = row.cells[0] as Span;
  const written = text.slice(labelCell.start, labelCell.end);
  const label = written.trim();
  return { text: label, start: labelCell.start + written.indexOf(label), row };
}

/** The table row holding `position`, and the column it falls in; null outside any table. */
export function tableRowAt(context: DetectContext, position: number): { row: TableRow; column: number } | null {
  context.tableRows ??= findTableRows(context.input.text);
  const rows = context.tableRows;
  const row = rows[firstAfter(rows, position, (candidate) => candidate.start) - 1];
  if (!row || position >= row.end) return null;
  // Cells are in order: the one starting last at or before the position, if the position is inside it.
  const column = firstAfter(row.cells, position, (cell) => cell.start) - 1;
  const cell = row.cells[column];
  return cell !== undefined && position < cell.end ? { row, column } : null;
}

/** Mentions whose platform can carry `kind`, inside [from, to). Uses binary search; mentions are sorted. */
export function mentionsIn(context: DetectContext, from: number, to: number, kind?: ClaimKind): PlatformMention[] {
  const found: PlatformMention[] = [];
  let low = 0;
  let high = context.mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((context.mentions[middle]?.end ?? 0) <= from) low = middle + 1;
    else high = middle;
  }
  for (let index = low; index < context.mentions.length; index += 1) {
    const mention = context.mentions[index];
    if (!mention || mention.start >= to) break;
    if (mention.start < from) continue;
    if (kind && !platformById(mention.platform)?.kinds.includes(kind)) continue;
    found.push(mention);
  }
  return found;
}

/** The handles and profile links, in order, found on first use. */
export function evidenceOf(context: DetectContext): EvidenceMark[] {
  context.evidence ??= findEvidence(context.text);
  return context.evidence;
}

/** The headings, in order, found on first use. */
function headingsOf(context: DetectContext): Heading[] {
  context.headings ??= findHeadings(context.input.text);
  return context.headings;
}

/** How far after a figure a handle or link may stand and still be its account's. */
const HANDLE_AFTER_REACH = 60;

export function evidenceNear(context: DetectContext, span: Span, platform: string | null): { handle: string | null; url: string | null } {
  const line = lineAt(context, span.start);
  const clause = clauseAt(context, span.start);
  const from = Math.min(line.start, clause.start);
  const to = Math.max(line.end, clause.end);
  // The nearest handle or link before the figure: "@kernowkitchen (38,000 followers)
  // and @falmouthfamilyadventures (12,500 followers)" gives each figure its own account.
  let handle: { value: string; distance: number } | null = null;
  let url: { value: string; distance: number } | null = null;
  const evidence = evidenceOf(context);
  for (let index = firstAfter(evidence, from - 200, (mark) => mark.start); index < evidence.length; index += 1) {
    const mark = evidence[index];
    if (!mark || mark.start >= to) break;
    if (mark.end <= from) continue;
    if (platform && mark.platform && mark.platform !== platform && mark.platform !== "mastodon") continue;
    // One after the figure counts only where none stands before it ("95k followers (instagram.com/x)"),
    // and only close to it: further on, it opens the next account ("…162K followers, and my own
    // food account (@hannahcooksthrifty, 58K on TikTok)").
    if (mark.start >= span.end && mark.start - span.end > HANDLE_AFTER_REACH) continue;
    const distance = mark.end <= span.start ? span.start - mark.end : mark.start >= span.end ? 100_000 + mark.start - span.end : 0;
    if (mark.handle && (handle === null || distance < handle.distance)) handle = { value: mark.handle, distance };
    if (mark.url && (url === null || distance < url.distance)) url = { value: mark.url, distance };
  }
  return { handle: handle?.value ?? null, url: url?.value ?? null };
}

/** Index of the first item whose `key` is greater than `position` in a list sorted by it. */
export function firstAfter<T>(items: readonly T[], position: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Index of the first number that starts at or after `position`. */
export function firstNumberFrom(context: DetectContext, position: number): number {
  return firstAfter(context.numbers, position - 1, (token) => token.start);
}

export function sectionAt(context: DetectContext, position: number): string | null {
  const headings = headingsOf(context);
  const index = firstAfter(headings, position, (heading) => heading.start) - 1;
  return headings[index]?.title ?? null;
}

export function pageAt(context: DetectContext, position: number): number | null {
  const pages = context.input.pages;
  const index = firstAfter(pages, position, (page) => page.start) - 1;
  const page = pages[index];
  if (page && position >= page.start && (position < page.end || (position === page.end && index === pages.length - 1))) return page.page;
  return null;
}

/** Spans kept so far, bucketed by position so that checking for overlap stays constant time. */
export class SpanIndex {
  private readonly buckets = new Map<number, Span[]>();
  private static readonly WIDTH = 512;

  add(span: Span): void {
    for (let bucket = Math.floor(span.start / SpanIndex.WIDTH); bucket <= Math.floor(span.end / SpanIndex.WIDTH); bucket += 1) {
      const list = this.buckets.get(bucket);
      if (list) list.push(span);
      else this.buckets.set(bucket, [span]);
    }
  }

  overlapping(start: number, end: number): Span[] {
    const found: Span[] = [];
    for (let bucket = Math.floor(start / SpanIndex.WIDTH); bucket <= Math.floor(end / SpanIndex.WIDTH); bucket += 1) {
      for (const span of this.buckets.get(bucket) ?? []) {
        if (span.start < end && start < span.end && !found.includes(span)) found.push(span);
      }
    }
    return found;
  }
}

const ORGANIZATION_SIGNAL =
  /\b(?:our|we|company(?:'s|’s)?|brand(?:'s|’s)?|brands|client(?:'s|’s|s'|s)?|employer(?:'s|’s)?|corporate|official|organi[sz]ation(?:'s|’s)?|team(?:'s|’s)|firm(?:'s|’s)|agency(?:'s|’s)?|its|the [\p{L}-]+(?:'s|’s)|[\p{Lu}][\p{L}&-]+(?:'s|’s)|store(?:'s|’s)?|school(?:'s|’s)?|museum(?:'s|’s)?|event|tenure|account for|on behalf of)\b/u;
const SELF_SIGNAL = /\b(?:my|I|I'm|I’m|I've|I’ve|me|personal|own|her|his|myself)\b/u;

/** Whose audience a figure describes, read from the clause it sits in. */
export function subjectOf(context: DetectContext, span: Span): ClaimSubject {
  const clause = clauseAt(context, span.start);
  const before = context.text.slice(Math.max(clause.start, span.start - 120), span.end);
  const after = context.text.slice(span.end, Math.min(clause.end, span.end + 60));
  // Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
  // letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
  if (/(?<!\w)(?:my|personal|own)(?!\w)/iu.test(before) || /^\s*(?:I|I'm|I’m|I've|I’ve)\b/u.test(before)) return "self";
  if (ORGANIZATION_SIGNAL.test(before) || /(?<!\w)(?:for (?:the|our|a) (?:brand|company|client|organi[sz]ation|museum|zoo|store))(?!\w)/iu.test(after)) return "organization";
  if (SELF_SIGNAL.test(before)) return "self";
  return "unknown";
}

const MONTH_SOURCE = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
// A range's end may name its month too: "(Mar 2021 - Oct 2026)" is as of 2026; so is "between 2019 and 2023" of 2023.
const YEAR_SOURCE = `(?<![\\p{L}\\p{N}.,$])(?:(?:as of|as at|since|in|by|during|Q[1-4]|H[12]|${MONTH_SOURCE})\\s+)?((?:19|20)\\d\\d)(?:(?:\\s*[-–—]\\s*|\\s+(?:and|to|until|till|through)\\s+)(?:${MONTH_SOURCE}\\s+)?((?:19|20)\\d\\d|present|now|today))?(?![\\p{L}\\p{N}])`;

/** Words that say a figure is today's, in the supported languages: "now 4,200 followers", "aktuell 12.000". */
export const NOW_WORDS = "now|currently|today|to date|at present|nowadays|aktuell|heute|derzeit|actuellement|aujourd'hui|aujourd’hui|actualmente|hoy|attualmente|oggi|nu|momenteel|atualmente|hoje|obecnie";
const NOW_BEFORE = new RegExp(`(?<![\\p{L}])(?:${NOW_WORDS})(?![\\p{L}])`, "iu");

const SINCE = /^since\s/iu;
const SINCE_BEFORE = /(?<![\p{L}])(?:seit|depuis|desde|dal|sinds|od)\s+$/iu;

/** "in 18 months", "within two years", "over 3 years": how long a figure took to reach, said right after it. */
export const TOOK_SO_LONG = /^[^\S\n]*(?:in|within|over|after)[^\S\n]+(?:\d{1,3}|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|eighteen)[^\S\n]+(?:months?|years?|weeks?)(?![\p{L}])/iu;

/** Words that make the year after them a beginning: "started 2017", "launched in 2019", "took it over in 2021". */
export const STARTED_BEFORE = /(?<![\p{L}])(?:started|starting|launched|founded|created|began|begun|opened|set up|took (?:it |them )?over|taken over|joined|gestartet|gegründet|seit|lancée?|créée?|fondée?|iniciad[oa]|fundad[oa]|lanzad[oa])(?:[^\S\n]+(?:in|im|en|in the year))?[^\S\n]*$/iu;

/** Characters between two spans; 0 where they touch or overlap. */
export function gapBetween(left: Span, right: Span): number {
  return right.start >= left.end ? right.start - left.end : left.start >= right.end ? left.start - right.end : 0;
}

/**
 * A year the clause ties to the figure ("in 2014", "(2023)", "as of March 2024", "2019–2023"), or
 * null. A year nearer to another claim is that claim's ("38,000 followers on X, and was a Klout
 * 72 in 2014": 2014 is the Klout score's); `previous` and `next` are the claims either side.
 */
export function asOfNear(context: DetectContext, span: Span, previous: Span | null = null, next: Span | null = null): string | null {
  const clause = clauseAt(context, span.start);
  const from = clause.start;
  const to = Math.max(clause.end, span.end);
  // Every date the pattern reads contains a year's four digits; most clauses have none.
  const firstYear = context.yearStarts[firstAfter(context.yearStarts, from - 1, (at) => at)];
  if (firstYear === undefined || firstYear + 4 > to) return null;
  const window = context.text.slice(from, to);
  // "Launched @larderandco in April 2021 and took it to 126K followers in 18 months": a year before
  // the figure is when the growth started, not when the figure was true.
  const reachedLater = TOOK_SO_LONG.test(context.text.slice(span.end, Math.min(to, span.end + 40)));
  const pattern = new RegExp(YEAR_SOURCE, "giu");
  let best: { year: string; distance: number } | null = null;
  for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
    const absolute = from + match.index;
    const ranged = match[2];
    // "monthly since 2021", "seit 2020": from then until now, so the figure is today's, not that year's.
    if (SINCE.test(match[0]) || SINCE_BEFORE.test(window.slice(Math.max(0, match.index - 8), match.index))) continue;
    let year = match[1] ?? "";
    if (ranged && /^\d{4}$/u.test(ranged)) year = ranged;
    else if (ranged) continue;
    const yearSpan = { start: absolute, end: absolute + match[0].length };
    if (reachedLater && yearSpan.end <= span.start) continue;
    // "(YouTube, started 2017) - 96,400 subscribers": the year the account began, not the figure's.
    if (STARTED_BEFORE.test(window.slice(Math.max(0, match.index - 24), match.index))) continue;
    const distance = gapBetween(span, yearSpan);
    // A year that opens the clause ("In 2019 I had 12K followers on X and a Klout score of 60") dates all of it.
    const opensClause = context.text.slice(from, absolute).trim() === "";
    // "Started the account in 2021 (now 4,200 followers)": the figure is today's, not the year's.
    if (absolute < span.start && NOW_BEFORE.test(context.text.slice(yearSpan.end, span.start))) continue;
    if (!opensClause && ((previous && gapBetween(previous, yearSpan) < distance) || (next && gapBetween(next, yearSpan) < distance))) continue;
    if (!best || distance < best.distance) best = { year, distance };
  }
  return best?.year ?? null;
}

/**
 * The year a table's column heading gives the figure under it ("Before (Jan 2021) | After (Dec
 * 2023)": the after column's figures are as of 2023), the end of a range; null outside a table
 * or under a heading without one.
 */
export function columnHeadingYear(context: DetectContext, span: Span): string | null {
  if (span.end <= span.start) return null;
  const heading = tableCellAt(context, span.end - 1)?.header?.text;
  if (heading === undefined) return null;
  let year: string | null = null;
  for (const match of heading.matchAll(YEARS_IN_HEADER)) year = match[0];
  return year;
}

export function isInside(span: Span, ranges: Span[]): boolean {
  return ranges.some((range) => span.start >= range.start && span.end <= range.end);
}
