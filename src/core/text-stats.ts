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

/** ISO 639-1 code of the most likely language, or null when too little text says so. */
export function detectLanguage(text: string, sampleChars = 20_000): string | null {
  const sample = text.slice(0, sampleChars).toLowerCase();
  const scores = new Map<string, number>();
  let matched = 0;
  for (const token of sample.split(/[^\p{L}]+/u)) {
    const languages = LANGUAGE_OF_WORD.get(token);
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
