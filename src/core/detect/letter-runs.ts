// The text's runs of ASCII letters, found once per document for every detector that looks for
// words. Platform names, self-labels and ranking cues each start with a word from a short list;
// each was found by its own case-insensitive regex scan, which stops at almost every position
// of the text. One pass collecting the runs, and a hash lookup per run, replaces those scans:
// a detector then tries its own pattern only at the few runs that are one of its words.
//
// A run is a maximal stretch of A-Z and a-z. The patterns these lists stand for are not all
// written with \b: "(?<![A-Za-z])thought", "\bLinkedIn\b", "(?<![\p{L}])top\s". Each user
// states which edge it needs (see `wordEdgesAround`); a run start is every place where a letter
// follows anything but a letter, which each of those edges implies.

import { FILTER_MASK, isWord, scanCandidatesAndLetterRuns, wordHash, type ScanCandidates } from "../pattern-scan.ts";

/** Start, end and hash (`wordHash`) of each run, three numbers a run, in text order. */
export type LetterRuns = readonly number[];

/**
 * 1 at (hash & FILTER_MASK) of every word of every RunWords set. Only runs that pass it are kept:
 * a few dozen of a résumé's thousand. The sets are module constants, all built when their
 * modules load, before any text is read.
 */
const ANY_SET_FILTER = new Uint8Array(FILTER_MASK + 1);

/**
 * The runs of ASCII letters that may be a word of some RunWords set. They are read in the pass
 * that finds the scan candidates (see `scanTextWords`, which keeps both).
 */
export function findLetterRuns(text: string): LetterRuns {
  return scanCandidatesAndLetterRuns(text, ANY_SET_FILTER).letterRuns;
}

/** Letter runs with the text they were found in, for a caller to hand over with that text. */
export interface TextLetterRuns {
  readonly text: string;
  readonly runs: LetterRuns;
}

/**
 * The text's scan candidates (see ../pattern-scan.ts) and its letter runs, from one pass: what
 * the document-type cues, the injection patterns and the detectors all look for words in.
 */
export function scanTextWords(text: string): { candidates: ScanCandidates; letterRuns: TextLetterRuns } {
  const { candidates, letterRuns } = scanCandidatesAndLetterRuns(text, ANY_SET_FILTER);
  return { candidates, letterRuns: { text, runs: letterRuns } };
}

/** A set of lower-case ASCII words, looked up by a run's hash without slicing the run out. */
export class RunWords {
  readonly #filter = new Uint8Array(FILTER_MASK + 1);
  readonly #byHash = new Map<number, string[]>();

  constructor(words: Iterable<string>) {
    for (const word of new Set(words)) {
      if (!/^[a-z]+$/u.test(word)) throw new Error(`"${word}" is not a lower-case ASCII word`);
      const hash = wordHash(word);
      this.#byHash.set(hash, [...(this.#byHash.get(hash) ?? []), word]);
      this.#filter[hash & FILTER_MASK] = 1;
      ANY_SET_FILTER[hash & FILTER_MASK] = 1;
    }
  }

  /** The word of this set that text[start, end) is, ignoring ASCII case, or undefined. */
  wordAt(text: string, start: number, end: number, hash: number): string | undefined {
    if (this.#filter[hash & FILTER_MASK] === 0) return undefined;
    const words = this.#byHash.get(hash);
    if (words === undefined) return undefined;
    return words.find((word) => isWord(text, start, end, word));
  }

  /** Calls `found` for every run of `runs` (from findLetterRuns), in text order, that is one of these words. */
  forEachIn(text: string, runs: LetterRuns, found: (start: number, end: number, word: string) => void): void {
    const filter = this.#filter;
    for (let index = 0; index < runs.length; index += 3) {
      const hash = runs[index + 2]!;
      if (filter[hash & FILTER_MASK] === 0) continue;
      const start = runs[index]!;
      const end = runs[index + 1]!;
      const word = this.wordAt(text, start, end, hash);
      if (word !== undefined) found(start, end, word);
    }
  }
}

/** [0-9_]: with the letters, what \b counts as a word character (without both the i and u flags). */
function isDigitOrUnderscore(code: number): boolean {
  return (code >= 48 && code <= 57) || code === 95;
}

/**
 * Whether a run stands between two \b edges (no i and u flags together): the characters either
 * side of it are not digits or "_" (they are not letters, or the run would go on).
 */
export function wordEdgesAround(text: string, start: number, end: number): boolean {
  return !isDigitOrUnderscore(text.charCodeAt(start - 1)) && !isDigitOrUnderscore(text.charCodeAt(end));
}

/**
 * The matches a global scan with `sticky` (the same pattern with the y flag, and no empty match)
 * would find, looked for only at `starts`, every position where one may begin, in order. With
 * `starts` null, a scan with the pattern finds them. Each goes to `found`; the next is looked for
 * after its end, as a scan does.
 */
export function matchesAt(text: string, sticky: RegExp, starts: readonly number[] | null, found: (match: RegExpExecArray) => void): void {
  let resumeAt = 0;
  const tryAt = (start: number) => {
    if (start < resumeAt) return;
    sticky.lastIndex = start;
    const match = sticky.exec(text);
    if (match === null) return;
    resumeAt = start + match[0].length;
    found(match);
  };
  if (starts !== null) {
    for (const start of starts) tryAt(start);
    return;
  }
  const everyPosition = new RegExp(sticky.source, sticky.flags.replace("y", "g"));
  for (let hit = everyPosition.exec(text); hit !== null; hit = everyPosition.exec(text)) {
    tryAt(hit.index);
    everyPosition.lastIndex = Math.max(everyPosition.lastIndex, resumeAt, hit.index + 1);
  }
}
