// A small reader for a ZIP's central directory and a guard that inflates every entry once,
// counting the bytes actually produced. Declared sizes are whatever the archive says, so a
// bomb is only caught by inflating under a running budget and stopping the moment it is spent.

import { AuditError } from "../errors.ts";
import { joinChunks } from "../bytes.ts";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
  /** Start and end of the entry's compressed bytes in the archive. */
  dataStart: number;
  dataEnd: number;
  /** A folder, not a file: marked so in its attributes, or named with a trailing "/". */
  directory: boolean;
  /** Carries an Info-ZIP Unicode path field (0x7075), which some readers prefer to the name. */
  unicodePathField: boolean;
  /** Where the entry's record in the central directory starts, and its length (for rewriting the archive). */
  centralHeaderOffset: number;
  centralHeaderLength: number;
}

export interface ZipDirectory {
  entries: ZipEntry[];
  centralDirectoryOffset: number;
  /** Where the end-of-central-directory record starts. */
  endOfCentralDirectoryOffset: number;
}

export interface ZipGuardLimits {
  maxInflatedBytes: number;
  maxZipEntries: number;
  /** Bytes of XML parts (.xml, .rels, .vml) inflated in all: what is kept in memory and parsed. */
  maxXmlBytes: number;
}

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;
const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;
const FLAG_ENCRYPTED = 0x1;
const FLAG_UTF8 = 0x800;
const DOS_DIRECTORY_ATTRIBUTE = 0x10;
const UNICODE_PATH_FIELD = 0x7075;

function corrupt(detail: string): AuditError {
  return new AuditError("corrupt_document", detail);
}

