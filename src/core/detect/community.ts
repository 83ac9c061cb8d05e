// Communities founded, hosted or moderated: a Discord server of 22,000 members, a subreddit with
// 480k subscribers, a Meetup network, a Slack group, a weekly Twitter chat. Professional associations'
// member counts are not a community the writer built, so they are left out.

import { clauseAt, SpanIndex, type DetectContext } from "./context.ts";
import { countsOfKind } from "./counted.ts";
import type { Finding } from "./finding.ts";

// A community named with the verb that shows the writer's part in it, and no member count.
const NAMED_COMMUNITY_SOURCE =
  "(Discord (?:server|community)|Slack (?:community|workspace|group)|subreddit|(?<!\\w)r\\/[A-Za-z0-9_]{3,21}|Meetup(?: group)?|Facebook group|LinkedIn group|(?:Twitter|X) chat|#\\w+[Cc]hat(?!\\w)|Twitter Spaces?|Telegram group|WhatsApp (?:group|community)|Clubhouse (?:club|room)|online community)";
const FOUNDED_COMMUNITY = new RegExp(
  "(?<!\\w)(?:co-?founded|founded|founder of|co-?founder of|host(?:ed|s|ing)?|host of|co-?host(?:ed|s)?|moderat(?:e|ed|es|ing|or of)|run|ran|runs|built|created|launched|started|organi[sz](?:e|ed|es|er of)|lead|led|leads|manage[sd]?)(?!\\w)[^.;\\n|]{0,60}?" +
    NAMED_COMMUNITY_SOURCE,
  "iu",
);
// Every match of FOUNDED_COMMUNITY holds a named community, and this pattern finds one in a single pass;
// FOUNDED_COMMUNITY tries a stretch of up to 60 characters after every verb ("led", "run", "built"),
// which résumés are full of, so a clause naming no community is turned away first.
const NAMED_COMMUNITY = new RegExp(NAMED_COMMUNITY_SOURCE, "iu");
const INTERNAL_BEFORE = /(?<!\w)(?:internal|staff|employee|intranet|company-wide|interne?|intern[oa]|interno|interna)\s+$/iu;
const USED_AS_A_CHANNEL = /(?<!\w)(?:via|through|using|across)(?!\w)/iu;
// "hosted a Reddit AMA on r/devops": the verb governs an event held in someone else's community.
const EVENT_HELD_IN = /(?<!\w)(?:AMA|AMAs|Q&A|sessions?|webinars?|talks?|events?|posts?|threads?|workshops?|live ?streams?|giveaways?)\s+(?:on|in|at)\s+(?:the\s+)?$/iu;

const PLATFORM_OF: Array<[RegExp, string | null]> = [
  [/^Discord/u, "discord"],
  [/^Slack/u, "slack"],
  [/subreddit|^r\//u, "reddit"],
  [/^Meetup/u, "meetup"],
  [/^Facebook/u, "facebook"],
  [/^LinkedIn/u, "linkedin"],
  [/^(?:Twitter|X) |^#|Spaces/iu, "x"],
  [/^Telegram/u, "telegram"],
  [/^WhatsApp/u, "whatsapp"],
  [/^Clubhouse/u, "clubhouse"],
  [/online community/u, null],
];

/** Words that a clause naming a community holds, as written (case matters), in order of preference. */
const COMMUNITY_KEYWORDS = ["Discord", "Slack", "subreddit", "r/", "Meetup", "group", "chat", "Chat", "Spaces", "Telegram", "WhatsApp", "Clubhouse", "online community"];

/**
 * Where the keywords stand, as a scan with their alternation would give them: leftmost first, the
 * earlier keyword where two start together, none starting inside the one before. A native search
 * per keyword runs through a résumé several times faster than the alternation does.
 */
export function keywordStarts(text: string): number[] {
  const found: Array<{ start: number; end: number }> = [];
  for (const keyword of COMMUNITY_KEYWORDS) {
    for (let at = text.indexOf(keyword); at !== -1; at = text.indexOf(keyword, at + 1)) found.push({ start: at, end: at + keyword.length });
  }
  // A stable sort keeps keywords that start together in the order above.
  found.sort((a, b) => a.start - b.start);
  const starts: number[] = [];
  let end = 0;
  for (const hit of found) {
    if (hit.start < end) continue;
    starts.push(hit.start);
    end = hit.end;
  }
  return starts;
}

function findNamedCommunities(context: DetectContext, counted: Finding[]): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  let lastClauseEnd = -1;
  const countedSpans = new SpanIndex();
  for (const finding of counted) countedSpans.add(finding.span);
  for (const keywordStart of keywordStarts(text)) {
    if (keywordStart < lastClauseEnd) continue;
    const clause = clauseAt(context, keywordStart);
    lastClauseEnd = clause.end;
    if (countedSpans.overlapping(clause.start, clause.end).length > 0) continue;
    const clauseText = text.slice(clause.start, clause.end);
    if (!NAMED_COMMUNITY.test(clauseText)) continue;
    const match = FOUNDED_COMMUNITY.exec(clauseText);
    if (!match) continue;
    const named = match[1] ?? "";
    // "revenue streams via LinkedIn and Meetups": a channel the writer used, not one they run.
    const governed = match[0].slice(0, match[0].length - named.length);
    if (USED_AS_A_CHANNEL.test(governed) || EVENT_HELD_IN.test(governed)) continue;
    // "an internal WhatsApp community for ward staff": a workplace channel, not an audience built.
    if (INTERNAL_BEFORE.test(governed.slice(-24))) continue;
    const platform = PLATFORM_OF.find(([pattern]) => pattern.test(named))?.[1] ?? null;
    const start = clause.start + match.index;
    findings.push({
      kind: "community",
      platform,
      metric: "community",
      value: null,
      unit: null,
      approximate: false,
      span: { start, end: start + match[0].length },
      confidence: 0.8,
    });
  }
  return findings;
}

export function detectCommunities(context: DetectContext): Finding[] {
  const counted = countsOfKind(context, "community");
  return [...counted, ...findNamedCommunities(context, counted)];
}
