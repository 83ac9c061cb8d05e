// Plain text, Markdown and the choice between them and HTML. Markdown is stripped
// minimally: the words stay where a reader sees them, the syntax around them goes.
//   - heading markers (#), block quotes (>), list markers (-, *, +, 1.) and fences (```) are dropped;
//   - emphasis markers (** __ * _ ~~) and inline-code backticks are dropped, but not the
//     underscores inside words (snake_case, handles like @jane_doe);
//   - [text](url) becomes "text (url)" so a profile link stays visible as evidence, and
//     ![alt](src) becomes its alt text;
//   - table pipes become tabs and the |---| separator rows go; thematic breaks go.

import type { TextEncodingName } from "./sniff.ts";

export type TextFlavour = "text" | "markdown" | "html";

// Windows-1252 differs from Latin-1 only in 0x80–0x9F, where it has typographic punctuation.
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let text = "";
  const chunk: number[] = [];
  for (const byte of bytes) {
    chunk.push(byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH[byte - 0x80]! : byte);
    if (chunk.length === 8192) {
      text += String.fromCharCode(...chunk);
      chunk.length = 0;
    }
  }
  return text + String.fromCharCode(...chunk);
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (!bigEndian) return new TextDecoder("utf-16le").decode(bytes);
  // Not every runtime's TextDecoder knows UTF-16BE; swapping the bytes is enough.
  const swapped = new Uint8Array(bytes.length & ~1);
  for (let index = 0; index + 1 < bytes.length; index += 2) {
    swapped[index] = bytes[index + 1]!;
    swapped[index + 1] = bytes[index]!;
  }
  return new TextDecoder("utf-16le").decode(swapped);
}

/** Bytes to a string; text that is not valid UTF-8 is read as Windows-1252, what old editors wrote. */
export function decodeTextBytes(bytes: Uint8Array, encoding: TextEncodingName, bomLength: number): string {
  const body = bytes.subarray(bomLength);
  if (encoding === "utf-16le") return decodeUtf16(body, false);
  if (encoding === "utf-16be") return decodeUtf16(body, true);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    return decodeWindows1252(body);
  }
}

// What may follow the leading whitespace and comments of an HTML page. Anchored (sticky)
// where it is tried, so each try reads a few characters.
const HTML_START_TAG = /<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/iy;
// A tag's attributes stop at the next "<" as well as at ">", so that a scan started at one
// "<" never runs over the next: on "<p<p<p…" each character is read once.
const HTML_TAG_PATTERN = String.raw`<\/?(p|div|br|li|ul|ol|table|tr|td|h[1-6]|span|section|article|strong|em|a)\b[^<>]*>`;
const HTML_SAMPLE = 4096;
const MARKDOWN_SAMPLE = 20_000;

