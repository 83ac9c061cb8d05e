// Audience: people who chose to follow — followers, subscribers, connections, fans, page likes,
// listeners — in English, German, French and Spanish. "880K on Instagram" and "Instagram 520k | TikTok 1.1M"
// count followers too, when the figure sits right against a platform's name.

import type { NumberToken } from "../numbers/parse.ts";
import { clauseAt, mentionsIn, SpanIndex, type DetectContext, type PlatformMention } from "./context.ts";
import { compileNouns, figureFacts, findCounts, type CountSite } from "./counted.ts";
import type { Finding } from "./finding.ts";
import type { Span } from "../types.ts";

// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const EMAIL_CONTEXT = /(?<!\w)(?:e-?mail|mailing|list|newsletter|channel|blog|podcast|my|our|audience|readers|substack|youtube|followers)(?!\w)/iu;
const NOT_AUDIENCE_SUBSCRIBERS = /(?<!\w)(?:telecom\w*|wireless|mobile|broadband|cable|carrier|operator|SaaS|billing|plans?|insurance|utility|customers|fiber|fibre|subscription box|magazine subscribers)(?!\w)/iu;
// "An audience of 300" at a talk is a room, not a following.
const ONLINE_AUDIENCE = /(?<!\w)(?:online|social|digital|followers|subscribers|newsletter|podcast|channel|blog|combined|organic)(?!\w)/iu;
const LIVE_AUDIENCE = /(?<!\w)(?:presentation|presented|speech|address|keynote|conference|live|in-person|room|attendees|session|seminar|workshop|panel|stage|theatre|theater|concert|performance)(?!\w)/iu;
const PAGE_CONTEXT = /(?<!\w)(?:page|pages|fan ?page|fans)(?!\w)/iu;

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

function subscribersVerdict(site: CountSite): boolean | string {
  if (site.platform === "reddit") return false;
  if (site.platform) return true;
  if (NOT_AUDIENCE_SUBSCRIBERS.test(site.clauseText)) return false;
  return EMAIL_CONTEXT.test(site.clauseText);
}

function defaultForSubscribers(site: CountSite): string | null {
  if (/(?<!\w)channel(?!\w)/iu.test(site.clauseText)) return "youtube";
  if (/(?<!\w)(?:e-?mail|mailing)(?!\w)/iu.test(site.clauseText)) return "newsletter";
  return null;
}

const NOUNS = compileNouns([
  { pattern: "followers?|Follower(?:innen)?|abonn[ée]s|seguidores", metric: "followers", leading: true },
  { pattern: "following", metric: "followers", leading: true, accept: (site) => site.nounSpan.start < site.number.start },
  { pattern: "subscribers?|subs|Abonnenten|suscriptores|abonnés YouTube", metric: "subscribers", leading: true, accept: subscribersVerdict, defaultPlatform: defaultForSubscribers },
  { pattern: "subscriber base|audience|fan ?base", metric: "audience", leading: true, accept: (site) => site.nounSpan.start < site.number.start && (site.platform !== null || ONLINE_AUDIENCE.test(site.clauseText)) && !LIVE_AUDIENCE.test(site.clauseText) },
  { pattern: "(?:LinkedIn |1st[- ]degree |first[- ]degree )?connections|Kontakte", metric: "connections", leading: true, defaultPlatform: () => "linkedin" },
  { pattern: "fans", metric: "fans", leading: true },
  { pattern: "page likes|page fans|likes", metric: "page_likes", accept: (site) => PAGE_CONTEXT.test(site.clauseText) && !/\bposts?\b|\bvideos?\b/iu.test(site.clauseText) },
  { pattern: "(?:monthly |weekly )?listeners|Hörer|auditeurs|oyentes", metric: "listeners", accept: (site) => site.platform !== null || /(?<!\w)(?:podcast|show|radio|Spaces|monthly|weekly)(?!\w)/iu.test(site.clauseText) },
]);

// "Instagram 520k", "TikTok: 1.1M": a platform name right before a figure that ends the phrase.
const PLATFORM_LEAD = /[:\s–—-]*$/u;
const FIGURE_END = /^\s*(?:$|[|,;./)\n•·]|and\b|&)/u;
// "880K on Instagram": a figure right before "on <platform>".
const ON_PLATFORM = /^\s+on\s+/u;

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
      const listOfAudiences = /(?<!\w)(?:followers|subscribers|fans|audience)(?!\w)/iu.test(text.slice(clause.start, clause.end));
      if (mention && mention.start === mentionStart && (token.scaled || listOfAudiences)) {
        findings.push(followersOn(token, mention, { start: token.prefixStart, end: mention.end }, listOfAudiences ? 0.85 : 0.7));
        continue;
      }
    }
    if (!FIGURE_END.test(text.slice(token.end, token.end + 6))) continue;
    const lead = text.slice(Math.max(clause.start, token.prefixStart - 24), token.prefixStart);
    const leadMatch = PLATFORM_LEAD.exec(lead);
    const mentionEnd = token.prefixStart - (leadMatch ? leadMatch[0].length : 0);
    const mention = mentionsIn(context, Math.max(clause.start, mentionEnd - 24), mentionEnd, "audience").at(-1);
    if (!mention || mention.end !== mentionEnd) continue;
    findings.push(followersOn(token, mention, { start: mention.start, end: token.end }, 0.75));
  }
  return findings;
}

export function detectAudience(context: DetectContext): Finding[] {
  const counted = findCounts(context, "audience", NOUNS, 0.92);
  return [...counted, ...findBareFigures(context, counted)];
}
