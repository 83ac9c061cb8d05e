// Runs a set of regexes over a text in one pass, trying each only where one of its matches can
// begin. Most cue and warning patterns start with a word ("we propose", "ignore previous
// instructions"), so instead of letting every regex search the whole text, one scan walks the
// text's words and, at a word a pattern can start with, asks that pattern's sticky regex for a
// match right there. Each pattern's matches are the ones its global regex would find, in the
// same order: the leftmost match at or after the end of the previous one, with the same
// backtracking, because every position where one could start is tried in turn.

export interface ScanPattern {
  /** Regex source, matched as `new RegExp(source, flags + "g")` would match it. */
  source: string;
  /** Flags other than g and y. Not both i and u: then \b would also count U+017F and U+212A as word characters. */
  flags: string;
  /**
   * The words every match begins with, lower-case, each a whole run of [A-Za-z0-9_] in the
   * text (the pattern starts with \b and the word). The text's words are compared ignoring
   * ASCII case; the regex decides whether case matters.
   */
  words: readonly string[];
  /** ASCII characters, not word characters, that a match may begin with instead of a word. */
  chars?: string;
  /**
   * Set when the pattern begins `^\s*` in multiline mode, optionally followed by one of these
   * bullet characters and `\s*`, before its word: the match then starts at the earliest line
   * start from which only that white space (and bullet) leads to the word.
   */
  lineStart?: { bullets: string };
  /** Stop after this many matches; the callers that only count need no more. */
  limit?: number;
}
// A match begins with one of its pattern's words or characters, so none is empty and the
// next search starts where a match ends, as it does for a global regex.

interface StartWord {
  word: string;
  patterns: number[];
}

export interface CompiledPatterns {
  /**
   * Sticky, so a match is asked for at one position. Their lastIndex is set before every
   * use, so nothing carries over from one call or document to the next.
   */
  regexes: RegExp[];
  limits: number[];
  bullets: (string | null)[];
  /** Start words keyed by their hash, so a word of the text is looked up without slicing it out. */
  words: Map<number, StartWord[]>;
  /**
   * 1 at (hash & FILTER_MASK) of every start word, where most words of a text are rejected,
   * and at CHAR_SLOTS + code of every start character.
   */
  filter: Uint8Array;
  /** Pattern indices per ASCII start character code. */
  chars: (number[] | undefined)[];
}

/** Filters keep one slot per value of hash & FILTER_MASK (letter-runs.ts keeps its own this way too). */
export const FILTER_MASK = 8191;
const CHAR_SLOTS = FILTER_MASK + 1;

/**
 * The filters of every compiled set at once, for candidates shared by several sets (see
 * `scanCandidates`). The sets are module constants, compiled before any text is read.
 */
const ANY_SET_FILTER = new Uint8Array(CHAR_SLOTS + 128);

/** "a": word codes from here on are letters (digits and "_" come before). */
const LOWER_A = 97;

/** Word hashes keep to 30 bits, small integers that a Map lookup does not box. */
const HASH_MASK = 0x3fffffff;

/** [A-Za-z0-9_], what \b and \w count as a word character unless the u and i flags are both set. */
function isWordCode(code: number): boolean {
  return code < 128 && ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95);
}

/**
 * Every UTF-16 code unit: a word character's lower-case code, 0 for anything else. A full table
 * costs 64 KB but spares the scan a branch on every character (the loop ran about 15% faster in
 * a bundled build, where the table is no longer a constant V8 can fold).
 */
const WORD_CODES = (() => {
  const table = new Uint8Array(0x10000);
  for (let code = 0; code < 128; code += 1) if (isWordCode(code)) table[code] = String.fromCharCode(code).toLowerCase().charCodeAt(0);
  return table;
})();

/** The hash the scan gives a word: over its lower-case characters, as the scan reads them. */
export function wordHash(word: string): number {
  let hash = 0;
  for (let index = 0; index < word.length; index += 1) hash = (Math.imul(hash, 31) + word.charCodeAt(index)) & HASH_MASK;
  return hash;
}

/** What \s matches, with or without the u flag (the test checks every UTF-16 code unit). */
export function isRegexSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/** What ends a line for ^ in multiline mode. */
function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

