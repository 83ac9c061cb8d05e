// Third-party influence scores: Klout, Kred Influence and Outreach, PeerIndex, Empire Avenue,
// LinkedIn's Social Selling Index, HypeAuditor's audience quality score, Stack Overflow reputation,
// ResearchGate score. Keyed on the score's name, so a "credit score" or "Lighthouse score" never matches.

import type { NumberToken } from "../numbers/parse.ts";
import { clauseAt, firstNumberFrom, type DetectContext, type PlatformMention } from "./context.ts";
import type { Finding } from "./finding.ts";

const SCORE_PLATFORMS = new Set(["klout", "kred", "peerindex", "empire_avenue", "linkedin_ssi", "hypeauditor", "stack_overflow", "researchgate"]);

// What may stand between a score's name and its figure: "score", "of", "peaked at", ":", "Influence",
// an Empire Avenue ticker ("share price e(RICK) 118.40").
const BETWEEN =
  /^(?:\s|[:=()\-–—,]|(?<![\p{L}])e\([A-Z0-9]{2,12}\)|\b(?:scores?|score(?:d)?|of|is|was|at|peaked|peaking|reached|hit|a|an|consistently|above|around|about|over|my|current|currently|averag(?:e|ed|ing)|influence|outreach|level|rank|index|SSI|rating|RG|points|on|LinkedIn|audience|quality|AQS|share|price|stands|stood|steady|held|maintained|reputation|rep|total|all-time|overall|peak|de|von|di|du|van|do|da|Wert|liegt|lag|bei|beträgt|betrug|est|était|es|era|à|valeur|puntuación|pontuação|punteggio|wynik)\b)*$/iu;
const REPUTATION_AFTER = /^\s*(?:\+\s*)?(?:reputation|rep\b|rep\.|points? of reputation|reputation points|rep points)/iu;
const REPUTATION_BEFORE = /\b(?:reputation|rep)\s*(?:score)?\s*(?:of|:|-|–)?\s*$/iu;
// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const RG_BEFORE = /(?<!\w)(?:score|RG)(?!\w)/iu;
const YEAR_CONTEXT = /(?<!\w)(?:in|since|during|by|as of|from|until)\s*$|\(\s*$/iu;

function metricFor(platform: string, between: string): string {
  if (platform === "kred") return /outreach/iu.test(between) ? "outreach" : "influence";
  if (platform === "stack_overflow") return "reputation";
  if (platform === "linkedin_ssi") return "social_selling_index";
  if (platform === "hypeauditor") return "audience_quality";
  if (platform === "empire_avenue") return "share_price";
  return "score";
}

function figureAfter(context: DetectContext, mention: PlatformMention, limit: number): NumberToken | null {
  const { text } = context;
  for (let index = firstNumberFrom(context, mention.end); index < context.numbers.length; index += 1) {
    const token = context.numbers[index];
    if (!token) break;
    if (token.prefixStart > limit) return null;
    if (token.currency) return null;
    if (token.yearLike && YEAR_CONTEXT.test(text.slice(Math.max(0, token.prefixStart - 10), token.prefixStart))) continue;
    const between = text.slice(mention.end, token.prefixStart);
    return BETWEEN.test(between) ? token : null;
  }
  return null;
}

export function detectScores(context: DetectContext): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  for (const mention of context.mentions) {
    if (!SCORE_PLATFORMS.has(mention.platform)) continue;
    // The clause the name ends in: a name may run over a line break ("Social\nSelling Index is 84").
    const clause = clauseAt(context, mention.end - 1);
    if (mention.platform === "stack_overflow") {
      findings.push(...reputationNear(context, mention, clause.end));
      continue;
    }
    const token = figureAfter(context, mention, Math.min(clause.end, mention.end + 48));
    if (!token) continue;
    const between = text.slice(mention.end, token.prefixStart);
    if (mention.platform === "researchgate" && !RG_BEFORE.test(text.slice(mention.start, token.prefixStart))) continue;
    findings.push({
      kind: "influence_score",
      platform: mention.platform,
      metric: metricFor(mention.platform, text.slice(mention.start, token.prefixStart)),
      value: token.value,
      unit: "score",
      approximate: token.approximate,
      span: { start: mention.start, end: token.end },
      confidence: between.length < 16 ? 0.95 : 0.85,
    });
  }
  return findings;
}

function reputationNear(context: DetectContext, mention: PlatformMention, clauseEnd: number): Finding[] {
  const { text } = context;
  for (let index = firstNumberFrom(context, mention.end); index < context.numbers.length; index += 1) {
    const token = context.numbers[index];
    if (!token || token.prefixStart > Math.min(clauseEnd, mention.end + 64)) break;
    if (token.currency || token.unit === "percent") continue;
    const after = REPUTATION_AFTER.exec(text.slice(token.end, token.end + 32));
    const before = REPUTATION_BEFORE.test(text.slice(Math.max(mention.end, token.prefixStart - 24), token.prefixStart));
    if (!after && !before) continue;
    const start = before ? Math.max(mention.end, token.prefixStart - 24) + (text.slice(Math.max(mention.end, token.prefixStart - 24), token.prefixStart).search(/reputation|rep/iu)) : token.prefixStart;
    return [
      {
        kind: "influence_score",
        platform: "stack_overflow",
        metric: "reputation",
        value: token.value,
        unit: "score",
        approximate: token.approximate,
        span: { start, end: after ? token.end + after[0].length : token.end },
        confidence: 0.93,
      },
    ];
  }
  return [];
}
