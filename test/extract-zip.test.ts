import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { AuditError } from "../src/core/errors.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import { guardZip, readZipDirectory } from "../src/core/extract/zip.ts";
import { buildDocx, buildZip, type ZipInput } from "../scripts/make-fixtures.ts";

const MiB = 1024 * 1024;

// A minimal Word package with extra entries after its parts.
function docxWith(extra: ZipInput[]): Uint8Array {
  return buildZip([
    { name: "[Content_Types].xml", data: '<Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: "word/document.xml", data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Klout score of 78</w:t></w:r></w:p></w:body></w:document>' },
    ...extra,
  ]);
}

async function failure(work: Promise<unknown>): Promise<AuditError> {
  try {
    await work;
  } catch (error) {
    expect(error).toBeInstanceOf(AuditError);
    return error as AuditError;
  }
  throw new Error("expected a failure");
}

describe("ZIP guard", () => {
  it("reads the central directory of an ordinary DOCX", () => {
    const directory = readZipDirectory(buildDocx(["a"]), { maxZipEntries: 10 });
    expect(directory.entries.map((entry) => entry.name)).toEqual(["[Content_Types].xml", "_rels/.rels", "word/document.xml"]);
  });

  it("refuses a bomb by counting inflated bytes, not declared ones, and stops early", async () => {
    // 11 entries of 10 MiB of zeros: about 110 MiB inflated from about 110 KB.
    const zeros = new Uint8Array(10 * MiB);
    const bomb = docxWith(Array.from({ length: 11 }, (_unused, index) => ({ name: `word/media/pad${index}.bin`, data: zeros })));
    expect(bomb.length).toBeLessThan(200 * 1024);
    const started = Date.now();
    const error = await failure(extractDocument(bomb));
    expect(error.code).toBe("limits_exceeded");
    expect(error.message).toMatch(/ZIP bomb/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it("does not trust a declared size that lies", async () => {
    const zip = docxWith([{ name: "word/media/pad.bin", data: new Uint8Array(3 * MiB) }]);
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const directory = readZipDirectory(zip, { maxZipEntries: 10 });
    // Rewrite every declared size in the central directory to 1 byte.
    let cursor = directory.centralDirectoryOffset;
    for (let index = 0; index < directory.entries.length; index++) {
      view.setUint32(cursor + 24, 1, true);
      cursor += 46 + view.getUint16(cursor + 28, true) + view.getUint16(cursor + 30, true) + view.getUint16(cursor + 32, true);
    }
    const error = await failure(guardZip(zip, readZipDirectory(zip, { maxZipEntries: 10 }), { maxInflatedBytes: 2 * MiB }));
    expect(error.code).toBe("limits_exceeded");
  });

  it("refuses too many entries before inflating any", async () => {
    const many = docxWith(Array.from({ length: 30 }, (_unused, index) => ({ name: `word/x${index}.xml`, data: "<x/>" })));
    const error = await failure(extractDocument(many, {}, { maxZipEntries: 20 }));
    expect(error.code).toBe("limits_exceeded");
    expect(error.message).toContain("32 entries");
  });

  it("refuses entries that overlap", async () => {
    const overlapping = buildZip(
      [
        { name: "[Content_Types].xml", data: "<Types/>" },
        { name: "word/document.xml", data: "<w:document/>" },
      ],
      { overlapEntries: true },
    );
    const error = await failure(extractDocument(overlapping));
    expect(error.code).toBe("limits_exceeded");
    expect(error.message).toMatch(/overlap/);
  });

  it("calls damaged deflate data corrupt", async () => {
    const zip = buildZip([{ name: "word/document.xml", data: "x".repeat(5000) }]);
    const directory = readZipDirectory(zip, { maxZipEntries: 10 });
    const entry = directory.entries[0]!;
    zip.fill(0xff, entry.dataStart, entry.dataEnd);
    const error = await failure(guardZip(zip, directory, { maxInflatedBytes: MiB }));
    expect(error.code).toBe("corrupt_document");
  });

  it("returns the entries it was asked to keep", async () => {
    const zip = buildZip([{ name: "A.xml", data: "hello" }, { name: "b.xml", data: "world", store: true }]);
    const kept = await guardZip(zip, readZipDirectory(zip, { maxZipEntries: 10 }), { maxInflatedBytes: MiB }, ["a.xml", "B.XML"]);
    expect(new TextDecoder().decode(kept.get("a.xml"))).toBe("hello");
    expect(new TextDecoder().decode(kept.get("b.xml"))).toBe("world");
  });

  it("inflates exactly what zlib deflated", async () => {
    const data = new TextEncoder().encode("Klout ".repeat(1000));
    expect(deflateRawSync(data).length).toBeLessThan(data.length);
    const zip = buildZip([{ name: "t.txt", data }]);
    const kept = await guardZip(zip, readZipDirectory(zip, { maxZipEntries: 1 }), { maxInflatedBytes: data.length }, ["t.txt"]);
    expect(kept.get("t.txt")).toEqual(data);
  });
});
