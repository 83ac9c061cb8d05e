import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SliceBuilder } from "./slice-builder.ts";

const SOURCE = "The quick brown fox jumps over the lazy dog; \u00e9t\u00e9 \ud83d\ude00 \u65e5\u672c 0123456789 ".repeat(4);

type Operation =
  | { kind: "copy"; length: number }
  | { kind: "skip"; length: number }
  | { kind: "append"; text: string }
  | { kind: "unit"; unit: number }
  | { kind: "removeLast" };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant("copy" as const), length: fc.integer({ min: 0, max: 40 }) }),
  fc.record({ kind: fc.constant("skip" as const), length: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant("append" as const), text: fc.string({ maxLength: 4 }) }),
  fc.record({ kind: fc.constant("unit" as const), unit: fc.constantFrom(0x20, 0x09, 0x0a, 0x54, 0x2010) }),
  fc.record({ kind: fc.constant("removeLast" as const) }),
);

describe("SliceBuilder", () => {
  it("holds what an array of code units would (property)", () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const builder = new SliceBuilder(SOURCE);
        const model: number[] = [];
        let at = 0;
        for (const step of operations) {
          if (step.kind === "copy") {
            const to = Math.min(SOURCE.length, at + step.length);
            builder.copy(at, to);
            for (let index = at; index < to; index++) model.push(SOURCE.charCodeAt(index));
            at = to;
          } else if (step.kind === "skip") {
            at = Math.min(SOURCE.length, at + step.length);
          } else if (step.kind === "append") {
            builder.append(step.text);
            for (let index = 0; index < step.text.length; index++) model.push(step.text.charCodeAt(index));
          } else if (step.kind === "unit") {
            // Where the source holds the unit, it is copied; the position then moves on.
            builder.appendUnit(step.unit, at);
            model.push(step.unit);
            if (SOURCE.charCodeAt(at) === step.unit) at += 1;
          } else if (model.length > 0) {
            builder.removeLast();
            model.pop();
          }
          expect(builder.length).toBe(model.length);
          expect(builder.unitFromEnd(1)).toBe(model[model.length - 1]);
          expect(builder.unitFromEnd(2)).toBe(model[model.length - 2]);
        }
        expect(builder.toString()).toBe(String.fromCharCode(...model));
      }),
      { numRuns: 2000 },
    );
  });

  it("returns the source itself when all of it is copied", () => {
    const builder = new SliceBuilder(SOURCE);
    builder.copy(0, 10);
    builder.copy(10, SOURCE.length);
    expect(builder.toString()).toBe(SOURCE);
  });

  it("builds long texts of short pieces", () => {
    const source = "ab  ".repeat(5000);
    const builder = new SliceBuilder(source);
    for (let at = 0; at < source.length; at += 4) builder.copy(at, at + 3);
    expect(builder.toString()).toBe("ab ".repeat(5000));
  });
});
