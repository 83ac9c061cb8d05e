// One pass over the raw text that every format goes through exactly once, so that every
// offset a report gives indexes into the same string. It works on UTF-16 code units in an
// array (cheap to pop when a line's trailing spaces or a line-end hyphen must go) and
// remembers where invisible characters were removed, as offsets into its own output.

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

export function normalizeText(raw: string): NormalizedText {
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
  const trimLineEnd = () => {
    while (isHorizontalSpace(output[output.length - 1])) output.pop();
  };

  let index = 0;
  while (index < raw.length) {
    // Printable ASCII and the plain space, most of any document, need none of the checks
    // below: copy the run, or collapse the space as the space branch does.
    let unit = raw.charCodeAt(index);
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
      pushSpace(SPACE);
      previousCodePoint = SPACE;
      index += 1;
      continue;
    }
    const codePoint = raw.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const nextIndex = index + width;

    if (codePoint === 0x0d || codePoint === LINE_FEED || codePoint === 0x0c || codePoint === 0x2028 || codePoint === 0x2029) {
      if (codePoint === 0x0d && raw.charCodeAt(nextIndex) === LINE_FEED) index = nextIndex;
      flushInvisible();
      trimLineEnd();
      const beforeHyphen = output[output.length - 2];
      const lastUnit = output[output.length - 1];
      if ((lastUnit === HYPHEN_MINUS || lastUnit === HYPHEN) && isLowercaseLetter(beforeHyphen)) {
        // "develop-\nment" is one word broken by the layout; "self-\nEmployed" or "B2B-\n2024" are not joined.
        let lookahead = index + 1;
        while (isHorizontalSpace(raw.charCodeAt(lookahead))) lookahead++;
        if (isLowercaseLetter(raw.charCodeAt(lookahead))) {
          output.pop();
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
      if (isJoiner && joinerIsLegitimate(previousCodePoint, raw.codePointAt(nextIndex))) {
        pushString(String.fromCodePoint(codePoint));
      } else {
        pendingInvisible += 1;
      }
      index = nextIndex;
      continue;
    }

    if (codePoint === SPACE || codePoint === TAB || isOddSpace(codePoint)) {
      flushInvisible();
      pushSpace(codePoint === TAB ? TAB : SPACE);
      previousCodePoint = SPACE;
      index = nextIndex;
      continue;
    }

    // Other control characters carry nothing readable.
    if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f) || codePoint === 0xfffe || codePoint === 0xffff) {
      index = nextIndex;
      continue;
    }

    flushInvisible();
    if (needsCompatibilityFold(codePoint)) pushString(String.fromCodePoint(codePoint).normalize("NFKC"));
    else if (width === 1) output.push(codePoint);
    else output.push(raw.charCodeAt(index), raw.charCodeAt(index + 1));
    previousCodePoint = codePoint;
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
