// The detector against ../shared/eval/cases.jsonl, as a ratchet: the figures below are what main
// reaches, each raised by the change that improves it and never lowered. The targets are in
// issue 14 and in `npm run eval`'s output (F1 ≥ 0.97 on all cases and on the held-out fifth, no
// claim on any negative).
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { asTheProductReadsIt, evaluateCases, evaluateDetector, RESUME_LINES_CSV, RESUME_LINES_LABELS } from "../scripts/eval-detect.ts";
import { resumeLineCases } from "../scripts/eval/resume-lines.ts";
import { expectRatchet, expectShrinkingList } from "./helpers/ratchet.ts";

const CASES = resolve(__dirname, "..", "..", "shared", "eval", "cases.jsonl");

/** Measured on 2026-12-07 over all 184 cases. */
const FLOOR = {
  f1: 0.989,
  valueAccuracy: 1,
  /** Cases that expect no claim and still get one. */
  negativesWithClaims: [] as string[],
};

describe.skipIf(!existsSync(CASES))("detector against the labelled cases", () => {
  it("holds its F1 and value accuracy, and gives no new claim on a negative", async () => {
    const result = await evaluateDetector(CASES);
    expectRatchet("F1", result.f1, FLOOR.f1);
    expectRatchet("value accuracy", result.valueAccuracy, FLOOR.valueAccuracy);
    expectShrinkingList("negatives with a claim", result.emptyCasesWithClaims, FLOOR.negativesWithClaims);
    expect(result.outcomes.flatMap((outcome) => outcome.missingFlags)).toEqual([]);
  });
});

const PROBE_CASES = resolve(__dirname, "..", "eval", "probe", "cases.jsonl");

/**
 * Measured on 2026-12-07 over all 226 cases of the project's probe set (eval/probe/README.md);
 * 0.963 until the eval read each case's text normalised, as the product does (0.967); 0.969 with
 * self-labels in a list of roles joined by "+"; 0.971 with a bare figure the writer has on a platform
 * named before it ("X, where I had 19K"); 0.973 once a column gap of spaces was kept as a tab.
 */
const PROBE_FLOOR = {
  f1: 0.973,
  valueAccuracy: 1,
  /** Labels the shared cases read the other way (see the probe set's README). */
  negativesWithClaims: ["p216", "p217"],
};

describe("detector against the probe set", () => {
  it("holds its F1 and value accuracy, and gives no new claim on a negative", async () => {
    const result = await evaluateDetector(PROBE_CASES);
    expectRatchet("probe F1", result.f1, PROBE_FLOOR.f1);
    expectRatchet("probe value accuracy", result.valueAccuracy, PROBE_FLOOR.valueAccuracy);
    expectShrinkingList("probe negatives with a claim", result.emptyCasesWithClaims, PROBE_FLOOR.negativesWithClaims);
  });
});

const PROBE2_CASES = resolve(__dirname, "..", "eval", "probe2", "cases.jsonl");

/**
 * Measured on 2026-12-07 over all 200 cases of the second probe set (eval/probe2/README.md), before
 * any was read (0.893), and raised by each change since: 0.977 once the growth of a rate given as a
 * share was read, 0.979 with rates named by a table row's first cell.
 */
const PROBE2_FLOOR = {
  f1: 0.979,
  valueAccuracy: 1,
  negativesWithClaims: [] as string[],
};

describe("detector against the second probe set", () => {
  it("holds its F1 and value accuracy, and gives no new claim on a negative", async () => {
    const result = await evaluateDetector(PROBE2_CASES);
    expectRatchet("probe2 F1", result.f1, PROBE2_FLOOR.f1);
    expectRatchet("probe2 value accuracy", result.valueAccuracy, PROBE2_FLOOR.valueAccuracy);
    expectShrinkingList("probe2 negatives with a claim", result.emptyCasesWithClaims, PROBE2_FLOOR.negativesWithClaims);
  });
});

/**
 * Measured on 2026-12-07 over the 591 labelled passages of real résumés (eval/resume-lines/README.md),
 * before any was read (0.861), and raised by each change since: 0.875 once "Influencer" among
 * personal strengths was left alone.
 */
const RESUME_LINES_FLOOR = {
  f1: 0.875,
  valueAccuracy: 1,
  negativesWithClaims: ["r0380", "r0432", "r0505"],
};

describe.skipIf(!existsSync(RESUME_LINES_CSV))("detector against passages of real résumés", () => {
  it("holds its F1 and value accuracy, and gives no new claim on a negative", () => {
    const result = evaluateCases(resumeLineCases(RESUME_LINES_CSV, RESUME_LINES_LABELS));
    expectRatchet("resume-lines F1", result.f1, RESUME_LINES_FLOOR.f1);
    expectRatchet("resume-lines value accuracy", result.valueAccuracy, RESUME_LINES_FLOOR.valueAccuracy);
    expectShrinkingList("resume-lines negatives with a claim", result.emptyCasesWithClaims, RESUME_LINES_FLOOR.negativesWithClaims);
  });
});

describe("the eval reads a case as the product does", () => {
  it("joins a word broken across lines in the text and in the quote alike", () => {
    const read = asTheProductReadsIt({
      id: "t1",
      text: "Grew the page to 12,400 fol-\nlowers in a year.",
      claims: [{ kind: "audience", platform: null, value: 12400, quote: "12,400 fol-\nlowers" }],
    });
    expect(read.text).toContain("12,400 followers");
    expect(read.claims[0]?.quote).toBe("12,400 followers");
  });

  it("keeps a quote that normalising would move out of the text", () => {
    const read = asTheProductReadsIt({
      id: "t2",
      text: "Reached 5,000 readers.",
      claims: [{ kind: "reach", platform: null, value: 5000, quote: "5,000 readers" }],
    });
    expect(read.claims[0]?.quote).toBe("5,000 readers");
  });
});
