import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AuditError } from "../src/core/errors.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import { listFilesRecursively } from "../scripts/lib/files.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusRoot = path.resolve(repoRoot, "../shared/corpus");

const documents = existsSync(corpusRoot)
  ? listFilesRecursively(corpusRoot).filter((file) => !/(MANIFEST\.tsv|README\.md)$/.test(file))
  : [];

describe.skipIf(!existsSync(corpusRoot))("the shared corpus", () => {
  it.each(documents.map((file) => [path.relative(corpusRoot, file), file]))(
    "%s resolves with text or fails with an AuditError within 10 s",
    async (_name, file) => {
      const bytes = new Uint8Array(readFileSync(file));
      const started = Date.now();
      let outcome: "text" | "refused";
      try {
        const document = await extractDocument(bytes, { fileName: path.basename(file) });
        expect(document.text.trim().length).toBeGreaterThan(0);
        for (const range of document.pages) expect(range.end).toBeLessThanOrEqual(document.text.length);
        outcome = "text";
      } catch (error) {
        expect(error).toBeInstanceOf(AuditError);
        expect((error as AuditError).code).not.toBe("internal_error");
        outcome = "refused";
      }
      expect(["text", "refused"]).toContain(outcome);
      expect(Date.now() - started).toBeLessThan(10_000);
    },
    15_000,
  );
});
