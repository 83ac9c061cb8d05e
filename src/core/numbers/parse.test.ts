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

describe("number phrases", () => {
  const first = (text: string) => scanNumbers(text)[0];

  it.each([
    ["1+ million listeners", 1_000_000],
    ["85+ million views", 85_000_000],
    ["2 crore+ views", 20_000_000],
    ["3.4 lakh subscribers", 340_000],
    ["4,8 milhões de curtidas", 4_800_000],
    ["1,3 milhão de visualizações", 1_300_000],
    ["2,3 mln di visualizzazioni", 2_300_000],
    ["4,2 milioni di visualizzazioni", 4_200_000],
    ["4,5 millions d’abonnés", 4_500_000],
    ["1,2 mil millones de vistas", 1_200_000_000],
    ["85 mil inscritos", 85_000],
    ["41 mil personas", 41_000],
    ["2.1 mil followers", 2_100_000],
    ["27 mila follower", 27_000],
    ["3 Million Views", 3_000_000],
    ["12 Tausend Follower", 12_000],
  ])("reads %j as %d", (text, value) => {
    expect(first(text)).toMatchObject({ value, indefinite: false });
  });

  it.each([
    ["twelve thousand members", 12_000, 0, "twelve thousand"],
    ["over half a million views", 500_000, 5, "half a million"],
    ["two and a half million plays", 2_500_000, 0, "two and a half million"],
    ["three hundred thousand readers", 300_000, 0, "three hundred thousand"],
    ["a million downloads", 1_000_000, 0, "a million"],
    ["forty-two thousand fans", 42_000, 0, "forty-two thousand"],
  ])("reads figures in words: %j", (text, value, start, written) => {
    const token = first(text);
    expect(token).toMatchObject({ value, start, indefinite: false });
    expect(text.slice(token?.start, token?.end)).toBe(written);
  });

  it("marks an approximation word before figures in words", () => {
    expect(first("over half a million views")).toMatchObject({ prefixStart: 0, approximate: true });
  });

  it.each(["Thousand Oaks, CA", "one of the hundred best", "hundreds of"])("reads no figure in %j", (text) => {
    expect(scanNumbers(text).filter((token) => !token.indefinite)).toEqual([]);
  });

  it.each([
    ["10–12K new TikTok followers", 10_000, "10–12K"],
    ["monthly views 450–500k", 450_000, "450–500k"],
    ["5-10% engagement", 5, "5-10%"],
  ])("reads a range as one indefinite figure: %j", (text, low, written) => {
    const token = scanNumbers(text).find((candidate) => candidate.indefinite);
    expect(token).toMatchObject({ value: low, indefinite: true, approximate: true });
    expect(text.slice(token?.start, token?.end)).toBe(written);
  });

  it.each(["2019–2023", "call 555-0148", "$1–2M budget", "from 12K-9K"])("keeps %j apart", (text) => {
    expect(scanNumbers(text).some((token) => token.indefinite)).toBe(false);
  });

  it.each([
    ["a six-figure following", 100_000],
    ["tens of thousands of readers", 10_000],
    ["hundreds of millions of impressions", 100_000_000],
    ["millions of views", 1_000_000],
  ])("reads an order of magnitude: %j", (text, value) => {
    expect(scanNumbers(text).find((token) => token.indefinite)).toMatchObject({ value, indefinite: true });
  });
});