function findEndOfCentralDirectory(view: DataView): number {
  const earliest = Math.max(0, view.byteLength - 22 - 0xffff);
  for (let offset = view.byteLength - 22; offset >= earliest; offset--) {
    if (view.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

function decodeName(bytes: Uint8Array, isUtf8: boolean): string {
  if (isUtf8) return new TextDecoder("utf-8").decode(bytes);
  // Without the UTF-8 flag the name is in code page 437; OOXML part names are ASCII, so
  // reading the bytes as Latin-1 is enough to compare them.
  let name = "";
  for (const byte of bytes) name += String.fromCharCode(byte);
  return name;
}

/** Whether the extra fields between `start` and `end` include one with the given id. */
function hasExtraField(view: DataView, start: number, end: number, id: number): boolean {
  for (let at = start; at + 4 < end; at += 4 + view.getUint16(at + 2, true)) {
    if (view.getUint16(at, true) === id) return true;
  }
  return false;
}

/** Reads the central directory and checks that every entry's data lies apart from the others. */
export function readZipDirectory(bytes: Uint8Array, limits: Pick<ZipGuardLimits, "maxZipEntries">): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.byteLength < 22) throw corrupt("The ZIP archive is truncated.");
  const endOffset = findEndOfCentralDirectory(view);
  if (endOffset < 0) throw corrupt("The ZIP archive is truncated or damaged: its central directory is missing.");
  if (endOffset >= 20 && view.getUint32(endOffset - 20, true) === ZIP64_LOCATOR) {
    throw corrupt("ZIP64 archives are not read; a Word document never needs one.");
  }

  const entryCount = view.getUint16(endOffset + 10, true);
  const directorySize = view.getUint32(endOffset + 12, true);
  const directoryOffset = view.getUint32(endOffset + 16, true);
  if (entryCount > limits.maxZipEntries) {
    throw new AuditError("limits_exceeded", `The archive holds ${entryCount} entries; at most ${limits.maxZipEntries} are read.`);
  }
  if (directoryOffset + directorySize > endOffset) {
    throw corrupt("The ZIP archive's central directory points outside the file.");
  }

  const entries: ZipEntry[] = [];
  let cursor = directoryOffset;
  for (let index = 0; index < entryCount; index++) {
    if (cursor + 46 > endOffset || view.getUint32(cursor, true) !== CENTRAL_FILE_HEADER) {
      throw corrupt("The ZIP archive's central directory is damaged.");
    }
    const flags = view.getUint16(cursor + 8, true);
    const method = view.getUint16(cursor + 10, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const declaredSize = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const externalAttributes = view.getUint32(cursor + 38, true);
    const localHeaderOffset = view.getUint32(cursor + 42, true);
    if (cursor + 46 + nameLength > endOffset) throw corrupt("The ZIP archive's central directory is damaged.");
    const name = decodeName(bytes.subarray(cursor + 46, cursor + 46 + nameLength), (flags & FLAG_UTF8) !== 0);
    const unicodePathField = hasExtraField(view, cursor + 46 + nameLength, Math.min(cursor + 46 + nameLength + extraLength, endOffset), UNICODE_PATH_FIELD);
    const centralHeaderOffset = cursor;
    const centralHeaderLength = 46 + nameLength + extraLength + commentLength;
    cursor += centralHeaderLength;

    if (localHeaderOffset + 30 > directoryOffset || view.getUint32(localHeaderOffset, true) !== LOCAL_FILE_HEADER) {
      throw corrupt("A ZIP entry's local header is missing or damaged.");
    }
    const localNameLength = view.getUint16(localHeaderOffset + 26, true);
    const localExtraLength = view.getUint16(localHeaderOffset + 28, true);
    const dataStart = localHeaderOffset + 30 + localNameLength + localExtraLength;
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > directoryOffset) throw corrupt("A ZIP entry runs past the end of the archive's data.");
    const directory = (externalAttributes & DOS_DIRECTORY_ATTRIBUTE) !== 0 || name.endsWith("/");
    entries.push({
      name,
      method,
      flags,
      compressedSize,
      declaredSize,
      localHeaderOffset,
      dataStart,
      dataEnd,
      directory,
      unicodePathField,
      centralHeaderOffset,
      centralHeaderLength,
    });
  }

  // Entries that share bytes are how the most efficient ZIP bombs multiply one deflate
  // stream many times; no honest writer produces them.
  const byOffset = [...entries].sort((left, right) => left.localHeaderOffset - right.localHeaderOffset);
  for (let index = 1; index < byOffset.length; index++) {
    if (byOffset[index]!.localHeaderOffset < byOffset[index - 1]!.dataEnd) {
      throw new AuditError("limits_exceeded", "The archive's entries overlap, as in a ZIP bomb.");
    }
  }
  return { entries, centralDirectoryOffset: directoryOffset, endOfCentralDirectoryOffset: endOffset };
}

interface InflateBudget {
  remaining: number;
  limit: number;
  inflated: number;
  /** Compressed bytes of every entry started so far. */
  compressedSeen: number;
  /** XML bytes still allowed, and the limit. */
  xmlRemaining: number;
  xmlLimit: number;
}

// Real Office archives inflate to at most about 30 times their compressed size at any point
// (measured over the corpus: 28:1 at the worst); a bomb goes far past 100:1 at once. The
// ratio is checked on every chunk from the first, with a small allowance so that a tiny,
// repetitive part (a few KB of the same word) is not taken for one: a bomb is stopped after
// 64 KiB more than 100 times what it has shown so far.
const SUSPICIOUS_RATIO = 100;
const RATIO_ALLOWANCE_BYTES = 64 * 1024;
const DECLARATION_TAIL_BYTES = 32;

function spend(budget: InflateBudget, bytes: number, xml: boolean): void {
  budget.remaining -= bytes;
  budget.inflated += bytes;
  if (budget.remaining < 0) {
    throw new AuditError("limits_exceeded", `The archive inflates to more than ${budget.limit} bytes (MAX_INFLATED_BYTES), as a ZIP bomb does.`);
  }
  if (budget.inflated > budget.compressedSeen * SUSPICIOUS_RATIO + RATIO_ALLOWANCE_BYTES) {
    throw new AuditError("limits_exceeded", `The archive inflates to over ${SUSPICIOUS_RATIO} times its size, as a ZIP bomb does.`);
  }
  if (xml) {
    budget.xmlRemaining -= bytes;
    if (budget.xmlRemaining < 0) {
      throw new AuditError("limits_exceeded", `The document's XML parts inflate to more than ${budget.xmlLimit} bytes (MAX_XML_BYTES).`);
    }
  }
}

const DECLARATIONS = ["!DOCTYPE", "!ENTITY"];

// A "<" followed by a declaration keyword, in UTF-8 (stride 1) or in UTF-16 of either byte
// order (stride 2, a zero byte between the characters).
function declarationAt(bytes: Uint8Array, at: number): boolean {
  // Every declaration starts "<!": most "<" open an element and are done with here.
  const EXCLAMATION = 0x21;
  if (bytes[at + 1] !== EXCLAMATION && !(bytes[at + 1] === 0 && bytes[at + 2] === EXCLAMATION)) return false;
  for (const keyword of DECLARATIONS) {
    for (const stride of [1, 2]) {
      let matches = true;
      for (let index = 0; index < keyword.length && matches; index++) {
        const position = at + (index + 1) * stride;
        if (bytes[position] !== keyword.charCodeAt(index)) matches = false;
        else if (stride === 2 && bytes[position - 1] !== 0) matches = false;
      }
      if (matches) return true;
    }
  }
  return false;
}

/**
 * Watches an XML part's bytes as they are inflated for a document type declaration.
 * OOXML parts never carry one, and a DTD is how XML attacks (external entities that read
 * files or URLs, nested entities that expand a billion times) get in. mammoth's parser
 * does not expand entities today; refusing the declaration keeps that true whatever parser
 * runs, and decides it before any parser sees the part.
 */
class DeclarationScanner {
  private tail = new Uint8Array(0);

  feed(chunk: Uint8Array): void {
    // A declaration may straddle chunks: the tail of the previous chunk is searched again
    // together with the start of this one, then the chunk itself, without copying it.
    const seam = new Uint8Array(this.tail.length + Math.min(chunk.length, DECLARATION_TAIL_BYTES));
    seam.set(this.tail, 0);
    seam.set(chunk.subarray(0, seam.length - this.tail.length), this.tail.length);
    DeclarationScanner.search(seam);
    DeclarationScanner.search(chunk);
    if (chunk.length >= DECLARATION_TAIL_BYTES) this.tail = chunk.slice(chunk.length - DECLARATION_TAIL_BYTES);
    else {
      const joined = new Uint8Array(this.tail.length + chunk.length);
      joined.set(this.tail, 0);
      joined.set(chunk, this.tail.length);
      this.tail = joined.slice(Math.max(0, joined.length - DECLARATION_TAIL_BYTES));
    }
  }

  private static search(bytes: Uint8Array): void {
    for (let at = bytes.indexOf(0x3c); at >= 0; at = bytes.indexOf(0x3c, at + 1)) {
      if (declarationAt(bytes, at)) {
        throw corrupt("A part of the Word document declares a DTD or entities, which Word never writes; the file is refused as an XML attack.");
      }
    }
  }
}

export function isXmlPart(name: string): boolean {
  return /\.(xml|rels|vml)$/i.test(name);
}

async function inflateEntry(
  compressed: Uint8Array,
  budget: InflateBudget,
  keep: boolean,
  scanner: DeclarationScanner | null,
): Promise<Uint8Array | null> {
  // The compressed bytes are written by hand rather than piped: a pipe's own promise rejects
  // when the data is damaged (a truncated entry), and under workerd that rejection went
  // unhandled. Every promise here has a handler.
  const inflater = new DecompressionStream("deflate-raw");
  const writer = inflater.writable.getWriter();
  writer.write(compressed as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = inflater.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  const xml = scanner !== null;
  try {
    for (;;) {
      let step: ReadableStreamReadResult<Uint8Array>;
      try {
        step = await reader.read();
      } catch (error) {
        throw corrupt("A ZIP entry's compressed data is damaged.");
      }
      if (step.done) break;
      total += step.value.byteLength;
      spend(budget, step.value.byteLength, xml);
      scanner?.feed(step.value);
      if (keep) chunks.push(step.value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    await writer.abort().catch(() => undefined);
    throw error;
  }
  if (!keep) return null;
  return joinChunks(chunks, total);
}

/**
 * Inflates every entry under one byte budget and returns the contents of the entries that
 * `keep` selects, by entry. XML parts that declare a DTD are refused as they stream past.
 */
export async function inflateArchive(
  bytes: Uint8Array,
  directory: ZipDirectory,
  limits: Pick<ZipGuardLimits, "maxInflatedBytes"> & Partial<Pick<ZipGuardLimits, "maxXmlBytes">>,
  keep: (entry: ZipEntry) => boolean,
): Promise<Map<ZipEntry, Uint8Array>> {
  const kept = new Map<ZipEntry, Uint8Array>();
  const xmlLimit = limits.maxXmlBytes ?? limits.maxInflatedBytes;
  const budget: InflateBudget = {
    remaining: limits.maxInflatedBytes,
    limit: limits.maxInflatedBytes,
    inflated: 0,
    compressedSeen: 0,
    xmlRemaining: xmlLimit,
    xmlLimit,
  };
  for (const entry of directory.entries) {
    if ((entry.flags & FLAG_ENCRYPTED) !== 0) {
      throw new AuditError("encrypted_document", "The archive's entries are password-protected.");
    }
    const compressed = bytes.subarray(entry.dataStart, entry.dataEnd);
    const keepThis = keep(entry);
    budget.compressedSeen += compressed.byteLength;
    const scanner = isXmlPart(entry.name) ? new DeclarationScanner() : null;
    if (entry.method === METHOD_STORED) {
      spend(budget, compressed.byteLength, scanner !== null);
      scanner?.feed(compressed);
      if (keepThis) kept.set(entry, compressed.slice());
    } else if (entry.method === METHOD_DEFLATE) {
      const inflated = await inflateEntry(compressed, budget, keepThis, scanner);
      if (inflated) kept.set(entry, inflated);
    } else {
      throw corrupt(`A ZIP entry uses compression method ${entry.method}, which Word never writes.`);
    }
  }
  return kept;
}

/**
 * One entry's contents, inflated again. Only for an archive that `inflateArchive` has already
 * read in full, so the entry is known to fit the budget and to hold no declaration.
 */
export async function readGuardedEntry(bytes: Uint8Array, entry: ZipEntry, limits: Pick<ZipGuardLimits, "maxInflatedBytes">): Promise<Uint8Array> {
  const compressed = bytes.subarray(entry.dataStart, entry.dataEnd);
  if (entry.method === METHOD_STORED) return compressed.slice();
  const budget: InflateBudget = {
    remaining: limits.maxInflatedBytes,
    limit: limits.maxInflatedBytes,
    inflated: 0,
    compressedSeen: compressed.byteLength,
    xmlRemaining: limits.maxInflatedBytes,
    xmlLimit: limits.maxInflatedBytes,
  };
  return (await inflateEntry(compressed, budget, true, null)) as Uint8Array;
}

/**
 * Inflates every entry under one byte budget and returns the contents of the entries named
 * in `keep` (names compared case-insensitively, as Office does). XML parts that declare a
 * DTD are refused as they stream past.
 */
export async function guardZip(
  bytes: Uint8Array,
  directory: ZipDirectory,
  limits: Pick<ZipGuardLimits, "maxInflatedBytes">,
  keep: readonly string[] = [],
): Promise<Map<string, Uint8Array>> {
  const wanted = new Set(keep.map((name) => name.toLowerCase()));
  const inflated = await inflateArchive(bytes, directory, limits, (entry) => wanted.has(entry.name.toLowerCase()));
  return byLowercaseName(inflated);
}

/** Contents by lower-cased name; of entries whose names differ only in case, the last wins. */
export function byLowercaseName(inflated: ReadonlyMap<ZipEntry, Uint8Array>): Map<string, Uint8Array> {
  const byName = new Map<string, Uint8Array>();
  for (const [entry, content] of inflated) byName.set(entry.name.toLowerCase(), content);
  return byName;
}
