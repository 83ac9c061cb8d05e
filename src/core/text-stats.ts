// Cheap document statistics for the report: word count and a best guess at the language.
// The guess counts common function words, which is enough to tell the languages whose
// number and platform words the detector reads; anything else is reported as null.

const FUNCTION_WORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "in", "for", "with", "on", "at", "my", "our", "is", "was", "from"],
  de: ["der", "die", "das", "und", "mit", "für", "von", "ich", "wir", "ist", "bei", "auf", "zu", "im"],
  fr: ["le", "la", "les", "et", "des", "du", "pour", "avec", "dans", "une", "est", "sur", "au", "je"],
  es: ["el", "la", "los", "las", "y", "de", "con", "para", "en", "una", "por", "del", "es", "mi"],
  nl: ["de", "het", "een", "en", "van", "met", "voor", "op", "ik", "wij", "is", "bij", "naar", "te"],
  it: ["il", "la", "di", "e", "che", "per", "con", "una", "del", "della", "sono", "nel", "gli", "le"],
  pt: ["o", "a", "os", "as", "de", "e", "com", "para", "em", "uma", "do", "da", "no", "na"],
};

const LANGUAGE_OF_WORD = (() => {
  const map = new Map<string, string[]>();
  for (const [language, words] of Object.entries(FUNCTION_WORDS)) {
    for (const word of words) map.set(word, [...(map.get(word) ?? []), language]);
  }
  return map;
})();

export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11;
    if (!isSpace && !inWord) count++;
    inWord = !isSpace;
  }
  return count;
}

/** The longest function word; longer runs of letters are skipped without being sliced out. */
const LONGEST_FUNCTION_WORD = Math.max(...[...LANGUAGE_OF_WORD.keys()].map((word) => word.length));

/** Whether the code point at `index` is a letter (\p{L}), and how many code units it takes. */
function letterWidth(text: string, index: number): number {
  if (index >= text.length) return 0;
  const code = text.charCodeAt(index);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) ? 1 : 0;
  const codePoint = text.codePointAt(index)!;
  const width = codePoint > 0xffff ? 2 : 1;
  return /\p{L}/u.test(String.fromCodePoint(codePoint)) ? width : 0;
}

/** ISO 639-1 code of the most likely language, or null when too little text says so. */
export function detectLanguage(text: string, sampleChars = 20_000): string | null {
  const sample = text.slice(0, sampleChars).toLowerCase();
  const scores = new Map<string, number>();
  let matched = 0;
  // Runs of letters, as splitting at every non-letter would give, without building the pieces.
  let index = 0;
  while (index < sample.length) {
    const width = letterWidth(sample, index);
    if (width === 0) {
      index += 1;
      continue;
    }
    const start = index;
    index += width;
    for (let next = letterWidth(sample, index); next > 0; next = letterWidth(sample, index)) index += next;
    if (index - start > LONGEST_FUNCTION_WORD) continue;
    const languages = LANGUAGE_OF_WORD.get(sample.slice(start, index));
    if (!languages) continue;
    matched++;
    for (const language of languages) scores.set(language, (scores.get(language) ?? 0) + 1 / languages.length);
  }
  if (matched < 3) return null;
  let best: string | null = null;
  let bestScore = 0;
  for (const [language, score] of scores) {
    if (score > bestScore) {
      best = language;
      bestScore = score;
    }
  }
  return best;
}
