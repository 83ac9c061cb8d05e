// normalizeText copies runs through unchanged, found by a table, a regex and a short walk,
// and builds its output from ranges of the input. These tests hold it to the straightforward
// version it replaced (below, as it was: one code unit at a time into an array), on random
// strings and on every code unit, so that the fast paths cannot drift from the rules.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { repairMojibake } from "./mojibake.ts";
import { isWhitespace, normalizeText, type InvisibleRun } from "./normalize.ts";

interface NormalizedText {
  text: string;
  invisible: InvisibleRun[];
}


// Units that each rule turns on, and long plain runs (past the walk, into the regex).
const UNITS = [
  "a", "z", "B", "7", "-", "\u2010", ".", " ", "  ", "\t", "\n", "\n\n", "\n\n\n", "\r", "\r\n", "\f", "\v", "\u2028", "\u2029",
  "\u0085", "\u00a0", "\u202f", "\u3000", "\u2003", "\u1680", "\u00ad", "\u200b", "\u200c", "\u200d", "\u200e", "\u202e",
  "\u2066", "\u2065", "\ufeff", "\u061c", "\u180e", "\udb40\udc41", "\u0000", "\u0007", "\u007f", "\u0090", "\ufffe", "\uffff",
  "\ud800", "\udc00", "\ud83d\ude00", "\ud83d\udc69", "\ufe0f", "\ufb01", "\uff11", "\uff41", "\ud835\udfed", "\u00e9", "\u00df",
  "\u017f", "\u212a", "\u0130", "\u0131", "\u0645", "\u06cc", "\u05e9", "\u65e5", "\u0416", "\u20ac", "\u2022", "\u201c",
  "word", "Klout score 81", "develop-\nment", "self-\nEmployed", "a-  \n  b", "x\u2010\ny",
  "lorem ipsum dolor sit amet consectetur adipiscing elit",
  "Managed a quarterly budget of $500,000 with a GPA-style scorecard for agencies.\nLed a team of 12.",
];

const text = fc.array(fc.constantFrom(...UNITS), { maxLength: 80 }).map((parts) => parts.join(""));

describe("normalizeText against the unit-by-unit version", () => {
  it("gives the same text and invisible runs on random strings (property)", () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(normalizeText(input)).toEqual(referenceNormalize(input));
      }),
      { numRuns: 3000 },
    );
  });

  it("gives the same result around every code unit, in short and long runs", () => {
    const long = "lorem ipsum dolor sit amet, consectetur adipiscing elit";
    for (let unit = 0; unit < 0x10000; unit++) {
      const character = String.fromCharCode(unit);
      for (const input of [character, `ab${character}cd`, `${long}${character}${long}`, `${long} ${character}\n${long}-\n${character}x`]) {
        const got = normalizeText(input);
        const want = referenceNormalize(input);
        if (got.text !== want.text || JSON.stringify(got.invisible) !== JSON.stringify(want.invisible)) {
          expect({ unit: unit.toString(16), got }).toEqual({ unit: unit.toString(16), got: want });
        }
      }
    }
  });

  it.each([
    ["text with nothing to change comes back as it is", "Summary\nLed a team of 12.\n\nSkills: SQL, Python"],
    ["a hyphen before a line feed inside a long run", `${"word ".repeat(20)}develop-\nment and ${"more ".repeat(20)}`],
    ["a U+2010 hyphen before a line feed inside a long run", `${"word ".repeat(20)}develop\u2010\nment and ${"more ".repeat(20)}`],
    ["a blank line inside a long run", `${"word ".repeat(20)}\n\n${"more ".repeat(20)}`],
    ["two blank lines inside a long run", `${"word ".repeat(20)}\n\n\n${"more ".repeat(20)}`],
    ["a run ending at the end of the text", "x".repeat(100)],
    ["a space ending the text", `${"x".repeat(100)} `],
    ["spaces and tabs mixed", "a \t b\t\u00a0c \u200b\td"],
    ["an invisible character between spaces", "a \u200b \nb"],
    ["a line-end hyphen after an invisible character", "develop\u200b-\nment"],
  ])("%s", (_name, input) => {
    expect(normalizeText(input)).toEqual(referenceNormalize(input));
  });
});

describe("isWhitespace", () => {
  it("matches /\\s/ on every code unit", () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      if (isWhitespace(unit) !== /\s/.test(String.fromCharCode(unit))) expect(unit.toString(16)).toBe("a unit where both agree");
    }
  });
});

// The version normalizeText replaced, kept as the reference (with the rules that make a
// second pass change nothing: what follows a line-end hyphen and a joiner is judged as shown).
const LINE_FEED = 0x0a;
const SPACE = 0x20;
const DELETE = 0x7f;
const TAB = 0x09;
const HYPHEN_MINUS = 0x2d;
const HYPHEN = 0x2010;

