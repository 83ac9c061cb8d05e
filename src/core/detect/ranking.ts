// Rankings and lists: "Top 50 B2B Marketing Influencers 2022", "LinkedIn Top Voice", "Forbes Top
// Creators 2024", "30 Under 30", "25 Most Influential People in HR Tech", "Top 1% of podcasts",
// "#4 in Apple Podcasts Entrepreneurship", "Platz 2 in den Apple-Podcast-Charts", "Ranked #3 among
// cybersecurity creators", "ABA Journal Blawg 100", Medium's "top writer", Kaggle tiers. What a list
// ranks comes from the lexicon (lexicon/rankings.ts): a bare "top 3%", "top performer", a sales
// rank or a class rank names no list of influence, so it is no claim.

import { isRegexSpace } from "../pattern-scan.ts";
import { clauseAt, lineAt, mentionsIn, SpanIndex, type DetectContext } from "./context.ts";
import type { Finding } from "./finding.ts";
import { eitherCase, formsSource } from "./lexicon/forms.ts";
import { CHARTS, INFLUENTIAL_PEOPLE, LIST_NOUNS, PLACE_WORDS, type ListNoun } from "./lexicon/rankings.ts";
import { RunWords } from "./letter-runs.ts";
import { readPlatform } from "./platform.ts";

function listSource(nouns: readonly ListNoun[]): string {
  return nouns.map((noun) => formsSource(noun.forms)).join("|");
}

const LIST_NOUN = `(?:${listSource(LIST_NOUNS)})`;
const LIST_NOUN_EITHER_CASE = eitherCase(LIST_NOUN);
const CHART = `(?:${listSource(CHARTS)})`;
const PLACE = `(?:${formsSource(PLACE_WORDS)})`;
// A publisher's name, one or two capitalised words, possessive or not ("Forbes", "Nursing Times'").
const PUBLISHER = "(?:(?:[\\p{Lu}][\\p{L}&.-]+(?:'s|’s|(?<=s)['’])?\\s+){1,2})";
// Words that may stand between the cue and what the list ranks: "Top 100 B2B Marketing Influencers".
const QUALIFIERS = "(?:(?:[\\p{L}\\d][\\p{L}\\d&/+.'’-]*)\\s+){0,4}?";
const YEAR_AFTER = "(?:,?\\s*\\(?\\s*(?:19|20)\\d\\d\\)?)?";
const SCOPE_AFTER = "(?:\\s+(?:to Follow|on (?:Twitter|LinkedIn|X|Instagram|TikTok|YouTube|Medium)|in [\\p{Lu}][\\p{L}&-]*(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,3}))?";
const LINK_TO_LIST = "(?:in|on|among|de|en|im|auf|nel|na|no|nos|em|w|op|sur|dans|tra|entre|unter)(?:\\s+(?:the|den|der|les|la|el|le|los|las|de|i|gli|os|as))?";

// `required`: a short pattern every match of the rule contains, read with the rule's own flags; a text
// without it skips the rule instead of running the long pattern over every position. It starts at a
// run of letters that is one of `requiredWords` (ignoring case), the first word of the cue, which the
// rule wants after a space or a character that is no letter; "30 Under 30" starts at the figure
// before the word ("figureBefore"), "#4 in …" at the "#" (`requiredChar`). letter-runs.test.ts holds
// each rule to its words.
interface RankingRule {
  source: string;
  flags: string;
  /** The platform the cue itself names, or "list" to read it from the list noun and the text. */
  platform: string | null | "list";
  required: string;
  requiredWords: readonly string[];
  requiredChar?: string;
  figureBefore?: true;
}

