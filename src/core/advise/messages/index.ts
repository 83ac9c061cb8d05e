// The advice's words, by the document's language: English, German, French and Spanish; any
// other language, or none, is answered in English.
import { de } from "./de.ts";
import { en } from "./en.ts";
import { es } from "./es.ts";
import { fr } from "./fr.ts";
import type { Language, Messages } from "./types.ts";

const CATALOGS: Readonly<Record<Language, Messages>> = { en, de, fr, es };

export function messagesFor(language: string | null | undefined): Messages {
  return language !== null && language !== undefined && language in CATALOGS ? CATALOGS[language as Language] : en;
}

export type { Language, Messages } from "./types.ts";
