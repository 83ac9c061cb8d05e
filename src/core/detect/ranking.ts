// Rankings and lists: "Top 50 B2B Marketing Influencers 2022", "LinkedIn Top Voice", "Forbes Top
// Creators 2024", "30 Under 30", "25 Most Influential People in HR Tech", Medium's "top writer",
// Kaggle tiers. A bare "top 3%" or "top performer" is not a list of influencers.

import { clauseAt, lineAt, mentionsIn, SpanIndex, type DetectContext } from "./context.ts";
import { isRegexSpace } from "../pattern-scan.ts";
import type { Finding } from "./finding.ts";
import { RunWords } from "./letter-runs.ts";

const LIST_NOUN =
  "(?:Influencers?|Voices?|Creators?|Bloggers?|Tweeters?|Tweeps|Podcasters?|YouTubers?|Instagrammers?|TikTokers?|Thought[- ]Leaders?|Writers?|Social Media (?:Marketers|Influencers|Experts|Personalities)|Personalities|Accounts to Follow|People to Follow|Marketers|Minds|Brands to Follow|Newsletters|Podcasts|Blogs|Streamers|Influential)";
const PUBLISHER = "(?:(?:[\\p{Lu}][\\p{L}&.-]+(?:'s|’s)?\\s+){1,2})";
const QUALIFIERS = "(?:(?:[\\p{Lu}\\d][\\p{L}\\d&/+.-]*|and|of|in|&|on)\\s+){0,5}?";
const YEAR_AFTER = "(?:,?\\s*\\(?\\s*(?:19|20)\\d\\d\\)?)?";
const SCOPE_AFTER = "(?:\\s+(?:to Follow|on (?:Twitter|LinkedIn|X|Instagram|TikTok|YouTube|Medium)|in [\\p{Lu}][\\p{L}&-]*(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,3}))?";

// `required`: a short pattern every match of the rule contains, read with the rule's own flags; a text
// without it skips the rule instead of running the long pattern over every position. It starts at a
// run of letters that is `requiredWord` (ignoring case), the first word of the cue, which the rule
// wants after a space or a character that is no letter; "30 Under 30" starts at the figure before
// the word ("figureBefore"). letter-runs.test.ts holds each rule to its word.
interface RankingRule {
  source: string;
  flags: string;
  platform: string | null;
  required: string;
  requiredWord: string;
  figureBefore?: true;
}

const RANKING_SOURCES: RankingRule[] = [
  // "Top 100 B2B Marketing Influencers 2022", "Forbes Top Creators 2024", "top 50 influencers in fintech".
  {
    source: `(?<![\\p{L}])${PUBLISHER}?(?:Top|TOP)\\s+(?:\\d{1,4}\\s+)?${QUALIFIERS}${LIST_NOUN}${SCOPE_AFTER}${YEAR_AFTER}`,
    flags: "gu",
    platform: null,
    required: "(?:Top|TOP)\\s",
    requiredWord: "top",
  },
  { source: "(?<![\\p{L}])top\\s+\\d{1,4}\\s+(?:[\\p{L}&/-]+\\s+){0,3}?(?:influencers|voices|creators|bloggers|tweeters|podcasters|thought leaders|accounts to follow|people to follow)(?![\\p{L}])" + YEAR_AFTER, flags: "giu", platform: null, required: "top\\s+\\d", requiredWord: "top" },
  { source: `(?<![\\p{L}])(?:\\d{1,4}\\s+)?Most\\s+Influential(?:\\s+(?:[\\p{Lu}][\\p{L}&-]*|in|on|of|and|&)){0,6}${YEAR_AFTER}`, flags: "gu", platform: null, required: "Most\\s+Influential", requiredWord: "most" },
  { source: `(?<![\\p{L}])${PUBLISHER}?\\d{2}\\s+[Uu]nder\\s+\\d{2}(?![\\p{N}])${YEAR_AFTER}`, flags: "gu", platform: null, required: "\\d{2}\\s+[Uu]nder\\s+\\d{2}", requiredWord: "under", figureBefore: true },
  { source: "(?<![\\p{L}])(?:LinkedIn\\s+)?Top\\s+Voices?(?:\\s+in\\s+[\\p{Lu}][\\p{L}&-]*(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,2})?" + YEAR_AFTER, flags: "giu", platform: "linkedin", required: "top\\s+voice", requiredWord: "top" },
  { source: "(?<![\\p{L}])top\\s+writer(?:\\s+in\\s+[\\p{L}&-]+(?:\\s+[\\p{Lu}][\\p{L}&-]*){0,2})?" + YEAR_AFTER, flags: "giu", platform: "medium", required: "top\\s+writer", requiredWord: "top" },
  { source: "(?<![\\p{L}])Kaggle\\s+(?:Competitions\\s+|Notebooks\\s+|Datasets\\s+|Discussion\\s+)?(?:Grandmaster|Master|Expert)(?![\\p{L}])", flags: "gu", platform: "kaggle", required: "Kaggle\\s", requiredWord: "kaggle" },
  { source: "(?<![\\p{L}])LinkedIn\\s+(?:Top\\s+Company|Influencer\\s+program|Influencer)(?![\\p{L}])", flags: "gu", platform: "linkedin", required: "LinkedIn\\s+(?:Top|Influencer)", requiredWord: "linkedin" },
];

// Compiled once; each required pattern is sticky, to be tried at the runs that are its word.
export const RANKING_RULES = RANKING_SOURCES.map((rule) => ({ ...rule, requiredPattern: new RegExp(rule.required, rule.flags.replace("g", "") + "y") }));
const REQUIRED_WORDS = new RunWords(RANKING_RULES.map((rule) => rule.requiredWord));

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

/** Which rules' required patterns occur in the text, read where their words stand. */
export function rulesPresent(context: DetectContext): boolean[] {
  const { text } = context;
  const present = RANKING_RULES.map(() => false);
  REQUIRED_WORDS.forEachIn(text, context.letterRuns, (wordStart, _wordEnd, word) => {
    RANKING_RULES.forEach((rule, index) => {
      if (present[index] || rule.requiredWord !== word) return;
      const start = rule.figureBefore ? figureStartBefore(text, wordStart) : wordStart;
      if (start < 0) return;
      rule.requiredPattern.lastIndex = start;
      present[index] = rule.requiredPattern.test(text);
    });
  });
  return present;
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
      let platform = rule.platform;
      if (rule.platform === "medium") {
        // "top writer" is Medium's badge unless the line names Quora or another writing platform.
        const line = lineAt(context, start);
        const named = mentionsIn(context, line.start, line.end, "ranking").at(-1);
        platform = named ? named.platform : "medium";
      } else if (rule.platform === null) {
        const inList = mentionsIn(context, start, end, "ranking");
        const clause = clauseAt(context, start);
        const onPlatform = /\bon\s+$/u.test(text.slice(Math.max(clause.start, start - 4), start)) ? mentionsIn(context, start - 4, start) : [];
        platform = inList.length === 1 && inList[0] ? inList[0].platform : onPlatform[0]?.platform ?? null;
      }
      findings.push({
        kind: "ranking",
        platform,
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
