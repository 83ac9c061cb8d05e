// Cheap document statistics for the report: word count and a best guess at the language.
// The guess counts common function words, which is enough to tell the languages whose
// number and platform words the detector reads; anything else is reported as null.

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "in", "for", "with", "on", "at", "my", "our", "is", "was", "from", "by", "as", "an", "are", "this", "that", "we", "have"],
  de: ["der", "die", "das", "und", "mit", "für", "von", "ich", "wir", "ist", "bei", "auf", "zu", "im", "den", "dem", "des", "ein", "eine", "als", "über"],
  fr: ["le", "la", "les", "et", "des", "du", "pour", "avec", "dans", "une", "est", "sur", "au", "je", "de", "en", "aux", "qui", "par", "nous", "ou", "pas", "mon", "ma", "mes"],
  es: ["el", "la", "los", "las", "y", "de", "con", "para", "en", "una", "por", "del", "es", "mi", "al", "como", "sus", "mis", "nuestro", "nuestra"],
  nl: ["de", "het", "een", "en", "van", "met", "voor", "op", "ik", "wij", "is", "bij", "naar", "te"],
  it: ["il", "la", "di", "e", "che", "per", "con", "una", "del", "della", "sono", "nel", "gli", "le", "dal", "sulla", "alla", "nella", "dei", "delle", "degli", "presso", "anche", "non", "mio", "mia"],
  pt: ["o", "a", "os", "as", "de", "e", "com", "para", "em", "uma", "do", "da", "no", "na"],
};

const LANGUAGES = Object.keys(FUNCTION_WORDS);

// The language is read from the runs of letters (\p{L}) of the lower-cased text. Lower-casing
// happens per character while scanning, not on a copy of the text: function words hold only a-z
// and ü, and the only characters that lower-case into those besides A-Z and Ü are U+212A (the
// Kelvin sign, to "k") and U+0130 (İ, to "i" and a combining dot, which is no letter and so
// ends the run). Every other letter stays a letter, and every other character a non-letter;
// text-stats.test.ts compares with lower-casing a copy.

/** A run of letters as a number, five bits a letter (a-z as 1-26, ü as 27), so it is looked up without slicing. */
const LETTER_BITS = 5;
/** Keys keep to 30 bits, small integers; a function word needs at most 25. */
const KEY_MASK = 0x3fffffff;

/** a-z and ü as 1-27 for the characters that lower-case to one of them; 0 for the rest. */
function functionLetter(code: number): number {
  if (code >= 97 && code <= 122) return code - 96;
  if (code >= 65 && code <= 90) return code - 64;
  if (code === 0xfc || code === 0xdc) return 27;
  if (code === 0x212a) return 11;
  if (code === 0x130) return 9;
  return 0;
}

function wordKey(word: string): number {
  let key = 0;
  for (const char of word) key = ((key << LETTER_BITS) | functionLetter(char.charCodeAt(0))) & KEY_MASK;
  return key;
}

/** Per function word's key, the indices in LANGUAGES of the languages it belongs to. */
const LANGUAGES_OF_WORD = (() => {
  const map = new Map<number, number[]>();
  LANGUAGES.forEach((language, index) => {
    for (const word of FUNCTION_WORDS[language]!) map.set(wordKey(word), [...(map.get(wordKey(word)) ?? []), index]);
  });
  return map;
})();

/** The longest function word; a longer run is not looked up. */
const LONGEST_FUNCTION_WORD = Math.max(...Object.values(FUNCTION_WORDS).flat().map((word) => word.length));

/**
 * What each UTF-16 code unit is to the scan: a function-word letter as 1-27, or one of the
 * kinds below. Characters beyond ASCII are looked up (\p{L}) the first time they are met and
 * remembered, so a text pays once per distinct character, not once per occurrence.
 */
const LETTER_ELSEWHERE = 28; // a letter that is in no function word
const NOT_LETTER = 29;
const SPACE = 30; // ASCII white space: what words are counted between; no letter either
const DOTTED_CAPITAL_I = 31; // U+0130: "i" and a combining dot once lower-cased
const NOT_LOOKED_UP = 32;
const SURROGATE = 33; // half of a pair: the pair's code point decides
const KINDS = (() => {
  const table = new Uint8Array(0x10000).fill(NOT_LOOKED_UP);
  for (let code = 0; code < 128; code += 1) table[code] = functionLetter(code) || NOT_LETTER;
  for (const code of [32, 9, 10, 11, 12, 13]) table[code] = SPACE;
  for (const code of [0xfc, 0xdc, 0x212a]) table[code] = functionLetter(code);
  table[0x130] = DOTTED_CAPITAL_I;
  table.fill(SURROGATE, 0xd800, 0xe000);
  return table;
})();

