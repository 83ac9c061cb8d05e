// Audience: people who chose to follow — followers, subscribers, connections, fans, page likes,
// listeners — read from the measure lexicon (lexicon/measures.ts). "880K on Instagram" and
// "Instagram 520k | TikTok 1.1M" count followers too, when the figure sits right against a
// platform's name.

import type { NumberToken } from "../numbers/parse.ts";
import { clauseAt, mentionsIn, sentenceAt, SpanIndex, type DetectContext, type PlatformMention } from "./context.ts";
import { countsOf, countsOfKind, figureFacts, growthBefore, membersNamedEnd } from "./counted.ts";
import type { Finding } from "./finding.ts";
import type { Span } from "../types.ts";

/** Followers on a named platform, read from "Instagram 520k" or "520k on Instagram". */
function followersOn(token: NumberToken, mention: PlatformMention, span: Span, confidence: number): Finding {
  return {
    kind: "audience",
    platform: mention.platform,
    metric: "followers",
    value: token.indefinite ? null : token.value,
    unit: "count",
    approximate: token.approximate,
    span,
    confidence,
    significantDigits: token.significantDigits,
    formerName: mention.formerName,
  };
}

// "Instagram 520k", "TikTok: 1.1M", "en Threads, 6.200", "my Instagram is at 58K", "Threads launch:
// 7K in week one", "TikTok @priyacooks 96K", "moved over from X, where I had 19K": a platform name
// shortly before a figure that ends the phrase. What may stand between them: a link's path
// ("instagram.com/harvestandco — 12k"), signs, a comma, a short verb, the writer having it ("where I
// had"), one word and a colon, a handle, an opening parenthesis ("the brand Instagram (41K)").
const LINK_TO_FIGURE =
  /^(?:\/[\w@%.~-]*)?(?:[\s:–—-]*|[^\S\n]*,[^\S\n]*|(?:[^\S\n]+(?:page|account|channel|profile|group))?[^\S\n]*\([^\S\n]*|[^\S\n]+(?:is at|is now at|now at|is|has|had|with|at|hit|hits|reached|of|de|di|mit|avec|con|com)[^\S\n]+|(?:[^\S\n]*,)?[^\S\n]+(?:where[^\S\n]+)?(?:I|we)[^\S\n]+(?:have|had|hit|reached|passed)[^\S\n]+|[^\S\n]+[\p{Ll}-]{2,20}[^\S\n]?:[^\S\n]*|[^\S\n]*\(?@[\w.]+\)?[^\S\n]*[:–—-]?[^\S\n]*)$/u;
const FIGURE_END = /^\s*(?:$|[|,;./)(\n•·]|(?:and|in|on|since|across|during|within|as of|et|y|e|und|en)(?![\p{L}])|&)/iu;
const GROWN = /(?<![\p{L}])(?:grown|grew|grow|increased|went|rose|climbed|expanded|built)(?![\p{L}])[^.;]*$/iu;
// "880K on Instagram", "1,1 million sur TikTok": a figure right before "on <platform>".
const ON_PLATFORM = /^\s+(?:on|sur|auf|en|em|no|na|su|op|w)\s+/u;
const AUDIENCE_WORDS = /(?<!\w)(?:followers|subscribers|fans|audience|abonnés|abonnees|Abonnenten|Follower|seguidores|follower|volgers|obserwujących|iscritti|suscriptores|inscritos)(?!\w)/iu;

function isBareFigure(token: NumberToken): boolean {
  return !token.currency && token.unit === "count" && !token.yearLike && (token.scaled || token.value >= 1000);
}

function findBareFigures(context: DetectContext, taken: Finding[]): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  const takenSpans = new SpanIndex();
  for (const finding of taken) takenSpans.add(finding.span);
  for (let index = 0; index < context.numbers.length; index += 1) {
    const token = context.numbers[index] as NumberToken;
    if (!isBareFigure(token) || figureFacts(context, index).growthStart) continue;
    if (takenSpans.overlapping(token.start, token.end).length > 0) continue;
    const clause = clauseAt(context, token.start);
    const onMatch = ON_PLATFORM.exec(text.slice(token.end, token.end + 8));
    if (onMatch) {
      const mentionStart = token.end + onMatch[0].length;
      const mention = mentionsIn(context, mentionStart, mentionStart + 40, "audience")[0];
      const listOfAudiences = AUDIENCE_WORDS.test(text.slice(clause.start, clause.end));
      if (mention && mention.start === mentionStart && (token.scaled || listOfAudiences)) {
        findings.push(followersOn(token, mention, { start: token.prefixStart, end: mention.end }, listOfAudiences ? 0.85 : 0.7));
        continue;
      }
    }
    const sentence = sentenceAt(context, token.start);
    if (!FIGURE_END.test(text.slice(token.end, token.end + 12))) {
      const delivered = deliveredTo(context, token, sentence);
      if (delivered) findings.push(delivered);
      continue;
    }
    const mention = mentionsIn(context, Math.max(sentence.start, token.prefixStart - 40), token.prefixStart, "audience").at(-1);
    if (mention && LINK_TO_FIGURE.test(text.slice(mention.end, token.prefixStart))) {
      // "TikTok (212K)": the parenthesis the link opened is closed in the claim's words.
      const closes = text.slice(mention.end, token.prefixStart).includes("(") && text.charAt(token.end) === ")";
      findings.push(followersOn(token, mention, { start: mention.start, end: token.end + (closes ? 1 : 0) }, 0.75));
      continue;
    }
    // "Took over the branch's Instagram in 2021 (1,100 followers) and grew it to 9,800": the account
    // of the audience figure just before, grown to a bare figure.
    const grownOn = grownFromFigureBefore(context, token, sentence, taken);
    if (grownOn) {
      findings.push(grownOn);
      continue;
    }
    // "Took the zoo's TikTok to 410K", "Grew Halden Bakehouse's Instagram to 80K": an account, grown to a bare figure.
    const grownTo = grownToFigure(context, token, sentence);
    if (grownTo) {
      findings.push(grownTo);
      continue;
    }
    // "e-mail list of runners, which has grown from 1,500 to more than 10,000": a named account grown to a bare figure.
    const growth = growthBefore(text, token.prefixStart);
    if (!growth || !GROWN.test(text.slice(Math.max(sentence.start, growth.start - 32), growth.start))) continue;
    const grown = mentionsIn(context, sentence.start, growth.start, "audience").at(-1);
    if (grown) findings.push({ ...followersOn(token, grown, { start: growth.start, end: token.end }, 0.7), metric: grown.platform === "newsletter" ? "subscribers" : "followers", previousValue: growth.previous });
  }
  return findings;
}

