// The document model: what a reader sees in the normalised text before reading any claim.
// Built once per document, in time linear in its length:
//   sections   a heading and what runs to the next one ("Experience", "Berufserfahrung")
//   entries    a job, project, degree or team bio: organisation, title, dates, and its lines
//   blocks     a heading, a list item, a paragraph or a table cell, wrapped lines joined
//   sentences  the sentences of each block; a sentence never crosses a block
// Every span is a pair of UTF-16 offsets into the text. `at(position)` answers, by binary
// search, which of each holds a position: the place a claim sits in.
import type { Span } from "../types.ts";
import type { DateRange } from "./dates.ts";
import { readEntries, type Entry, type LineRole } from "./entries.ts";
import { headingKind, headingTitle, MAX_HEADER_LENGTH, readLines, type Line, type SectionKind } from "./lines.ts";
import { fold, wordsIn } from "./words.ts";

export type { DateRange, YearMonth } from "./dates.ts";
export { endYear, findDates } from "./dates.ts";
export type { Entry } from "./entries.ts";
export type { SectionKind } from "./lines.ts";
// Read from the model, for the advice (and, later, the detector): whose account a figure is,
// and the results the document states.
export { accountOf, type Account, type AccountOwner } from "./accounts.ts";
export { findOutcomes, joinsYears, OUTCOME_WEIGHT, type Outcome, type OutcomeKind } from "./outcomes.ts";

export interface Section {
  /** The heading as written, or null for the text before the first heading. */
  title: string | null;
  kind: SectionKind | "preamble";
  /** The heading line; null for the preamble. */
  heading: Span | null;
  /** From the heading (or the text's start) to the next heading (or the text's end). */
  span: Span;
}

export type BlockKind = "heading" | "list_item" | "paragraph" | "table_cell";

export interface Block {
  kind: BlockKind;
  /** The block's words: without indentation and bullet marker; across lines where a line wrapped. */
  span: Span;
  /** For a table cell, its place in the row, from 0; null for other blocks. */
  column: number | null;
  /** For a table cell, the span of its whole row; null for other blocks. */
  row: Span | null;
}

export interface Sentence {
  span: Span;
  /** Index in `blocks` of the block it belongs to. */
  block: number;
}

/** What surrounds a position; null where nothing of that kind does. */
export interface Place {
  section: Section | null;
  entry: Entry | null;
  block: Block | null;
  /** The block's index in `blocks`, or -1. */
  blockIndex: number;
  sentence: Sentence | null;
}

export interface DocumentModel {
  readonly text: string;
  readonly sections: readonly Section[];
  readonly entries: readonly Entry[];
  readonly blocks: readonly Block[];
  readonly sentences: readonly Sentence[];
  /** The section, entry, block and sentence around `position`, each found in O(log n). */
  at(position: number): Place;
  /** The spans a reader takes as the writer's summary: the summary section, else the text before the first entry or heading. */
  readonly summary: readonly Span[];
}

/** Index of the last item whose span starts at or before `position` and ends after it, or -1. */
function containing<T>(items: readonly T[], position: number, spanOf: (item: T) => Span): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spanOf(items[middle] as T).start <= position) low = middle + 1;
    else high = middle;
  }
  const index = low - 1;
  if (index < 0) return -1;
  const span = spanOf(items[index] as T);
  return position < span.end || (position === span.end && span.start === span.end) ? index : -1;
}

/** The length most full lines reach: where wrapped lines break. Counted, not sorted. */
function wrapWidth(lines: readonly Line[]): number {
  const CAP = 400;
  const counts = new Uint32Array(CAP + 1);
  let total = 0;
  for (const line of lines) {
    if (line.kind === "blank") continue;
    counts[Math.min(CAP, line.content.end - line.content.start)]! += 1;
    total += 1;
  }
  // The 90th percentile of line lengths.
  let seen = 0;
  for (let length = 0; length <= CAP; length += 1) {
    seen += counts[length]!;
    if (seen >= total * 0.9) return Math.max(length, 40);
  }
  return CAP;
}

function lastChar(text: string, span: Span): string {
  return span.end > span.start ? text.charAt(span.end - 1) : "";
}

/** Words no line of prose ends on: articles and conjunctions, in the supported languages. */
const ARTICLE_AT_END = /(?<![\p{L}])(?:the|a|an|and|or|der|die|das|den|dem|des|ein|eine|einen|einem|einer|und|oder|le|la|les|des|du|un|une|et|ou|el|los|las|del|una|y|o)$/u;

const PREPOSITION_AT_END = /(?<![\p{L}])(?:in|since|from|by|to|of|during|until|and|over|than|about|around|at|with)$/u;

function startsLower(text: string, span: Span): boolean {
  const char = text.charAt(span.start);
  return char.toLowerCase() === char && char.toUpperCase() !== char;
}

