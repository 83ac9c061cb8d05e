// The one place numbers are read, as people write them in résumés and bids: "180,000", "180K",
// "1.2M", "2.1 mil", "1.3MM", "~3,400", "over 25k", "in the upper 70s", "12.500", "8 200",
// "3,4 Mio.", "6,1 %". Detectors never parse digits themselves, so every claim normalises the same way.

export type NumberUnit = "count" | "percent";

export interface NumberToken {
  /** Start of the digits (or of "upper 70s"); `prefixStart` also covers an approximation word. */
  start: number;
  end: number;
  prefixStart: number;
  value: number;
  unit: NumberUnit;
  approximate: boolean;
  /** A scale word or suffix was used (K, M, million, Mio.): the writer rounded. */
  scaled: boolean;
  /** Significant digits as written, after scaling ("1,234,567" → 7, "410K" → 2). */
  significantDigits: number;
  /** Money, not an audience: "$4.2M", "€ 12.500", "400k USD". */
  currency: boolean;
  /** A bare four-digit number between 1900 and 2099 with nothing attached: probably a year. */
  yearLike: boolean;
  /**
   * The figure names a range or an order of magnitude, not one number: "10–12K", "six-figure",
   * "tens of thousands". `value` is then the lower bound; a claim built on it has no value.
   */
  indefinite: boolean;
}

// Scale words and suffixes, in the languages the detector reads, matched in any case. The
// alternation tries longer words first, so that it never stops at a shorter one ("mil millones"
// before "mil", "Mio." before "Mio"). The one- and two-letter suffixes keep the case they are
// written in: "m" and "M" are a million, "b" is not a billion.
const SCALE_WORDS = [
  "thousand", "tausend", "mille", "mila", "tsd", "tsd.", "tys", "tys.",
  "million", "millions", "millionen", "millones", "millón", "millon", "milioni", "milione", "milhões", "milhoes", "milhão", "milhao",
  "miljoen", "miljoenen", "mio", "mio.", "mln", "mln.", "mil", "mil millones",
  "billion", "billions", "miliardi", "milliard", "milliards", "bilhões", "bilhoes", "bilhão", "bilhao", "mrd", "mrd.", "mld", "mld.",
  "lakh", "lakhs", "lac", "lacs", "crore", "crores",
];
const SCALE_SUFFIXES = ["MM", "mm", "mn", "bn", "M", "m", "k", "K", "B"];

