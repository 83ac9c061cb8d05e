// Entries: a job, a project, a degree or a team member's bio, each a header (who, what, when)
// and the lines under it. Résumés lay them out in a few ways, all read here:
//   "Social Media Manager, Acme Zoo — 2018–2021" then bullets       (dates in the header line)
//   "Acme Zoo | Jan 2019 - Present" / "Social Media Manager" / bullets (dates on a line of their own)
//   "2018 – 2021" / "Social Media Manager, Acme Zoo" / bullets          (dates before the title)
//   "Acme Zoo, Social Media Manager" / bullets / "London" / "2018 – 2021" (dates after the bullets)
// The last layout is told from the others by the first entry of a section: a header without a
// date, then its bullets, then a line with one.
import type { Span } from "../types.ts";
import type { DateRange } from "./dates.ts";
import type { Line } from "./lines.ts";
import { wordsIn } from "./words.ts";

export interface Entry {
  /** From the header's first line to the end of the last line that belongs to it. */
  span: Span;
  /** The header lines: organisation, title and dates. */
  header: Span;
  organization: string | null;
  title: string | null;
  dates: DateRange | null;
}

/** What a line is to the entry reader: part of a header, or of the body under one. */
export type LineRole = "header" | "body" | "none";

/** Words that make part of a header a job title rather than an organisation, folded. */
const TITLE_WORDS = new Set([
  "manager", "managerin", "director", "directeur", "directrice", "directora", "director", "head", "lead", "leiter", "leiterin", "engineer",
  "ingenieur", "ingenieurin", "ingeniero", "ingeniera", "developer", "entwickler", "entwicklerin", "developpeur", "developpeuse",
  "desarrollador", "desarrolladora", "sviluppatore", "specialist", "spezialist", "spezialistin", "specialiste", "especialista",
  "coordinator", "koordinator", "koordinatorin", "coordinateur", "coordinatrice", "coordinador", "coordinadora", "coordinatore",
  "consultant", "berater", "beraterin", "consultor", "consultora", "consulente", "analyst", "analyste", "analista", "officer", "charge",
  "chargee", "responsable", "responsabile", "intern", "internship", "stagiaire", "praktikant", "praktikantin", "becario", "becaria",
  "stagista", "executive", "assistant", "assistent", "assistentin", "asistente", "assistente", "associate", "editor", "redakteur",
  "redakteurin", "redacteur", "redactrice", "redactor", "writer", "designer", "producer", "host", "reporter", "journalist",
  "journaliste", "periodista", "nurse", "teacher", "lehrer", "lehrerin", "professor", "professeur", "profesor", "profesora", "lecturer",
  "founder", "cofounder", "grunder", "grunderin", "fondateur", "fondatrice", "fundador", "fundadora", "fondatore", "ceo", "cto",
  "cfo", "coo", "cmo", "vp", "president", "owner", "inhaber", "inhaberin", "proprietaire", "dueno", "agent", "representative", "rep",
  "strategist", "creator", "influencer", "influenceuse", "ambassador", "advocate", "evangelist", "recruiter", "administrator",
  "supervisor", "technician", "scientist", "researcher", "accountant", "lawyer", "captain", "pilot", "pastor", "chef", "sommelier",
  "librarian", "moderator", "freelance", "freelancer", "gerente", "jefe", "jefa", "encargado", "encargada", "partner", "principal",
  "chief", "trainee", "apprentice", "volunteer", "fellow", "student", "candidate", "maintainer", "contributor", "organizer", "organiser",
  "community", "redactora", "animateur", "animatrice", "manageuse", "analista", "gestor", "gestora", "tecnico", "clerk", "secretary",
  "agentin", "ambassadrice", "embajador", "embajadora", "sales", "marketing", "bachelor", "master", "phd", "bsc", "msc", "ba", "ma", "mba",
]);

