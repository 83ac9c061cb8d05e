import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { en as EN } from "./messages/en.ts";
import { formatNumber } from "./wording.ts";

/** The general way: round to a tenth, write it out, group the whole part's digits in threes. */
function referenceFormat(value: number): string {
  if (Math.abs(value) >= 1_000_000) return `${Math.round((value / 1_000_000) * 10) / 10} million`;
  const rounded = String(Math.round(value * 10) / 10);
  const [whole = "", fraction] = rounded.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const digits = whole.slice(sign.length);
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return `${sign}${groups.join(",")}${fraction === undefined ? "" : `.${fraction}`}`;
}

describe("formatNumber", () => {
  it.each([
    [0, "0"],
    [-0, "0"],
    [7, "7"],
    [999, "999"],
    [1000, "1,000"],
    [12000, "12,000"],
    [100001, "100,001"],
    [999999, "999,999"],
    [1_000_000, "1 million"],
    [7_240_000, "7.2 million"],
    [7.4, "7.4"],
    [2.04, "2"],
    [1234.56, "1,234.6"],
    [-1234, "-1,234"],
    [-12.34, "-12.3"],
  ])("writes %d as %s", (value, written) => {
    expect(formatNumber(value)).toBe(written);
  });

  it("writes whole numbers and fractions as the general way does", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.double({ min: -2e6, max: 2e6, noNaN: true })), (value) => {
        expect(formatNumber(value)).toBe(referenceFormat(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("English figures with their article", () => {
  it.each([
    [8.3, "an 8.3% TikTok engagement rate"],
    [11, "an 11% TikTok engagement rate"],
    [18.5, "an 18.5% TikTok engagement rate"],
    [80, "an 80% TikTok engagement rate"],
    [1.1, "a 1.1% TikTok engagement rate"],
    [110, "a 110% TikTok engagement rate"],
    [4.2, "a 4.2% TikTok engagement rate"],
  ])("%d", (value, said) => {
    expect(EN.figure({ kind: "engagement", value, unit: "percent", metric: "engagement_rate", label: "TikTok", text: "" })).toBe(said);
  });
});

describe("English roles with their article", () => {
  it.each([
    ["HR Manager", "an HR Manager role"],
    ["SEO Lead", "an SEO Lead role"],
    ["UX Designer", "a UX Designer role"],
    ["Engineer", "an Engineer role"],
    ["Recruiter", "a Recruiter role"],
  ])("%s", (title, said) => {
    expect(EN.roleRef(title, false)).toBe(said);
  });
});

describe("a figure as the advice names it", () => {
  it("puts the platform after people reached, as a reader says it", () => {
    expect(EN.figure({ kind: "reach", value: 900_000, unit: "count", metric: "reach", label: "Instagram", text: "900,000 people" })).toBe("900,000 people reached on Instagram");
    expect(EN.figure({ kind: "audience", value: 12_000, unit: "count", metric: "followers", label: "Instagram", text: "12K followers" })).toBe("12,000 Instagram followers");
  });
});
