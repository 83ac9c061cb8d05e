/** The languages whose words the lexicons hold, by ISO 639-1 code. */
export const LEXICON_LANGUAGES = ["en", "de", "fr", "es", "it", "nl", "pt", "pl"] as const;

export type LexiconLanguage = (typeof LEXICON_LANGUAGES)[number];

/** Words or regex sources per language; a language may have none. */
export type Forms = Partial<Record<LexiconLanguage, readonly string[]>>;