export function compilePatterns(patterns: readonly ScanPattern[]): CompiledPatterns {
  const compiled: CompiledPatterns = {
    regexes: [],
    limits: [],
    bullets: [],
    words: new Map(),
    filter: new Uint8Array(CHAR_SLOTS + 128),
    chars: new Array<number[] | undefined>(128).fill(undefined),
  };
  patterns.forEach((pattern, index) => {
    if (pattern.flags.includes("i") && pattern.flags.includes("u")) throw new Error(`scan pattern ${index}: the i and u flags together change \\b`);
    compiled.regexes.push(new RegExp(pattern.source, `${pattern.flags}y`));
    compiled.limits.push(pattern.limit ?? Number.POSITIVE_INFINITY);
    compiled.bullets.push(pattern.lineStart?.bullets ?? null);
    for (const word of new Set(pattern.words)) {
      if (!/^[a-z0-9_]+$/.test(word)) throw new Error(`scan pattern ${index}: "${word}" is not a lower-case word`);
      const hash = wordHash(word);
      const entries = compiled.words.get(hash) ?? [];
      const entry = entries.find((candidate) => candidate.word === word);
      if (entry) entry.patterns.push(index);
      else entries.push({ word, patterns: [index] });
      compiled.words.set(hash, entries);
      compiled.filter[hash & FILTER_MASK] = 1;
      ANY_SET_FILTER[hash & FILTER_MASK] = 1;
    }
    for (const char of new Set(pattern.chars ?? "")) {
      const code = char.charCodeAt(0);
      if (code >= 128 || isWordCode(code)) throw new Error(`scan pattern ${index}: "${char}" cannot be a start character`);
      compiled.chars[code] = [...(compiled.chars[code] ?? []), index];
      compiled.filter[CHAR_SLOTS + code] = 1;
      ANY_SET_FILTER[CHAR_SLOTS + code] = 1;
    }
  });
  return compiled;
}

/** Whether text[start, end) is `word`, ignoring ASCII case. */
export function isWord(text: string, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let offset = 0; offset < word.length; offset += 1) {
    if (WORD_CODES[text.charCodeAt(start + offset)] !== word.charCodeAt(offset)) return false;
  }
  return true;
}

/**
 * The earliest line start, no earlier than `floor`, from which `^\s*(?:[bullets]\s*)?` reaches
 * `wordStart`; -1 when there is none.
 */
function lineStartBefore(text: string, wordStart: number, floor: number, bullets: string): number {
  let found = -1;
  let bulletPassed = bullets.length === 0;
  let index = wordStart;
  for (;;) {
    if (index === 0 || isLineTerminator(text.charCodeAt(index - 1))) found = index;
    if (index <= floor) return found;
    const code = text.charCodeAt(index - 1);
    if (isRegexSpace(code)) index -= 1;
    else if (!bulletPassed && bullets.includes(text[index - 1]!)) {
      bulletPassed = true;
      index -= 1;
    } else return found;
  }
}

interface ScanState {
  text: string;
  compiled: CompiledPatterns;
  found: (pattern: number, start: number, end: number) => void;
  /** Per pattern, where its next match may start: the end of its last one. */
  resumeAt: number[];
  counts: number[];
}

/** Asks `pattern` for a match that starts at the word (or character) at `wordStart`. */
function tryPattern(state: ScanState, pattern: number, wordStart: number): void {
  const { text, compiled } = state;
  if (state.counts[pattern]! >= compiled.limits[pattern]!) return;
  const resumeAt = state.resumeAt[pattern]!;
  const bullets = compiled.bullets[pattern]!;
  const start = bullets === null ? wordStart : lineStartBefore(text, wordStart, resumeAt, bullets);
  if (start < resumeAt) return;
  const regex = compiled.regexes[pattern]!;
  regex.lastIndex = start;
  if (!regex.test(text)) return;
  state.resumeAt[pattern] = regex.lastIndex;
  state.counts[pattern]! += 1;
  state.found(pattern, start, regex.lastIndex);
}

function tryWord(state: ScanState, start: number, end: number, hash: number): void {
  const entries = state.compiled.words.get(hash);
  if (entries === undefined) return;
  for (const entry of entries) {
    if (!isWord(state.text, start, end, entry.word)) continue;
    for (const pattern of entry.patterns) tryPattern(state, pattern, start);
  }
}

/**
 * Positions worth a look: for each, its start, its end and its hash, the hash -1 for a start
 * character. Only the words that pass the filter are kept, a few dozen in a résumé.
 *
 * Given `letterRuns`, the same pass also collects the runs of ASCII letters inside the words
 * whose hash (the same hash, over the lower-case letters alone) passes `letterRuns.filter`:
 * the detectors' word lists (see detect/letter-runs.ts), which would otherwise need a pass of
 * their own.
 */
