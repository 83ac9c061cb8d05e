import { describe, expect, it } from "vitest";
import { agreement, wordTokens } from "../scripts/text-agreement.ts";

describe("text agreement measure", () => {
  it("counts word tokens case-folded and NFKC-normalised", () => {
    expect([...wordTokens("Klout KLOUT ﬁne, 48,000")]).toEqual([
      ["klout", 2],
      ["fine", 1],
      ["48", 1],
      ["000", 1],
    ]);
  });

  it("is the share of the reference's tokens, as a multiset, that ours also has", () => {
    expect(agreement("a b c", "a a b d")).toEqual({ shared: 2, total: 4 });
    expect(agreement("high impact", "high-impact")).toEqual({ shared: 2, total: 2 });
    expect(agreement("highimpact", "high-impact")).toEqual({ shared: 0, total: 2 });
  });
});