// Between an account's platform and the figure it was grown to: the account's own word, "to".
const ACCOUNT_TO_FIGURE = /^(?:[^\S\n]+(?:account|page|channel|profile|following|audience|presence))?[^\S\n]+to[^\S\n]+(?:over[^\S\n]+|more than[^\S\n]+|nearly[^\S\n]+|almost[^\S\n]+|about[^\S\n]+|some[^\S\n]+)?$/iu;
// The verb that grew it, at most six words before the platform ("Took the zoo's TikTok").
const GREW_ACCOUNT = /(?<![\p{L}])(?:grew|grown|growing|took|taken|taking|built|building|scaled|scaling|brought|bringing)(?![\p{L}])(?:[^\S\n]+[^\s.;:]+){0,5}[^\S\n]*$/iu;

// "… and grew it to", "took them to over": the verb of growth and the account as a pronoun, right before the figure.
const GREW_IT_TO = /(?<![\p{L}])(?:grew|grown|took|taken|built|brought|scaled|pushed)[^\S\n]+(?:it|them|the account|the page|the channel|the list)[^\S\n]+to[^\S\n]+(?:over[^\S\n]+|more than[^\S\n]+|nearly[^\S\n]+|almost[^\S\n]+|about[^\S\n]+)?$/iu;

function grownFromFigureBefore(context: DetectContext, token: NumberToken, sentence: Span, taken: readonly Finding[]): Finding | null {
  const { text } = context;
  const verb = GREW_IT_TO.exec(text.slice(Math.max(sentence.start, token.prefixStart - 48), token.prefixStart));
  if (!verb) return null;
  const verbStart = Math.max(sentence.start, token.prefixStart - 48) + verb.index;
  // The audience figure the pronoun stands for: the last one of the sentence before the verb, found
  // by binary search in the figures ordered by where they start.
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (taken[middle]!.span.start < verbStart) low = middle + 1;
    else high = middle;
  }
  let before: Finding | null = null;
  for (let index = low - 1; index >= 0 && taken[index]!.span.start >= sentence.start && low - index <= 8; index -= 1) {
    const finding = taken[index]!;
    if (finding.kind === "audience" && finding.value !== null && finding.span.end <= verbStart) {
      before = finding;
      break;
    }
  }
  if (before === null || token.value <= (before.value ?? 0)) return null;
  return { ...before, value: token.indefinite ? null : token.value, approximate: token.approximate, span: { start: verbStart, end: token.end }, confidence: 0.75, significantDigits: token.significantDigits, previousValue: before.value };
}