function letterKind(codePoint: number): number {
  return /\p{L}/u.test(String.fromCodePoint(codePoint)) ? LETTER_ELSEWHERE : NOT_LETTER;
}

/**
 * The kind of a character beyond the table's knowledge. Both halves of a surrogate pair take
 * the pair's kind; a lone half, or a pair cut by the end of the sample, is no letter.
 */
function lookUpKind(text: string, index: number, sampleEnd: number): number {
  const code = text.charCodeAt(index);
  if (KINDS[code] === NOT_LOOKED_UP) {
    KINDS[code] = letterKind(code);
    return KINDS[code]!;
  }
  const pairStart = code < 0xdc00 ? index : index - 1;
  if (pairStart < 0 || pairStart + 1 >= sampleEnd) return NOT_LETTER;
  const codePoint = text.codePointAt(pairStart)!;
  return codePoint > 0xffff ? letterKind(codePoint) : NOT_LETTER;
}

/** The language with the highest function-word score, or null for fewer than three function words. */
function languageOf(keys: readonly number[]): string | null {
  // Scores summed in text order and compared in the order languages first scored, as always:
  // the earlier wins a tie.
  const scores = new Float64Array(LANGUAGES.length);
  const order: number[] = [];
  let matched = 0;
  for (const key of keys) {
    const languages = LANGUAGES_OF_WORD.get(key);
    if (languages === undefined) continue;
    matched += 1;
    const share = 1 / languages.length;
    for (const language of languages) {
      if (scores[language] === 0) order.push(language);
      scores[language]! += share;
    }
  }
  if (matched < 3) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const language of order) {
    if (scores[language]! > bestScore) {
      best = LANGUAGES[language]!;
      bestScore = scores[language]!;
    }
  }
  return best;
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Runs of anything but ASCII white space that start at `from` or later; `afterSpace`: whether one can start right at `from`. */
function countWordsFrom(text: string, from: number, afterSpace: boolean): number {
  let count = 0;
  let previousSpace = afterSpace;
  for (let index = from; index < text.length; index += 1) {
    const space = isSpace(text.charCodeAt(index));
    if (previousSpace && !space) count += 1;
    previousSpace = space;
  }
  return count;
}

/**
 * Word count (runs of anything but ASCII white space, over the whole text) and language (from
 * the function words among the first `sampleChars` characters), in one pass over the sample.
 */
export function textStatistics(text: string, sampleChars = 20_000): { words: number; language: string | null } {
  const sampleEnd = text.slice(0, sampleChars).length;
  const kinds = KINDS;
  // The keys of the runs short enough to be function words, in text order. They are looked up
  // after the loop: calls in it to code that big made V8 optimise the loop far less well.
  const candidates: number[] = [];
  // A word starts at the text's start or right after white space, where it is counted.
  let words = text.length > 0 && !isSpace(text.charCodeAt(0)) ? 1 : 0;
  // The current run of letters: its key (exact while no longer than a function word), its
  // length, and whether a letter no function word holds is in it.
  let key = 0;
  let length = 0;
  let spoilt = false;
  for (let index = 0; index < sampleEnd; index += 1) {
    let kind = kinds[text.charCodeAt(index)]!;
    if (kind < LETTER_ELSEWHERE) {
      key = ((key << LETTER_BITS) | kind) & KEY_MASK;
      length += 1;
      continue;
    }
    if (kind >= NOT_LOOKED_UP) kind = lookUpKind(text, index, sampleEnd);
    if (kind === SPACE && index + 1 < text.length && !isSpace(text.charCodeAt(index + 1))) words += 1;
    if (kind === LETTER_ELSEWHERE) {
      spoilt = true;
      length += 1;
      continue;
    }
    if (kind === DOTTED_CAPITAL_I) {
      key = ((key << LETTER_BITS) | functionLetter(0x130)) & KEY_MASK;
      length += 1;
    }
    // The run ends here (after the "i" of a dotted capital I, whose dot is no letter).
    if (length > 0 && length <= LONGEST_FUNCTION_WORD && !spoilt) candidates.push(key);
    key = 0;
    length = 0;
    spoilt = false;
  }
  if (length > 0 && length <= LONGEST_FUNCTION_WORD && !spoilt) candidates.push(key);
  // The loop counted the words that start up to sampleEnd.
  if (sampleEnd + 1 < text.length) words += countWordsFrom(text, sampleEnd + 1, isSpace(text.charCodeAt(sampleEnd)));
  return { words, language: languageOf(candidates) };
}

export function countWords(text: string): number {
  return countWordsFrom(text, 0, true);
}

/** ISO 639-1 code of the most likely language, or null when too little text says so. */
export function detectLanguage(text: string, sampleChars = 20_000): string | null {
  return textStatistics(text, sampleChars).language;
}
