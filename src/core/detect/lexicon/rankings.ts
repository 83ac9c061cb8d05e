// What a ranking of influence ranks, per language: the lists of people or works a writer is named
// on ("Top 100 B2B Marketing Influencers", "Top 20 des influenceurs tourisme", "Top 100 Mom
// Bloggers") and the charts a show is placed in ("#4 in Apple Podcasts Entrepreneurship", "Platz 2
// in den Apple-Podcast-Charts"). A sales ranking, a class rank or a directory of lawyers names none
// of these, so it is no claim. Where the list is of one platform's people or works, `platform`
// names it; a list of people in general has none (the labelling rules), unless the text names one.

import type { Forms } from "./languages.ts";

export interface ListNoun {
  forms: Forms;
  platform: string | null;
}

export const LIST_NOUNS: readonly ListNoun[] = [
  {
    forms: {
      en: ["influencers?", "voices?", "creators?", "thought[- ]leaders?", "personalities", "minds", "marketers", "social media (?:marketers|influencers|experts|personalities|managers?)", "speakers?", "journalists?", "tweeters?", "tweeps", "accounts to follow", "people to follow", "brands to follow", "writers", "experts to follow"],
      de: ["Influencer(?:innen)?", "Creator(?:innen)?", "Stimmen", "Köpfe", "Speaker(?:innen)?", "Journalist(?:en|innen)"],
      fr: ["influenceu(?:r|se)s?", "créat(?:eur|rice)s?", "voix", "personnalités", "journalistes"],
      es: ["influencers?", "influenciadores", "creadores", "voces", "periodistas", "líderes de opinión"],
      it: ["influencer", "creator", "social media manager", "voci", "giornalisti"],
      nl: ["influencers?", "creators?", "stemmen"],
      pt: ["influenciadores", "criadores", "vozes", "jornalistas"],
      pl: ["influencerów", "twórców"],
    },
    platform: null,
  },
  { forms: { en: ["bloggers?", "blogs?", "blawgs?"], de: ["Blogger(?:innen)?", "Blogs"], fr: ["blogueu(?:r|se)s?", "blogs"], es: ["blogueros", "blogs"], it: ["blogger", "blog"], pt: ["blogueiros", "blogs"] }, platform: "blog" },
  { forms: { en: ["podcasts?", "podcasters?"], de: ["Podcasts?"], fr: ["podcasts?"], es: ["pódcasts?", "podcasts?"], it: ["podcast"], pt: ["podcasts?"] }, platform: "podcast" },
  { forms: { en: ["YouTubers?", "YouTube channels?"], de: ["YouTuber(?:innen)?"], fr: ["youtubeu(?:r|se)s?"], es: ["youtubers?"] }, platform: "youtube" },
  { forms: { en: ["TikTokers?", "TikTok creators?"] }, platform: "tiktok" },
  { forms: { en: ["Instagrammers?", "Instagram accounts?"] }, platform: "instagram" },
  { forms: { en: ["LinkedIn creators?", "LinkedIn voices?"] }, platform: "linkedin" },
  { forms: { en: ["newsletters?", "Substacks?"] }, platform: "newsletter" },
  { forms: { en: ["streamers?"] }, platform: "twitch" },
];

/** Charts a show or a channel is placed in: "Apple Podcasts", "Spotify's charts", "Podcast-Charts". */
export const CHARTS: readonly ListNoun[] = [
  { forms: { en: ["Apple Podcasts?", "iTunes", "podcast charts?", "Podcast[- ]Charts?"], de: ["Apple[- ]Podcast[- ]Charts", "Podcast-Charts"], fr: ["classement des podcasts"], es: ["ranking de pódcasts"] }, platform: "podcast" },
  { forms: { en: ["Spotify(?:'s|’s)? (?:podcast )?charts?", "Spotify"] }, platform: "podcast" },
  { forms: { en: ["YouTube (?:trending|charts?)"] }, platform: "youtube" },
  { forms: { en: ["Substack(?:'s|’s)? (?:bestseller|leaderboard)s?"] }, platform: "substack" },
  // The firms that rank influencers: "ranked #3 on Favikon's list", "#12 in Onalytica's ranking".
  { forms: { en: ["(?:Favikon|Onalytica|Richtopia|Traackr|HypeAuditor|Feedspot|Klear|Influence Digest)(?:'s|’s)?(?: (?:list|ranking|rankings|leaderboard|index|top \\d{1,3}))?"] }, platform: null },
];

/** The place a ranking gives: "#4", "No. 1", "number 3", "Platz 2", "n° 5", "puesto 3". */
export const PLACE_WORDS: Forms = {
  en: ["No\\.? ?", "number "],
  de: ["Platz ", "Nr\\.? ?"],
  fr: ["n\\.?[°º] ?", "numéro "],
  es: ["puesto ", "n\\.?[°º] ?", "número "],
  it: ["posto ", "n\\.?[°º] ?"],
  pt: ["n\\.?[°º] ?", "número "],
  nl: ["nummer ", "plek "],
};

/** Who a "most influential" list names: the lists above, and people in general. */
export const INFLUENTIAL_PEOPLE: Forms = {
  en: ["women", "people", "leaders", "CEOs", "executives", "founders", "professionals", "figures", "voices", "journalists", "marketers", "influencers"],
  de: ["Frauen", "Köpfe", "Persönlichkeiten", "Menschen"],
  fr: ["femmes", "personnalités", "personnes", "dirigeants"],
  es: ["mujeres", "personas", "líderes", "líderes de opinión"],
  it: ["donne", "persone"],
  pt: ["mulheres", "pessoas", "líderes"],
};