// Zero-width characters, bidi controls and invisible operators: they change nothing a reader
// sees but can split a word ("Kl\u200bout") or reorder what a parser reads.
function isInvisible(codePoint: number): boolean {
  return (
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x2064) ||
    (codePoint >= 0x2066 && codePoint <= 0x206f) ||
    codePoint === 0xfeff ||
    codePoint === 0x061c ||
    codePoint === 0x180e ||
    (codePoint >= 0xe0000 && codePoint <= 0xe007f)
  );
}

// Spaces a reader sees as an ordinary space: no-break, narrow no-break, the typographic spaces.
function isOddSpace(codePoint: number): boolean {
  return (
    codePoint === 0x00a0 ||
    codePoint === 0x1680 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x202f ||
    codePoint === 0x205f ||
    codePoint === 0x3000 ||
    codePoint === 0x0b ||
    codePoint === 0x85
  );
}

// NFKC only where compatibility forms hide ordinary text: ligatures (ﬁ ﬂ), full-width and
// half-width forms (８２００), and the mathematical alphanumerics people paste as "bold"
// (𝟭𝟬𝗞). Applying NFKC everywhere would also turn "x²" into "x2" and "½" into "1⁄2".
function needsCompatibilityFold(codePoint: number): boolean {
  return (
    (codePoint >= 0xfb00 && codePoint <= 0xfb4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    (codePoint >= 0x1d400 && codePoint <= 0x1d7ff)
  );
}

// ZWJ and ZWNJ shape Persian, Indic and emoji text; they are only suspicious between Latin
// letters or digits, where no script needs them.
function joinerIsLegitimate(previous: number | undefined, next: number | undefined): boolean {
  if (previous === undefined || next === undefined) return false;
  const before = String.fromCodePoint(previous);
  const after = String.fromCodePoint(next);
  const scriptNeedsJoiner = (character: string) =>
    /\p{L}/u.test(character) && !/\p{Script=Latin}/u.test(character);
  const isPictographic = (character: string) => /\p{Extended_Pictographic}/u.test(character);
  return (
    (scriptNeedsJoiner(before) && scriptNeedsJoiner(after)) ||
    (isPictographic(before) && (isPictographic(after) || after === "\ufe0f"))
  );
}

function isLowercaseLetter(codeUnit: number | undefined): boolean {
  if (codeUnit === undefined) return false;
  const character = String.fromCharCode(codeUnit);
  return character !== character.toUpperCase() && character === character.toLowerCase();
}

function isHorizontalSpace(codeUnit: number | undefined): boolean {
  return codeUnit === SPACE || codeUnit === TAB;
}

function isLineBreak(codePoint: number): boolean {
  return codePoint === 0x0d || codePoint === LINE_FEED || codePoint === 0x0c || codePoint === 0x2028 || codePoint === 0x2029;
}

// Other control characters carry nothing readable.
function isControl(codePoint: number): boolean {
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0xfffe || codePoint === 0xffff;
}

/** A character as the output shows it: folded where it is a compatibility form. */
function shown(codePoint: number | undefined): string | undefined {
  if (codePoint === undefined) return undefined;
  const character = String.fromCodePoint(codePoint);
  return needsCompatibilityFold(codePoint) ? character.normalize("NFKC") : character;
}

// The repair of mis-read UTF-8 runs first in both (it has tests of its own in mojibake.test.ts).
function referenceNormalize(raw: string): NormalizedText {
  return referenceNormalizeRepaired(repairMojibake(raw));
}

function referenceNormalizeRepaired(raw: string): NormalizedText {
  const output: number[] = [];
  const invisible: InvisibleRun[] = [];
  let pendingInvisible = 0;
  let previousCodePoint: number | undefined;

  const flushInvisible = () => {
    if (pendingInvisible === 0) return;
    const last = invisible[invisible.length - 1];
    if (last && last.at === output.length) last.count += pendingInvisible;
    else invisible.push({ at: output.length, count: pendingInvisible });
    pendingInvisible = 0;
  };
  const pushString = (value: string) => {
    for (let index = 0; index < value.length; index++) output.push(value.charCodeAt(index));
  };
  const pushSpace = (codeUnit: number) => {
    const last = output[output.length - 1];
    if (output.length === 0 || last === LINE_FEED) return;
    if (isHorizontalSpace(last)) {
      // A run of spaces and tabs becomes one character; a tab wins, as it separates cells.
      if (codeUnit === TAB) output[output.length - 1] = TAB;
      return;
    }
    output.push(codeUnit);
  };
  // A run of four or more spaces inside a line separates columns: it becomes a tab, as a tab would.
  let spaceRun = 0;
  let runStartAppended = false;
  const pushSpaceOfRun = (codeUnit: number) => {
    if (spaceRun === 0) {
      const before = output.length;
      pushSpace(codeUnit);
      runStartAppended = output.length > before;
    } else pushSpace(codeUnit);
    spaceRun += 1;
    if (spaceRun === 4 && runStartAppended) output[output.length - 1] = TAB;
  };
  const trimLineEnd = () => {
    while (isHorizontalSpace(output[output.length - 1])) output.pop();
  };

  let index = 0;
  while (index < raw.length) {
    // Printable ASCII and the plain space, most of any document, need none of the checks
    // below: copy the run, or collapse the space as the space branch does.
    let unit = raw.charCodeAt(index);
    if (unit !== SPACE && unit !== TAB && !isOddSpace(unit)) spaceRun = 0;
    if (unit > SPACE && unit < DELETE) {
      flushInvisible();
      do {
        output.push(unit);
        previousCodePoint = unit;
        unit = raw.charCodeAt(++index);
      } while (unit > SPACE && unit < DELETE);
      continue;
    }
    if (unit === SPACE) {
      flushInvisible();
      pushSpaceOfRun(SPACE);
      previousCodePoint = SPACE;
      index += 1;
      continue;
    }
    const codePoint = raw.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const nextIndex = index + width;

    if (isLineBreak(codePoint)) {
      if (codePoint === 0x0d && raw.charCodeAt(nextIndex) === LINE_FEED) index = nextIndex;
      flushInvisible();
      trimLineEnd();
      const beforeHyphen = output[output.length - 2];
      const lastUnit = output[output.length - 1];
      if ((lastUnit === HYPHEN_MINUS || lastUnit === HYPHEN) && isLowercaseLetter(beforeHyphen)) {
        // "develop-\nment" is one word broken by the layout; "self-\nEmployed" or "B2B-\n2024" are not joined.
        // Past what this pass removes anyway, so that a second pass would decide the same.
        let lookahead = index + 1;
        let invisibleSkipped = 0;
        for (;;) {
          const ahead = raw.codePointAt(lookahead);
          if (ahead === undefined) break;
          const removed = ahead === SPACE || ahead === TAB || isOddSpace(ahead) || ahead === 0x00ad || isInvisible(ahead) || isControl(ahead);
          if (!removed || isLineBreak(ahead)) break;
          if (isInvisible(ahead)) invisibleSkipped += 1;
          lookahead += ahead > 0xffff ? 2 : 1;
        }
        if (isLowercaseLetter(shown(raw.codePointAt(lookahead))?.charCodeAt(0))) {
          output.pop();
          pendingInvisible += invisibleSkipped;
          index = lookahead;
          previousCodePoint = beforeHyphen;
          continue;
        }
      }
      const blankLineAlready = output[output.length - 1] === LINE_FEED && output[output.length - 2] === LINE_FEED;
      if (output.length > 0 && !blankLineAlready) output.push(LINE_FEED);
      index += 1;
      previousCodePoint = LINE_FEED;
      continue;
    }

    if (codePoint === 0x00ad) {
      index = nextIndex;
      continue;
    }

    if (isInvisible(codePoint)) {
      const isJoiner = codePoint === 0x200c || codePoint === 0x200d;
      if (isJoiner && joinerIsLegitimate(previousCodePoint, shown(raw.codePointAt(nextIndex))?.codePointAt(0))) {
        pushString(String.fromCodePoint(codePoint));
      } else {
        pendingInvisible += 1;
      }
      index = nextIndex;
      continue;
    }

    if (codePoint === SPACE || codePoint === TAB || isOddSpace(codePoint)) {
      flushInvisible();
      pushSpaceOfRun(codePoint === TAB ? TAB : SPACE);
      previousCodePoint = SPACE;
      index = nextIndex;
      continue;
    }

    if (isControl(codePoint)) {
      index = nextIndex;
      continue;
    }

    flushInvisible();
    if (needsCompatibilityFold(codePoint)) pushString(shown(codePoint)!);
    else if (width === 1) output.push(codePoint);
    else output.push(raw.charCodeAt(index), raw.charCodeAt(index + 1));
    previousCodePoint = Array.from(shown(codePoint)!).at(-1)!.codePointAt(0);
    index = nextIndex;
  }
  flushInvisible();

  while (output.length > 0 && (output[output.length - 1] === LINE_FEED || isHorizontalSpace(output[output.length - 1]))) {
    output.pop();
  }

  let text = "";
  const chunkSize = 8192;
  for (let start = 0; start < output.length; start += chunkSize) {
    text += String.fromCharCode(...output.slice(start, start + chunkSize));
  }
  for (const run of invisible) run.at = Math.min(run.at, text.length);
  return { text, invisible };
}