/** A word as a pattern that ignores case, letter by letter, without the "i" flag on the whole pattern. */
function anyCase(word: string): string {
  return [...word].map((char) => (char.toLowerCase() !== char.toUpperCase() ? `[${char.toLowerCase()}${char.toUpperCase()}]` : char.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&"))).join("");
}
const SCALE_PATTERN = `(?:${[...SCALE_WORDS.map(anyCase), ...SCALE_SUFFIXES]
  .map((source, index) => ({ source, length: index < SCALE_WORDS.length ? (SCALE_WORDS[index] ?? "").length : source.length }))
  .sort((a, b) => b.length - a.length)
  .map(({ source }) => source)
  .join("|")})(?![\\p{L}\\p{N}])`;

// Digits in groups of three (with comma, dot, or a space of any width) or a plain run, then an
// optional decimal part, scale, "+" and percent. The groups are fixed-width, so the pattern cannot
// backtrack catastrophically.
const NUMBER_SOURCE =
  "(?<![\\p{L}\\p{N}_.,@#/\\\\])" +
  "(\\d{1,3}(?:(?:,|\\.|[ \\u00a0\\u202f\\u2009])\\d{3})+(?![\\d])|\\d+)" +
  "(?:([.,])(\\d+))?" +
  // "1+ million" and "2 crore+": the plus may stand before or after the scale.
  "(\\+)?" +
  `(?:[ \\u00a0\\u202f]?(${SCALE_PATTERN}))?` +
  "([ \\u00a0]?\\+)?" +
  "([ \\u00a0\\u202f]?(?:%|percent(?![\\p{L}])|per cent(?![\\p{L}])|Prozent(?![\\p{L}])))?";

const DECADE_SOURCE = "\\b(?:in the )?(upper|high|mid|lower|low)[- ](\\d)0s\\b";

// Words that make a figure approximate, matched against the last one to three words before it. A set
// lookup, not an end-anchored regex, because the regex engine would try every start position.
const APPROXIMATE_WORDS = new Set([
  "about", "around", "approximately", "approx", "approx.", "roughly", "nearly", "almost", "over", "more than", "upwards of",
  "in excess of", "some", "circa", "ca.", "c.", "close to", "just over", "just under", "under", "less than", "north of",
  "plus de", "près de", "environ", "über", "mehr als", "rund", "fast", "más de", "casi", "cerca de", "aproximadamente",
]);
const APPROXIMATE_SIGNS = "~≈>+";

// The last word of each phrase above: a figure whose preceding word is none of these has no approximation
// word, which settles most figures without building the two- and three-word phrases.
const APPROXIMATE_LAST_WORDS = new Set([...APPROXIMATE_WORDS].map((phrase) => phrase.slice(phrase.lastIndexOf(" ") + 1)));

/** `\s` of a regular expression (the characters `trimEnd` removes) at `at`; ASCII answered without the regex. */
function isWhitespaceAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/u.test(text.charAt(at));
}

/** Length of the approximation word or sign right before a figure ("over ", "~"), or 0. */
function approximationBefore(before: string): number {
  // Where `before.trimEnd()` would end, found without copying the text.
  let end = before.length;
  while (end > 0 && isWhitespaceAt(before, end - 1)) end -= 1;
  const last = before[end - 1] ?? "";
  // "+" after a letter or a digit belongs to a name ("Google+ 2,300"), not to the figure.
  if (last !== "" && APPROXIMATE_SIGNS.includes(last) && !(last === "+" && /[\p{L}\p{N}]/u.test(before.charAt(end - 2)))) return before.length - end + 1;
  const lastWordStart = end === 0 ? 0 : before.lastIndexOf(" ", end - 1) + 1;
  if (!APPROXIMATE_LAST_WORDS.has(before.slice(lastWordStart, end).toLowerCase())) return 0;
  const trimmed = before.slice(0, end);
  let wordStart = trimmed.length;
  for (let words = 1; words <= 3; words += 1) {
    const space = trimmed.lastIndexOf(" ", wordStart - 1);
    wordStart = space + 1;
    const phrase = trimmed.slice(wordStart).toLowerCase();
    if (APPROXIMATE_WORDS.has(phrase)) {
      const previous = trimmed[wordStart - 1];
      if (previous === undefined || !/[\p{L}\p{N}]/u.test(previous)) return before.length - wordStart;
    }
    if (space <= 0) break;
    wordStart = space;
  }
  return 0;
}

const CURRENCY_BEFORE = /(?:[$€£¥₹]|\b(?:USD|EUR|GBP|CAD|AUD|US\$|CHF|INR|Rs\.?))\s?$/u;
const CURRENCY_AFTER = /^\s?(?:[$€£¥₹]|(?:USD|EUR|GBP|CAD|AUD|CHF|INR|dollars|euros?|pounds)\b)/u;
// The characters a sign or code in CURRENCY_BEFORE can end with, and those one in CURRENCY_AFTER
// can start with. Most figures have none of them beside them (one optional space apart), which
// settles them without running either pattern.
const CURRENCY_LAST_CHARACTERS = new Set(["$", "€", "£", "¥", "₹", "D", "R", "P", "F", "s", "."]);
const CURRENCY_FIRST_CHARACTERS = new Set(["$", "€", "£", "¥", "₹", "U", "E", "G", "C", "A", "I", "d", "e", "p"]);

function isCurrencyBefore(before: string): boolean {
  const last = before.length - 1;
  const mayEnd = CURRENCY_LAST_CHARACTERS.has(before.charAt(last)) || (last > 0 && isWhitespaceAt(before, last) && CURRENCY_LAST_CHARACTERS.has(before.charAt(last - 1)));
  return mayEnd && CURRENCY_BEFORE.test(before);
}

function isCurrencyAfter(after: string): boolean {
  const mayStart = CURRENCY_FIRST_CHARACTERS.has(after.charAt(0)) || (after.length > 1 && isWhitespaceAt(after, 0) && CURRENCY_FIRST_CHARACTERS.has(after.charAt(1)));
  return mayStart && CURRENCY_AFTER.test(after);
}

/** The multiplier of each scale word, keyed by its lower-case form without accents or a final dot. */
const SCALES: Record<string, number> = {
  thousand: 1e3, tausend: 1e3, mille: 1e3, mila: 1e3, tsd: 1e3, tys: 1e3, k: 1e3,
  million: 1e6, millions: 1e6, millionen: 1e6, millones: 1e6, millon: 1e6, milioni: 1e6, milione: 1e6,
  milhoes: 1e6, milhao: 1e6, miljoen: 1e6, miljoenen: 1e6, mio: 1e6, mln: 1e6, mm: 1e6, mn: 1e6, m: 1e6,
  // "mil" is a thousand in Spanish and Portuguese and, informally, a million in English: see milScale.
  mil: 1e6,
  billion: 1e9, billions: 1e9, miliardi: 1e9, milliard: 1e9, milliards: 1e9, bilhoes: 1e9, bilhao: 1e9, bn: 1e9, b: 1e9, mrd: 1e9, mld: 1e9,
  "mil millones": 1e9,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5, crore: 1e7, crores: 1e7,
};

function scaleKey(word: string): string {
  const lower = word.toLowerCase();
  // Only "millón", "milhões" and their kind carry accents; the rest need no decomposition.
  const plain = /[^\x00-\x7f]/u.test(lower) ? lower.normalize("NFD").replace(/[\u0300-\u036f]/gu, "") : lower;
  return plain.endsWith(".") ? plain.slice(0, -1) : plain;
}

// After "mil", an English noun means a million ("2.1 mil followers"); any other word means a
// thousand ("320 mil seguidores", "41 mil personas", "18 mil membros").
const ENGLISH_AFTER_MIL = /^\s*(?:followers|subscribers|views|likes|fans|impressions|downloads|plays|streams|readers|listeners|members|users|people|connections|total|monthly|combined|organic|in|on|across)(?![\p{L}])/iu;
const WORD_AFTER = /^\s*\p{L}/u;

function milScale(text: string, end: number, decimalMark: string | undefined): number {
  const after = text.slice(end, end + 24);
  if (ENGLISH_AFTER_MIL.test(after)) return 1e6;
  if (WORD_AFTER.test(after)) return 1e3;
  // Nothing to tell by: a decimal comma is written in the languages where "mil" is a thousand.
  return decimalMark === "," ? 1e3 : 1e6;
}

const DECADE_OFFSET: Record<string, number> = { upper: 7, high: 7, mid: 5, lower: 2, low: 2 };

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Digits left once leading and trailing zeros are dropped; at least 1. */
function countSignificantDigits(digits: string): number {
  let first = 0;
  while (first < digits.length && digits.charCodeAt(first) === 48) first += 1;
  let last = digits.length;
  while (last > first && digits.charCodeAt(last - 1) === 48) last -= 1;
  return Math.max(1, last - first);
}

/** `raw` without its separators: the ASCII digits alone. */
function digitsOf(raw: string): string {
  let digits = "";
  for (let at = 0; at < raw.length; at += 1) if (isDigitCode(raw.charCodeAt(at))) digits += raw.charAt(at);
  return digits;
}

interface Reading {
  value: number;
  significantDigits: number;
}

/**
 * Reads the integer and decimal parts the scanner found. A lone separator followed by exactly three
 * digits is a thousands separator ("12.500" in German, "12,500" in English); one followed by one or
 * two digits is a decimal mark ("3,4 Mio.", "1.2M").
 */
function readDigits(integerPart: string, decimalMark: string | undefined, decimals: string | undefined, scaled: boolean): Reading {
  // The scanner's integer part is ASCII digits with single-character group separators between them.
  let separatorCount = 0;
  let firstSeparatorAt = -1;
  for (let at = 0; at < integerPart.length; at += 1) {
    if (isDigitCode(integerPart.charCodeAt(at))) continue;
    separatorCount += 1;
    if (firstSeparatorAt === -1) firstSeparatorAt = at;
  }
  let whole = separatorCount === 0 ? integerPart : digitsOf(integerPart);
  const firstSeparator = firstSeparatorAt === -1 ? "" : integerPart.charAt(firstSeparatorAt);
  let fraction = decimals ?? "";
  if (separatorCount === 1 && decimalMark === undefined && scaled && (firstSeparator === "." || firstSeparator === ",")) {
    // "1.250M": with a scale word the writer meant a decimal, not a grouping.
    whole = integerPart.slice(0, firstSeparatorAt);
    fraction = integerPart.slice(firstSeparatorAt + 1);
  }
  const value = Number(`${whole || "0"}.${fraction || "0"}`);
  // Leading zeros of the whole part do not count, then trailing zeros of the combined digits.
  const significantDigits = countSignificantDigits(fraction.length > 0 ? whole + fraction : whole);
  return { value, significantDigits };
}

/** Parses one written number ("1.2M", "180,000", "6,1 %"); null where it is not one positive finite number. */
export function parseNumber(raw: string): { value: number; unit: NumberUnit } | null {
  const tokens = scanNumbers(raw);
  const first = tokens[0];
  if (!first || tokens.length !== 1) return null;
  if (raw.slice(0, first.prefixStart).trim() !== "" || raw.slice(first.end).trim() !== "") return null;
  return { value: first.value, unit: first.unit };
}

/** Every number in `text` between `from` and `to`, in order, with its span and normalised value. */
export function scanNumbers(text: string, from = 0, to = text.length): NumberToken[] {
  const tokens: NumberToken[] = [];
  const numberPattern = new RegExp(NUMBER_SOURCE, "gu");
  numberPattern.lastIndex = from;
  for (let match = numberPattern.exec(text); match !== null && match.index < to; match = numberPattern.exec(text)) {
    const token = toToken(text, match);
    if (token) tokens.push(token);
  }
  let merged = mergeRanges(text, tokens);
  const worded = [...wordedNumbers(text, from, to, merged), ...magnitudes(text, from, to)];
  // "upper 70s" is rare; only look for it where a decade-like "0s" appears at all.
  if (text.indexOf("0s", from) !== -1) {
    const decadePattern = new RegExp(DECADE_SOURCE, "giu");
    decadePattern.lastIndex = from;
    for (let match = decadePattern.exec(text); match !== null && match.index < to; match = decadePattern.exec(text)) {
      const base = Number(match[2]) * 10;
      const value = base + (DECADE_OFFSET[(match[1] ?? "").toLowerCase()] ?? 5);
      const start = match.index;
      const end = start + match[0].length;
      // The digits inside "70s" were scanned as a plain number; the decade reading replaces them.
      merged = merged.filter((token) => !(token.start < end && token.end > start));
      worded.push(wordToken(start, end, value, { approximate: true, significantDigits: 1 }));
    }
  }
  if (worded.length === 0) return merged;
  return [...merged, ...worded].sort((a, b) => a.start - b.start);
}

function wordToken(start: number, end: number, value: number, fields: Partial<NumberToken> = {}): NumberToken {
  return {
    start,
    end,
    prefixStart: start,
    value,
    unit: "count",
    approximate: false,
    scaled: true,
    significantDigits: countSignificantDigits(String(Math.round(value))),
    currency: false,
    yearLike: false,
    indefinite: false,
    ...fields,
  };
}

// "10–12K", "450–500k", "5-10%": two figures joined by a dash name a range.
const RANGE_DASH = /^[ \u00a0]?[-–—][ \u00a0]?$/u;

/**
 * Joins each pair of figures that a dash makes a range into one indefinite figure whose value is
 * the lower bound, read on the upper figure's scale ("10–12K" is 10,000 to 12,000). Years, money,
 * and pairs whose first figure is not the smaller (phone numbers, "555-0148") stay apart.
 */
function mergeRanges(text: string, tokens: NumberToken[]): NumberToken[] {
  const merged: NumberToken[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const low = tokens[index] as NumberToken;
    const high = tokens[index + 1];
    if (
      high === undefined ||
      high.start - low.end > 3 ||
      low.yearLike ||
      high.yearLike ||
      low.currency ||
      high.currency ||
      // "5-10%": the percent sign, like a scale, is written once for both.
      (low.unit !== high.unit && !(low.unit === "count" && !low.scaled && high.unit === "percent")) ||
      (low.scaled && !high.scaled) ||
      !RANGE_DASH.test(text.slice(low.end, high.start))
    ) {
      merged.push(low);
      continue;
    }
    // A bare lower figure takes the upper one's scale: the upper one's value over its digits' value.
    const lowValue = low.scaled || !high.scaled ? low.value : low.value * scaleOfScaled(text, high);
    if (!(lowValue < high.value)) {
      merged.push(low);
      continue;
    }
    merged.push({ ...high, start: low.start, prefixStart: low.prefixStart, value: lowValue, approximate: true, indefinite: true });
    index += 1;
  }
  return merged;
}

/** The multiplier a scaled figure's suffix stands for, read again from its text. */
function scaleOfScaled(text: string, token: NumberToken): number {
  const pattern = new RegExp(NUMBER_SOURCE, "uy");
  pattern.lastIndex = token.start;
  const match = pattern.exec(text);
  const scaleWord = match?.[5];
  if (!match || scaleWord === undefined) return 1;
  const key = scaleKey(scaleWord);
  return key === "mil" ? milScale(text, token.end, match[2]) : (SCALES[key] ?? 1);
}

const UNIT_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS_WORDS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const BIG_WORDS: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** The value of number words below a thousand ("three hundred fifty", "twelve", "a"), or null. */
function belowThousand(words: string[]): number | null {
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  let seen = false;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] as string;
    if (word === "and" && seen) continue;
    if ((word === "a" || word === "an") && index === 0) {
      current = 1;
      seen = true;
    } else if (word === "hundred" && seen && current > 0 && current < 10) {
      total += current * 100;
      current = 0;
    } else if (word in TENS_WORDS && current % 100 === 0) {
      current += TENS_WORDS[word] as number;
      seen = true;
    } else if (word in UNIT_WORDS && (current % 10 === 0 || current === 0)) {
      if (current % 100 !== 0 && (UNIT_WORDS[word] as number) >= 10) return null;
      current += UNIT_WORDS[word] as number;
      seen = true;
    } else {
      return null;
    }
  }
  return seen ? total + current : null;
}

