// Writes a ZIP archive again with a few entries replaced or added, every other entry copied
// byte for byte: its local header, its compressed data and any data descriptor after it, in
// the order the archive had them. Only the central directory is rebuilt, since offsets move.
// The archive has already passed the guard in extract/zip.ts (no ZIP64, entries apart, sizes
// within the budget), so what is copied is known to be well formed.
import { joinChunks } from "../bytes.ts";
import type { ZipDirectory, ZipEntry } from "../extract/zip.ts";

const LOCAL_FILE_HEADER = 0x04034b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const METHOD_DEFLATE = 8;
const FLAG_UTF8 = 0x800;
const VERSION_DEFLATE = 20;
/** 1980-01-01 00:00 in MS-DOS time and date: for a new entry, whose time nobody needs to know. */
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let index = 0; index < bytes.length; index++) crc = CRC_TABLE[(crc ^ bytes[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

async function deflateRaw(content: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([content as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = stream.getReader();
  for (;;) {
    const step = await reader.read();
    if (step.done) break;
    chunks.push(step.value);
    total += step.value.byteLength;
  }
  return joinChunks(chunks, total);
}

interface Written {
  /** The entry's central directory record, with the local header's new offset. */
  central: Uint8Array;
}

interface NewEntry {
  name: string;
  content: Uint8Array;
  /** The original entry, whose name bytes, time and attributes are kept; none for an added entry. */
  replacing: ZipEntry | null;
}

/** The name's bytes as the archive holds them (its central record), or UTF-8 for a new entry. */
function nameBytes(archive: Uint8Array, entry: ZipEntry | null, name: string): { bytes: Uint8Array; utf8: boolean } {
  if (entry === null) return { bytes: new TextEncoder().encode(name), utf8: /[^\x00-\x7f]/.test(name) };
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const length = view.getUint16(entry.centralHeaderOffset + 28, true);
  return { bytes: archive.subarray(entry.centralHeaderOffset + 46, entry.centralHeaderOffset + 46 + length), utf8: (entry.flags & FLAG_UTF8) !== 0 };
}

async function writeNewEntry(archive: Uint8Array, entry: NewEntry, offset: number, out: Uint8Array[]): Promise<Written & { length: number }> {
  const compressed = await deflateRaw(entry.content);
  const crc = crc32(entry.content);
  const name = nameBytes(archive, entry.replacing, entry.name);
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const central = entry.replacing?.centralHeaderOffset;
  const time = central !== undefined ? view.getUint16(central + 12, true) : DOS_TIME;
  const date = central !== undefined ? view.getUint16(central + 14, true) : DOS_DATE;
  const external = central !== undefined ? view.getUint32(central + 38, true) : 0;
  const flags = name.utf8 ? FLAG_UTF8 : 0;

  const local = new Uint8Array(30 + name.bytes.length);
  const localView = new DataView(local.buffer);
  localView.setUint32(0, LOCAL_FILE_HEADER, true);
  localView.setUint16(4, VERSION_DEFLATE, true);
  localView.setUint16(6, flags, true);
  localView.setUint16(8, METHOD_DEFLATE, true);
  localView.setUint16(10, time, true);
  localView.setUint16(12, date, true);
  localView.setUint32(14, crc, true);
  localView.setUint32(18, compressed.length, true);
  localView.setUint32(22, entry.content.length, true);
  localView.setUint16(26, name.bytes.length, true);
  local.set(name.bytes, 30);
  out.push(local, compressed);

  const record = new Uint8Array(46 + name.bytes.length);
  const recordView = new DataView(record.buffer);
  recordView.setUint32(0, CENTRAL_FILE_HEADER, true);
  recordView.setUint16(4, VERSION_DEFLATE, true);
  recordView.setUint16(6, VERSION_DEFLATE, true);
  recordView.setUint16(8, flags, true);
  recordView.setUint16(10, METHOD_DEFLATE, true);
  recordView.setUint16(12, time, true);
  recordView.setUint16(14, date, true);
  recordView.setUint32(16, crc, true);
  recordView.setUint32(20, compressed.length, true);
  recordView.setUint32(24, entry.content.length, true);
  recordView.setUint16(28, name.bytes.length, true);
  recordView.setUint32(38, external, true);
  recordView.setUint32(42, offset, true);
  record.set(name.bytes, 46);
  return { central: record, length: local.length + compressed.length };
}

/**
 * The archive with the entries in `replaced` given new content (deflated),
 * and `added` appended after the others. Everything else is as it was, byte for byte, apart
 * from where it now lies.
 */
export async function rewriteZip(
  archive: Uint8Array,
  directory: ZipDirectory,
  replaced: ReadonlyMap<ZipEntry, Uint8Array>,
  added: readonly { name: string; content: Uint8Array }[],
): Promise<Uint8Array> {
  const out: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  const byOffset = [...directory.entries].sort((left, right) => left.localHeaderOffset - right.localHeaderOffset);
  // Whatever precedes the first entry (nothing, in a Word document) stays where it is.
  const firstOffset = byOffset[0]?.localHeaderOffset ?? directory.centralDirectoryOffset;
  out.push(archive.subarray(0, firstOffset));
  let offset = firstOffset;
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  for (const [index, entry] of byOffset.entries()) {
    const content = replaced.get(entry);
    if (content !== undefined) {
      const written = await writeNewEntry(archive, { name: entry.name, content, replacing: entry }, offset, out);
      centrals.push(written.central);
      offset += written.length;
      continue;
    }
    // The entry as it was, up to the next one: its data descriptor, if it has one, comes along.
    const next = byOffset[index + 1]?.localHeaderOffset ?? directory.centralDirectoryOffset;
    out.push(archive.subarray(entry.localHeaderOffset, next));
    // A copy, never a view: a Node Buffer's slice() shares the caller's memory.
    const record = new Uint8Array(entry.centralHeaderLength);
    record.set(archive.subarray(entry.centralHeaderOffset, entry.centralHeaderOffset + entry.centralHeaderLength));
    new DataView(record.buffer).setUint32(42, offset, true);
    centrals.push(record);
    offset += next - entry.localHeaderOffset;
  }
  for (const entry of added) {
    const written = await writeNewEntry(archive, { ...entry, replacing: null }, offset, out);
    centrals.push(written.central);
    offset += written.length;
  }
  const centralOffset = offset;
  let centralSize = 0;
  for (const record of centrals) {
    out.push(record);
    centralSize += record.length;
  }
  const commentStart = directory.endOfCentralDirectoryOffset + 22;
  const commentLength = Math.min(view.getUint16(directory.endOfCentralDirectoryOffset + 20, true), archive.length - commentStart);
  const end = new Uint8Array(22 + commentLength);
  const endView = new DataView(end.buffer);
  endView.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  endView.setUint16(8, centrals.length, true);
  endView.setUint16(10, centrals.length, true);
  endView.setUint32(12, centralSize, true);
  endView.setUint32(16, centralOffset, true);
  endView.setUint16(20, commentLength, true);
  end.set(archive.subarray(commentStart, commentStart + commentLength), 22);
  out.push(end);
  const total = out.reduce((sum, part) => sum + part.length, 0);
  return joinChunks(out, total);
}
