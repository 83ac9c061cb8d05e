import { inflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildZip } from "../../../scripts/make-fixtures.ts";
import { readZipDirectory } from "../extract/zip.ts";
import { crc32, rewriteZip } from "./zip-write.ts";

const LIMITS = { maxZipEntries: 100 };
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/** The archive with its second entry rewritten as a writer that streams does it: sizes in a data descriptor after the data. */
function withDataDescriptor(archive: Uint8Array): Uint8Array {
  const directory = readZipDirectory(archive, LIMITS);
  const entry = directory.entries[1]!;
  const view = new DataView(archive.buffer, archive.byteOffset, archive.byteLength);
  const crc = view.getUint32(entry.localHeaderOffset + 14, true);
  const descriptor = new Uint8Array(16);
  const descriptorView = new DataView(descriptor.buffer);
  descriptorView.setUint32(0, 0x08074b50, true);
  descriptorView.setUint32(4, crc, true);
  descriptorView.setUint32(8, entry.compressedSize, true);
  descriptorView.setUint32(12, entry.declaredSize, true);
  const before = archive.slice(0, entry.dataEnd);
  const beforeView = new DataView(before.buffer);
  beforeView.setUint16(entry.localHeaderOffset + 6, beforeView.getUint16(entry.localHeaderOffset + 6, true) | 0x8, true);
  for (const field of [14, 18, 22]) beforeView.setUint32(entry.localHeaderOffset + field, 0, true);
  const after = archive.slice(entry.dataEnd);
  const result = new Uint8Array(before.length + descriptor.length + after.length);
  result.set(before, 0);
  result.set(descriptor, before.length);
  result.set(after, before.length + descriptor.length);
  // Every offset from the descriptor on moved by its length: the central directory's, and the entries after it.
  const resultView = new DataView(result.buffer);
  const shift = descriptor.length;
  const centralOffset = directory.centralDirectoryOffset + shift;
  const endOffset = directory.endOfCentralDirectoryOffset + shift;
  resultView.setUint32(endOffset + 16, centralOffset, true);
  let cursor = centralOffset;
  for (let index = 0; index < directory.entries.length; index++) {
    const local = resultView.getUint32(cursor + 42, true);
    if (local > entry.localHeaderOffset) resultView.setUint32(cursor + 42, local + shift, true);
    cursor += 46 + resultView.getUint16(cursor + 28, true) + resultView.getUint16(cursor + 30, true) + resultView.getUint16(cursor + 32, true);
  }
  return result;
}

describe("rewriteZip", () => {
  const original = withDataDescriptor(
    buildZip([
      { name: "[Content_Types].xml", data: "<Types/>" },
      { name: "word/document.xml", data: "<w:document>old</w:document>" },
      { name: "word/media/photo.png", data: new Uint8Array([1, 2, 3, 4]), store: true },
      { name: "docProps/app.xml", data: "<Properties>ünïcode</Properties>" },
    ]),
  );

  it("replaces and adds entries, and copies every other one byte for byte, data descriptor and all", async () => {
    const directory = readZipDirectory(original, LIMITS);
    const [types] = directory.entries;
    const replaced = new Map([[types!, new TextEncoder().encode("<Types><Override/></Types>")]]);
    const rewritten = await rewriteZip(original, directory, replaced, [{ name: "word/comments.xml", content: new TextEncoder().encode("<w:comments/>") }]);

    const again = readZipDirectory(rewritten, LIMITS);
    expect(again.entries.map((entry) => entry.name)).toEqual(["[Content_Types].xml", "word/document.xml", "word/media/photo.png", "docProps/app.xml", "word/comments.xml"]);
    const stored = (archive: Uint8Array, index: number, directoryOf = readZipDirectory(archive, LIMITS)) => {
      const entry = directoryOf.entries[index]!;
      return archive.subarray(entry.dataStart, entry.dataEnd);
    };
    expect(text(inflateRawSync(stored(rewritten, 0)))).toBe("<Types><Override/></Types>");
    expect(text(inflateRawSync(stored(rewritten, 4)))).toBe("<w:comments/>");
    // The untouched entries, from local header to the next one, are the same bytes.
    for (const index of [1, 2, 3]) {
      const before = directory.entries[index]!;
      const after = again.entries[index]!;
      const nextBefore = directory.entries[index + 1]?.localHeaderOffset ?? directory.centralDirectoryOffset;
      const nextAfter = again.entries[index + 1]!.localHeaderOffset;
      expect(Buffer.from(rewritten.subarray(after.localHeaderOffset, nextAfter))).toEqual(Buffer.from(original.subarray(before.localHeaderOffset, nextBefore)));
    }
    expect(text(inflateRawSync(stored(rewritten, 3)))).toBe("<Properties>ünïcode</Properties>");
    expect([...stored(rewritten, 2)]).toEqual([1, 2, 3, 4]);
    // The new entries' checksums are right.
    const view = new DataView(rewritten.buffer, rewritten.byteOffset, rewritten.byteLength);
    expect(view.getUint32(again.entries[4]!.centralHeaderOffset + 16, true)).toBe(crc32(new TextEncoder().encode("<w:comments/>")));
  });

  it("leaves the caller's bytes as they were, even a Node Buffer sharing its memory", async () => {
    const buffer = Buffer.from(original);
    const copy = Buffer.from(buffer);
    const directory = readZipDirectory(buffer, LIMITS);
    await rewriteZip(buffer, directory, new Map([[directory.entries[3]!, new Uint8Array([0x3c, 0x61, 0x2f, 0x3e])]]), []);
    expect(buffer.equals(copy)).toBe(true);
  });

  it("computes the CRC-32 everyone computes", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
  });
});
