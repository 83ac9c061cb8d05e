// Engagement: rates (engagement, open, click-through, completion) and counts of likes, shares,
// reactions and comments. Rates of employee, student or customer engagement are not online influence.

import { clauseAt, rowLabelAt, tableCellAt, type DetectContext } from "./context.ts";
import { countsOfKind, GROWN_BETWEEN, GROWTH_NOUN, GROWTH_VERB, lastMatch } from "./counted.ts";
import type { Finding } from "./finding.ts";
import { formsSource } from "./lexicon/forms.ts";
import { RATES, type RateEntry } from "./lexicon/measures.ts";
import { NEWSLETTER_CONTEXT } from "./measure-guards.ts";
import { readPlatform } from "./platform.ts";

function rateSource(entry: RateEntry): string {
  return formsSource(entry.forms);
}

// Every rate's words, from the lexicon (lexicon/measures.ts), as one alternation, after what may
// qualify any of them ("average engagement rate", "newsletter open rate", "video completion rate").
const RATE_QUALIFIER = "(?:average |avg\\.? |organic |post |video |reel |story |email |e-mail |newsletter )?";
const RATE_KEYWORD = `${RATE_QUALIFIER}(?:${RATES.map(rateSource).join("|")})`;
const RATE_WHOLE = RATES.map((entry) => ({ metric: entry.metric, pattern: new RegExp(`^(?:${rateSource(entry)})$`, "iu") }));
const RATE_BEFORE = new RegExp(`(?<![\\p{L}])(${RATE_KEYWORD})(?![\\p{L}])[^.;|\\n\\d%]{0,40}?(?:from\\s+[~≈]?\\d[\\d.,]*\\s?%\\s*(?:to|→|->)\\s*)?$`, "iu");
const RATE_AFTER = new RegExp(`^\\s*(?:\\+\\s*)?(?:average |avg\\.? |weekly |monthly |mean )?(${RATE_KEYWORD})(?![\\p{L}])`, "iu");
// The engagement of people at work, in school or in care, also as the second of a pair ("Employee
// Development & engagement").
const NOT_ONLINE = /(?<!\w)(?:employee|employees|staff|team|student|students|patient|patients|customer|workforce|member survey|survey|volunteer|donor|community engagement survey|new[- ]hire|new[- ]starter|onboarding|candidate|colleague|colleagues|people|pulse|internal|Mitarbeiter|Mitarbeitenden|collaborateurs|salariés|empleados)(?:\s+\p{L}+\s*(?:&|and|\/))?\s+$/iu;
// "Improved open rates by 37%", "beat CTR benchmarks 300%": a change or a comparison, not the rate.
const CHANGE_BETWEEN = /\b(?:by|benchmarks?|goals?|targets?|increase[ds]?|improve[ds]?|lift(?:ed)?|grew|growth|up|above|over|higher|lower|better|vs\.?|versus|industry|average of the)\b/iu;
const GROWTH_PERCENT = /(?<!\w)(?:by|up|increase[ds]?|grew|growth|lift(?:ed)?|boost(?:ed)?|rise|rose)\s*$/iu;
// Growth of a rate given only as a share is a claim of the rate with no value, as for counts (the
// labelling rules): "the average engagement rate is up 35%", "improved open rates by 37%",
// "a 35% lift in engagement rate". A comparison ("above the benchmark", "vs. industry") is not.
const BY_SHARE = /^\s*by\s+(?:over\s+|more than\s+|nearly\s+|almost\s+|about\s+)?$/iu;
const SHARE_OF_RATE_AFTER = new RegExp(`^\\s*(?:${GROWTH_NOUN})\\s+(?:in|of)\\s+(?:(?:our|the|my|its|their)\\s+)?(${RATE_KEYWORD})(?![\\p{L}])`, "iu");
const FROM_PERCENT = /(?<!\w)from\s+[~≈]?(\d[\d.,]*)\s?%\s*(?:to|→|->)\s*$/iu;

const RATE_HEADER = new RegExp(`^(?:average |avg\\.? |mean )?(${RATE_KEYWORD})$`, "iu");
// A row named by its first cell: "X engagement rate | 1.1% | 2.7%". As for counts, only the row's
// last figure is the claim (the earlier ones are what it grew from).
const RATE_ROW_LABEL = new RegExp(`^(?:[\\p{L}@.+-]+\\s+){0,2}?(?:average |avg\\.? |mean )?(${RATE_KEYWORD})$`, "iu");
const LEADING_QUALIFIER = new RegExp(`^${RATE_QUALIFIER}`, "iu");

function rateMetric(keyword: string): string {
  const bare = keyword.replace(LEADING_QUALIFIER, "");
  return RATE_WHOLE.find((rate) => rate.pattern.test(bare))?.metric ?? "engagement_rate";
}