// Where number words may end: a big number word, or "hundred".
const NUMBER_WORD_END_SOURCE = "(?<![\\p{L}])(?:thousand|million|billion|hundred)(?![\\p{L}])";
const WORDS_BEFORE = /(?:(?<![\p{L}])[\p{L}]+[ \u00a0-]+){1,6}$/u;

/**
 * Figures written in English words: "twelve thousand", "half a million", "two and a half million",
 * "three hundred". Read backwards from the big number word; a figure already read from digits
 * ("12 thousand") is left to the digits.
 */
function wordedNumbers(text: string, from: number, to: number, digitTokens: readonly NumberToken[]): NumberToken[] {
  const found: NumberToken[] = [];
  const window = text.slice(from, to);
  // Most texts have none of the words; one search settles that.
  if (!/thousand|million|billion|hundred/iu.test(window)) return found;
  const wordEnd = new RegExp(NUMBER_WORD_END_SOURCE, "giu");
  for (let match = wordEnd.exec(window); match !== null; match = wordEnd.exec(window)) {
    const wordStart = from + match.index;
    const bigWordEnd = wordStart + match[0].length;
    const big = BIG_WORDS[match[0].toLowerCase()] ?? 1;
    const windowStart = Math.max(0, wordStart - 48);
    const before = WORDS_BEFORE.exec(text.slice(windowStart, wordStart));
    if (!before) continue;
    const words = before[0].toLowerCase().split(/[ \u00a0-]+/u).filter((word) => word !== "");
    if (match[0].toLowerCase() === "hundred") words.push("hundred");
    // The longest run of words ending at the big word that reads as a number.
    let best: { value: number; wordsUsed: number } | null = null;
    for (let used = 1; used <= words.length; used += 1) {
      const tail = words.slice(words.length - used);
      let value: number | null;
      if (tail[0] === "half" && tail[1] === "a" && tail.length === 2) value = 0.5;
      else if (tail.length >= 4 && tail.at(-3) === "and" && tail.at(-2) === "a" && tail.at(-1) === "half") {
        const whole = belowThousand(tail.slice(0, -3));
        value = whole === null ? null : whole + 0.5;
      } else value = belowThousand(tail);
      if (value !== null) best = { value, wordsUsed: used };
    }
    if (!best) continue;
    const value = match[0].toLowerCase() === "hundred" ? best.value : best.value * big;
    // Where the words start: skip back over the words used.
    let start = wordStart;
    let remaining = best.wordsUsed - (match[0].toLowerCase() === "hundred" ? 1 : 0);
    const windowText = text.slice(windowStart, wordStart);
    let at = windowText.length;
    while (remaining > 0 && at > 0) {
      while (at > 0 && /[ \u00a0-]/u.test(windowText.charAt(at - 1))) at -= 1;
      while (at > 0 && /\p{L}/u.test(windowText.charAt(at - 1))) at -= 1;
      remaining -= 1;
    }
    start = windowStart + at;
    if (match[0].toLowerCase() === "hundred" && start === wordStart) continue;
    // "three hundred thousand": the hundred was read with the thousand.
    const previous = found[found.length - 1];
    if (previous && previous.end >= start) found.pop();
    if (digitTokens.some((token) => token.start < bigWordEnd && token.end > start)) continue;
    const approximation = approximationBefore(text.slice(Math.max(0, start - 24), start));
    found.push(wordToken(start, bigWordEnd, value, { prefixStart: start - approximation, approximate: approximation > 0 }));
  }
  return found;
}