const RANKING_SOURCES: RankingRule[] = [
  // "Top 100 B2B Marketing Influencers 2022", "Forbes Top Creators 2024", "Top 1% of podcasts", "Top 20 des influenceurs tourisme".
  {
    source: `(?<![\\p{L}])${PUBLISHER}?(?:Top|TOP)\\s+(?:\\d{1,4}\\s*%?\\s+(?:(?:of|des|de|dei|der|do|dos)\\s+(?:all\\s+|los\\s+|las\\s+)?)?)?${QUALIFIERS}${LIST_NOUN_EITHER_CASE}(?![\\p{L}])${SCOPE_AFTER}${YEAR_AFTER}`,
    flags: "gu",
    platform: "list",
    required: "(?:Top|TOP)\\s",
    requiredWords: ["top"],
  },
  {
    source: `(?<![\\p{L}])top\\s+\\d{1,4}\\s*%?\\s+(?:of\\s+(?:all\\s+)?)?${QUALIFIERS}${LIST_NOUN}(?![\\p{L}])${YEAR_AFTER}`,
    flags: "giu",
    platform: "list",
    required: "top\\s+\\d",
    requiredWords: ["top"],
  },
  // "#4 in Apple Podcasts Entrepreneurship", "Ranked #3 among cybersecurity creators", "hit the #2 spot on the Apple Podcasts … chart".
  {
    source: `(?<![\\p{L}\\p{N}])(?:(?:ranked|placed|reached|hit|charted at|peaked at|rose to|climbed to)\\s+)?#\\s?\\d{1,3}(?!\\d)(?:\\s+(?:spot|place|position|slot))?\\s+${LINK_TO_LIST}\\s+${QUALIFIERS}(?:${CHART}|${LIST_NOUN})(?![\\p{L}])`,
    flags: "giu",
    platform: "list",
    required: "#\\s?\\d",
    requiredWords: [],
    requiredChar: "#",
  },
  // "Platz 2 in den Apple-Podcast-Charts", "No. 1 on Spotify's podcast charts", "ranked number 3 among UK bloggers".
  {
    source: `(?<![\\p{L}])(?:(?:ranked|placed|reached|hit|charted at|peaked at|rose to|climbed to|auf)\\s+)?${PLACE}\\d{1,3}(?!\\d)\\s+${LINK_TO_LIST}\\s+${QUALIFIERS}(?:${CHART}|${LIST_NOUN})(?![\\p{L}])`,
    flags: "giu",
    platform: "list",
    required: `${PLACE}\\d`,
    requiredWords: ["no", "number", "platz", "nr", "n", "numero", "puesto", "posto", "nummer", "plek"],
  },
  // "Top 5 no Spotify Brasil", "Top 10 on Apple Podcasts": a place among the top of a chart.
  {
    source: `(?<![\\p{L}])top\\s+\\d{1,3}(?!\\d)\\s+${LINK_TO_LIST}\\s+${QUALIFIERS}${CHART}(?![\\p{L}])`,
    flags: "giu",
    platform: "list",
    required: "top\\s+\\d",
    requiredWords: ["top"],
  },
  // "in the top 10 of the Apple Podcasts chart", "tra i primi 10 della classifica Apple Podcast Arte".
  {
    source: `(?<![\\p{L}])(?:top|primi|primeros|premiers|ersten|eerste|primeiros)\\s+\\d{1,3}(?!\\d)\\s+(?:of|della|del|de la|de los|des|der|di|de|van|da|dos|das|in|on|en|no|na|nel|nella|w)(?:\\s+(?:the|den|les|la|el|le|los|las|i|gli|os|as))?\\s+(?:(?:classifica|clasificación|classement|ranking|rankingu|Rangliste)\\s+)?${QUALIFIERS}${CHART}(?![\\p{L}])`,
    flags: "giu",
    platform: "list",
    required: "(?:top|primi|primeros|premiers|ersten|eerste|primeiros)\\s+\\d",
    requiredWords: ["top", "primi", "primeros", "premiers", "ersten", "eerste", "primeiros"],
  },
  // "the '50 HR influencers to follow'", "« 50 influenceurs RH à suivre »": a list of people to follow or to watch.
  {
    // The list is named: in quotes, or after an article or "named", "among"; and its name ends there
    // ("to follow the brief" is an instruction, "3 speakers to watch for next week" a plan).
    // The figure is matched first and the words before it looked back at from there.
    source: `(?<![\\p{L}\\p{N}])\\d{1,3}(?<=(?:["'«“‘„][^\\S\\n]?|(?<![\\p{L}])(?:the|les|los|las|die|de|i|gli|le|la|os|as|named|listed|among|parmi|entre|tra|unter|w)\\s+)\\d{1,3})(?!\\d)\\s+${QUALIFIERS}(?:${LIST_NOUN})(?:\\s+[\\p{L}&-]+){0,3}?\\s+(?:to follow|to watch|à suivre|zum Folgen|a seguir|da seguire|om te volgen|do obserwowania)(?![\\p{L}])(?=[^\\S\\n]*(?:$|[\\n.,;:!?)"'»”’]|(?:list|in|for|of|on)(?![\\p{L}])|(?:19|20)\\d\\d))${YEAR_AFTER}`,
    flags: "giu",
    platform: "list",
    required: "(?:follow|watch|suivre|folgen|seguir|seguire|volgen|obserwowania)(?![\\p{L}])",
    requiredWords: ["follow", "watch", "suivre", "folgen", "seguir", "seguire", "volgen", "obserwowania"],
  },
  // A list named in quotes, of online voices: Business Insider's "Rising Stars of the Creator Economy"
  // list, Architizer's "Top 50 Architects Online". The title must name people or works of the kind
  // influence lists rank, or say online; a quoted award title of another kind is left alone.
  {
    // The quote is matched first and the words before it looked back at from there: a pattern that
    // opens with a lookbehind would try it at every position of the text.
    source: `["“‘](?<=(?<![\\p{L}])${eitherCase("(?:named|listed|included|featured|recogni[sz]ed|selected|ranked)\\s+(?:in|on|to|among|as one of)\\s+(?:the\\s+|an?\\s+list\\s+of\\s+(?:the\\s+)?)?")}${PUBLISHER}?["“‘])(?=[^"”’\\n]{0,80}?(?:${LIST_NOUN_EITHER_CASE}|${eitherCase("rising stars|online|social media|digital|to follow|to watch")})(?![\\p{L}]))[^"”’\\n]{3,80}["”’](?:\\s+list)?${YEAR_AFTER}`,
    flags: "gu",
    platform: "list",
    required: eitherCase("(?:named|listed|included|featured|recogni[sz]ed|selected|ranked)\\s+(?:in|on|to|among|as)\\s"),
    requiredWords: ["named", "listed", "included", "featured", "recognized", "recognised", "selected", "ranked"],
  },
  // "1st place on Apple Podcasts", "1. miejsce w rankingu Apple Podcasts", "1.º lugar en Spotify": the place after its number.
  {
    source: `(?<![\\p{L}\\p{N}])\\d{1,3}(?:\\.[°º]?|st|nd|rd|th|er|e|[°ºª])?\\s+(?:place|Platz|miejsce|plaats|plek|lugar|puesto|posto)\\s+${LINK_TO_LIST}\\s+(?:(?:the\\s+)?(?:rankingu|ranking|Rangliste|classement|clasificación|classifica)\\s+)?${QUALIFIERS}${CHART}(?![\\p{L}])`,
    flags: "giu",
    platform: "list",
    required: "(?:place|platz|miejsce|plaats|plek|lugar|puesto|posto)\\s",
    requiredWords: ["place", "platz", "miejsce", "plaats", "plek", "lugar", "puesto", "posto"],
  },
  // "Named one of the UK's top fitness influencers by Women's Health UK": a place among a list's top, without its size.
  {
    source: `(?<![\\p{L}])one\\s+of\\s+the\\s+(?:[\\p{Lu}][\\p{L}.]*(?:'s|’s)\\s+)?top\\s+${QUALIFIERS}${LIST_NOUN}(?![\\p{L}])${SCOPE_AFTER}${YEAR_AFTER}`,
    flags: "giu",
    platform: "list",
    required: "one\\s+of\\s+the\\s",
    requiredWords: ["one"],
  },
  // Quora names its most-read writers on a topic: "Most Viewed Writer in Sourdough".
  {
    source: `(?<![\\p{L}])Most\\s+Viewed\\s+Writers?(?:\\s+in\\s+[\\p{L}&-]+(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,2})?${YEAR_AFTER}`,
    flags: "giu",
    platform: "quora",
    required: "most\\s+viewed\\s+writer",
    requiredWords: ["most"],
  },
  { source: `(?<![\\p{L}])(?:\\d{1,4}\\s+)?Most\\s+Influential(?:\\s+(?:[\\p{Lu}][\\p{L}&-]*|in|on|of|and|&)){0,6}${YEAR_AFTER}`, flags: "gu", platform: null, required: "Most\\s+Influential", requiredWords: ["most"] },
  // "one of the most influential tech journalists in Kenya", "Most influential women in business 2020".
  {
    source: `(?<![\\p{L}])most\\s+influential\\s+${QUALIFIERS}(?:${formsSource(INFLUENTIAL_PEOPLE)}|${LIST_NOUN})(?![\\p{L}])(?:\\s+(?:in|on|of)\\s+[\\p{L}&-]+(?:\\s+[\\p{L}&-]+)?)?${YEAR_AFTER}`,
    flags: "giu",
    platform: "list",
    required: "most\\s+influential",
    requiredWords: ["most"],
  },
  // "los 100 líderes de opinión más influyentes", "les 50 femmes les plus influentes": the adjective after the people.
  {
    source: `(?<![\\p{L}])(?:\\d{1,4}\\s+)?(?:${formsSource(INFLUENTIAL_PEOPLE)}|${LIST_NOUN})\\s+(?:[\\p{L}]+\\s+){0,3}?(?:más influyentes|les plus influent(?:e|s|es)|più influenti|mais influentes)(?![\\p{L}])${YEAR_AFTER}`,
    flags: "giu",
    platform: "list",
    required: "(?:influyentes|influent(?:e|s|es)|influenti|influentes)(?![\\p{L}])",
    requiredWords: ["influyentes", "influents", "influentes", "influente", "influenti"],
  },
  // "die 50 einflussreichsten Köpfe", "de 100 meest invloedrijke creators", "50 najbardziej wpływowych kobiet": the adjective before.
  {
    source: `(?<![\\p{L}])(?:\\d{1,4}\\s+)?(?:einflussreichsten|meest invloedrijke|najbardziej wpływowych)\\s+${QUALIFIERS}(?:${formsSource(INFLUENTIAL_PEOPLE)}|${LIST_NOUN}|\\p{L}+)(?![\\p{L}])${YEAR_AFTER}`,
    flags: "giu",
    platform: "list",
    required: "(?:einflussreichsten|meest\\s+invloedrijke|najbardziej\\s+wpływowych)",
    requiredWords: ["einflussreichsten", "meest", "najbardziej"],
  },
  { source: `(?<![\\p{L}])${PUBLISHER}?\\d{2}\\s+[Uu]nder\\s+\\d{2}(?![\\p{N}])${YEAR_AFTER}`, flags: "gu", platform: null, required: "\\d{2}\\s+[Uu]nder\\s+\\d{2}", requiredWords: ["under"], figureBefore: true },
  { source: "(?<![\\p{L}])(?:LinkedIn\\s+)?Top\\s+Voices?(?:\\s+in\\s+[\\p{Lu}][\\p{L}&-]*(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,2})?" + YEAR_AFTER, flags: "giu", platform: "linkedin", required: "top\\s+voice", requiredWords: ["top"] },
  { source: "(?<![\\p{L}])top\\s+writer(?:\\s+in\\s+[\\p{L}&-]+(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,2})?" + YEAR_AFTER, flags: "giu", platform: "medium", required: "top\\s+writer", requiredWords: ["top"] },
  { source: "(?<![\\p{L}])Kaggle\\s+(?:Competitions\\s+|Notebooks\\s+|Datasets\\s+|Discussion\\s+)?(?:Grandmaster|Master|Expert)(?![\\p{L}])", flags: "gu", platform: "kaggle", required: "Kaggle\\s", requiredWords: ["kaggle"] },
  { source: "(?<![\\p{L}])LinkedIn\\s+(?:Top\\s+Company|Influencer\\s+program|Influencer)(?![\\p{L}])", flags: "gu", platform: "linkedin", required: "LinkedIn\\s+(?:Top|Influencer)", requiredWords: ["linkedin"] },
  // A list named by its noun and size: "ABA Journal Blawg 100", "the Creator 50". Not a table's
  // row label before its figure ("Podcast | 38,000 downloads", cells joined by a tab), nor the
  // first digits of a larger figure.
  {
    source: "(?<![\\p{L}])(?:Blawg|Blog|Podcast|Creator|Influencer|Newsletter)s? (?:[1-9]\\d{1,2}|1000)(?![\\p{N}]|[.,]\\d)",
    flags: "gu",
    platform: "list",
    required: "(?:Blawg|Blog|Podcast|Creator|Influencer|Newsletter)s? [1-9]\\d",
    requiredWords: ["blawg", "blawgs", "blog", "blogs", "podcast", "podcasts", "creator", "creators", "influencer", "influencers", "newsletter", "newsletters"],
  },
];

