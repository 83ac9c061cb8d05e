// One pass over the raw text that every format goes through exactly once, so that every
// offset a report gives indexes into the same string. It reads UTF-16 code units and
// remembers where invisible characters were removed, as offsets into its own output. Most
// of any text comes through unchanged, so the output is built from ranges of the input.
import { repairMojibake } from "./mojibake.ts";
import { SliceBuilder } from "./slice-builder.ts";

export interface InvisibleRun {
  /** Offset in the normalised text where the removed characters stood. */
  at: number;
  count: number;
}

export interface NormalizedText {
  text: string;
  invisible: InvisibleRun[];
}

const LINE_FEED = 0x0a;
/** Spaces in a row that separate columns rather than words. */
const COLUMN_GAP = 4;
const SPACE = 0x20;
const TAB = 0x09;
const HYPHEN_MINUS = 0x2d;
const HYPHEN = 0x2010;

/** Inclusive ranges of code points. */
type Ranges = readonly (readonly [first: number, last: number])[];

// Zero-width characters, bidi controls and invisible operators: they change nothing a reader
// sees but can split a word ("Kl\u200bout") or reorder what a parser reads.
const INVISIBLE_CHARACTERS: Ranges = [
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x2060, 0x2064],
  [0x2066, 0x206f],
  [0xfeff, 0xfeff],
  [0x061c, 0x061c],
  [0x180e, 0x180e],
  [0xe0000, 0xe007f],
];

// Spaces a reader sees as an ordinary space: no-break, narrow no-break, the typographic spaces.
const ODD_SPACES: Ranges = [
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0x0b, 0x0b],
  [0x85, 0x85],
];

// NFKC only where compatibility forms hide ordinary text: ligatures (ﬁ ﬂ), full-width and
// half-width forms (８２００), and the mathematical alphanumerics people paste as "bold"
// (𝟭𝟬𝗞). Applying NFKC everywhere would also turn "x²" into "x2" and "½" into "1⁄2".
const COMPATIBILITY_FORMS: Ranges = [
  [0xfb00, 0xfb4f],
  [0xff00, 0xffef],
  [0x1d400, 0x1d7ff],
];

const LINE_BREAKS: Ranges = [
  [0x0a, 0x0a],
  [0x0c, 0x0d],
  [0x2028, 0x2029],
];

// Other control characters carry nothing readable.
const CONTROLS: Ranges = [
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xfffe, 0xffff],
];

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

