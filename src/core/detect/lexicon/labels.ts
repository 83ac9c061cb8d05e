// Self-labels: the words a writer uses to call themselves influential, per language. Each phrase is
// written plainly; a space in it matches spaces or a hyphen, a hyphen matches a hyphen, a space or
// nothing ("thought leader", "thought-leader", "rockstar"). `needsSelf` labels name what many jobs
// work with ("influencers", "key opinion leaders"): they are a self-label only where the sentence
// says the writer is one. The others ("guru", "ninja", "thought leader") are labels wherever they
// describe a person.

import type { Forms } from "./languages.ts";

export interface LabelEntry {
  forms: Forms;
  needsSelf: boolean;
}

export const LABELS: readonly LabelEntry[] = [
  {
    forms: {
      en: ["thought leader", "thought leaders"],
      de: ["Vordenker", "Vordenkerin", "Thought Leader"],
      fr: ["leader d'opinion", "leader d’opinion", "leaders d'opinion", "leaders d’opinion"],
      nl: ["thought leader", "opiniemaker"],
    },
    needsSelf: false,
  },
  { forms: { en: ["guru", "gurus"], fr: ["gourou", "gourous"], es: ["gurú", "gurús"], nl: ["goeroe"] }, needsSelf: false },
  { forms: { en: ["ninja", "ninjas"] }, needsSelf: false },
  // "Experte en influence": expertise in influence itself, claimed as a title.
  {
    forms: {
      en: ["influence expert"],
      fr: ["expert en influence", "experte en influence"],
      es: ["experto en influencia", "experta en influencia"],
      de: ["Influence-Experte", "Influence-Expertin"],
      it: ["esperto di influenza", "esperta di influenza"],
    },
    needsSelf: false,
  },
  { forms: { en: ["rock star", "rock stars", "rockstar", "rockstars"] }, needsSelf: false },
  {
    forms: { en: ["highly influential", "very influential", "extremely influential", "hugely influential", "widely influential"] },
    needsSelf: false,
  },
  {
    forms: {
      en: [
        "social media star", "social media celebrity", "social media personality", "social media sensation",
        "internet celebrity", "internet personality", "internet sensation", "internet famous",
      ],
    },
    needsSelf: false,
  },
  {
    forms: {
      en: ["influencer", "influencers", "micro-influencer", "micro-influencers", "nano-influencer", "macro-influencer", "mega-influencer"],
      de: ["Influencerin", "Influencerinnen", "Mikro-Influencer", "Mikro-Influencerin"],
      fr: ["influenceur", "influenceuse", "influenceurs", "influenceuses", "micro-influenceur", "micro-influenceuse"],
      es: ["influenciador", "influenciadora", "microinfluencer", "micro-influencer"],
      pt: ["influenciador", "influenciadora", "influenciador digital", "influenciadora digital", "microinfluenciadora", "microinfluenciador"],
      it: ["influencer", "micro-influencer"],
      pl: ["influencerka", "influencerem", "influencerką"],
    },
    needsSelf: true,
  },
  {
    forms: {
      en: ["key opinion leader", "key opinion leaders", "opinion leader"],
      es: ["líder de opinión", "líderes de opinión"],
      pt: ["líder de opinião", "líderes de opinião"],
      de: ["Meinungsführer", "Meinungsführerin"],
      pl: ["lider opinii", "liderka opinii"],
    },
    needsSelf: true,
  },
];
