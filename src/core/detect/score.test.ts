import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { detectScores } from "./score.ts";

function findings(text: string) {
  return detectScores(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectScores", () => {
  it.each([
    ["Klout score: 75.", "klout", 75, "score"],
    ["Klout 66", "klout", 66, "score"],
    ["Klout score peaked at 82 in 2014.", "klout", 82, "score"],
    ["Kred: 812", "kred", 812, "influence"],
    ["Kred Outreach level 9", "kred", 9, "outreach"],
    ["PeerIndex of 61", "peerindex", 61, "score"],
    ["Social Selling Index 78 on LinkedIn", "linkedin_ssi", 78, "social_selling_index"],
    ["LinkedIn SSI: 84", "linkedin_ssi", 84, "social_selling_index"],
    ["HypeAuditor audience quality score 87", "hypeauditor", 87, "audience_quality"],
    ["Stack Overflow: 15k reputation", "stack_overflow", 15000, "reputation"],
    ["Stack Overflow reputation of 23,400", "stack_overflow", 23400, "reputation"],
    ["ResearchGate score 28.4", "researchgate", 28.4, "score"],
    ["Empire Avenue share price 145", "empire_avenue", 145, "share_price"],
  ] as const)("finds %j", (text, platform, value, metric) => {
    expect(findings(text)[0]).toMatchObject({ kind: "influence_score", platform, value, metric, unit: "score" });
  });

  it.each([
    "Credit score 780.",
    "Net Promoter Score 62.",
    "Lighthouse score 98.",
    "F1 score 0.91 on the test set.",
    "Excel score 92% on the skills test.",
    "SAT score 1450.",
    "Answered questions on Stack Overflow since 2015.",
    "Published 6 papers on ResearchGate.",
  ])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});