function grownToFigure(context: DetectContext, token: NumberToken, sentence: Span): Finding | null {
  const { text } = context;
  const mention = mentionsIn(context, Math.max(sentence.start, token.prefixStart - 48), token.prefixStart, "audience").at(-1);
  if (!mention || !ACCOUNT_TO_FIGURE.test(text.slice(mention.end, token.prefixStart))) return null;
  const verb = GREW_ACCOUNT.exec(text.slice(Math.max(sentence.start, mention.start - 64), mention.start));
  if (!verb) return null;
  const start = Math.max(sentence.start, mention.start - 64) + verb.index;
  return followersOn(token, mention, { start, end: token.end }, 0.75);
}

// "Email list of 61K creators", "her newsletter reaches 48,000 marketers", "goes out to 22,000
// founders every Friday": a list's figure followed by who is on it. Read by them, it is reach.
const TO_LIST_PEOPLE = /(?:^|[^\S\n])(?:(?:of|with|has|reaches|reaching|reached|goes out to|going out to|went out to|(?:is |are )?sent to|(?:is |are )?delivered to|lands with)|((?:is |are )?read by))[^\S\n]+(?:over[^\S\n]+|more than[^\S\n]+|nearly[^\S\n]+|about[^\S\n]+|some[^\S\n]+)?$/iu;
// A staff or parents' newsletter is internal communication, not an audience the writer built.
const INTERNAL_LIST = /(?<!\w)(?:employees|staff|internal|intranet|parents|families|faculty|colleagues|company newsletter)(?!\w)/iu;
const LIST_PLATFORMS = new Set(["newsletter", "substack", "ghost", "beehiiv"]);

function deliveredTo(context: DetectContext, token: NumberToken, sentence: Span): Finding | null {
  const { text } = context;
  const membersEnd = membersNamedEnd(text, token.end);
  if (membersEnd === null) return null;
  const mention = mentionsIn(context, Math.max(sentence.start, token.prefixStart - 48), token.prefixStart, "audience").at(-1);
  if (!mention || !LIST_PLATFORMS.has(mention.platform)) return null;
  if (INTERNAL_LIST.test(text.slice(sentence.start, sentence.end))) return null;
  const link = TO_LIST_PEOPLE.exec(text.slice(mention.end, token.prefixStart));
  // Only the list's own words, or a few, between its name and the verb: "newsletter (weekly) reaches".
  if (!link || link.index > 24) return null;
  const finding = followersOn(token, mention, { start: mention.start, end: membersEnd }, 0.75);
  return link[1] ? { ...finding, kind: "reach", metric: "readers" } : { ...finding, metric: "subscribers" };
}

export function detectAudience(context: DetectContext): Finding[] {
  return [...countsOfKind(context, "audience"), ...findBareFigures(context, countsOf(context))];
}