// A Markdown signal is counted once for each line that matches it. Each pattern needs some
// text that few lines hold (a link needs "](", bold "**" or "__", a fence "```", a table "|",
// a quote ">"; a heading begins with "#" or is a row of "=" or "-"), so a line is sliced and
// tested only when it holds one: most résumé lines are never copied or matched.
const HEADING_PATTERNS = [/^#{1,6}\s+\S/, /^(=+|-+)\s*$/];
// A link's URL stops at brackets and parentheses, so a line of "[a](" repeated is read once, not once per "[".
const SIGNAL_PATTERNS = [
  /\[[^\][\n]+\]\([^()[\]\s]+\)/,
  /(\*\*|__)\S[^*\n]*\S?(\*\*|__)/,
  /^\s*```/,
  /^\s*\|.*\|\s*$/,
  /^\s*>\s/,
];
const SIGNAL_NEEDLES = ["](", "**", "__", "```", "|", ">"];

export function classifyText(text: string): TextFlavour {
  const head = text.slice(0, HTML_SAMPLE);
  // Both HTML tests need "<" as the first character that is not whitespace (\s is the set
  // trimStart removes), so a text that does not start so skips them.
  if (/^\s*</.test(head)) {
    if (startsLikeHtmlPage(head)) return "html";
    const tagCount = [...head.matchAll(new RegExp(HTML_TAG_PATTERN, "gi"))].length;
    if (tagCount >= 3) return "html";
  }

  const sample = text.length > MARKDOWN_SAMPLE ? text.slice(0, MARKDOWN_SAMPLE) : text;
  const nextNeedles = SIGNAL_NEEDLES.map(() => -1);
  let nextNeedle = -1;
  let headings = 0;
  let signals = 0;
  for (let start = 0; start < sample.length; ) {
    let end = sample.indexOf("\n", start);
    if (end === -1) end = sample.length;
    if (nextNeedle < start) nextNeedle = firstNeedle(sample, start, nextNeedles);
    const holdsNeedle = nextNeedle < end;
    const mayBeHeading = mayStartHeading(sample, start, end);
    if (mayBeHeading || holdsNeedle) {
      const line = sample.slice(start, end);
      if (mayBeHeading && HEADING_PATTERNS.some((pattern) => pattern.test(line))) headings++;
      if (holdsNeedle) for (const pattern of SIGNAL_PATTERNS) if (pattern.test(line)) signals++;
    }
    start = end + 1;
  }
  if (headings > 0 && headings + signals >= 2) return "markdown";
  if (signals >= 3) return "markdown";
  return "text";
}

function htmlStartAt(text: string, at: number): boolean {
  HTML_START_TAG.lastIndex = at;
  return HTML_START_TAG.test(text);
}

function skipWhitespace(text: string, at: number): number {
  while (at < text.length && isRegexSpace(text[at]!)) at++;
  return at;
}

const SPACE = /\s/;
function isRegexSpace(character: string): boolean {
  return SPACE.test(character);
}

/**
 * Whether the text opens as an HTML page: after whitespace, an html, head or body tag or a
 * doctype, with at most one comment before it. A comment ends at any "-->" after its
 * "<!--" (as `<!--[\s\S]*?-->` would let it), so every "-->" is tried once: linear, where the
 * regex with a repeated comment group backtracks exponentially on a run of comments.
 */
export function startsLikeHtmlPage(head: string): boolean {
  const start = skipWhitespace(head, 0);
  if (htmlStartAt(head, start)) return true;
  if (!head.startsWith("<!--", start)) return false;
  for (let end = head.indexOf("-->", start + 4); end !== -1; end = head.indexOf("-->", end + 1)) {
    if (htmlStartAt(head, skipWhitespace(head, end + 3))) return true;
  }
  return false;
}

/**
 * Where the first signal needle occurs at or after `from` (Infinity: nowhere). `next` holds
 * where each needle was last found, so each is searched for once per occurrence. A needle
 * holds no line feed, so one that starts inside a line ends there too.
 */
function firstNeedle(text: string, from: number, next: number[]): number {
  let first = Infinity;
  SIGNAL_NEEDLES.forEach((needle, index) => {
    if (next[index]! < from) {
      const found = text.indexOf(needle, from);
      next[index] = found === -1 ? Infinity : found;
    }
    first = Math.min(first, next[index]!);
  });
  return first;
}

// False only where neither heading pattern can match: the line does not begin with "#", or
// it begins with "=" or "-" and, after that run and any spaces or tabs, holds a printable
// ASCII character (a "\S" before the end), as a "- " list item does.
function mayStartHeading(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (first === 0x23) return true;
  if (first !== 0x3d && first !== 0x2d) return false;
  let at = start + 1;
  while (at < end && text.charCodeAt(at) === first) at++;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  const after = text.charCodeAt(at);
  return at === end || !(after > 0x20 && after < 0x7f);
}

// Inline patterns scan forward from each candidate start. Each scan stops at the character
// that could open the next candidate (a label at "[", a URL at "(" or "[", an autolink at
// "<", struck text at "~"), so a line of "![](" or "~~a " repeated is read a bounded number
// of times per character instead of once per candidate. Lines longer than this keep their
// inline markup: a paragraph that long is no résumé line.
const MAX_INLINE_LINE = 4_000;

function stripInlineMarkdown(line: string): string {
  if (line.length > MAX_INLINE_LINE) return line;
  return line
    .replace(/!\[([^\][]*)\]\(([^()[\]]*)\)/g, "$1")
    .replace(/\[([^\][]+)\]\(([^()[\]\s]+)(\s+"[^"()[\]]*")?\)/g, (_whole, label: string, url: string) =>
      label.trim() === url.trim() ? label : `${label} (${url})`,
    )
    .replace(/<(https?:\/\/[^<>\s]+)>/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/\*\*(?=\S)((?:[^*\n]|\*(?!\*))*?\S)\*\*/g, "$1")
    .replace(/__(?=\S)((?:[^_\n]|_(?!_))*?\S)__/g, "$1")
    .replace(/~~(?=[^\s~])([^~\n]*[^\s~])?~~/g, "$1")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
}

const TABLE_DELIMITER_CELL = /^:?-{2,}:?$/;

/**
 * A table's delimiter row ("|---|:--:|"): cells of two or more dashes, with optional colons,
 * between optional outer pipes. Split and tested cell by cell, as one pattern with spaces on
 * both sides of each pipe backtracks quadratically over a line of spaces.
 */
function isTableDelimiterRow(line: string): boolean {
  let row = line.trim();
  if (row.startsWith("|")) row = row.slice(1);
  if (row.endsWith("|")) row = row.slice(0, -1);
  return row.split("|").every((cell) => TABLE_DELIMITER_CELL.test(cell.trim()));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0b || code === 0x0c || (code > 0x7f && /\s/.test(String.fromCharCode(code)));
}

/**
 * A heading's closing hashes ("## Title ##") go with the whitespace before and after them.
 * Read from the end, once: the pattern `\s+#+\s*$` retried at every space costs the square
 * of a line of spaces (200 KB of them took 40 s).
 */
export function withoutClosingHashes(line: string): string {
  let end = line.length;
  while (end > 0 && isSpace(line.charCodeAt(end - 1))) end--;
  let hashes = end;
  while (hashes > 0 && line.charCodeAt(hashes - 1) === 0x23) hashes--;
  if (hashes === end) return line;
  let start = hashes;
  while (start > 0 && isSpace(line.charCodeAt(start - 1))) start--;
  return start === hashes ? line : line.slice(0, start);
}

/** Markdown to text, line by line, so that line structure (and headings) survive. */
export function markdownToText(markdown: string): string {
  const output: string[] = [];
  let inFence = false;
  for (const rawLine of markdown.replace(/\r\n?/g, "\n").split("\n")) {
    if (/^\s*(```|~~~)/.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      output.push(rawLine);
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(rawLine)) continue;
    if (/^(=+|-+)\s*$/.test(rawLine) && output.length > 0 && output[output.length - 1]!.trim() !== "") continue;
    if (isTableDelimiterRow(rawLine)) continue;
    let line = withoutClosingHashes(rawLine.replace(/^\s{0,3}#{1,6}\s+/, ""))
      .replace(/^(\s*>\s?)+/, "")
      .replace(/^\s*([-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?/, "");
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()).join("\t");
    }
    output.push(stripInlineMarkdown(line));
  }
  return output.join("\n");
}