// "tens of thousands", "hundreds of millions", "thousands of", "six-figure": an order of magnitude.
const MAGNITUDE_SOURCE =
  "(?<![\\p{L}])(?:(tens|dozens|hundreds)\\s+of\\s+(thousands|millions|billions)|(thousands|millions|billions)(?=\\s+of(?![\\p{L}]))|(five|six|seven|eight|nine|5|6|7|8|9)[- ]figures?)(?![\\p{L}])";
const FIGURE_DIGITS: Record<string, number> = { five: 5, six: 6, seven: 7, eight: 8, nine: 9 };

function magnitudes(text: string, from: number, to: number): NumberToken[] {
  const found: NumberToken[] = [];
  const window = text.slice(from, to);
  if (!/thousands|millions|billions|figure/iu.test(window)) return found;
  const magnitude = new RegExp(MAGNITUDE_SOURCE, "giu");
  for (let match = magnitude.exec(window); match !== null; match = magnitude.exec(window)) {
    let value: number;
    if (match[4] !== undefined) {
      const digits = FIGURE_DIGITS[match[4].toLowerCase()] ?? Number(match[4]);
      value = 10 ** (digits - 1);
    } else {
      const big = BIG_WORDS[(match[2] ?? match[3] ?? "").toLowerCase().replace(/s$/u, "")] ?? 1;
      const times = match[1] === undefined ? 1 : match[1].toLowerCase() === "hundreds" ? 100 : match[1].toLowerCase() === "dozens" ? 12 : 10;
      value = big * times;
    }
    const start = from + match.index;
    found.push(wordToken(start, start + match[0].length, value, { approximate: true, indefinite: true, significantDigits: 1 }));
  }
  return found;
}

