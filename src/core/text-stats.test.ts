import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, detectLanguage, textStatistics } from "./text-stats.ts";

// The straightforward versions: split a lower-cased copy of the sample at every non-letter,
// count the function words, and split the text at ASCII white space.
const REFERENCE_WORDS: Record<string, readonly string[]> = {
  en: ["the", "and", "of", "to", "in", "for", "with", "on", "at", "my", "our", "is", "was", "from", "by", "as", "an", "are", "this", "that", "we", "have"],
  de: ["der", "die", "das", "und", "mit", "für", "von", "ich", "wir", "ist", "bei", "auf", "zu", "im", "den", "dem", "des", "ein", "eine", "als", "über"],
  fr: ["le", "la", "les", "et", "des", "du", "pour", "avec", "dans", "une", "est", "sur", "au", "je", "de", "en", "aux", "qui", "par", "nous", "ou", "pas", "mon", "ma", "mes"],
  es: ["el", "la", "los", "las", "y", "de", "con", "para", "en", "una", "por", "del", "es", "mi", "al", "como", "sus", "mis", "nuestro", "nuestra"],
  nl: ["de", "het", "een", "en", "van", "met", "voor", "op", "ik", "wij", "is", "bij", "naar", "te"],
  it: ["il", "la", "di", "e", "che", "per", "con", "una", "del", "della", "sono", "nel", "gli", "le", "dal", "sulla", "alla", "nella", "dei", "delle", "degli", "presso", "anche", "non", "mio", "mia"],
  pt: ["o", "a", "os", "as", "de", "e", "com", "para", "em", "uma", "do", "da", "no", "na"],
};

function referenceLanguage(text: string, sampleChars = 20_000): string | null {
  const scores = new Map<string, number>();
  let matched = 0;
  for (const word of text.slice(0, sampleChars).toLowerCase().split(/\P{L}+/u)) {
    const languages = Object.keys(REFERENCE_WORDS).filter((language) => REFERENCE_WORDS[language]!.includes(word));
    if (languages.length === 0) continue;
    matched += 1;
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

function referenceWords(text: string): number {
  return text.split(/[ \t\n\v\f\r]+/).filter((word) => word.length > 0).length;
}

/** Function words in several cases and the characters whose lower-case form or letterhood is special. */
const PIECES = [
  "the", "THE", "and", "der", "die", "DİE", "dİ", "İn", "İ", "für", "FÜR", "fÜr", "le", "la", "LA", "les", "della", "dellas",
  "e", "o", "a", "y", "ik", "wij", "het", "\u212aey", "i\u212a", "ſo", "ıl", "é", "ß", "Σ", "x", "1", "_", "-", "'", "é",
  "e\u0301", "\u0307", "𝐀", "𐐀", "😀", "\ud835", "\udc00", "\ud800\ud800", " ", " ", "\n", "\r\n", "\t", "\v", "\f",
  "\u00a0", "\u2028", "\u3000", "\0",
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((pieces) => pieces.join(""));

describe("textStatistics", () => {
  it("counts words and guesses the language as the straightforward versions do", () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 70 }), (input, sampleChars) => {
        expect(textStatistics(input, sampleChars)).toEqual({ words: referenceWords(input), language: referenceLanguage(input, sampleChars) });
        expect(textStatistics(input)).toEqual({ words: referenceWords(input), language: referenceLanguage(input) });
        expect(countWords(input)).toBe(referenceWords(input));
        expect(detectLanguage(input, sampleChars)).toBe(referenceLanguage(input, sampleChars));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ["a dotted capital I, whose dot ends the word", "DİE DİE DİE", 20_000],
    ["the Kelvin sign, a k once lower-cased", "i\u212a i\u212a i\u212a wij", 20_000],
    ["a letter beyond the BMP inside a word", "de𝐀 la la la", 20_000],
    ["a surrogate pair cut by the end of the sample", "la la la de\ud835\udc00", 12],
    ["a word cut by the end of the sample", "und und und", 10],
    ["German words in capitals", "FÜR DIE UND DER", 20_000],
  ])("matches the reference on %s", (_, input, sampleChars) => {
    expect(textStatistics(input, sampleChars)).toEqual({ words: referenceWords(input), language: referenceLanguage(input, sampleChars) });
  });
});

describe("detectLanguage on résumé lines", () => {
  it.each([
    ["fr", "Chargée de communication digitale — Mairie de Villeurbanne\n• Animation de la page Facebook de la ville : 48 000 abonnés, +35 % en deux ans\n• Lancement du compte LinkedIn institutionnel (9 200 abonnés)"],
    ["fr", "Développeur full-stack (React, Node.js) — 5 ans d’expérience\nJe publie des tutoriels sur ma chaîne YouTube : 42 000 abonnés et plus de 2 millions de vues."],
    ["es", "Community Manager — Cervecería Montaña (Bilbao), 2019–2024\n· Crecimiento de Instagram de 4.000 a 38.000 seguidores\n· Comunidad de Facebook con 6.500 miembros, moderada por mí"],
    ["es", "Nuestro fundador suma 1,2 M de seguidores en TikTok y es reconocido como líder de opinión en marketing digital."],
    ["de", "Social-Media-Managerin bei den Stadtwerken Lindau (seit 03/2020)\n– Aufbau des Instagram-Kanals von 0 auf 12.500 Follower"],
    ["it", "Social Media Specialist presso Trattoria Da Nonna Pina (Napoli)\n- Profilo Instagram portato a 27.000 follower in 18 mesi\n- Prenotazioni dal link in bio: circa 400 al mese"],
  ])("reads %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });
});
