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
}

const SCALE_PATTERN =
  "(?:Mio\\.|Mrd\\.|Tsd\\.|(?:thousand|Tsd|millions?|Millionen|millones|mill[oó]n|Mio|mil|MM|mm|mn|M|m|k|K|billion|bn|B|Mrd)(?![\\p{L}\\p{N}]))";

// Digits in groups of three (with comma, dot, or a space of any width) or a plain run, then an
// optional decimal part, scale, "+" and percent. The groups are fixed-width, so the pattern cannot
// backtrack catastrophically.
const NUMBER_SOURCE =
  "(?<![\\p{L}\\p{N}_.,@#/\\\\])" +
  "(\\d{1,3}(?:(?:,|\\.|[ \\u00a0\\u202f\\u2009])\\d{3})+(?![\\d])|\\d+)" +
  "(?:([.,])(\\d+))?" +
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
  if (last !== "" && APPROXIMATE_SIGNS.includes(last)) return before.length - end + 1;
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
const SPANISH_AFTER = /^\s*(?:de\s+)?(?:seguidores|suscriptores|visualizaciones|reproducciones|miembros|vistas|oyentes|usuarios|fans)\b/iu;

const SCALES: Record<string, number> = {
  thousand: 1e3,
  tsd: 1e3,
  "tsd.": 1e3,
  k: 1e3,
  million: 1e6,
  millions: 1e6,
  millionen: 1e6,
  millones: 1e6,
  millon: 1e6,
  "millón": 1e6,
  mio: 1e6,
  "mio.": 1e6,
  mil: 1e6,
  mm: 1e6,
  mn: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  mrd: 1e9,
  "mrd.": 1e9,
};

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
  // "upper 70s" is rare; only look for it where a decade-like "0s" appears at all.
  if (text.indexOf("0s", from) !== -1) {
    const decadePattern = new RegExp(DECADE_SOURCE, "giu");
    decadePattern.lastIndex = from;
    for (let match = decadePattern.exec(text); match !== null && match.index < to; match = decadePattern.exec(text)) {
      const base = Number(match[2]) * 10;
      const value = base + (DECADE_OFFSET[(match[1] ?? "").toLowerCase()] ?? 5);
      const start = match.index;
      const end = start + match[0].length;
      // The digits inside "70s" were scanned as a plain number; the decade reading replaces it.
      const overlapping = tokens.findIndex((token) => token.start < end && token.end > start);
      const decade: NumberToken = {
        start,
        end,
        prefixStart: start,
        value,
        unit: "count",
        approximate: true,
        scaled: false,
        significantDigits: 1,
        currency: false,
        yearLike: false,
      };
      if (overlapping >= 0) tokens.splice(overlapping, 1, decade);
      else tokens.push(decade);
    }
    tokens.sort((a, b) => a.start - b.start);
  }
  return tokens;
}

function toToken(text: string, match: RegExpExecArray): NumberToken | null {
  const [raw, integerPart = "", decimalMark, decimals, scaleWord, plus, percent] = match;
  const start = match.index;
  const end = start + raw.length;
  const scale = scaleWord === undefined ? 1 : SCALES[scaleWord.toLowerCase()];
  if (scale === undefined) return null;
  let multiplier = scale;
  if (scaleWord?.toLowerCase() === "mil" && SPANISH_AFTER.test(text.slice(end, end + 40))) multiplier = 1e3;
  // Lower-case "m" right after digits is as often metres or minutes; keep it only for "5m followers" style.
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
    integerPart.length === 4 &&
    (integerPart.startsWith("19") || integerPart.startsWith("20"));
  return {
    start,
    end,
    prefixStart,
    value: Math.round(value * 1e6) / 1e6,
    unit: percent === undefined ? "count" : "percent",
    approximate: approximateLength > 0 || plus !== undefined,
    scaled: scaleWord !== undefined,
    significantDigits: reading.significantDigits,
    currency,
    yearLike,
  };
}
