// Which platform a figure belongs to, read from the words around it: inside the phrase
// ("12k LinkedIn connections"), right after it ("followers on X", "(Instagram)"), or earlier in the
// same sentence or list item ("Grew @BrightBakes on Instagram from 3,000 to 95,000 followers",
// "TikTok: 74.5K followers; top video 3.4M views"). A figure summed
// across several platforms ("combined", "across X, LinkedIn and Instagram") has none.

import { PLATFORMS, platformById } from "../catalog/platforms.ts";
import type { ClaimKind } from "../types.ts";
import { clauseAt, evidenceOf, firstAfter, mentionsIn, sentenceAt, type DetectContext, type PlatformMention } from "./context.ts";

export interface PlatformReading {
  platform: string | null;
  /** Where the claim's text should end: past a trailing "on Instagram" when there is one. */
  end: number;
  formerName: boolean;
  /** 1 when named inside or right after the figure, lower the farther away it was found. */
  certainty: number;
}

// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const SUM_WORDS = "combined|aggregate|cumul[ée]s?|cumule|insgesamt zusammen|across (?:all|my|our|the|\\d+|several|multiple|many)|across platforms|all platforms|all channels|channels|networks";
// "accounts" sums the writer's accounts, but not after a figure, where it is what was reached ("2.8M accounts").
const COMBINED = new RegExp(`(?<!\\w)(?:${SUM_WORDS}|(?<!\\d[kKmMB]?\\s)accounts)(?!\\w)`, "iu");
// Within the claim's own words "accounts" is always what was reached ("reached 2.8M accounts").
const COMBINED_WITHIN = new RegExp(`(?<!\\w)(?:${SUM_WORDS})(?!\\w)`, "iu");
// What may lead from a figure to the platform named after it: "on", "(", an article, and up to two
// lower-case words that qualify the platform's account ("in the companion LinkedIn group", "on my
// personal Instagram").
const AFTER_LINK =
  // A date may come first: "2.2m followers in 2017 on our Instagram".
  /^(?:\s+(?:in|as of|since|by)\s+(?:19|20)\d\d(?!\d)|\s*\((?:19|20)\d\d\))?[\s,]*(?:\(|(?:on|across|via|at|in|from|through|over|auf|bei|sur|en|em|no|nos|nas|su|sul|nel|al|alla|ai|del|della|op|na|w)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+|its\s+|le\s+|la\s+|el\s+|der\s+|dem\s+)?(?:(?!and\s|or\s)\p{Ll}[\p{Ll}-]*\s+){0,2})/u;

// What joins the names of a list: "Facebook, YouTube and Twitter", "Instagram + Facebook".
const LIST_JOIN = /^\s*(?:,|and|&|\/|\+|or|y|e|et|und|en|i)\s*(?:and\s+)?$/iu;
// Channels that are no platform of the catalog, listed before or after one.
const CHANNEL = "(?:SMS|text messages?|radio|TV|television|print|e-?mails?|direct mail|billboards?|out-of-home|OOH|press|flyers|posters|word of mouth|events?)";
const CHANNEL_BEFORE = new RegExp(`(?<![\\p{L}])${CHANNEL}(?:\\s+[\\p{Ll}-]+)?\\s*(?:,|and|&|\\+|y|e|et|und)\\s*$`, "iu");
const CHANNEL_AFTER = new RegExp(`^(?:\\s+[\\p{Ll}-]+)?\\s*(?:,|and|&|\\+|y|e|et|und)\\s*${CHANNEL}(?![\\p{L}])`, "iu");

const FIGURE_AFTER_PLATFORM = /^[^\S\n]*:?[^\S\n]*[~≈]?(\d[\d.,]*)([^\S\n]?(?:[kKmM]|mil|million|Mio\.?))?/u;

/** Whether a figure follows the platform's name that ends at `end`, and not a year ("Instagram 2023"). */
function startsBreakdown(text: string, end: number): boolean {
  const figure = FIGURE_AFTER_PLATFORM.exec(text.slice(end, end + 24));
  if (!figure) return false;
  return figure[2] !== undefined || !/^(?:19|20)\d\d$/u.test(figure[1] ?? "");
}