/** Words after which a full stop ends no sentence, folded. */
const ABBREVIATIONS = new Set([
  "e", "g", "eg", "i", "ie", "approx", "ca", "vs", "etc", "inc", "ltd", "co", "corp", "mr", "mrs", "ms", "dr", "st", "no", "nr", "jr",
  "sr", "z", "b", "bzw", "ggf", "usw", "evtl", "env", "av", "aprox", "sra", "dra", "ej", "pag", "vol", "fig", "jan", "feb", "mar", "apr",
  "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "dez", "okt", "janv", "fevr", "avr", "juil", "incl", "resp", "mio", "mrd",
  "bn", "mln", "tsd", "k", "m", "p", "pp", "ref", "tel", "est", "dept", "univ", "prof", "ing", "dipl", "sa", "bv", "nv", "gmbh", "ag",
]);

/** A character that can open a sentence after ". ". */
function opensSentence(char: string): boolean {
  if (char === "") return false;
  if (/[0-9"“‘'(\[@#$€£¿¡«„•*]/.test(char)) return true;
  return char.toUpperCase() === char && char.toLowerCase() !== char;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13 || code === 0xa0 || code === 0x202f;
}

/** The sentences of one block: split after [.!?…] and white space before a capital, a digit or an opening mark. */
function splitSentences(text: string, block: Span, blockIndex: number, into: Sentence[]): void {
  let start = block.start;
  for (let at = block.start; at < block.end - 1; at += 1) {
    const char = text.charAt(at);
    if (char !== "." && char !== "!" && char !== "?" && char !== "…") continue;
    if (!isSpace(text.charCodeAt(at + 1))) continue;
    let next = at + 1;
    while (next < block.end && isSpace(text.charCodeAt(next))) next += 1;
    if (next >= block.end || !opensSentence(text.charAt(next))) continue;
    if (char === ".") {
      // The word before the stop: an abbreviation or an initial ends nothing.
      let wordStart = at;
      while (wordStart > start && at - wordStart < 8 && /[\p{L}]/u.test(text.charAt(wordStart - 1))) wordStart -= 1;
      const word = text.slice(wordStart, at);
      if (word.length > 0 && at - wordStart < 8 && (ABBREVIATIONS.has(fold(word)) || (word.length === 1 && word === word.toUpperCase()))) continue;
    }
    into.push({ span: { start, end: at + 1 }, block: blockIndex });
    start = next;
  }
  if (block.end > start) into.push({ span: { start, end: block.end }, block: blockIndex });
}

/** A line that can be part of an entry's header: short, not a sentence. */
function isHeaderLike(text: string, line: Line): boolean {
  const length = line.content.end - line.content.start;
  if (length > MAX_HEADER_LENGTH) return false;
  const last = lastChar(text, line.content);
  const words = wordsIn(text, line.content.start, line.content.end);
  if (last === "." || last === "!" || last === "?") {
    // "Harvest & Co." ends with an abbreviation, not a sentence.
    const lastWord = words[words.length - 1]?.folded ?? "";
    if (!ABBREVIATIONS.has(lastWord) && !(line.dates.length > 0 && words.length <= 8)) return false;
  }
  // "Larder & Co. (restaurant group, 42 sites across the South West and Wales) | March 2021 - present":
  // what a parenthesis describes is not counted.
  if (words.length <= 14) return true;
  const content = text.slice(line.content.start, line.content.end);
  const open = content.indexOf("(");
  const close = open === -1 ? -1 : content.indexOf(")", open);
  return close !== -1 && words.length - wordsIn(content.slice(open, close + 1)).length <= 14;
}

/** Lines, their blocks, and what each line is to the entry reader. */
function readBlocks(text: string, lines: readonly Line[]): { blocks: Block[]; roles: LineRole[] } {
  const width = wrapWidth(lines);
  const blocks: Block[] = [];
  const roles: LineRole[] = [];
  let previous: Line | null = null;
  let previousRole: LineRole = "none";
  let open: Block | null = null;
  for (const line of lines) {
    let role: LineRole = "none";
    if (line.kind === "blank") {
      open = null;
    } else if (line.kind === "heading") {
      blocks.push({ kind: "heading", span: line.content, column: null, row: null });
      open = null;
    } else if (line.kind === "row") {
      line.cells.forEach((cell, column) => blocks.push({ kind: "table_cell", span: cell, column, row: line.content }));
      role = isHeaderLike(text, line) ? "header" : "body";
      open = null;
    } else if (line.kind === "bullet") {
      open = { kind: "list_item", span: { ...line.content }, column: null, row: null };
      blocks.push(open);
      role = "body";
    } else {
      const previousEnd = previous?.content ?? null;
      // A line carries on the one before when that one ran to the wrapping width (unless it holds
      // dates, as an entry's line of dates does), or when it starts in lower case after no full
      // stop, dates or not ("my videos" / "there brought in 31 new clients in 2024").
      // "… 1.4 billion impressions in" / "2015.": a figure, even a year, carries on a line that
      // ended on a preposition.
      const endsOnPreposition = previousEnd !== null && PREPOSITION_AT_END.test(text.slice(Math.max(previousEnd.start, previousEnd.end - 12), previousEnd.end));
      // "- Aufbau des Discord-Servers …; über den" / "Discord-exklusiven Code kamen …": a line can
      // not end on an article or a conjunction, so the next one carries it on, whatever its first letter.
      const endsOnArticle = previousEnd !== null && ARTICLE_AT_END.test(text.slice(Math.max(previousEnd.start, previousEnd.end - 12), previousEnd.end));
      const wrapped =
        open !== null &&
        previousEnd !== null &&
        (endsOnArticle ||
          (line.dates.length === 0 && previousEnd.end - previousEnd.start >= width * 0.85 && !/[.!?:;]/.test(lastChar(text, previousEnd))) ||
          (startsLower(text, line.content) && !/[.!?]/.test(lastChar(text, previousEnd))) ||
          (/\d/u.test(text.charAt(line.content.start)) && endsOnPreposition));
      if (wrapped && open !== null) {
        open.span = { start: open.span.start, end: line.content.end };
        role = previousRole;
      } else {
        open = { kind: "paragraph", span: { ...line.content }, column: null, row: null };
        blocks.push(open);
        role = isHeaderLike(text, line) ? "header" : "body";
      }
    }
    roles.push(role);
    previous = line.kind === "blank" ? null : line;
    previousRole = role;
  }
  return { blocks, roles };
}

function readSections(text: string, lines: readonly Line[]): { sections: Section[]; lineRanges: [number, number][] } {
  const sections: Section[] = [];
  const lineRanges: [number, number][] = [];
  let firstHeading = lines.findIndex((line) => line.kind === "heading");
  if (firstHeading === -1) firstHeading = lines.length;
  const hasPreamble = lines.slice(0, firstHeading).some((line) => line.kind !== "blank");
  if (hasPreamble) {
    const end = firstHeading < lines.length ? lines[firstHeading]!.start : text.length;
    sections.push({ title: null, kind: "preamble", heading: null, span: { start: 0, end } });
    lineRanges.push([0, firstHeading]);
  }
  for (let index = firstHeading; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (line.kind !== "heading") continue;
    let next = index + 1;
    while (next < lines.length && lines[next]!.kind !== "heading") next += 1;
    const end = next < lines.length ? lines[next]!.start : text.length;
    const title = headingTitle(text, line);
    sections.push({ title, kind: headingKind(title) ?? "other", heading: line.content, span: { start: line.start, end } });
    lineRanges.push([index + 1, next]);
    index = next - 1;
  }
  return { sections, lineRanges };
}

/** The summary: its section, else the paragraphs of the preamble before the first entry. */
function readSummary(sections: readonly Section[], entries: readonly Entry[], blocks: readonly Block[], text: string): Span[] {
  const summaries = sections.filter((section) => section.kind === "summary").map((section) => section.span);
  if (summaries.length > 0) return summaries;
  const preamble = sections[0]?.kind === "preamble" ? sections[0] : null;
  if (preamble === null) return [];
  const end = Math.min(preamble.span.end, entries[0]?.span.start ?? preamble.span.end);
  // Only prose counts: a name, an address and a title line say nothing about results.
  return blocks
    .filter((block) => block.span.start < end && block.kind === "paragraph" && wordsIn(text, block.span.start, block.span.end).length >= 8)
    .map((block) => block.span);
}

/** Reads the model of `text`: linear in its length, however its lines are laid out. */
export function buildDocument(text: string): DocumentModel {
  const lines = readLines(text);
  const { blocks, roles } = readBlocks(text, lines);
  const sentences: Sentence[] = [];
  blocks.forEach((block, index) => splitSentences(text, block.span, index, sentences));
  const { sections, lineRanges } = readSections(text, lines);
  const entries: Entry[] = [];
  for (const [from, to] of lineRanges) for (const entry of readEntries(text, lines, roles, from, to)) entries.push(entry);
  const summary = readSummary(sections, entries, blocks, text);

  const spanOf = (item: { span: Span }) => item.span;
  return {
    text,
    sections,
    entries,
    blocks,
    sentences,
    summary,
    at(position: number): Place {
      const section = sections[containing(sections, position, spanOf)] ?? null;
      const entry = entries[containing(entries, position, spanOf)] ?? null;
      const blockIndex = containing(blocks, position, spanOf);
      const sentence = sentences[containing(sentences, position, spanOf)] ?? null;
      return { section, entry, block: blocks[blockIndex] ?? null, blockIndex, sentence: sentence && sentence.block === blockIndex ? sentence : null };
    },
  };
}