function rateByRowLabel(context: DetectContext, position: number): { keyword: string; start: number } | null {
  const label = rowLabelAt(context, position);
  const named = label === null ? null : RATE_ROW_LABEL.exec(label.text);
  return label !== null && named !== null ? { keyword: named[1] ?? "", start: label.start } : null;
}

function findRates(context: DetectContext): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  for (const token of context.numbers) {
    if (token.unit !== "percent") continue;
    // "from 1.1% to 3.9%": the first figure is the earlier value of the second.
    if (/(?<!\w)from\s*$/iu.test(text.slice(Math.max(0, token.prefixStart - 8), token.prefixStart)) && /^\s*(?:to|→|->)\s*[~≈]?\d/u.test(text.slice(token.end, token.end + 10))) continue;
    const clause = clauseAt(context, token.start);
    const beforeStart = Math.max(clause.start, token.prefixStart - 64);
    const before = text.slice(beforeStart, token.prefixStart);
    const after = text.slice(token.end, Math.min(clause.end, token.end + 48));
    let keyword: string | null = null;
    let start = token.prefixStart;
    let end = token.end;
    let growthShare = false;
    const afterMatch = RATE_AFTER.exec(after);
    const shareAfter = afterMatch ? null : SHARE_OF_RATE_AFTER.exec(after);
    const beforeMatch = afterMatch || shareAfter ? null : RATE_BEFORE.exec(before);
    if (afterMatch) {
      keyword = afterMatch[1] ?? "";
      end = token.end + afterMatch[0].length;
      if (GROWTH_PERCENT.test(before.slice(-16))) continue;
    } else if (shareAfter) {
      keyword = shareAfter[1] ?? "";
      end = token.end + shareAfter[0].length;
      growthShare = true;
    } else if (beforeMatch) {
      keyword = beforeMatch[1] ?? "";
      start = beforeStart + beforeMatch.index;
      const between = before.slice(beforeMatch.index + keyword.length).replace(/(?<!\w)from\s+[~≈]?\d[\d.,]*\s?%\s*(?:to|→|->)\s*$/iu, "");
      if (CHANGE_BETWEEN.test(between)) {
        const verbBefore = lastMatch(GROWTH_VERB, text.slice(Math.max(clause.start, start - 40), start));
        growthShare = GROWN_BETWEEN.test(between) || (BY_SHARE.test(between) && verbBefore !== null);
        if (!growthShare) continue;
        if (verbBefore && BY_SHARE.test(between)) start = Math.max(clause.start, start - 40) + verbBefore.index;
      }
    }
    if (keyword === null) {
      // "Platform | Followers | Avg. ER" above "Instagram | 148K | 4.2%": the column's header names the rate.
      const header = tableCellAt(context, token.start)?.header;
      const named = header ? RATE_HEADER.exec(header.text) : null;
      if (named) keyword = named[1] ?? "";
      else {
        const labelled = rateByRowLabel(context, token.start);
        if (labelled) ({ keyword, start } = labelled);
      }
    }
    if (keyword !== null && /completion/iu.test(keyword) && !/(?<!\w)(?:video|view|watch|reel|episode|stream)/iu.test(text.slice(clause.start, clause.end))) continue;
    // "ER" is an engagement rate only in capitals; "er" is a word ending.
    if (keyword === null || (/^er$/iu.test(keyword) && keyword !== "ER")) continue;
    if (NOT_ONLINE.test(text.slice(Math.max(clause.start, start - 40), start))) continue;
    const previous = FROM_PERCENT.exec(before);
    let platform = readPlatform(context, "engagement", start, end, null);
    // Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
    // letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
    const clauseText = text.slice(clause.start, clause.end);
    // An open rate is an e-mail's, in any language; a click rate is one where the clause names the list.
    const ofNewsletter = rateMetric(keyword) === "open_rate" || /(?<!\w)(?:click[- ]rate|CTOR)(?!\w)/iu.test(clauseText) || NEWSLETTER_CONTEXT.test(clauseText);
    if (platform.platform === null && ofNewsletter && !/(?<!\w)combined(?!\w)/iu.test(clauseText)) {
      platform = { ...platform, platform: "newsletter" };
    }
    findings.push({
      kind: "engagement",
      platform: platform.platform,
      metric: rateMetric(keyword),
      value: token.indefinite || growthShare ? null : token.value,
      unit: growthShare ? null : "percent",
      approximate: token.approximate,
      span: { start, end: Math.max(end, platform.end) },
      confidence: 0.9 * platform.certainty,
      previousValue: previous ? Number((previous[1] ?? "").replace(",", ".")) : undefined,
      formerName: platform.formerName,
    });
  }
  return findings;
}

export function detectEngagement(context: DetectContext): Finding[] {
  return [...findRates(context), ...countsOfKind(context, "engagement")];
}
