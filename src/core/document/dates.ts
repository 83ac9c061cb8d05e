// Dates as résumés write them: "2018–2021", "Jan 2019 - Present", "03/2019 – heute",
// "seit 03/2020", "depuis 2020", "desde marzo de 2021", "10/2011 to Current", "(2022)".
// Each pattern is a chain of literal alternatives and bounded repeats, with nothing that can
// match the same characters two ways, so a line is read in time linear in its length.
import { fold } from "./words.ts";

export interface YearMonth {
  year: number;
  /** 1–12, or null where only the year is written. */
  month: number | null;
}

export interface DateRange {
  from: YearMonth | null;
  /** "present" for "– present", "seit 2020", "depuis 2020" and the like. */
  to: YearMonth | "present" | null;
  /** Where the dates are written. */
  start: number;
  end: number;
}

/** Month names and abbreviations in English, German, French, Spanish, Italian, Dutch and Portuguese, folded. */
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: readonly (readonly string[])[] = [
  ["jan", "january", "januar", "janvier", "janv", "enero", "ene", "gennaio", "gen", "januari", "janeiro", "jänner", "jaenner"],
  ["feb", "february", "februar", "fevrier", "fev", "fevr", "febrero", "febbraio", "februari", "fevereiro"],
  ["mar", "march", "marz", "maerz", "mars", "marzo", "maart", "mrt", "marco"],
  ["apr", "april", "avril", "avr", "abril", "abr", "aprile"],
  ["may", "mai", "mayo", "maggio", "mag", "mei", "maio"],
  ["jun", "june", "juni", "juin", "junio", "giugno", "giu", "junho"],
  ["jul", "july", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho"],
  ["aug", "august", "aout", "agosto", "ago", "augustus"],
  ["sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro"],
  ["oct", "october", "okt", "oktober", "octobre", "octubre", "ottobre", "ott", "out", "outubro"],
  ["nov", "november", "novembre", "noviembre", "novembro"],
  ["dec", "december", "dez", "dezember", "decembre", "diciembre", "dic", "dicembre", "dezembro"],
];
MONTH_NAMES.forEach((names, index) => {
  for (const name of names) MONTHS[name] = index + 1;
});

/** Words that close a range at today. */
const PRESENT_WORDS = [
  "present", "current", "currently", "now", "today", "ongoing", "date", "heute", "jetzt", "aktuell", "laufend", "dato",
  "aujourd'hui", "aujourd’hui", "présent", "present", "actuel", "actuelle", "maintenant", "ce jour", "actualidad", "presente",
  "hoy", "actual", "actualmente", "la fecha", "oggi", "attuale", "in corso", "heden", "nu", "huidig", "atual", "atualmente", "hoje",
];

const MONTH_SOURCE = Object.keys(MONTHS)
  .sort((left, right) => right.length - left.length)
  .join("|");
// Written folded, but matched against the text as it is: the accented spellings are added.
const MONTH_TEXT = `(?:${MONTH_SOURCE}|märz|févr|février|août|décembre|déc|março)`;
const YEAR = "(?:19[5-9]\\d|20\\d\\d)";
/** "Jan 2019", "Jan. 2019", "janvier 2019", "marzo de 2021", "03/2019", "3.2019", "2019". Groups: month name, month number, year. */
const POINT = `(?:(${MONTH_TEXT})\\.?\\s{0,2}(?:de\\s|del\\s)?\\s?|(0?[1-9]|1[0-2])\\s?[./-]\\s?)?(${YEAR})`;
const PRESENT = `(${PRESENT_WORDS.map((word) => word.replace(/[’']/g, "['’]").replace(/ /g, "\\s")).join("|")})`;
const SEPARATOR = "\\s{0,3}(?:[-–—−~→]|->|to|till|until|through|thru|bis|à|au|a|al|hasta|tot|até|ate|fino\\sa|jusqu'à|jusqu’à)\\s{0,3}";

const RANGE_SOURCE = `(?<![\\p{L}\\p{N}])${POINT}${SEPARATOR}(?:${POINT}|${PRESENT})(?![\\p{L}\\p{N}])`;
/** "2019–21", "2023/24": a two-digit end year, read only right after a full start year and a dash or slash. */
const SHORT_RANGE_SOURCE = `(?<![\\p{L}\\p{N}])(${YEAR})[-–—/](\\d\\d)(?![\\p{L}\\p{N}%,.])`;
const SINCE_SOURCE = `(?<![\\p{L}\\p{N}])(?:since|seit|depuis|desde|dal|dall['’]|sinds|a\\spartir\\sde|à\\spartir\\sde)\\s{1,2}(?:(?:le|el|the|il)\\s)?${POINT}(?![\\p{L}\\p{N}])`;
const SINGLE_SOURCE = `(?<![\\p{L}\\p{N}])${POINT}(?![\\p{L}\\p{N}])`;

function monthOf(name: string | undefined, number: string | undefined): number | null {
  if (name !== undefined) return MONTHS[fold(name)] ?? null;
  if (number !== undefined) return Number(number);
  return null;
}

function point(name: string | undefined, number: string | undefined, year: string): YearMonth {
  return { year: Number(year), month: monthOf(name, number) };
}

/** The date patterns, compiled global: one set per document, reset before each use, never shared between documents. */
export interface DatePatterns {
  range: RegExp;
  short: RegExp;
  since: RegExp;
  single: RegExp;
}

export function datePatterns(): DatePatterns {
  return {
    range: new RegExp(RANGE_SOURCE, "giu"),
    short: new RegExp(SHORT_RANGE_SOURCE, "gu"),
    since: new RegExp(SINCE_SOURCE, "giu"),
    single: new RegExp(SINGLE_SOURCE, "giu"),
  };
}

/** Whether text[start, end) holds four digits in a row starting "19" or "20": every date pattern needs a year. */
function hasYear(text: string, start: number, end: number): boolean {
  let run = 0;
  for (let at = start; at < end; at += 1) {
    const code = text.charCodeAt(at);
    if (code >= 48 && code <= 57) {
      run += 1;
      if (run >= 4) {
        const first = text.charCodeAt(at - 3);
        const second = text.charCodeAt(at - 2);
        if ((first === 49 && second === 57) || (first === 50 && second === 48)) return true;
      }
    } else run = 0;
  }
  return false;
}

/**
 * Every date or date range in text[start, end), in order: ranges first ("2018–2021",
 * "since 2020"), then single dates outside them ("(2012)", "Jan 2021").
 */
export function findDates(text: string, start = 0, end = text.length, patterns: DatePatterns = datePatterns()): DateRange[] {
  if (!hasYear(text, start, end)) return [];
  const slice = text.slice(start, end);
  const found: DateRange[] = [];
  // Characters already read as part of a date: a match is short, so checking its own characters keeps this linear.
  const mask = new Uint8Array(slice.length);
  const overlaps = (from: number, to: number) => {
    for (let at = from; at < to; at += 1) if (mask[at] === 1) return true;
    return false;
  };
  const take = (from: number, to: number) => mask.fill(1, from, to);

  const { range, short, since, single } = patterns;
  range.lastIndex = 0;
  for (let match = range.exec(slice); match !== null; match = range.exec(slice)) {
    const from = point(match[1], match[2], match[3]!);
    const to: YearMonth | "present" = match[6] !== undefined ? point(match[4], match[5], match[6]) : "present";
    if (to !== "present" && to.year < from.year) continue;
    found.push({ from, to, start: start + match.index, end: start + match.index + match[0].length });
    take(match.index, match.index + match[0].length);
  }
  short.lastIndex = 0;
  for (let match = short.exec(slice); match !== null; match = short.exec(slice)) {
    if (overlaps(match.index, match.index + match[0].length)) continue;
    const fromYear = Number(match[1]);
    const toYear = Math.floor(fromYear / 100) * 100 + Number(match[2]);
    if (toYear < fromYear) continue;
    found.push({ from: { year: fromYear, month: null }, to: { year: toYear, month: null }, start: start + match.index, end: start + match.index + match[0].length });
    take(match.index, match.index + match[0].length);
  }
  since.lastIndex = 0;
  for (let match = since.exec(slice); match !== null; match = since.exec(slice)) {
    if (overlaps(match.index, match.index + match[0].length)) continue;
    found.push({ from: point(match[1], match[2], match[3]!), to: "present", start: start + match.index, end: start + match.index + match[0].length });
    take(match.index, match.index + match[0].length);
  }
  single.lastIndex = 0;
  for (let match = single.exec(slice); match !== null; match = single.exec(slice)) {
    if (overlaps(match.index, match.index + match[0].length)) continue;
    // "2,019" or "12.2019.5" are numbers, not years: a digit or separator right before a bare year rules it out.
    const before = slice.charAt(match.index - 1);
    if (match[1] === undefined && match[2] === undefined && /[\d.,]/.test(before)) continue;
    const at = point(match[1], match[2], match[3]!);
    found.push({ from: at, to: at, start: start + match.index, end: start + match.index + match[0].length });
  }
  return found.sort((left, right) => left.start - right.start);
}

/** The year a range was last true: its end year, the current year for "present". */
export function endYear(range: DateRange, currentYear: number): number | null {
  if (range.to === "present") return currentYear;
  return range.to?.year ?? range.from?.year ?? null;
}
