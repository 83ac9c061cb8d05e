// A Markdown copy of a text, Markdown or HTML document: the note on the whole document as a
// quotation at the top, the text as it was read with each claim in bold and a footnote
// reference after it, and each claim's advice as its footnote. The text is escaped so that
// it reads as it was written: nothing in it becomes emphasis, a link, HTML or a heading.
import type { Claim, Report } from "../types.ts";
import { claimNote, documentNote } from "./notes.ts";

const INLINE_SPECIAL = new Set(["\\", "`", "*", "_", "[", "]", "<", ">", "~", "|"]);

/** The footnote label of a claim: its id where that is safe in a label, its position otherwise. */
function labelOf(claim: Claim, index: number): string {
  return /^[A-Za-z0-9_-]{1,32}$/.test(claim.id) ? claim.id : `claim-${index + 1}`;
}

function escapeLine(line: string, lineStart = true): string {
  let escaped = "";
  for (const character of line) escaped += INLINE_SPECIAL.has(character) ? `\\${character}` : character;
  // What would read as markup at the start of a line: a heading, a rule or a setext underline.
  if (lineStart && (/^#/.test(escaped) || /^(=+|-{3,}|\+{3,})\s*$/.test(escaped))) escaped = `\\${escaped}`;
  // "&amp;" in the text is the characters, not an ampersand.
  return escaped.replace(/&(?=#?[A-Za-z0-9]+;)/g, "&amp;");
}

/** Text between two boundaries, escaped line by line; `lineStart` says whether it begins a line. */
function escapeStretch(text: string, lineStart: boolean): string {
  return text
    .split("\n")
    .map((line, index) => escapeLine(line, index > 0 || lineStart))
    .join("\n");
}

/** Lines of the text kept as lines: Markdown joins lines of a paragraph unless they end in two spaces. */
function keepLineBreaks(markdown: string): string {
  const lines = markdown.split("\n");
  return lines.map((line, index) => (line.trim() !== "" && (lines[index + 1] ?? "").trim() !== "" ? `${line}  ` : line)).join("\n");
}

export function annotateText(text: string, report: Report): { bytes: Uint8Array; marked: Claim[]; notMarked: Claim[] } {
  const usable = report.claims.filter((claim) => claim.span.start >= 0 && claim.span.end <= text.length && claim.span.start < claim.span.end);
  const usableIds = new Set(usable.map((claim) => claim.id));
  const notMarked = report.claims.filter((claim) => !usableIds.has(claim.id));
  const labels = new Map(report.claims.map((claim, index) => [claim.id, labelOf(claim, index)]));

  // Bold for claims that do not sit inside or across one already in bold; a reference after every claim.
  const sorted = [...usable].sort((left, right) => left.span.start - right.span.start || right.span.end - left.span.end);
  const bold = new Set<Claim>();
  let boldUntil = -1;
  for (const claim of sorted) {
    if (claim.span.start < boldUntil) continue;
    bold.add(claim);
    boldUntil = claim.span.end;
  }
  const openings = new Map<number, number>();
  const closings = new Map<number, string[]>();
  for (const claim of usable) {
    if (bold.has(claim)) openings.set(claim.span.start, (openings.get(claim.span.start) ?? 0) + 1);
    const ending = closings.get(claim.span.end) ?? [];
    ending.push(`${bold.has(claim) ? "**" : ""}[^${labels.get(claim.id)}]`);
    closings.set(claim.span.end, ending);
  }
  const boundaries = [...new Set([0, text.length, ...openings.keys(), ...closings.keys()])].sort((left, right) => left - right);
  let body = "";
  for (let index = 0; index < boundaries.length; index++) {
    const at = boundaries[index]!;
    // Closing before opening, so a claim that ends where the next begins reads "**a**[^1]**b**".
    for (const closing of closings.get(at) ?? []) body += closing;
    body += "**".repeat(openings.get(at) ?? 0);
    const next = boundaries[index + 1];
    if (next !== undefined) body += escapeStretch(text.slice(at, next), at === 0 || text[at - 1] === "\n");
  }

  const note = documentNote(report, notMarked)
    .map((paragraph) => `> ${escapeLine(paragraph)}`)
    .join("\n>\n");
  const footnotes = usable.map((claim) => `[^${labels.get(claim.id)}]: ${escapeLine(claimNote(claim, report.document.language).join(" "))}`);
  const markdown = `${note}\n\n${keepLineBreaks(body)}\n${footnotes.length > 0 ? `\n${footnotes.join("\n")}\n` : ""}`;
  return { bytes: new TextEncoder().encode(markdown), marked: usable, notMarked };
}
