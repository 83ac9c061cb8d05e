import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { evaluateDetector } from "../scripts/eval-detect.ts";

const CASES = resolve(__dirname, "..", "..", "shared", "eval", "cases.jsonl");

describe.skipIf(!existsSync(CASES))("detector against the labelled cases", () => {
  it("reaches F1 0.97 with no claim where none is expected", async () => {
    const result = await evaluateDetector(CASES);
    expect(result.f1).toBeGreaterThanOrEqual(0.97);
    expect(result.valueAccuracy).toBeGreaterThanOrEqual(0.97);
    expect(result.emptyCasesWithClaims).toEqual([]);
    expect(result.outcomes.flatMap((outcome) => outcome.missingFlags)).toEqual([]);
  });
});
