// The PDF pre-pass: every stream decoded through its own filters under a byte budget, and the
// operators of content streams counted, before pdf.js reads the file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS } from "../src/core/extract/index.ts";
import { checkPdfBudget, countOperators } from "../src/core/extract/pdf-budget.ts";
import { md5 } from "../src/core/extract/pdf-crypt.ts";
import { buildAttacks } from "../scripts/make-attacks.ts";
import { buildPdf } from "../scripts/make-fixtures.ts";
import { listFilesRecursively } from "../scripts/lib/files.ts";

const limits = { maxStreamBytes: DEFAULT_LIMITS.maxPdfStreamBytes, maxDecodedBytes: DEFAULT_LIMITS.maxPdfDecodedBytes, maxOperators: DEFAULT_LIMITS.maxPdfOperators };
const corpus = path.resolve(import.meta.dirname, "../../shared/corpus");
const encoder = new TextEncoder();

function streamPdf(data: Uint8Array, entries: string): Uint8Array {
  const head = encoder.encode(`%PDF-1.4\n1 0 obj\n<< /Length ${data.length} ${entries} >>\nstream\n`);
  const tail = encoder.encode("\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
  const bytes = new Uint8Array(head.length + data.length + tail.length);
  bytes.set(head, 0);
  bytes.set(data, head.length);
  bytes.set(tail, head.length + data.length);
  return bytes;
}

async function refusal(bytes: Uint8Array, custom = limits): Promise<{ code: string; message: string }> {
  try {
    await checkPdfBudget(bytes, custom);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("expected a refusal");
}

/** A minimal LZW encoder (9–12-bit codes, early change), enough to write a bomb. */
function lzwEncode(input: Uint8Array): Uint8Array {
  const out: number[] = [];
  let buffer = 0;
  let bits = 0;
  let width = 9;
  const emit = (code: number) => {
    buffer = (buffer << width) | code;
    bits += width;
    while (bits >= 8) {
      out.push((buffer >> (bits - 8)) & 0xff);
      bits -= 8;
    }
    buffer &= (1 << bits) - 1;
  };
  let table = new Map<string, number>();
  const reset = () => {
    table = new Map();
    for (let code = 0; code < 256; code++) table.set(String.fromCharCode(code), code);
    width = 9;
  };
  emit(256);
  reset();
  let next = 258;
  let word = "";
  for (const byte of input) {
    const candidate = word + String.fromCharCode(byte);
    if (table.has(candidate)) {
      word = candidate;
      continue;
    }
    emit(table.get(word)!);
    table.set(candidate, next++);
    word = String.fromCharCode(byte);
    // The decoder widens its codes once the next code plus the early change reaches a power of two.
    if (next >= 1 << width) {
      if (width === 12) {
        emit(256);
        reset();
        next = 258;
      } else width++;
    }
  }
  if (word) emit(table.get(word)!);
  emit(257);
  if (bits > 0) out.push((buffer << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}

describe("checkPdfBudget", () => {
  it("measures an ordinary PDF and lets it through", async () => {
    const measure = await checkPdfBudget(buildPdf(["Klout score of 78", "Second page"]), limits);
    expect(measure.streams).toBeGreaterThanOrEqual(2);
    expect(measure.operators).toBeGreaterThan(4);
  });

  it("refuses a stream over MAX_PDF_STREAM_BYTES as soon as it is passed", async () => {
    const bomb = streamPdf(new Uint8Array(deflateSync(new Uint8Array(9 * 1024 * 1024).fill(0x20))), "/Filter /FlateDecode");
    const error = await refusal(bomb);
    expect(error.code).toBe("limits_exceeded");
    expect(error.message).toMatch(/MAX_PDF_STREAM_BYTES/);
  });

  it("refuses many streams over MAX_PDF_DECODED_BYTES together", async () => {
    const stream = new Uint8Array(deflateSync(new Uint8Array(300_000).fill(0x20)));
    const one = streamPdf(stream, "/Filter /FlateDecode");
    const many = new Uint8Array(one.length * 5);
    for (let index = 0; index < 5; index++) many.set(one, index * one.length);
    expect((await refusal(many, { ...limits, maxDecodedBytes: 1_000_000 })).message).toMatch(/MAX_PDF_DECODED_BYTES/);
    await expect(checkPdfBudget(many, { ...limits, maxDecodedBytes: 2_000_000 })).resolves.toBeTruthy();
  });

  it("decodes LZW with its own budget", async () => {
    // Varied enough to need every code width from 9 to 12 bits and a table reset.
    const content = encoder.encode(Array.from({ length: 20_000 }, (_unused, index) => `${index % 97} ${index % 13} m q Q\n`).join(""));
    const measured = await checkPdfBudget(streamPdf(lzwEncode(content), "/Filter /LZWDecode"), limits);
    expect(measured.operators).toBe(60_000);
    expect(measured.decodedBytes).toBe(content.length);
    const bomb = streamPdf(lzwEncode(new Uint8Array(400_000).fill(0x20)), "/Filter /LZWDecode");
    expect((await refusal(bomb, { ...limits, maxStreamBytes: 200_000 })).message).toMatch(/MAX_PDF_STREAM_BYTES/);
  });

  it("reads a stream whose dictionary it cannot parse as Flate when the data opens as zlib data", async () => {
    const bomb = new Uint8Array(deflateSync(new Uint8Array(2_000_000).fill(0x20)));
    // A dictionary with a PostScript brace, which the reader here does not parse.
    const error = await refusal(streamPdf(bomb, "/Filter /FlateDecode /X {1 2}"), { ...limits, maxStreamBytes: 1_000_000 });
    expect(error.code).toBe("limits_exceeded");
  });

  it("finds a stream by its endstream when /Length lies", async () => {
    const bomb = new Uint8Array(deflateSync(new Uint8Array(2_000_000).fill(0x20)));
    const lying = streamPdf(bomb, "/Filter /FlateDecode").map((byte) => byte);
    const text = new TextDecoder("latin1").decode(lying.subarray(0, 60));
    const at = text.indexOf(`/Length ${bomb.length}`);
    lying.set(encoder.encode("/Length 3".padEnd(`/Length ${bomb.length}`.length, " ")), at);
    expect((await refusal(lying, { ...limits, maxStreamBytes: 1_000_000 })).code).toBe("limits_exceeded");
  });

  it("counts a form's operators once for every time a page paints it", async () => {
    const [form] = buildAttacks().filter((attack) => attack.name === "pdf-form-painted-many-times.pdf");
    expect((await refusal(form!.bytes)).message).toMatch(/MAX_PDF_OPERATORS/);
  });
});

describe("encrypted PDFs", () => {
  it.each(["owner-password-rc4-40.pdf", "owner-password-rc4-128.pdf"])("%s is decrypted with the empty user password and measured", async (name) => {
    const bytes = new Uint8Array(readFileSync(path.resolve(import.meta.dirname, "../fixtures", name)));
    const measured = await checkPdfBudget(bytes, limits);
    // Operators are found only in a stream decrypted with the right key.
    expect(measured.operators).toBeGreaterThan(10);
  });

  it("refuses a content-stream bomb encrypted under an owner password only", async () => {
    const [bomb] = buildAttacks().filter((attack) => attack.name === "pdf-encrypted-content-stream-bomb.pdf");
    expect((await refusal(bomb!.bytes)).message).toMatch(/MAX_PDF_STREAM_BYTES/);
  });

  it("computes MD5 as RFC 1321 says", () => {
    const hex = (text: string) => [...md5(encoder.encode(text))].map((byte) => byte.toString(16).padStart(2, "0")).join("");
    expect(hex("")).toBe("d41d8cd98f00b204e9800998ecf8427e");
    expect(hex("abc")).toBe("900150983cd24fb0d6963f7d28e17f72");
    expect(hex("12345678901234567890123456789012345678901234567890123456789012345678901234567890")).toBe("57edf4a22be3c955ac49da2e2107b67a");
  });
});

describe("countOperators", () => {
  it.each([
    ["BT /F1 12 Tf 72 700 Td (Klout) Tj ET", 5],
    ["q 1 0 0 1 0 0 cm /Im0 Do Q", 4],
    ["(a string with q Q and \\) inside) Tj", 1],
    ["<414243> Tj % a comment with q Q\n T*", 2],
    ["BI /W 2 /H 2 ID \x00Q q\x00 EI Q", 3],
    ["/Name true false null 1 2 re", 1],
  ])("%s has %i operators", (content, expected) => {
    expect(countOperators(encoder.encode(content)).operators).toBe(expected);
  });
});

describe.skipIf(!existsSync(corpus))("the corpus", () => {
  it("every PDF of the shared corpus is within the default budget", async () => {
    const files = listFilesRecursively(corpus).filter((file) => file.endsWith(".pdf"));
    expect(files.length).toBeGreaterThan(50);
    for (const file of files) {
      await expect(checkPdfBudget(new Uint8Array(readFileSync(file)), limits), path.basename(file)).resolves.toBeTruthy();
    }
  }, 60_000);
});