// Compiled once; each required pattern is sticky, to be tried at the runs that are its words.
export const RANKING_RULES = RANKING_SOURCES.map((rule) => ({ ...rule, requiredPattern: new RegExp(rule.required, rule.flags.replace("g", "") + "y") }));
const REQUIRED_WORDS = new RunWords(RANKING_RULES.flatMap((rule) => rule.requiredWords));

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Where "\d{2}\s+" ending right before `wordStart` starts, or -1 when the word has no figure and white space before it. */
function figureStartBefore(text: string, wordStart: number): number {
  let at = wordStart;
  while (at > 0 && isRegexSpace(text.charCodeAt(at - 1))) at -= 1;
  if (at === wordStart || at < 2 || !isDigitCode(text.charCodeAt(at - 1)) || !isDigitCode(text.charCodeAt(at - 2))) return -1;
  return at - 2;
}

/** Which rules' required patterns occur in the text, read where their words (or their character) stand. */
export function rulesPresent(context: DetectContext): boolean[] {
  const { text } = context;
  const present = RANKING_RULES.map(() => false);
  RANKING_RULES.forEach((rule, index) => {
    if (rule.requiredChar === undefined) return;
    for (let at = text.indexOf(rule.requiredChar); at !== -1 && !present[index]; at = text.indexOf(rule.requiredChar, at + 1)) {
      rule.requiredPattern.lastIndex = at;
      present[index] = rule.requiredPattern.test(text);
    }
  });
  REQUIRED_WORDS.forEachIn(text, context.letterRuns, (wordStart, _wordEnd, word) => {
    RANKING_RULES.forEach((rule, index) => {
      if (present[index] || !rule.requiredWords.includes(word)) return;
      const start = rule.figureBefore ? figureStartBefore(text, wordStart) : wordStart;
      if (start < 0) return;
      rule.requiredPattern.lastIndex = start;
      present[index] = rule.requiredPattern.test(text);
    });
  });
  return present;
}