function toToken(text: string, match: RegExpExecArray): NumberToken | null {
  const [raw, integerPart = "", decimalMark, decimals, plusBefore, scaleWord, plus, percent] = match;
  const start = match.index;
  const end = start + raw.length;
  const scale = scaleWord === undefined ? 1 : SCALES[scaleKey(scaleWord)];
  if (scale === undefined) return null;
  const multiplier = scaleWord !== undefined && scaleKey(scaleWord) === "mil" ? milScale(text, end, decimalMark) : scale;
  const reading = readDigits(integerPart, decimalMark, decimals, scaleWord !== undefined);
  const value = reading.value * multiplier;
  if (!Number.isFinite(value) || value <= 0) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const approximateLength = approximationBefore(before);
  const prefixStart = start - approximateLength;
  const after = text.slice(end, end + 12);
  const currency = isCurrencyBefore(before) || isCurrencyAfter(after);
  // A four-character integer part is four digits: grouped numbers are longer.
  const yearLike =
    scaleWord === undefined &&
    percent === undefined &&
    decimalMark === undefined &&
    plusBefore === undefined &&
    integerPart.length === 4 &&
    (integerPart.startsWith("19") || integerPart.startsWith("20"));
  return {
    start,
    end,
    prefixStart,
    value: Math.round(value * 1e6) / 1e6,
    unit: percent === undefined ? "count" : "percent",
    approximate: approximateLength > 0 || plus !== undefined || plusBefore !== undefined,
    scaled: scaleWord !== undefined,
    significantDigits: reading.significantDigits,
    currency,
    yearLike,
    indefinite: false,
  };
}
