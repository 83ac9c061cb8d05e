import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFromText } from "../src/core/extract/index.ts";
import { normalizeText } from "../src/core/extract/normalize.ts";

describe("normalizeText", () => {
  it.each([
    ["ligatures", "Certi\ufb01ed \ufb02air", "Certified flair"],
    ["soft hyphens", "com\u00admunity", "community"],
    ["line-end hyphen before lowercase", "develop-\nment plan", "development plan"],
    ["line-end hyphen before a capital stays", "self-\nEmployed", "self-\nEmployed"],
    ["line-end hyphen after a digit stays", "2019-\n2024", "2019-\n2024"],
    ["narrow no-break space", "8\u202f200 followers", "8 200 followers"],
    ["no-break and em spaces", "48\u00a0000\u2003fans", "48 000 fans"],
    ["full-width digits and comma", "\uff11\uff12\uff0c\uff15\uff10\uff10", "12,500"],
    ["mathematical bold digits", "\ud835\udfed\ud835\udfec\ud835\uddde followers", "10K followers"],
    ["superscripts are left alone", "x\u00b2 and \u00bd", "x\u00b2 and \u00bd"],
    ["CRLF and CR", "a\r\nb\rc", "a\nb\nc"],
    ["runs of spaces", "a   b \t c", "a\tb\tc".replace(/\t/g, (tab, offset) => (offset === 1 ? " " : tab))],
    ["trailing spaces and blank lines", "a  \n\n\n\nb  \n", "a\n\nb"],
    ["a column gap of four or more spaces becomes a tab", "Grew the page to 9,200      REFERENCES AVAILABLE", "Grew the page to 9,200\tREFERENCES AVAILABLE"],
    ["three spaces stay a space", "Jan 2020   Acme", "Jan 2020 Acme"],
    ["leading indentation", "   Summary\n    text", "Summary\ntext"],
    ["control characters", "a\u0007b\u0000c", "abc"],
    ["line-end hyphen, then a soft hyphen", "develop-\r\u00adment", "development"],
    ["line-end hyphen, then an odd space", "develop-\n\u00a0ment", "development"],
    ["line-end hyphen, then a bold lowercase letter", "develop-\n\ud835\uddfaent", "development"],
    ["a joiner between Arabic and a bold Latin letter", "\u0645\u200d\ud835\uddfa", "\u0645m"],
    ["a joiner between a bold Latin letter and Arabic", "\ud835\uddfa\u200c\u0645", "m\u0645"],
  ])("%s", (_name, input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("removes zero-width, bidi and tag characters and says where they were", () => {
    const input = "Kl\u200bout 81\nmail\u202e\u202c: a@b.c\nTop\udb40\udc41\udb40\udc42 50";
    const { text, invisible } = normalizeText(input);
    expect(text).toBe("Klout 81\nmail: a@b.c\nTop 50");
    expect(invisible).toEqual([
      { at: 2, count: 1 },
      { at: text.indexOf(":"), count: 2 },
      { at: text.indexOf(" 50"), count: 2 },
    ]);
  });

  it("keeps joiners that Persian and emoji need", () => {
    expect(normalizeText("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645").text).toContain("\u200c");
    expect(normalizeText("\ud83d\udc69\u200d\ud83d\udcbb").text).toContain("\u200d");
    expect(normalizeText("Kl\u200dout").text).toBe("Klout");
  });

  it("records a zero-width space skipped when it joins a hyphenated word", () => {
    const { text, invisible } = normalizeText("develop-\n\u200bment");
    expect(text).toBe("development");
    expect(invisible).toEqual([{ at: "develop".length, count: 1 }]);
  });

  // The characters each rule turns on, with the joiners and folded letters whose neighbours decide them.
  const PROPERTY_UNITS = ["a", "B", "m", "-", "\u2010", " ", "\t", "\n", "\r", "\u00a0", "\u200b", "\u200c", "\u200d", "\u00ad",
    "\ufb01", "\u202f", "1", "\u0007", "\u000c", "\u2028", "\udb40\udc41", "\ud835\uddfa", "\uff41", "\u0645", "\ud83d\udc69", "\ufe0f"];

  it("never leaves a space or tab run, CR, or three line feeds, and a second pass changes nothing (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...PROPERTY_UNITS) }), (input) => {
        const { text, invisible } = normalizeText(input);
        expect(text).not.toMatch(/[ \t]{2}|\r|\n{3}|^\s|\s$|\u200b|\u00ad|\u00a0|\u202f|\ufb01/);
        for (const run of invisible) expect(run.at).toBeLessThanOrEqual(text.length);
        expect(normalizeText(text).text).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("warnings with spans into the normalised text", () => {
  it("points an invisible-character warning at the word that held it, without its content", () => {
    const document = extractFromText("Summary\nKl\u200bout score of 81\n");
    const warning = document.warnings.find((candidate) => candidate.code === "invisible_characters");
    expect(warning?.span).toBeDefined();
    expect(document.text.slice(warning!.span!.start, warning!.span!.end)).toBe("Klout");
    expect(warning!.message).toMatch(/^1 invisible character /);
    expect(warning!.message).not.toContain("\u200b");
  });

  it("caps the number of invisible-character warnings and sums the rest", () => {
    const document = extractFromText(Array.from({ length: 30 }, (_unused, index) => `w\u200b${index}`).join(" "));
    const warnings = document.warnings.filter((candidate) => candidate.code === "invisible_characters");
    expect(warnings).toHaveLength(21);
    expect(warnings[20]!.message).toContain("10 more");
    expect(warnings[20]!.span).toBeUndefined();
  });

  it("spans the whitespace-delimited word around each removed character (property)", () => {
    const unit = fc.constantFrom("a", "b", " ", "\t", "\n", "\u00a0", "\u200b", "\u202e", "\ufeff", "\u3000", "\ufb01", "\u00e9", ".");
    fc.assert(
      fc.property(fc.string({ unit, minLength: 1, maxLength: 60 }).filter((input) => /[ab]/.test(input)), (input) => {
        const document = extractFromText(input);
        for (const warning of document.warnings) {
          if (!warning.span) continue;
          const before = document.text.slice(0, warning.span.start);
          const after = document.text.slice(warning.span.end);
          expect(document.text.slice(warning.span.start, warning.span.end)).not.toMatch(/\s/);
          expect(before).toMatch(/(^|\s)$/);
          expect(after).toMatch(/^(\s|$)/);
        }
      }),
    );
  });
});