const ANALYTICS_AFTER_NAME = /^[^\S\n]+(?:Insights|Analytics|Studio|Creator Studio|Stats|Statistics|Business Suite|Creator Tools)(?![\p{L}])/iu;

/** The platform whose analytics a parenthesis after the figure cites as its source, within the clause. */
function analyticsSourceAfter(context: DetectContext, kind: ClaimKind, end: number, clauseEnd: number): PlatformMention | null {
  const { text } = context;
  const open = text.indexOf("(", end);
  if (open === -1 || open >= clauseEnd || open - end > 80) return null;
  const mention = mentionsIn(context, open + 1, Math.min(clauseEnd, open + 40), kind)[0];
  if (!mention || text.slice(open + 1, mention.start).replace(/(?:source|via|from|per)\s*:?/iu, "").trim() !== "") return null;
  return ANALYTICS_AFTER_NAME.test(text.slice(mention.end, mention.end + 20)) ? mention : null;
}

export function readPlatform(
  context: DetectContext,
  kind: ClaimKind,
  start: number,
  end: number,
  fallback: string | null = null,
): PlatformReading {
  const text = context.text;
  const clause = clauseAt(context, start);
  const inside = mentionsIn(context, start, end, kind);
  const insidePlatforms = new Set(inside.map((mention) => mention.platform));
  if (insidePlatforms.size === 1 && inside[0]) {
    return { platform: inside[0].platform, end, formerName: inside[0].formerName, certainty: 1 };
  }
  if (insidePlatforms.size > 1) return { platform: null, end, formerName: false, certainty: 0.9 };

  const link = AFTER_LINK.exec(text.slice(end, end + 24));
  if (link) {
    const afterStart = end + link[0].length;
    const following = mentionsIn(context, afterStart, Math.max(clause.end, afterStart), kind);
    const first = following[0];
    if (first && first.start === afterStart) {
      // "across X, LinkedIn and Instagram", "(Instagram + Facebook)": a list of platforms names none.
      const listed = following.filter((mention) => mention.start - afterStart < 60);
      const joinedList = listed.length > 1 && LIST_JOIN.test(text.slice((listed[0] as PlatformMention).end, (listed[1] as PlatformMention).start));
      if ((/across/iu.test(link[0]) || joinedList) && new Set(listed.map((mention) => mention.platform)).size > 1) {
        const last = listed[listed.length - 1] ?? first;
        return { platform: null, end: last.end, formerName: false, certainty: 0.9 };
      }
      // "2.8M (TikTok 2.1M, Instagram 540K)": a platform with a figure of its own starts a breakdown
      // of this one, which the platforms share.
      if (startsBreakdown(text, first.end)) return { platform: null, end, formerName: false, certainty: 0.9 };
      const closing = link[0].includes("(") && text[first.end] === ")" ? 1 : 0;
      return { platform: first.platform, end: first.end + closing, formerName: first.formerName, certainty: 1 };
    }
  }

  // "2.3M accounts reached in the last 30 days (Instagram Insights, Feb 2024)": the figure's source
  // is a platform's own analytics.
  const source = analyticsSourceAfter(context, kind, end, clause.end);
  if (source) return { platform: source.platform, end, formerName: source.formerName, certainty: 0.95 };

  const leadIn = text.slice(clause.start, start);
  if (COMBINED_WITHIN.test(text.slice(start, end)) || (COMBINED.test(leadIn) && !namedAfterCombined(context, kind, clause.start, leadIn))) {
    return { platform: null, end, formerName: false, certainty: 0.85 };
  }
  // A platform named earlier carries over within the sentence or list item, across ";" and "|".
  const sentence = sentenceAt(context, start);
  const before = mentionsIn(context, sentence.start, start, kind);
  const nearest = before[before.length - 1];
  if (nearest) {
    // "profiles on Facebook, YouTube and Twitter … 3 million fans": a list names no single platform.
    const previous = before[before.length - 2];
    if (previous && previous.platform !== nearest.platform && LIST_JOIN.test(text.slice(previous.end, nearest.start))) {
      return { platform: null, end, formerName: false, certainty: 0.8 };
    }
    // "SMS alerts and Facebook posts reached 2.3 million people": a platform listed with a channel
    // that is none (radio, print, e-mail) shares the figure with it.
    if (CHANNEL_BEFORE.test(text.slice(Math.max(sentence.start, nearest.start - 32), nearest.start)) || CHANNEL_AFTER.test(text.slice(nearest.end, Math.min(start, nearest.end + 32)))) {
      return { platform: null, end, formerName: false, certainty: 0.8 };
    }
    const distance = start - nearest.end;
    return { platform: nearest.platform, end, formerName: nearest.formerName, certainty: distance < 40 ? 0.95 : 0.85 };
  }
  const evidence = evidenceOf(context);
  for (let index = firstAfter(evidence, sentence.start - 200, (mark) => mark.start); index < evidence.length; index += 1) {
    const mark = evidence[index];
    if (!mark || mark.start >= start) break;
    if (mark.end > sentence.start && mark.platform) return { platform: mark.platform, end, formerName: false, certainty: 0.85 };
  }
  const format = formatPlatform(text.slice(sentence.start, end), kind);
  if (format) return { platform: format, end, formerName: false, certainty: 0.8 };
  return { platform: fallback, end, formerName: false, certainty: fallback ? 0.8 : 0.75 };
}

