// Words of a text with their offsets, folded (lower case, no diacritics, ß as ss) so that one
// phrase list matches "Bestellungen", "réservations" and "RESERVATIONS" alike, and a phrase
// index that finds every listed phrase among those words in one pass. Both are linear in the
// text: each character is looked at once, and each word is looked up in a map, not tried
// against every phrase.

export interface Word {
  start: number;
  end: number;
  /** Lower case, diacritics stripped, ß as "ss". */
  folded: string;
}

/** Per UTF-16 code unit: 1 if it belongs to a word (a letter, a digit or a combining mark), 0 if not, 2 if not yet looked up. */
const WORD_CHAR = (() => {
  const table = new Uint8Array(0x10000).fill(2);
  for (let code = 0; code < 128; code += 1) {
    table[code] = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  }
  // Surrogate halves: a pair is a letter only in scripts the phrase lists never name.
  table.fill(0, 0xd800, 0xe000);
  return table;
})();

const WORD_PATTERN = /[\p{L}\p{N}\p{M}]/u;

export function isWordChar(code: number): boolean {
  let kind = WORD_CHAR[code]!;
  if (kind === 2) {
    kind = WORD_PATTERN.test(String.fromCharCode(code)) ? 1 : 0;
    WORD_CHAR[code] = kind;
  }
  return kind === 1;
}

function isAscii(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) if (text.charCodeAt(index) >= 128) return false;
  return true;
}

/** "Bestellungen" → "bestellungen", "Réservations" → "reservations", "Straße" → "strasse". */
export function fold(word: string): string {
  const lowered = word.toLowerCase();
  if (isAscii(lowered)) return lowered;
  return lowered.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/g, "ss");
}

/** The words of text[start, end), in order. */
export function wordsIn(text: string, start = 0, end = text.length): Word[] {
  const words: Word[] = [];
  let wordStart = -1;
  for (let index = start; index < end; index += 1) {
    if (isWordChar(text.charCodeAt(index))) {
      if (wordStart === -1) wordStart = index;
    } else if (wordStart !== -1) {
      words.push({ start: wordStart, end: index, folded: fold(text.slice(wordStart, index)) });
      wordStart = -1;
    }
  }
  if (wordStart !== -1) words.push({ start: wordStart, end, folded: fold(text.slice(wordStart, end)) });
  return words;
}

/** A phrase of the index found among words: the words it covers, [first, last], and its value. */
export interface PhraseHit<T> {
  first: number;
  last: number;
  value: T;
}

interface IndexedPhrase<T> {
  /** Folded words; the last may be a prefix. */
  words: string[];
  lastIsPrefix: boolean;
  value: T;
}

/** How many letters a prefix phrase's first word must have: prefixes are indexed by that many. */
const PREFIX_KEY = 4;

/**
 * Phrases ("sign ups", "chiffre d affaires", "fundrais*") looked up among a text's words. A
 * phrase is written as plain words; a final "*" makes its last word a prefix. Punctuation
 * between words is ignored, as it is in the text ("sign-ups" is "sign ups").
 */
export class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, IndexedPhrase<T>[]>();
  private readonly byPrefix = new Map<string, IndexedPhrase<T>[]>();

  constructor(phrases: Iterable<readonly [phrase: string, value: T]>) {
    for (const [phrase, value] of phrases) {
      const lastIsPrefix = phrase.endsWith("*");
      const words = wordsIn(lastIsPrefix ? phrase.slice(0, -1) : phrase).map((word) => word.folded);
      if (words.length === 0) throw new Error(`empty phrase: ${phrase}`);
      const entry: IndexedPhrase<T> = { words, lastIsPrefix, value };
      if (lastIsPrefix && words.length === 1) {
        const first = words[0]!;
        if (first.length < PREFIX_KEY) throw new Error(`prefix too short to index: ${phrase}`);
        const key = first.slice(0, PREFIX_KEY);
        this.byPrefix.set(key, [...(this.byPrefix.get(key) ?? []), entry]);
      } else {
        const first = words[0]!;
        this.byFirstWord.set(first, [...(this.byFirstWord.get(first) ?? []), entry]);
      }
    }
  }

  /** Every phrase starting at words[index], longest first. */
  matchAt(words: readonly Word[], index: number): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    this.eachAt(words, index, (last, value) => hits.push({ first: index, last, value }));
    return hits.sort((left, right) => right.last - left.last);
  }

  /** Every phrase among the words, left to right; where two start at one word, the longer wins, and hits never overlap. */
  findAll(words: readonly Word[]): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    for (let index = 0; index < words.length; index += 1) {
      // Most words start no phrase: they cost a map lookup or two and allocate nothing.
      const word = words[index]!.folded;
      let bestLast = -1;
      let bestValue: T | undefined;
      const exact = this.byFirstWord.get(word);
      if (exact !== undefined) {
        for (const phrase of exact) {
          const last = this.matchRest(words, index, phrase);
          if (last > bestLast) {
            bestLast = last;
            bestValue = phrase.value;
          }
        }
      }
      if (bestLast === -1 && word.length >= PREFIX_KEY && this.byPrefix.size > 0) {
        const prefixed = this.byPrefix.get(word.slice(0, PREFIX_KEY));
        if (prefixed !== undefined) {
          for (const phrase of prefixed) {
            if (word.startsWith(phrase.words[0]!)) {
              bestLast = index;
              bestValue = phrase.value;
              break;
            }
          }
        }
      }
      if (bestLast === -1) continue;
      hits.push({ first: index, last: bestLast, value: bestValue as T });
      index = bestLast;
    }
    return hits;
  }

  /** Calls `found` for every phrase that starts at words[index], in index order. */
  private eachAt(words: readonly Word[], index: number, found: (last: number, value: T) => void): void {
    const word = words[index]!.folded;
    const exact = this.byFirstWord.get(word);
    if (exact !== undefined) {
      for (const phrase of exact) {
        const last = this.matchRest(words, index, phrase);
        if (last !== -1) found(last, phrase.value);
      }
    }
    if (word.length >= PREFIX_KEY && this.byPrefix.size > 0) {
      const prefixed = this.byPrefix.get(word.slice(0, PREFIX_KEY));
      if (prefixed !== undefined) for (const phrase of prefixed) if (word.startsWith(phrase.words[0]!)) found(index, phrase.value);
    }
  }

  private matchRest(words: readonly Word[], index: number, phrase: IndexedPhrase<T>): number {
    const count = phrase.words.length;
    if (index + count > words.length) return -1;
    for (let offset = 1; offset < count; offset += 1) {
      const word = words[index + offset]!.folded;
      const wanted = phrase.words[offset]!;
      const isLast = offset === count - 1;
      if (isLast && phrase.lastIsPrefix ? !word.startsWith(wanted) : word !== wanted) return -1;
    }
    if (count === 1 && phrase.lastIsPrefix && !words[index]!.folded.startsWith(phrase.words[0]!)) return -1;
    return index + count - 1;
  }
}