const LIST_PLATFORMS = [...LIST_NOUNS, ...CHARTS].map((noun) => ({ pattern: new RegExp(`(?<![\\p{L}])(?:${formsSource(noun.forms)})(?![\\p{L}])`, "iu"), platform: noun.platform }));

/** The platform a list or chart of one platform implies ("Mom Bloggers" → blog), or null. */
function platformOfList(phrase: string): string | null {
  let found: { at: number; platform: string } | null = null;
  for (const { pattern, platform } of LIST_PLATFORMS) {
    if (platform === null) continue;
    const match = pattern.exec(phrase);
    // The noun that ends the phrase ranks it; an earlier one only qualifies it.
    if (match && (!found || match.index > found.at)) found = { at: match.index, platform };
  }
  return found?.platform ?? null;
}

export function detectRankings(context: DetectContext): Finding[] {
  const { text } = context;
  const present = rulesPresent(context);
  if (!present.includes(true)) return [];
  const findings: Finding[] = [];
  const taken = new SpanIndex();
  for (const [index, rule] of RANKING_RULES.entries()) {
    if (!present[index]) continue;
    const pattern = new RegExp(rule.source, rule.flags);
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      const start = match.index;
      const end = start + match[0].replace(/[\s,(]+$/u, "").length;
      if (taken.overlapping(start, end).length > 0) continue;
      taken.add({ start, end });
      findings.push({
        kind: "ranking",
        platform: rankingPlatform(context, rule.platform, start, end),
        metric: "ranking",
        value: null,
        unit: null,
        approximate: false,
        span: { start, end },
        confidence: 0.85,
      });
    }
  }
  return findings;
}

function rankingPlatform(context: DetectContext, rulePlatform: string | null | "list", start: number, end: number): string | null {
  const { text } = context;
  if (rulePlatform === "medium") {
    // "top writer" is Medium's badge unless the line names Quora or another writing platform.
    const line = lineAt(context, start);
    return mentionsIn(context, line.start, line.end, "ranking").at(-1)?.platform ?? "medium";
  }
  if (rulePlatform !== null && rulePlatform !== "list") return rulePlatform;
  const listed = rulePlatform === "list" ? platformOfList(text.slice(start, end)) : null;
  if (listed) return listed;
  // A platform named inside the list's name, or right after it ("… creators on LinkedIn").
  const inside = mentionsIn(context, start, end, "ranking");
  if (inside.length === 1 && inside[0]) return inside[0].platform;
  const clause = clauseAt(context, start);
  if (/\bon\s+$/u.test(text.slice(Math.max(clause.start, start - 4), start))) return mentionsIn(context, start - 4, start)[0]?.platform ?? null;
  if (rulePlatform !== "list") return null;
  const after = readPlatform(context, "ranking", start, end, null);
  return after.end > end ? after.platform : null;
}
