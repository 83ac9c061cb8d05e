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

const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
const HTML_TAG_PATTERN = String.raw`<\/?(p|div|br|li|ul|ol|table|tr|td|h[1-6]|span|section|article|strong|em|a)\b[^>]*>`;

export function classifyText(text: string): TextFlavour {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return "html";
  const tagCount = [...head.matchAll(new RegExp(HTML_TAG_PATTERN, "gi"))].length;
  if (head.trimStart().startsWith("<") && tagCount >= 3) return "html";

  const lines = text.slice(0, 20000).split("\n");
  let headings = 0;
  let signals = 0;
  for (const line of lines) {
    if (/^#{1,6}\s+\S/.test(line) || /^(=+|-+)\s*$/.test(line)) headings++;
    if (/\[[^\][\n]+\]\([^)\s]+\)/.test(line)) signals++;
    if (/(\*\*|__)\S[^*\n]*\S?(\*\*|__)/.test(line)) signals++;
    if (/^\s*```/.test(line)) signals++;
    if (/^\s*\|.*\|\s*$/.test(line)) signals++;
    if (/^\s*>\s/.test(line)) signals++;
  }
  if (headings > 0 && headings + signals >= 2) return "markdown";
  if (signals >= 3) return "markdown";
  return "text";
}

// Inline patterns scan forward from each candidate start; on a line of thousands of "[" or
// "*" that is quadratic. Labels exclude "[" so each scan stops at the next one, and lines
// longer than this keep their inline markup rather than risk the time.
const MAX_INLINE_LINE = 4_000;

function stripInlineMarkdown(line: string): string {
  if (line.length > MAX_INLINE_LINE) return line;
  return line
    .replace(/!\[([^\][]*)\]\([^)]*\)/g, "$1")
    .replace(/\[([^\][]+)\]\(([^)\s]+)(\s+"[^"]*")?\)/g, (_whole, label: string, url: string) =>
      label.trim() === url.trim() ? label : `${label} (${url})`,
    )
    .replace(/<(https?:\/\/[^>\s]+)>/g, "$1")
    .replace(/`([^`]*)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, "$2")
    .replace(/~~(?=\S)([^\n]*?\S)~~/g, "$1")
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])/g, "$1$2")
    .replace(/(^|[^\w])_(?=\S)([^_\n]*?\S)_(?!\w)/g, "$1$2")
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, "$1");
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
    if (/^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(rawLine)) continue;
    let line = rawLine
      .replace(/^\s{0,3}#{1,6}\s+/, "")
      .replace(/\s+#+\s*$/, "")
      .replace(/^(\s*>\s?)+/, "")
      .replace(/^\s*([-*+]|\d{1,3}[.)])\s+(\[[ xX]\]\s+)?/, "");
    if (/^\s*\|.*\|\s*$/.test(line)) {
      line = line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim()).join("\t");
    }
    output.push(stripInlineMarkdown(line));
  }
  return output.join("\n");
}
