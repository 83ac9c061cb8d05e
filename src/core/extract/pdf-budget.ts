// A PDF's streams, decoded and measured before pdf.js sees the file. pdf.js decodes a content
// stream whole, into a buffer that doubles as it grows, and builds an operator list of every
// operator in it, with no limit on either: a 61 KB file inflating a 40 MB content stream cost
// 754 MB, a 611 KB one ran for 30 s. Here every stream is decoded once more, through its own
// filters, counting bytes as they are produced and stopping at the budget; the operators of
// each content stream are counted as it is read. A file over budget is refused with a 422
// before pdf.js parses any of it.
//
// What is read: every `N G obj << … >> stream … endstream` in the file's bytes, the way
// pdf.js reconstructs a damaged file, so a lying cross-reference table or /Length hides no
// stream. Streams pdf.js would decode with a filter not handled here (images: DCT, JPX,
// JBIG2, CCITT) are counted as their encoded size, as pdf.js's own image limit bounds them.
// A file encrypted with the empty user password (an owner password only) is decrypted first
// (pdf-crypt.ts); one that needs a user password decrypts to noise, which decodes to little,
// and pdf.js then refuses it; one with another handler is measured by its encoded sizes.
import { AuditError } from "../errors.ts";
import { streamDecryptor, type EncryptionParameters } from "./pdf-crypt.ts";

export interface PdfBudgetLimits {
  /** Decoded bytes of any one stream. */
  maxStreamBytes: number;
  /** Decoded bytes of every stream together. */
  maxDecodedBytes: number;
  /** Operators in the document's content streams, each XObject painted counted as the largest form's operators. */
  maxOperators: number;
}

export interface PdfMeasure {
  streams: number;
  decodedBytes: number;
  largestStream: number;
  operators: number;
}

const MAX_DICTIONARY_CHARS = 64 * 1024;
const MAX_NESTING = 32;
/** Streams past this many are refused: the corpus's most is 246. */
export const MAX_PDF_STREAMS = 20_000;

function overBudget(what: string, limit: number, variable: string): AuditError {
  return new AuditError("limits_exceeded", `The PDF's ${what} ${limit} (${variable}); it is refused before it is read.`);
}

function latin1(bytes: Uint8Array): string {
  let text = "";
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + 8192)));
  }
  return text;
}

// ---------------------------------------------------------------- dictionaries

type PdfValue = string | number | boolean | null | PdfValue[] | PdfDictionary | { ref: number } | { bytes: Uint8Array };
interface PdfDictionary {
  [key: string]: PdfValue;
}

const DELIMITERS = new Set(["(", ")", "<", ">", "[", "]", "{", "}", "/", "%"]);

function isWhite(character: string | undefined): boolean {
  return character === " " || character === "\n" || character === "\r" || character === "\t" || character === "\f" || character === "\0";
}

/**
 * Reads the one dictionary that starts at `at` ("<<"), within a bounded number of
 * characters and nesting levels. Returns null for anything it cannot read; the stream is then
 * measured without knowing its filters.
 */
