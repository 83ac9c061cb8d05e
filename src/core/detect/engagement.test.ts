import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { detectEngagement } from "./engagement.ts";

function findings(text: string) {
  return detectEngagement(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectEngagement", () => {
  it.each([
    ["Average engagement rate: 6.4%.", null, 6.4, "engagement_rate"],
    ["52,000 subscribers with a 48% open rate", "newsletter", 48, "open_rate"],
    ["Email click-through rate of 4.2%", "newsletter", 4.2, "click_rate"],
    ["Instagram engagement rate 5,1 %", "instagram", 5.1, "engagement_rate"],
    ["6,1 % Engagement-Rate auf TikTok", "tiktok", 6.1, "engagement_rate"],
    ["Posts averaged 2,300 likes on Instagram", "instagram", 2300, "likes"],
    ["The video drew 15k shares on TikTok", "tiktok", 15000, "shares"],
  ] as const)("finds %j", (text, platform, value, metric) => {
    expect(findings(text)[0]).toMatchObject({ kind: "engagement", platform, value, metric });
  });

  it("keeps the earlier rate of a stated growth", () => {
    const found = findings("Engagement rate rose from 1.1% to 3.9% on LinkedIn.");
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value: 3.9, previousValue: 1.1, platform: "linkedin" });
  });

  // The labelling rules: growth given only as a share is a claim of the measure, with no value.
  it.each([
    ["Since 2022 the average engagement rate is up 35%.", null, "engagement_rate", "average engagement rate is up 35%"],
    ["Improved email open rates by 37% with A/B tests.", "newsletter", "open_rate", "Improved email open rates by 37%"],
    ["Delivered a 35% lift in engagement rate on Instagram.", "instagram", "engagement_rate", "35% lift in engagement rate on Instagram"],
  ] as const)("reads the growth of a rate given as a share in %j, with no value", (text, platform, metric, quoted) => {
    const found = findings(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: "engagement", platform, metric, value: null, unit: null });
    expect(text.slice(found[0]?.span.start, found[0]?.span.end)).toBe(quoted);
  });

  it("flags nothing but reads a rate over 100% as given", () => {
    expect(findings("Engagement rate of 140%")[0]?.value).toBe(140);
  });

  it.each([
    "Reduced late payments by 35%.",
    "Employee engagement rate 85%.",
    "35% weekly active.",
    "+180% trial sign-ups in 6 months.",
    "Bought 1,000 shares of company stock.",
    "Resolved 300 code review comments.",
    "CSAT 96%.",
    "Employee Development & engagement increased 20% YOY.",
    "Campaigns beat CTR industry benchmarks 300%.",
    "Training completion rate was 94% for the year.",
  ])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("rates in a table", () => {
  it("reads the rate its column's header names, on the row's platform", () => {
    const table = "Platform | Handle | Followers | Avg. ER\nInstagram | @tastytrailsco | 148K | 4.2%\nTikTok | @tastytrailsco | 392K | 8.7%";
    expect(findings(table).filter((finding) => finding.kind === "engagement")).toEqual([
      expect.objectContaining({ platform: "instagram", metric: "engagement_rate", value: 4.2 }),
      expect.objectContaining({ platform: "tiktok", metric: "engagement_rate", value: 8.7 }),
    ]);
  });

  it("reads a rate its row's first cell names, the row's last figure only", () => {
    const table = "Metric | 2023 | 2024\nX engagement rate | 1.1% | 2.7%\nNewsletter open rate | 41% | 48%\nBudget share | 20% | 30%";
    const found = findings(table);
    expect(found).toEqual([
      expect.objectContaining({ platform: "x", metric: "engagement_rate", value: 2.7 }),
      expect.objectContaining({ platform: "newsletter", metric: "open_rate", value: 48 }),
    ]);
    expect(table.slice(found[0]?.span.start, found[0]?.span.end)).toBe("X engagement rate | 1.1% | 2.7%");
  });

  it("leaves a share under any other header alone", () => {
    expect(findings("Channel | Share of budget\nInstagram | 40%")).toEqual([]);
  });
});
