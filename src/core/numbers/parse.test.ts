import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumber, scanNumbers } from "./parse.ts";

describe("parseNumber", () => {
  it.each([
    ["180,000", 180000, "count"],
    ["180K", 180000, "count"],
    ["180k+", 180000, "count"],
    ["1.2M", 1200000, "count"],
    ["1.2 million", 1200000, "count"],
    ["2.1 mil", 2100000, "count"],
    ["1.3MM", 1300000, "count"],
    ["~3,400", 3400, "count"],
    ["over 25k", 25000, "count"],
    ["in the upper 70s", 77, "count"],
    ["12.500", 12500, "count"],
    ["8 200", 8200, "count"],
    ["8\u202f200", 8200, "count"],
    ["3,4 Mio.", 3400000, "count"],
    ["6,1 %", 6.1, "percent"],
    ["4.5%", 4.5, "percent"],
    ["1,234.5", 1234.5, "count"],
    ["1.234,5", 1234.5, "count"],
    ["28.4", 28.4, "count"],
    ["2 Millionen", 2000000, "count"],
    ["1.250M", 1250000, "count"],
  ] as const)("reads %s as %d", (raw, value, unit) => {
    expect(parseNumber(raw)).toEqual({ value, unit });
  });

  it.each(["", "abc", "0", "K-8 school", "HbA1c", "12 and 13", "$"])("rejects %j", (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });

  it("never throws and only returns positive finite values", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (raw) => {
        const parsed = parseNumber(raw);
        if (parsed !== null) expect(Number.isFinite(parsed.value) && parsed.value > 0).toBe(true);
      }),
    );
  });

  it("reads back any integer written with English thousands separators", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2_000_000_000 }), (value) => {
        expect(parseNumber(value.toLocaleString("en-US"))?.value).toBe(value);
      }),
    );
  });

  it("reads back any K or M figure with one decimal", () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 9999 }), fc.constantFrom(["K", 1e3], ["M", 1e6], ["k", 1e3]), (tenths, [suffix, scale]) => {
        const written = `${(tenths / 10).toFixed(1)}${suffix}`;
        expect(parseNumber(written)?.value).toBeCloseTo((tenths / 10) * scale, 3);
      }),
    );
  });
});

describe("scanNumbers", () => {
  it("marks money, years and approximations", () => {
    const [money, year, approximate] = scanNumbers("Budget $4.2M in 2019, about 5k readers");
    expect(money).toMatchObject({ value: 4200000, currency: true });
    expect(year).toMatchObject({ value: 2019, yearLike: true });
    expect(approximate).toMatchObject({ value: 5000, approximate: true });
  });

  it.each([
    ["$4.2M", true],
    ["€ 12.500", true],
    ["£3,000", true],
    ["¥ 900", true],
    ["₹5000", true],
    ["USD 400k", true],
    ["US$ 3M", true],
    ["US$3M", true],
    ["Rs. 5000", true],
    ["Rs 5000", true],
    ["CHF\u00a0800", true],
    ["400k USD", true],
    ["400k\u00a0EUR", true],
    ["3 dollars", true],
    ["12 euro", true],
    ["200 pounds", true],
    ["12k followers", false],
    ["THUSD 400", false],
    ["5,000 Dollars", false],
    ["400 USDC", false],
    ["Ds 400", false],
    ["400 Euros", false],
  ] as const)("reads %j as money: %s", (text, money) => {
    expect(scanNumbers(text)[0]?.currency).toBe(money);
  });

  it("counts significant digits as written", () => {
    expect(scanNumbers("1,234,567")[0]?.significantDigits).toBe(7);
    expect(scanNumbers("410K")[0]?.significantDigits).toBe(2);
    expect(scanNumbers("24,000")[0]?.significantDigits).toBe(2);
  });

  it("reads Spanish 'mil' as thousands before a Spanish noun", () => {
    expect(scanNumbers("12 mil seguidores")[0]?.value).toBe(12000);
  });

  it("returns spans inside the text, in order, with positive finite values, for any input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.array(fc.constantFrom("1,2", "3.400", "5k", "%", " ", "M", "upper 70s", "~", "$"), { maxLength: 20 }), (noise, parts) => {
        const text = noise + parts.join("");
        let previousStart = -1;
        for (const token of scanNumbers(text)) {
          expect(token.start).toBeGreaterThanOrEqual(0);
          expect(token.end).toBeLessThanOrEqual(text.length);
          expect(token.prefixStart).toBeLessThanOrEqual(token.start);
          expect(token.start).toBeGreaterThanOrEqual(previousStart);
          expect(Number.isFinite(token.value) && token.value > 0).toBe(true);
          previousStart = token.start;
        }
      }),
    );
  });
});