function candidates(text: string, filter: Uint8Array, letterRuns?: { filter: Uint8Array; runs: number[] }): number[] {
  const found: number[] = [];
  const wordCodes = WORD_CODES;
  const letterFilter = letterRuns?.filter;
  const length = text.length;
  let index = 0;
  while (index < length) {
    const code = text.charCodeAt(index);
    let folded = wordCodes[code]!;
    if (folded === 0) {
      if (code < 128 && filter[CHAR_SLOTS + code] !== 0) found.push(index, index + 1, -1);
      index += 1;
      continue;
    }
    const start = index;
    let hash = 0;
    // The run of letters being read inside the word, -1 while the word is at a digit or "_".
    let letterStart = -1;
    let letterHash = 0;
    while (folded !== 0) {
      hash = (Math.imul(hash, 31) + folded) & HASH_MASK;
      if (letterFilter !== undefined) {
        if (folded >= LOWER_A) {
          if (letterStart === -1) {
            letterStart = index;
            letterHash = 0;
          }
          letterHash = (Math.imul(letterHash, 31) + folded) & HASH_MASK;
        } else if (letterStart !== -1) {
          if (letterFilter[letterHash & FILTER_MASK] !== 0) letterRuns!.runs.push(letterStart, index, letterHash);
          letterStart = -1;
        }
      }
      index += 1;
      if (index === length) break;
      folded = wordCodes[text.charCodeAt(index)]!;
    }
    if (letterStart !== -1 && letterFilter![letterHash & FILTER_MASK] !== 0) letterRuns!.runs.push(letterStart, index, letterHash);
    if (filter[hash & FILTER_MASK] !== 0) found.push(start, index, hash);
  }
  return found;
}

/** The words and characters of a text where the patterns of some compiled set may start. */
export interface ScanCandidates {
  readonly text: string;
  /** Start, end and hash of each, as `candidates` gives them. */
  readonly positions: readonly number[];
}

/** The candidates of every compiled set in `text`, from one pass, for several sets to scan. */
export function scanCandidates(text: string): ScanCandidates {
  return { text, positions: candidates(text, ANY_SET_FILTER) };
}

/**
 * `scanCandidates`, and from the same pass the runs of ASCII letters whose hash (`wordHash` of
 * the run) passes `letterFilter` (indexed by hash & FILTER_MASK), each as its start, end and hash.
 */
export function scanCandidatesAndLetterRuns(text: string, letterFilter: Uint8Array): { candidates: ScanCandidates; letterRuns: number[] } {
  if (letterFilter.length !== FILTER_MASK + 1) throw new Error("a letter filter has one slot per value of hash & FILTER_MASK");
  const letterRuns = { filter: letterFilter, runs: [] as number[] };
  return { candidates: { text, positions: candidates(text, ANY_SET_FILTER, letterRuns) }, letterRuns: letterRuns.runs };
}

/**
 * Calls `found` for every match of every pattern, each pattern's matches in text order and as
 * its global regex would give them (up to its limit); the patterns interleave. `shared`, the
 * candidates of the same text from `scanCandidates`, spares the pass over the text.
 */
export function scanPatterns(
  text: string,
  compiled: CompiledPatterns,
  found: (pattern: number, start: number, end: number) => void,
  shared?: ScanCandidates,
): void {
  // Collecting the candidates first keeps the loop over every character small; the patterns
  // are tried afterwards, in the same order.
  const positions = shared !== undefined && shared.text === text ? shared.positions : candidates(text, compiled.filter);
  if (positions.length === 0) return;
  const state: ScanState = { text, compiled, found, resumeAt: compiled.regexes.map(() => 0), counts: compiled.regexes.map(() => 0) };
  for (let index = 0; index < positions.length; index += 3) {
    const start = positions[index]!;
    const hash = positions[index + 2]!;
    if (hash === -1) {
      // Shared candidates hold the characters of other sets too.
      for (const pattern of compiled.chars[text.charCodeAt(start)] ?? []) tryPattern(state, pattern, start);
    } else if (compiled.filter[hash & FILTER_MASK] !== 0) {
      tryWord(state, start, positions[index + 1]!, hash);
    }
  }
}