/** What /\s/ matches (WhiteSpace and LineTerminator), for one code unit, without making a string of it. */
export function isWhitespace(unit: number): boolean {
  return (
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === SPACE ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

// What a code point asks of the normaliser, each kind with its code points, in order of
// precedence: U+000C is a line break and U+0085 an odd space, not controls.
const KEEP = 0;
const LINE_BREAK = 1;
const SOFT_HYPHEN = 2;
const INVISIBLE = 3;
const SPACE_LIKE = 4;
const CONTROL = 5;
const FOLD = 6;
const SURROGATE = 7;

const KINDS: readonly [kind: number, codePoints: Ranges][] = [
  [LINE_BREAK, LINE_BREAKS],
  [SOFT_HYPHEN, [[0xad, 0xad]]],
  [INVISIBLE, INVISIBLE_CHARACTERS],
  [SPACE_LIKE, [[TAB, TAB], [SPACE, SPACE], ...ODD_SPACES]],
  [CONTROL, CONTROLS],
  [FOLD, COMPATIBILITY_FORMS],
];

function kindOf(codePoint: number): number {
  const found = KINDS.find(([, ranges]) => ranges.some(([first, last]) => codePoint >= first && codePoint <= last));
  return found ? found[0] : KEEP;
}

/** What the output holds for a compatibility form: "m" for "𝗺", "fi" for "ﬁ". */
function folded(codePoint: number): string {
  return String.fromCodePoint(codePoint).normalize("NFKC");
}

/** The first code point the output holds for `codePoint`: folded, or the character itself when kept. */
function firstShownCodePoint(codePoint: number | undefined): number | undefined {
  if (codePoint === undefined || kindOf(codePoint) !== FOLD) return codePoint;
  return folded(codePoint).codePointAt(0);
}

// The kind of every UTF-16 code unit, filled from the ranges (lowest precedence first), so
// that the loop reads one byte per unit instead of searching them. A surrogate's kind depends
// on its pair, so the loop asks kindOf for the whole code point (a lone one is kept).
const UNIT_KINDS = new Uint8Array(0x10000).fill(SURROGATE, 0xd800, 0xe000);
for (const [kind, ranges] of [...KINDS].reverse()) {
  for (const [first, last] of ranges) if (first < 0x10000) UNIT_KINDS.fill(kind, first, Math.min(last, 0xffff) + 1);
}

/**
 * The code units the table keeps, as a regex character class: every unit outside the ranges
 * of the other kinds and the surrogates (from the same ranges, so the two cannot disagree).
 */
function keptUnitClass(): string {
  const hex = (unit: number) => `\\u${unit.toString(16).padStart(4, "0")}`;
  const range = (first: number, last: number) => (first === last ? hex(first) : `${hex(first)}-${hex(last)}`);
  const taken = [[0xd800, 0xdfff] as const, ...KINDS.flatMap(([, ranges]) => ranges)]
    .filter(([first]) => first < 0x10000)
    .sort((left, right) => left[0] - right[0]);
  let ranges = "";
  let next = 0;
  for (const [first, last] of taken) {
    if (first > next) ranges += range(next, first - 1);
    next = Math.max(next, last + 1);
  }
  if (next <= 0xffff) ranges += range(next, 0xffff);
  return `[${ranges}]`;
}

// A run of the input that the branches below would copy through unchanged: kept units, with
// a single space, or one or two line feeds after anything but a hyphen, between two of them
// (the space and line-break branches leave those as they are). The pattern is built from the
// table; the regex engine walks a long run several times faster than a loop in script, but a
// call into it costs about as much as walking a few dozen units, so those are walked here.
// Sticky, and its lastIndex is set right before its one use.
const KEPT = keptUnitClass();
const UNCHANGED_RUN = new RegExp(`${KEPT}+(?:(?: |(?<![-\\u2010])\\n\\n?)${KEPT}+)*`, "y");
const WALK_FIRST = 32;

/** Where the unchanged run that starts at `start`, a kept unit, ends. */
function unchangedRunEnd(raw: string, start: number): number {
  const near = Math.min(raw.length, start + WALK_FIRST);
  let at = start + 1;
  // The same rule as the pattern; at the top of each turn, raw[at - 1] is a kept unit.
  while (at < near) {
    const unit = raw.charCodeAt(at);
    if (UNIT_KINDS[unit] === KEEP) {
      at++;
      continue;
    }
    let after = at + 1;
    if (unit === LINE_FEED) {
      const before = raw.charCodeAt(at - 1);
      if (before === HYPHEN_MINUS || before === HYPHEN) return at;
      if (raw.charCodeAt(after) === LINE_FEED) after++;
    } else if (unit !== SPACE) {
      return at;
    }
    if (after >= raw.length || UNIT_KINDS[raw.charCodeAt(after)] !== KEEP) return at;
    at = after + 1;
  }
  if (at >= raw.length) return at;
  UNCHANGED_RUN.lastIndex = at - 1;
  UNCHANGED_RUN.test(raw);
  return UNCHANGED_RUN.lastIndex;
}

// Slices keep their source's two-byte form even where every character left fits in one byte,
// as when the only wider ones were zero-width spaces now removed, and regexes (most of the
// analysis) run slower on that form: a résumé's analysis takes about a fifth longer. A round
// trip through UTF-8 gives the one-byte form that copying unit by unit gave; it is exact, as a
// Latin-1 text holds no surrogate and no byte order mark.
const WIDE_UNIT = /[^\x00-\xff]/;
const UTF8_ENCODER = new TextEncoder();
const UTF8_DECODER = new TextDecoder("utf-8", { ignoreBOM: true });

function narrowed(text: string): string {
  return WIDE_UNIT.test(text) ? text : UTF8_DECODER.decode(UTF8_ENCODER.encode(text));
}

export function normalizeText(raw: string): NormalizedText {
  // Mis-read UTF-8 is mended first, so that what follows (spaces, joiners, the offsets of removed
  // characters) sees the text as it was written.
  return new Normalizer(repairMojibake(raw)).run();
}

class Normalizer {
  private readonly output: SliceBuilder;
  private readonly invisible: InvisibleRun[] = [];
  private pendingInvisible = 0;
  private previousCodePoint: number | undefined;
  /** Whether a character outside Latin-1 was removed or replaced. */
  private changedWide = false;

  constructor(private readonly raw: string) {
    this.output = new SliceBuilder(raw);
  }

  run(): NormalizedText {
    const { raw, output } = this;
    let index = 0;
    while (index < raw.length) {
      let kind = UNIT_KINDS[raw.charCodeAt(index)]!;
      if (kind === KEEP) {
        // Most of any document: copy the run through unchanged.
        this.flushInvisible();
        const end = unchangedRunEnd(raw, index);
        output.copy(index, end);
        this.previousCodePoint = raw.charCodeAt(end - 1);
        index = end;
        continue;
      }
      const codePoint = raw.codePointAt(index)!;
      if (kind === SURROGATE) kind = kindOf(codePoint);
      if (codePoint > 0xff && kind !== KEEP) this.changedWide = true;
      const nextIndex = index + (codePoint > 0xffff ? 2 : 1);

      switch (kind) {
        case LINE_BREAK:
          index = this.lineBreak(index, codePoint);
          break;
        case SPACE_LIKE:
          index = this.spaces(index);
          break;
        case INVISIBLE: {
          const isJoiner = codePoint === 0x200c || codePoint === 0x200d;
          // Both neighbours as the output shows them, so that a second pass keeps what this one kept.
          if (isJoiner && joinerIsLegitimate(this.previousCodePoint, firstShownCodePoint(raw.codePointAt(nextIndex)))) output.copy(index, nextIndex);
          else this.pendingInvisible += 1;
          index = nextIndex;
          break;
        }
        case SOFT_HYPHEN:
        case CONTROL:
          index = nextIndex;
          break;
        default:
          this.flushInvisible();
          if (kind === FOLD) {
            // A joiner after "𝗺" is judged by the "m" the reader gets, as a second pass would judge it.
            const shown = folded(codePoint);
            output.append(shown);
            this.previousCodePoint = Array.from(shown).at(-1)!.codePointAt(0);
          } else {
            output.copy(index, nextIndex);
            this.previousCodePoint = codePoint;
          }
          index = nextIndex;
      }
    }
    this.flushInvisible();

    for (let last = output.unitFromEnd(1); last === LINE_FEED || isHorizontalSpace(last); last = output.unitFromEnd(1)) {
      output.removeLast();
    }

    const text = this.changedWide ? narrowed(output.toString()) : output.toString();
    for (const run of this.invisible) run.at = Math.min(run.at, text.length);
    return { text, invisible: this.invisible };
  }

  /** Handles the line break at `index` and returns where to go on. */
  private lineBreak(index: number, codePoint: number): number {
    const { raw, output } = this;
    if (codePoint === 0x0d && raw.charCodeAt(index + 1) === LINE_FEED) index += 1;
    this.flushInvisible();
    while (isHorizontalSpace(output.unitFromEnd(1))) output.removeLast();
    const beforeHyphen = output.unitFromEnd(2);
    const lastUnit = output.unitFromEnd(1);
    if ((lastUnit === HYPHEN_MINUS || lastUnit === HYPHEN) && isLowercaseLetter(beforeHyphen)) {
      // "develop-\nment" is one word broken by the layout; "self-\nEmployed" or "B2B-\n2024" are not joined.
      const next = this.nextWordStart(index + 1);
      if (isLowercaseLetter(next.firstUnit)) {
        output.removeLast();
        this.pendingInvisible += next.invisibleSkipped;
        this.previousCodePoint = beforeHyphen;
        return next.at;
      }
    }
    const blankLineAlready = output.unitFromEnd(1) === LINE_FEED && output.unitFromEnd(2) === LINE_FEED;
    if (output.length > 0 && !blankLineAlready) output.appendUnit(LINE_FEED, index);
    this.previousCodePoint = LINE_FEED;
    return index + 1;
  }

  /**
   * Where the next line's text starts after a line break: past the spaces, soft hyphens,
   * controls and invisible characters this pass removes, so that the decision to join a
   * hyphenated word is the one a second pass over the output would make. Returns the first
   * code unit of the character found, folded where it is a compatibility form ("𝗺" is "m").
   */
  private nextWordStart(from: number): { at: number; firstUnit: number | undefined; invisibleSkipped: number } {
    const { raw } = this;
    let at = from;
    let invisibleSkipped = 0;
    for (let codePoint = raw.codePointAt(at); codePoint !== undefined; codePoint = raw.codePointAt(at)) {
      const kind = kindOf(codePoint);
      if (kind !== SPACE_LIKE && kind !== SOFT_HYPHEN && kind !== CONTROL && kind !== INVISIBLE) {
        return { at, firstUnit: String.fromCodePoint(firstShownCodePoint(codePoint)!).charCodeAt(0), invisibleSkipped };
      }
      if (kind === INVISIBLE) invisibleSkipped += 1;
      at += codePoint > 0xffff ? 2 : 1;
    }
    return { at, firstUnit: undefined, invisibleSkipped };
  }

  /**
   * A run of spaces and tabs becomes one character, and none at the start of a line; a tab
   * wins, as it separates cells. Returns where the run ends.
   */
  private spaces(start: number): number {
    const { raw, output } = this;
    let end = start;
    let tab = -1;
    for (; end < raw.length && UNIT_KINDS[raw.charCodeAt(end)] === SPACE_LIKE; end++) {
      if (raw.charCodeAt(end) === TAB) tab = end;
    }
    this.flushInvisible();
    this.previousCodePoint = SPACE;
    const last = output.unitFromEnd(1);
    if (output.length === 0 || last === LINE_FEED) return end;
    if (tab !== -1) {
      if (isHorizontalSpace(last)) output.removeLast();
      output.appendUnit(TAB, tab);
    } else if (end - start >= COLUMN_GAP && !isHorizontalSpace(last)) {
      // A wide run of spaces inside a line is where one column or cell ends and the next begins
      // ("Grew the page to 9,200      REFERENCES AVAILABLE"): kept as the tab it stands for, so
      // that nothing reads across it as one phrase.
      output.appendUnit(TAB, start);
    } else if (!isHorizontalSpace(last)) {
      output.appendUnit(SPACE, start);
    }
    return end;
  }

  private flushInvisible(): void {
    if (this.pendingInvisible === 0) return;
    const last = this.invisible[this.invisible.length - 1];
    if (last && last.at === this.output.length) last.count += this.pendingInvisible;
    else this.invisible.push({ at: this.output.length, count: this.pendingInvisible });
    this.pendingInvisible = 0;
  }
}