const COMBINED_ALL = new RegExp(COMBINED.source, "giu");

/**
 * Whether a platform is named after the last word that sums accounts in the lead-in: "existing
 * channels (Facebook 12,400 followers; …)" names Facebook's figure; "a combined 2M followers" names none.
 */
function namedAfterCombined(context: DetectContext, kind: ClaimKind, leadStart: number, leadIn: string): boolean {
  // Only the lead-in's last stretch is read, so a long clause of figures costs the same per figure.
  const windowStart = Math.max(0, leadIn.length - NAMED_AFTER_WINDOW);
  const window = leadIn.slice(windowStart);
  let lastEnd = 0;
  COMBINED_ALL.lastIndex = 0;
  for (let match = COMBINED_ALL.exec(window); match !== null; match = COMBINED_ALL.exec(window)) lastEnd = match.index + match[0].length;
  const from = leadStart + windowStart + lastEnd;
  const named = mentionsIn(context, from, leadStart + leadIn.length, kind)[0];
  // "across all channels, including Instagram, …": an example of the sum, not the figure's own.
  return named !== undefined && !INCLUDING.test(context.text.slice(from, named.start));
}
const NAMED_AFTER_WINDOW = 240;
const INCLUDING = /(?<!\w)(?:including|incl\.|such as|like|notably|especially|einschließlich|darunter|dont|incluyendo|como|inclusi|tra cui|waaronder|w tym)(?!\w)/iu;

const FORMAT_WORDS = PLATFORMS.flatMap((entry) => (entry.formatWords ?? []).map((word) => ({ word, platform: entry.id })));
const FORMAT_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}])(?:${FORMAT_WORDS.map(({ word }) => word.replace(/ /gu, "\\s+")).sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}\\p{N}])`, "u");
const FORMAT_OWNER = new Map(FORMAT_WORDS.map(({ word, platform }) => [word.replace(/\s+/gu, " "), platform]));

/** The platform whose kind of post the sentence names ("our best Reel", "Spotlight videos"), or null. */
function formatPlatform(stretch: string, kind: ClaimKind): string | null {
  const match = FORMAT_PATTERN.exec(stretch);
  if (!match) return null;
  const platform = FORMAT_OWNER.get(match[0].replace(/\s+/gu, " ")) ?? null;
  return platform && platformById(platform)?.kinds.includes(kind) ? platform : null;
}
