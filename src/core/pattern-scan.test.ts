import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePatterns, isRegexSpace, scanCandidates, scanPatterns, type ScanPattern } from "./pattern-scan.ts";

/** What the scan must equal: each pattern's global regex run over the whole text. */
function reference(text: string, patterns: readonly ScanPattern[]): string[] {
  const found: string[] = [];
  patterns.forEach((pattern, index) => {
    const regex = new RegExp(pattern.source, `${pattern.flags}g`);
    let count = 0;
    for (const match of text.matchAll(regex)) {
      if (count >= (pattern.limit ?? Number.POSITIVE_INFINITY)) break;
      found.push(`${index}:${match.index}-${match.index + match[0].length}`);
      count += 1;
    }
  });
  return found.sort();
}

function scanned(text: string, patterns: readonly ScanPattern[]): string[] {
  const found: string[] = [];
  scanPatterns(text, compilePatterns(patterns), (pattern, start, end) => found.push(`${pattern}:${start}-${end}`));
  return found.sort();
}

const PATTERNS: readonly ScanPattern[] = [
  { source: "\\bwe (?:propose|will)\\b|\\bproposed\\b", flags: "i", words: ["we", "proposed"] },
  { source: "\\b(?:our|the) (?:team|fee)\\b|\\bfee\\b", flags: "", words: ["our", "the", "fee"], limit: 2 },
  { source: "^\\s*(?:work )?experience\\s*:?\\s*$", flags: "m", words: ["work", "experience"], lineStart: { bullets: "" } },
  { source: "^\\s*(?:[-•*]\\s*)?(?:led|ran)\\b", flags: "mu", words: ["led", "ran"], lineStart: { bullets: "-•*" } },
  { source: "\\[\\s*system\\s*\\]|<\\|?\\s*system\\s*\\|?>|\\bsystem:", flags: "i", words: ["system"], chars: "[<" },
  { source: "\\b(?:b\\.?sc|ph\\.?d)\\b", flags: "", words: ["b", "bsc", "ph", "phd"] },
];

const PIECES = [
  "we", "We", "WE", "propose", "will", "proposed", "our", "the", "team", "fee", "Fee", "work", "experience", "Experience", ":",
  "led", "ran", "LED", "system", "SYSTEM", "[", "]", "<", "|", ">", "b", ".", "sc", "bsc", "ph", "d", "phd", "_", "x", "1",
  " ", "  ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "-", "•", "*", "é", "ſ", "\u212a", "İ", "😀", "\ud800",
];

describe("scanPatterns", () => {
  it("finds what each pattern's global regex finds, up to its limit", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        expect(scanned(text, PATTERNS)).toEqual(reference(text, PATTERNS));
      }),
      { numRuns: 3000 },
    );
  });

  it("finds the same with candidates shared by two sets, each holding words and characters the other lacks", () => {
    const sets = [PATTERNS.slice(0, 3), PATTERNS.slice(3)].map((patterns) => ({ patterns, compiled: compilePatterns(patterns) }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }), (pieces) => {
        const text = pieces.join("");
        const shared = scanCandidates(text);
        for (const { patterns, compiled } of sets) {
          const found: string[] = [];
          scanPatterns(text, compiled, (pattern, start, end) => found.push(`${pattern}:${start}-${end}`), shared);
          expect(found.sort()).toEqual(reference(text, patterns));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ["a heading after blank lines", "x\n\n \nexperience\n"],
    ["two headings in a row", "experience\nexperience\n"],
    ["a heading with white space before its line break", "work experience :  \r\nled the team"],
    ["a bullet on the line before", "•\n  led it"],
    ["a bullet after the line start", "  * ran it\n--led it\n- - led it"],
    ["words inside other words", "weed ourselves fees preexperience bled"],
    ["matches that start with a character", "<|system|> [ SYSTEM ] <system> x[system]y <<system>"],
  ])("matches the regexes on %s", (_, text) => {
    expect(scanned(text, PATTERNS)).toEqual(reference(text, PATTERNS));
  });

  it("refuses patterns it cannot scan for exactly", () => {
    expect(() => compilePatterns([{ source: "a", flags: "iu", words: ["a"] }])).toThrow(/i and u/);
    expect(() => compilePatterns([{ source: "We", flags: "", words: ["We"] }])).toThrow(/lower-case word/);
    expect(() => compilePatterns([{ source: "a b", flags: "", words: ["a b"] }])).toThrow(/lower-case word/);
    expect(() => compilePatterns([{ source: "_", flags: "", words: [], chars: "_" }])).toThrow(/start character/);
    expect(() => compilePatterns([{ source: "•", flags: "", words: [], chars: "•" }])).toThrow(/start character/);
  });
});

describe("isRegexSpace", () => {
  it("agrees with \\s on every UTF-16 code unit", () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code += 1) {
      if (isRegexSpace(code) !== /\s/.test(String.fromCharCode(code))) disagreements.push(`U+${code.toString(16)}`);
    }
    expect(disagreements).toEqual([]);
  });
});