/** "City , ST", "Berlin", "Remote": a place, not an organisation. */
const PLACE = /^(?:[\p{Lu}][\p{L}.' -]{1,30}\s?,\s?(?:[A-Z]{2}|[\p{Lu}][\p{L}]+)|remote|hybrid|city\s?,\s?state|home office|télétravail|remoto)$/iu;

/** Splits a header's text into its parts: "Social Media Manager, Acme Zoo — London". */
const PART_SEPARATOR = /\s+[|—–-]\s+|\s*[|｜\t]\s*|,\s+|\s+(?:at|@|bei|chez|presso|para|für|pour)\s+|\s{3,}/iu;

/** Placeholders some templates and anonymised résumés carry instead of a name. */
const PLACEHOLDER = /^(?:company name|employer name|organi[sz]ation name|company|\[?company\]?)$/iu;

function isTitle(part: string): boolean {
  return wordsIn(part).some((word) => TITLE_WORDS.has(word.folded));
}

/** The organisation and title a header names, from its text with the dates blanked out. */
export function parseHeader(headerText: string): { organization: string | null; title: string | null } {
  const cleaned = headerText
    .replace(/[（(][^()（）\n]{0,60}[)）]/gu, " ")
    .replace(/(?<![\p{L}])[\p{Lu}][\p{L}.' -]{1,30}?\s?,\s?(?:[A-Z]{2}|State)(?![\p{L}])/gu, " ")
    .replace(/[ï¼​]+/gu, " ")
    .replace(/\s+[,|—–-]\s*$/u, "")
    .trim();
  const parts = cleaned
    .split(/\n/u)
    .flatMap((line) => line.split(PART_SEPARATOR))
    .map((part) => part.replace(/^[\s,|:—–-]+|[\s,|:—–-]+$/gu, "").trim())
    .filter((part) => part.length > 1 && /\p{L}/u.test(part) && !PLACE.test(part));
  let title: string | null = null;
  let organization: string | null = null;
  for (const part of parts) {
    if (title === null && isTitle(part)) title = part;
    else if (organization === null && !PLACEHOLDER.test(part) && !isTitle(part)) organization = part;
  }
  return { organization, title };
}

/** The most lines a header is read from. */
const MAX_HEADER_LINES = 4;

interface Run {
  role: "header" | "body";
  /** Line indices, in order. */
  lines: number[];
  /** A blank line came before the run's first line. */
  afterBlank: boolean;
}

function runsOf(lineRoles: readonly LineRole[], from: number, to: number, lines: readonly Line[]): Run[] {
  const runs: Run[] = [];
  let blankBefore = false;
  for (let index = from; index < to; index += 1) {
    const role = lineRoles[index]!;
    if (role === "none") {
      if (lines[index]!.kind === "blank") blankBefore = true;
      continue;
    }
    const last = runs[runs.length - 1];
    // A blank line splits two headers (two one-line entries) but not a body.
    if (last && last.role === role && !(role === "header" && blankBefore)) last.lines.push(index);
    else runs.push({ role, lines: [index], afterBlank: blankBefore });
    blankBefore = false;
  }
  return runs;
}

function dated(lines: readonly Line[], index: number): boolean {
  return lines[index]!.dates.some((range) => range.from !== null && (range.to !== range.from || range.end - range.start > 4));
}

/** A line that holds dates and nothing else but punctuation. */
function dateOnly(text: string, line: Line): boolean {
  let covered = line.content.start;
  for (const range of line.dates) {
    if (wordsIn(text, covered, range.start).length > 0) return false;
    covered = range.end;
  }
  return wordsIn(text, covered, line.content.end).length === 0;
}

/** "2 years 10 months", "4 months", "3 Jahre": the length of a job, written under its dates. */
const DURATION = /^(?:\d{1,2}\s*(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años|meses|anni|mesi|jaar|maanden|anos)\s*){1,2}$/iu;

/** Splits a header run with several dated lines into one group per date. */
function splitHeaderRun(run: readonly number[], lines: readonly Line[]): number[][] {
  const datedAt = new Set(run.filter((index) => dated(lines, index)));
  if (datedAt.size <= 1) return [[...run]];
  const groups: number[][] = [];
  if (datedAt.has(run[0]!)) {
    // Each date starts its group: "2018–2021 / Title, Org / 2015–2018 / Title, Org".
    for (const index of run) {
      if (datedAt.has(index) || groups.length === 0) groups.push([index]);
      else groups[groups.length - 1]!.push(index);
    }
  } else {
    // Each date ends its group: "Title, Org / 2018–2021 / Title, Org / 2015–2018".
    let current: number[] = [];
    for (const index of run) {
      current.push(index);
      if (datedAt.has(index)) {
        groups.push(current);
        current = [];
      }
    }
    if (current.length > 0) groups[groups.length - 1]!.push(...current);
  }
  return groups;
}

/** A header with no date is an entry only when it looks like one: two parts, or a job title. */
function looksLikeEntryHeader(text: string, lines: readonly Line[], group: readonly number[]): boolean {
  if (group.length > MAX_HEADER_LINES - 1) return false;
  const words = group.reduce((sum, index) => sum + wordsIn(text, lines[index]!.content.start, lines[index]!.content.end).length, 0);
  if (words > 14) return false;
  return group.some((index) => {
    const line = text.slice(lines[index]!.content.start, lines[index]!.content.end);
    return PART_SEPARATOR.test(line) || isTitle(line);
  });
}

function firstDate(lines: readonly Line[], group: readonly number[]): DateRange | null {
  for (const index of group) {
    const range = lines[index]!.dates.find((candidate) => candidate.from !== null);
    if (range) return range;
  }
  return null;
}

function headerText(text: string, lines: readonly Line[], group: readonly number[]): string {
  return group
    .map((index) => {
      const line = lines[index]!;
      let words = text.slice(line.content.start, line.content.end);
      // Blank the dates out, from the last so earlier offsets stay right.
      for (const range of [...line.dates].reverse()) {
        words = `${words.slice(0, range.start - line.content.start)} ${words.slice(range.end - line.content.start)}`;
      }
      return words;
    })
    .join("\n");
}

function makeEntry(text: string, lines: readonly Line[], header: readonly number[], body: readonly number[], trailer: readonly number[]): Entry {
  const all = [...header, ...body, ...trailer];
  const first = lines[all[0]!]!;
  const last = lines[all[all.length - 1]!]!;
  const headerLines = [...header, ...trailer.filter((index) => dated(lines, index))];
  // A header is a few lines; in a long run of short lines only those next to the date are read.
  const datedFirst = dated(lines, header[0]!);
  const read = header.length <= MAX_HEADER_LINES ? header : datedFirst ? header.slice(0, MAX_HEADER_LINES) : header.slice(-MAX_HEADER_LINES);
  const { organization, title } = parseHeader(headerText(text, lines, read));
  return {
    span: { start: first.content.start, end: last.content.end },
    header: { start: lines[header[0]!]!.content.start, end: lines[header[header.length - 1]!]!.content.end },
    organization,
    title,
    dates: firstDate(lines, headerLines),
  };
}

/** Where a trailer (the dates after a body) ends in a run that also holds the next header. */
function trailerLength(text: string, lines: readonly Line[], run: readonly number[]): number {
  const datedIndex = run.findIndex((index) => dated(lines, index));
  if (datedIndex === -1) return 0;
  let length = datedIndex + 1;
  while (length < run.length && DURATION.test(text.slice(lines[run[length]!]!.content.start, lines[run[length]!]!.content.end))) length += 1;
  return length;
}

/** The entries of one section: lines [from, to), none of them a heading. */
export function readEntries(text: string, lines: readonly Line[], lineRoles: readonly LineRole[], from: number, to: number): Entry[] {
  const runs = runsOf(lineRoles, from, to, lines);
  const entries: Entry[] = [];
  const anyDated = (run: Run) => run.lines.some((index) => dated(lines, index));
  // Dates after the bullets: the section's first header has none, and the run after its body
  // has a line that is only a date ("June 2023 – present"), not the next job's own line.
  const datesTrail =
    runs.length >= 3 &&
    runs[0]!.role === "header" &&
    !anyDated(runs[0]!) &&
    runs[1]!.role === "body" &&
    runs[2]!.role === "header" &&
    runs[2]!.lines.some((index) => dated(lines, index) && dateOnly(text, lines[index]!));

  if (datesTrail) {
    let header: number[] | null = null;
    for (let index = 0; index < runs.length; index += 1) {
      const run = runs[index]!;
      if (run.role === "header" && header === null) {
        header = run.lines;
        continue;
      }
      if (run.role === "body" && header !== null) {
        const next = runs[index + 1];
        const trailer = next && next.role === "header" ? next.lines.slice(0, trailerLength(text, lines, next.lines)) : [];
        entries.push(makeEntry(text, lines, header, run.lines, trailer));
        header = next && next.role === "header" && trailer.length < next.lines.length ? next.lines.slice(trailer.length) : null;
        if (next && next.role === "header") index += 1;
      }
    }
    return entries;
  }

  for (let index = 0; index < runs.length; index += 1) {
    const run = runs[index]!;
    if (run.role !== "header") continue;
    const groups = splitHeaderRun(run.lines, lines);
    const next = runs[index + 1];
    groups.forEach((group, groupIndex) => {
      const isLast = groupIndex === groups.length - 1;
      const hasDate = group.some((line) => dated(lines, line));
      if (isLast && next && next.role === "body") {
        const bulleted = lines[next.lines[0]!]!.kind === "bullet";
        if (hasDate || (bulleted && looksLikeEntryHeader(text, lines, group))) {
          entries.push(makeEntry(text, lines, group, next.lines, []));
          return;
        }
      }
      if (hasDate) entries.push(makeEntry(text, lines, group, [], []));
    });
  }
  return entries;
}
