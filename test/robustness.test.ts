// The robustness run (scripts/robustness.ts) through app.request(): the crafted attacks
// always, the shared corpus when it is there. No 5xx, nothing slower than 10 s.
import { describe, expect, it } from "vitest";
import { attackSamples, corpusSamples, run, viaApp } from "../scripts/robustness.ts";

const corpus = corpusSamples();

describe("robustness through app.request()", () => {
  it("every crafted attack: no 5xx, none slower than 10 s", async () => {
    const summary = await run(attackSamples(), viaApp());
    expect(summary.outcomes.filter((outcome) => outcome.status >= 500)).toEqual([]);
    expect(summary.slowest!.ms).toBeLessThan(10_000);
  }, 60_000);

  it.skipIf(corpus.length === 0)("every document of the shared corpus: no 5xx, none slower than 10 s", async () => {
    const summary = await run(corpus, viaApp());
    expect(summary.outcomes.filter((outcome) => outcome.status >= 500)).toEqual([]);
    expect(summary.slowest!.ms).toBeLessThan(10_000);
    expect(summary.ok).toBeGreaterThan(corpus.length / 2);
  }, 120_000);
});
