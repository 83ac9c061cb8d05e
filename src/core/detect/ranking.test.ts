import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { detectRankings } from "./ranking.ts";

function findings(text: string) {
  return detectRankings(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectRankings", () => {
  it.each([
    ["Named in Onalytica's Top 100 B2B Marketing Influencers 2022.", null, "Top 100 B2B Marketing Influencers"],
    ["A LinkedIn Top Voice in Marketing.", "linkedin", "LinkedIn Top Voice"],
    ["Named to Forbes Top Creators 2024.", null, "Top Creators"],
    ["Forbes 30 Under 30 (2019)", null, "30 Under 30"],
    ["One of the 25 Most Influential People in HR Tech", null, "Most Influential"],
    ["Medium: top writer in Marketing (2021).", "medium", "top writer"],
    ["Listed among the top 50 influencers in fintech", null, "top 50 influencers"],
    ["Kaggle Competitions Grandmaster", "kaggle", "Grandmaster"],
    // A list name broken across lines, as PDF text often is.
    ["One of the 25 Most\nInfluential People in HR Tech", null, "Most\nInfluential"],
    ["Recognised as a LinkedIn  Top Voice", "linkedin", "LinkedIn  Top Voice"],
  ] as const)("finds %j", (text, platform, part) => {
    const [first] = findings(text);
    expect(first).toMatchObject({ kind: "ranking", platform, value: null });
    expect(text.slice(first?.span.start, first?.span.end)).toContain(part);
  });

  it.each(["Top 3% this year.", "Top performer in Q3.", "Top 10 accounts by revenue.", "Under 30 minutes per ticket.", "Top Gun training."])(
    "finds nothing in %j",
    (text) => {
      expect(findings(text)).toEqual([]);
    },
  );
});