function readDictionary(text: string, at: number): { value: PdfDictionary; end: number } | null {
  const limit = Math.min(text.length, at + MAX_DICTIONARY_CHARS);
  let cursor = at;

  const skipWhite = () => {
    while (cursor < limit) {
      const character = text[cursor];
      if (isWhite(character)) cursor++;
      else if (character === "%") {
        while (cursor < limit && text[cursor] !== "\n" && text[cursor] !== "\r") cursor++;
      } else break;
    }
  };

  const readValue = (depth: number): PdfValue | undefined => {
    if (depth > MAX_NESTING) return undefined;
    skipWhite();
    if (cursor >= limit) return undefined;
    const character = text[cursor]!;
    if (character === "/") {
      const start = ++cursor;
      while (cursor < limit && !isWhite(text[cursor]) && !DELIMITERS.has(text[cursor]!)) cursor++;
      return "/" + text.slice(start, cursor);
    }
    if (character === "<" && text[cursor + 1] === "<") {
      cursor += 2;
      const dictionary: PdfDictionary = {};
      for (;;) {
        skipWhite();
        if (cursor >= limit) return undefined;
        if (text[cursor] === ">" && text[cursor + 1] === ">") {
          cursor += 2;
          return dictionary;
        }
        const key = readValue(depth + 1);
        if (typeof key !== "string" || !key.startsWith("/")) return undefined;
        const value = readValue(depth + 1);
        if (value === undefined) return undefined;
        dictionary[key.slice(1)] = value;
      }
    }
    if (character === "[") {
      cursor++;
      const array: PdfValue[] = [];
      for (;;) {
        skipWhite();
        if (cursor >= limit) return undefined;
        if (text[cursor] === "]") {
          cursor++;
          return array;
        }
        const value = readValue(depth + 1);
        if (value === undefined) return undefined;
        array.push(value);
      }
    }
    if (character === "(") {
      // A literal string, its escapes read (the encryption dictionary's keys are strings).
      const bytes: number[] = [];
      let level = 0;
      for (; cursor < limit; cursor++) {
        const here = text[cursor]!;
        if (here === "\\") {
          const next = text[++cursor] ?? "";
          const escaped = ({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next];
          if (escaped !== undefined) bytes.push(escaped);
          else if (/[0-7]/.test(next)) {
            let octal = next;
            while (octal.length < 3 && /[0-7]/.test(text[cursor + 1] ?? "")) octal += text[++cursor];
            bytes.push(Number.parseInt(octal, 8) & 0xff);
          } else if (next === "\r") {
            if (text[cursor + 1] === "\n") cursor++;
          } else if (next !== "\n") bytes.push(next.charCodeAt(0) & 0xff);
          continue;
        }
        if (here === "(" && level++ === 0) continue;
        if (here === ")" && --level === 0) {
          cursor++;
          return { bytes: Uint8Array.from(bytes) };
        }
        bytes.push(here.charCodeAt(0) & 0xff);
      }
      return undefined;
    }
    if (character === "<") {
      const end = text.indexOf(">", cursor);
      if (end === -1 || end >= limit) return undefined;
      const digits = text.slice(cursor + 1, end).replace(/[^0-9a-fA-F]/g, "");
      cursor = end + 1;
      const bytes = new Uint8Array(Math.ceil(digits.length / 2));
      for (let index = 0; index < bytes.length; index++) bytes[index] = Number.parseInt((digits.slice(index * 2, index * 2 + 2) + "0").slice(0, 2), 16);
      return { bytes };
    }
    const start = cursor;
    while (cursor < limit && !isWhite(text[cursor]) && !DELIMITERS.has(text[cursor]!)) cursor++;
    if (cursor === start) return undefined;
    const word = text.slice(start, cursor);
    if (word === "true" || word === "false") return word === "true";
    if (word === "null") return null;
    const number = Number(word);
    if (!Number.isFinite(number)) return word;
    // "12 0 R" is a reference.
    const save = cursor;
    const generation = /^\s+(\d+)\s+R(?![^\s()<>[\]{}/%])/.exec(text.slice(cursor, Math.min(limit, cursor + 24)));
    if (generation && Number.isInteger(number)) {
      cursor += generation[0].length;
      return { ref: number };
    }
    cursor = save;
    return number;
  };

  const value = readValue(0);
  if (value === undefined || typeof value !== "object" || value === null || Array.isArray(value) || "ref" in value || "bytes" in value) return null;
  return { value: value as PdfDictionary, end: cursor };
}

// ---------------------------------------------------------------- decoders

/** Collects decoded output and refuses it past `limit` bytes. */
class Output {
  private chunks: Uint8Array[] = [];
  length = 0;
  constructor(
    private readonly limit: number,
    private readonly onOver: () => never,
  ) {}

  push(chunk: Uint8Array): void {
    this.length += chunk.length;
    if (this.length > this.limit) this.onOver();
    this.chunks.push(chunk);
  }

  bytes(): Uint8Array {
    if (this.chunks.length === 1) return this.chunks[0]!;
    const joined = new Uint8Array(this.length);
    let offset = 0;
    for (const chunk of this.chunks) {
      joined.set(chunk, offset);
      offset += chunk.length;
    }
    return joined;
  }
}

async function inflate(data: Uint8Array, output: Output): Promise<void> {
  const inflater = new DecompressionStream("deflate");
  const writer = inflater.writable.getWriter();
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  try {
    for (;;) {
      const step = await reader.read();
      if (step.done) return;
      output.push(step.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
    // Damaged data ends the stream where pdf.js would also stop; a budget error goes on.
    if (error instanceof AuditError) throw error;
  }
}

function lzw(data: Uint8Array, output: Output, earlyChange: number): void {
  const dictionary: Uint8Array[] = [];
  const reset = () => {
    dictionary.length = 0;
    for (let code = 0; code < 256; code++) dictionary.push(Uint8Array.of(code));
    dictionary.push(new Uint8Array(0), new Uint8Array(0));
  };
  reset();
  let bits = 0;
  let buffer = 0;
  let width = 9;
  let previous: Uint8Array | null = null;
  const block: number[] = [];
  const flush = () => {
    if (block.length > 0) output.push(Uint8Array.from(block));
    block.length = 0;
  };
  for (let index = 0; index < data.length; index++) {
    buffer = ((buffer << 8) | data[index]!) & 0xffffff;
    bits += 8;
    while (bits >= width) {
      const code = (buffer >> (bits - width)) & ((1 << width) - 1);
      bits -= width;
      if (code === 256) {
        reset();
        width = 9;
        previous = null;
        continue;
      }
      if (code === 257) {
        flush();
        return;
      }
      let entry: Uint8Array;
      if (code < dictionary.length) entry = dictionary[code]!;
      else if (previous !== null && code === dictionary.length) {
        entry = new Uint8Array(previous.length + 1);
        entry.set(previous);
        entry[previous.length] = previous[0]!;
      } else {
        flush();
        return;
      }
      for (const byte of entry) block.push(byte);
      if (block.length >= 65_536) flush();
      if (previous !== null && dictionary.length < 4096) {
        const added = new Uint8Array(previous.length + 1);
        added.set(previous);
        added[previous.length] = entry[0]!;
        dictionary.push(added);
      }
      previous = entry;
      const next = dictionary.length + earlyChange;
      width = next >= 2048 ? 12 : next >= 1024 ? 11 : next >= 512 ? 10 : 9;
    }
  }
  flush();
}

function runLength(data: Uint8Array, output: Output): void {
  const block: number[] = [];
  for (let index = 0; index < data.length; ) {
    const length = data[index++]!;
    if (length === 128) break;
    if (length < 128) {
      for (let copy = 0; copy <= length && index < data.length; copy++) block.push(data[index++]!);
    } else if (index < data.length) {
      const byte = data[index++]!;
      for (let copy = 0; copy < 257 - length; copy++) block.push(byte);
    }
    if (block.length >= 65_536) {
      output.push(Uint8Array.from(block));
      block.length = 0;
    }
  }
  if (block.length > 0) output.push(Uint8Array.from(block));
}

function asciiHex(data: Uint8Array, output: Output): void {
  const bytes = new Uint8Array(Math.ceil(data.length / 2));
  let length = 0;
  let high = -1;
  for (const code of data) {
    if (code === 0x3e) break;
    const digit = code >= 0x30 && code <= 0x39 ? code - 0x30 : code >= 0x41 && code <= 0x46 ? code - 0x37 : code >= 0x61 && code <= 0x66 ? code - 0x57 : -1;
    if (digit < 0) continue;
    if (high < 0) high = digit;
    else {
      bytes[length++] = (high << 4) | digit;
      high = -1;
    }
  }
  if (high >= 0) bytes[length++] = high << 4;
  output.push(bytes.subarray(0, length));
}

function ascii85(data: Uint8Array, output: Output): void {
  let block = new Uint8Array(65_536);
  let length = 0;
  const put = (byte: number) => {
    block[length++] = byte;
    if (length === block.length) {
      output.push(block);
      block = new Uint8Array(65_536);
      length = 0;
    }
  };
  let group = 0;
  let count = 0;
  for (let index = 0; index < data.length; index++) {
    const code = data[index]!;
    if (code === 0x7e) break;
    if (code === 0x7a && count === 0) {
      for (let zero = 0; zero < 4; zero++) put(0);
      continue;
    }
    if (code < 0x21 || code > 0x75) continue;
    group = group * 85 + (code - 0x21);
    if (++count === 5) {
      put((group >>> 24) & 0xff);
      put((group >>> 16) & 0xff);
      put((group >>> 8) & 0xff);
      put(group & 0xff);
      group = 0;
      count = 0;
    }
  }
  if (length > 0) output.push(block.subarray(0, length));
}

const FILTER_NAMES: Record<string, string> = {
  FlateDecode: "flate",
  Fl: "flate",
  LZWDecode: "lzw",
  LZW: "lzw",
  RunLengthDecode: "runlength",
  RL: "runlength",
  ASCIIHexDecode: "hex",
  AHx: "hex",
  ASCII85Decode: "a85",
  A85: "a85",
};

function asList(value: PdfValue | undefined): PdfValue[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

const IMAGE_CODECS = new Set(["DCTDecode", "DCT", "JPXDecode", "JBIG2Decode", "CCITTFaxDecode", "CCF"]);

/** pdf.js inflates only data that opens with a zlib header (RFC 1950): deflate, a window it accepts, a valid check. */
function opensWithZlibHeader(data: Uint8Array): boolean {
  const method = data[0];
  const flags = data[1];
  return method !== undefined && flags !== undefined && (method & 0x0f) === 8 && ((method << 8) + flags) % 31 === 0 && (flags & 0x20) === 0;
}

/**
 * The stream decoded through the filters this module knows, or null where the next filter is
 * an image codec: the encoded bytes then stand for it. A filter it cannot name (given by
 * reference, or unknown) or a dictionary it could not read is taken for Flate when the data
 * opens as zlib data does, since that is the one such data pdf.js would inflate.
 */
async function decode(data: Uint8Array, dictionary: PdfDictionary | null, limit: number, onOver: () => never): Promise<Uint8Array | null> {
  if (dictionary === null) {
    if (!opensWithZlibHeader(data)) return null;
    const output = new Output(limit, onOver);
    await inflate(data, output);
    return output.bytes();
  }
  const filters = asList(dictionary.Filter ?? dictionary.F);
  const parameters = asList(dictionary.DecodeParms ?? dictionary.DP);
  let current = data;
  for (const [index, filter] of filters.entries()) {
    const name = typeof filter === "string" ? filter.slice(1) : "";
    if (IMAGE_CODECS.has(name)) return null;
    const kind = FILTER_NAMES[name] ?? (opensWithZlibHeader(current) ? "flate" : undefined);
    if (kind === undefined) return null;
    const output = new Output(limit, onOver);
    if (kind === "flate") await inflate(current, output);
    else if (kind === "lzw") {
      const parameter = parameters[index];
      const early = asDictionary(parameter)?.EarlyChange;
      lzw(current, output, early === 0 ? 0 : 1);
    } else if (kind === "runlength") runLength(current, output);
    else if (kind === "hex") asciiHex(current, output);
    else ascii85(current, output);
    current = output.bytes();
  }
  return current;
}

// ---------------------------------------------------------------- operators

/** Whether a stream holds page-description operators: page contents, forms, patterns, Type3 glyphs. */
function isContentStream(dictionary: PdfDictionary): boolean {
  const type = dictionary.Type;
  const subtype = dictionary.Subtype;
  if (type !== undefined && type !== "/XObject" && type !== "/Pattern") return false;
  if (subtype !== undefined && subtype !== "/Form") return false;
  return !("Length1" in dictionary || "Length2" in dictionary || "Length3" in dictionary || "N" in dictionary || "FunctionType" in dictionary || "ShadingType" in dictionary);
}

function isImage(dictionary: PdfDictionary): boolean {
  return dictionary.Subtype === "/Image";
}

interface OperatorCount {
  operators: number;
  /** `Do` operators: each paints an XObject, which may be a form with operators of its own. */
  paints: number;
}

function isOperatorByte(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x27 || code === 0x22 || code === 0x2a;
}

/**
 * Counts the operators of a content stream in one pass: strings, names, numbers, arrays,
 * dictionaries and comments are skipped, and an inline image's data is skipped to its "EI".
 */
export function countOperators(content: Uint8Array): OperatorCount {
  let operators = 0;
  let paints = 0;
  let cursor = 0;
  const length = content.length;
  while (cursor < length) {
    const code = content[cursor]!;
    if (code === 0x25) {
      while (cursor < length && content[cursor] !== 0x0a && content[cursor] !== 0x0d) cursor++;
    } else if (code === 0x28) {
      let level = 0;
      for (; cursor < length; cursor++) {
        const here = content[cursor];
        if (here === 0x5c) cursor++;
        else if (here === 0x28) level++;
        else if (here === 0x29 && --level === 0) break;
      }
      cursor++;
    } else if (code === 0x3c && content[cursor + 1] !== 0x3c) {
      while (cursor < length && content[cursor] !== 0x3e) cursor++;
      cursor++;
    } else if (code === 0x2f) {
      cursor++;
      while (cursor < length && content[cursor]! > 0x20 && !"()<>[]{}/%".includes(String.fromCharCode(content[cursor]!))) cursor++;
    } else if (isOperatorByte(code)) {
      const start = cursor;
      while (cursor < length && isOperatorByte(content[cursor]!)) cursor++;
      const size = cursor - start;
      const isKeyword =
        (size === 4 && content[start] === 0x74 && content[start + 1] === 0x72) || // true
        (size === 5 && content[start] === 0x66 && content[start + 1] === 0x61) || // false
        (size === 4 && content[start] === 0x6e && content[start + 1] === 0x75); // null
      if (isKeyword) continue;
      operators++;
      if (size === 2 && content[start] === 0x44 && content[start + 1] === 0x6f) paints++;
      // Inline image: its binary data runs from "ID" to whitespace, "EI", whitespace.
      if (size === 2 && content[start] === 0x49 && content[start + 1] === 0x44) {
        cursor++;
        while (cursor < length && !(content[cursor] === 0x45 && content[cursor + 1] === 0x49 && (cursor + 2 >= length || content[cursor + 2]! <= 0x20) && content[cursor - 1]! <= 0x20)) cursor++;
        cursor += 2;
      }
    } else cursor++;
  }
  return { operators, paints };
}

// ---------------------------------------------------------------- the pass

interface FoundStream {
  dictionary: PdfDictionary | null;
  /** The object's number and generation, which its decryption key depends on; -1 where not found. */
  objectNumber: number;
  generation: number;
  dataStart: number;
  dataEnd: number;
}

function asciiBytes(text: string): Uint8Array {
  return Uint8Array.from(text, (character) => character.charCodeAt(0));
}

const STREAM = asciiBytes("stream");
const END_STREAM = asciiBytes("endstream");

/** Where `needle` next occurs in `bytes` at or after `from`, or -1; each candidate byte is looked at once. */
function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let at = bytes.indexOf(first, from); at !== -1 && at + needle.length <= bytes.length; at = bytes.indexOf(first, at + 1)) {
    let matched = 1;
    while (matched < needle.length && bytes[at + matched] === needle[matched]) matched++;
    if (matched === needle.length) return at;
  }
  return -1;
}

/** Characters read to find dictionaries, against a bound in proportion to the file. */
interface ReadingBudget {
  remaining: number;
}

interface ObjectHead {
  dictionary: PdfDictionary | null;
  objectNumber: number;
  generation: number;
}

const NO_HEAD: ObjectHead = { dictionary: null, objectNumber: -1, generation: -1 };

/** The dictionary that ends just before a "stream" keyword, found from the "obj" that opens it, with the object's number. */
function dictionaryBefore(bytes: Uint8Array, keyword: number, budget: ReadingBudget): ObjectHead {
  // Most stream dictionaries are a few hundred bytes; a wider window is read only when needed.
  for (const window of [512, MAX_DICTIONARY_CHARS]) {
    const start = Math.max(0, keyword - window);
    budget.remaining -= keyword - start;
    if (budget.remaining < 0) {
      // Only a file built to make every dictionary costly to find gets here.
      throw new AuditError("limits_exceeded", "The PDF's structure costs more to check than a file of its size can; it is refused before it is read.");
    }
    const text = latin1(bytes.subarray(start, keyword));
    let end = text.length;
    while (end > 0 && isWhite(text[end - 1])) end--;
    if (text.slice(end - 2, end) !== ">>") return NO_HEAD;
    const objAt = text.lastIndexOf("obj", end);
    if (objAt === -1) {
      if (start === 0) return NO_HEAD;
      continue;
    }
    const open = text.indexOf("<<", objAt);
    if (open === -1 || open > end) return NO_HEAD;
    const read = readDictionary(text, open);
    // "12 0 obj": the two numbers before the keyword.
    const [number, generation] = text.slice(Math.max(0, objAt - 24), objAt).trim().split(/\s+/).slice(-2);
    const numeric = number !== undefined && generation !== undefined && /^\d+$/.test(number) && /^\d+$/.test(generation);
    return {
      dictionary: read && read.end === end ? read.value : null,
      objectNumber: numeric ? Number(number) : -1,
      generation: numeric ? Number(generation) : -1,
    };
  }
  return NO_HEAD;
}

function isEndOfLine(code: number | undefined): boolean {
  return code === 0x0a || code === 0x0d;
}

function findStreams(bytes: Uint8Array): FoundStream[] {
  const streams: FoundStream[] = [];
  const budget: ReadingBudget = { remaining: 4 * bytes.length + 1024 * 1024 };
  let searchFrom = 0;
  for (;;) {
    const keyword = indexOfBytes(bytes, STREAM, searchFrom);
    if (keyword === -1) break;
    searchFrom = keyword + STREAM.length;
    if (!isEndOfLine(bytes[keyword + STREAM.length])) continue;
    if (keyword >= 3 && bytes[keyword - 3] === 0x65 && bytes[keyword - 2] === 0x6e && bytes[keyword - 1] === 0x64) continue;
    const dataStart = keyword + STREAM.length + (bytes[keyword + STREAM.length] === 0x0d && bytes[keyword + STREAM.length + 1] === 0x0a ? 2 : 1);
    const head = dictionaryBefore(bytes, keyword, budget);
    const dictionary = head.dictionary;
    let dataEnd = -1;
    const declared = dictionary?.Length;
    if (typeof declared === "number" && Number.isInteger(declared) && declared >= 0 && dataStart + declared <= bytes.length) {
      let after = dataStart + declared;
      while (after < bytes.length && after < dataStart + declared + 4 && bytes[after]! <= 0x20) after++;
      if (indexOfBytes(bytes.subarray(after, after + END_STREAM.length), END_STREAM, 0) === 0) dataEnd = dataStart + declared;
    }
    if (dataEnd === -1) {
      const end = indexOfBytes(bytes, END_STREAM, dataStart);
      dataEnd = end === -1 ? bytes.length : end;
    }
    streams.push({ dictionary, objectNumber: head.objectNumber, generation: head.generation, dataStart, dataEnd });
    if (streams.length > MAX_PDF_STREAMS) throw overBudget("streams number more than", MAX_PDF_STREAMS, "a fixed limit");
    // The next stream starts after this one's data: its bytes are never read as keywords.
    searchFrom = Math.max(searchFrom, dataEnd);
  }
  return streams;
}

const ENCRYPT = /\/Encrypt\s*(?:\d+\s+\d+\s+R|<<)/;

/** Whether a trailer names an encryption dictionary: in the last or (for a linearised file) the first 64 KB. */
function isEncrypted(bytes: Uint8Array): boolean {
  const window = 65_536;
  return ENCRYPT.test(latin1(bytes.subarray(Math.max(0, bytes.length - window)))) || ENCRYPT.test(latin1(bytes.subarray(0, Math.min(bytes.length, window))));
}

function asDictionary(value: PdfValue | undefined): PdfDictionary | null {
  return value && typeof value === "object" && !Array.isArray(value) && !("ref" in value) && !("bytes" in value) ? (value as PdfDictionary) : null;
}

function asBytes(value: PdfValue | undefined): Uint8Array | null {
  return value && typeof value === "object" && "bytes" in value ? (value.bytes as Uint8Array) : null;
}

/** The dictionary of object `number`, where it stands in the file's bytes (the last definition wins, as after an update). */
function objectDictionary(bytes: Uint8Array, number: number): PdfDictionary | null {
  const needle = asciiBytes(`${number} 0 obj`);
  let found = -1;
  for (let at = indexOfBytes(bytes, needle, 0); at !== -1; at = indexOfBytes(bytes, needle, at + 1)) {
    const before = bytes[at - 1];
    if (at === 0 || before === undefined || before < 0x30 || before > 0x39) found = at;
  }
  if (found === -1) return null;
  const text = latin1(bytes.subarray(found + needle.length, Math.min(bytes.length, found + needle.length + MAX_DICTIONARY_CHARS)));
  const open = text.indexOf("<<");
  return open === -1 || text.slice(0, open).trim() !== "" ? null : (readDictionary(text, open)?.value ?? null);
}

/** The trailer's /Encrypt and /ID: from the last `trailer` dictionary, or from a cross-reference stream's. */
function trailerOf(bytes: Uint8Array, streams: readonly FoundStream[]): PdfDictionary | null {
  const keyword = asciiBytes("trailer");
  let last = -1;
  for (let at = indexOfBytes(bytes, keyword, Math.max(0, bytes.length - 1024 * 1024)); at !== -1; at = indexOfBytes(bytes, keyword, at + 1)) last = at;
  if (last !== -1) {
    const text = latin1(bytes.subarray(last + keyword.length, Math.min(bytes.length, last + keyword.length + MAX_DICTIONARY_CHARS)));
    const open = text.indexOf("<<");
    const read = open === -1 ? null : readDictionary(text, open);
    if (read?.value.Encrypt !== undefined) return read.value;
  }
  for (let index = streams.length - 1; index >= 0; index--) {
    const dictionary = streams[index]!.dictionary;
    if (dictionary?.Type === "/XRef" && dictionary.Encrypt !== undefined) return dictionary;
  }
  return null;
}

/** What the file's encryption dictionary says, or null where it cannot be read. */
function encryptionOf(bytes: Uint8Array, streams: readonly FoundStream[]): EncryptionParameters | null {
  const trailer = trailerOf(bytes, streams);
  if (!trailer) return null;
  const reference = trailer.Encrypt;
  const encrypt = asDictionary(reference) ?? (reference && typeof reference === "object" && "ref" in reference ? objectDictionary(bytes, reference.ref as number) : null);
  const ids = Array.isArray(trailer.ID) ? trailer.ID : [];
  const id = asBytes(ids[0]) ?? new Uint8Array(0);
  if (!encrypt) return null;
  const owner = asBytes(encrypt.O);
  const user = asBytes(encrypt.U);
  if (!owner || !user) return null;
  const version = typeof encrypt.V === "number" ? encrypt.V : 0;
  const revision = typeof encrypt.R === "number" ? encrypt.R : 2;
  let streamMethod: EncryptionParameters["streamMethod"] = "rc4";
  if (version >= 4) {
    const filterName = typeof encrypt.StmF === "string" ? encrypt.StmF.slice(1) : "Identity";
    const cryptFilter = asDictionary(asDictionary(encrypt.CF)?.[filterName]);
    const method = typeof cryptFilter?.CFM === "string" ? cryptFilter.CFM : "/None";
    streamMethod = filterName === "Identity" || method === "/None" ? "none" : method === "/AESV2" ? "aes128" : method === "/AESV3" ? "aes256" : "rc4";
  }
  return {
    filter: typeof encrypt.Filter === "string" ? encrypt.Filter.slice(1) : "",
    version,
    revision,
    length: typeof encrypt.Length === "number" && encrypt.Length >= 40 ? Math.min(16, encrypt.Length / 8) : 5,
    owner,
    user,
    permissions: typeof encrypt.P === "number" ? encrypt.P : 0,
    encryptMetadata: encrypt.EncryptMetadata !== false,
    id,
    streamMethod,
    userEncryption: asBytes(encrypt.UE) ?? undefined,
  };
}

/** Streams the Standard handler leaves unencrypted: cross-reference streams, and metadata where the file says so. */
function isLeftInClear(dictionary: PdfDictionary, parameters: EncryptionParameters): boolean {
  return dictionary.Type === "/XRef" || (dictionary.Type === "/Metadata" && !parameters.encryptMetadata);
}

/**
 * Decodes and measures every stream of the file; throws 422 `limits_exceeded` naming the
 * limit the moment one is passed.
 */
export async function checkPdfBudget(bytes: Uint8Array, limits: PdfBudgetLimits): Promise<PdfMeasure> {
  const streams = findStreams(bytes);
  const encryption = isEncrypted(bytes) ? encryptionOf(bytes, streams) : null;
  const decryptor = encryption ? await streamDecryptor(encryption).catch(() => null) : null;
  // Encrypted with a handler or key this cannot read: streams are counted at their encoded size.
  const unreadable = isEncrypted(bytes) && decryptor === null;
  const measure: PdfMeasure = { streams: 0, decodedBytes: 0, largestStream: 0, operators: 0 };
  let paints = 0;
  let largestForm = 0;
  for (const stream of streams) {
    measure.streams++;
    let data = bytes.subarray(stream.dataStart, stream.dataEnd);
    if (decryptor && encryption && stream.objectNumber >= 0 && !isLeftInClear(stream.dictionary ?? {}, encryption)) {
      data = await decryptor.decrypt(data, stream.objectNumber, stream.generation).catch(() => data);
    }
    const dictionary = stream.dictionary ?? {};
    const remaining = limits.maxDecodedBytes - measure.decodedBytes;
    const limit = Math.min(limits.maxStreamBytes, remaining);
    const onOver = (): never => {
      throw limit === limits.maxStreamBytes
        ? overBudget("largest stream decodes to more bytes than", limits.maxStreamBytes, "MAX_PDF_STREAM_BYTES")
        : overBudget("streams decode to more bytes in all than", limits.maxDecodedBytes, "MAX_PDF_DECODED_BYTES");
    };
    // Images are counted at their encoded size: pdf.js decodes only the bytes an image's
    // declared size needs, and only images within its own size limit (PDFJS_OPTIONS.maxImageSize).
    const decoded = unreadable || isImage(dictionary) ? null : await decode(data, stream.dictionary, limit, onOver);
    const size = decoded?.length ?? data.length;
    if (size > limit) onOver();
    measure.decodedBytes += size;
    measure.largestStream = Math.max(measure.largestStream, size);
    if (decoded !== null && isContentStream(dictionary)) {
      const counted = countOperators(decoded);
      measure.operators += counted.operators;
      paints += counted.paints;
      if (dictionary.Subtype === "/Form") largestForm = Math.max(largestForm, counted.operators);
      if (measure.operators + paints * largestForm > limits.maxOperators) {
        throw overBudget("content streams hold more operators than", limits.maxOperators, "MAX_PDF_OPERATORS");
      }
    }
  }
  if (measure.operators + paints * largestForm > limits.maxOperators) {
    throw overBudget("content streams hold more operators than", limits.maxOperators, "MAX_PDF_OPERATORS");
  }
  return measure;
}
