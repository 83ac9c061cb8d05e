// The marked-up file given back for every fixture and every résumé of the shared corpus (PDF and
// DOCX): it opens (read again with pdf-parse and mammoth, checked with qpdf and opened in
// LibreOffice where they are installed), carries one note per claim on the claim's own text
// plus one for the whole document, and reads to exactly the text the original reads to.
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { annotateDocument, type AnnotatedDocument } from "../src/core/annotate/index.ts";
import { claimNote, NOTE_AUTHOR } from "../src/core/annotate/notes.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import type { Claim } from "../src/core/types.ts";
import {
  docxComments,
  libreOfficeComments,
  pdfPages,
  pdfParseText,
  PDFTOTEXT,
  popplerWords,
  QPDF,
  qpdfCheck,
  readZipParts,
  skeleton,
  SOFFICE,
  wordsSkeleton,
  wordsUnder,
  type LibreOfficeComment,
} from "./helpers/annotations.ts";

const repoRoot = path.resolve(import.meta.dirname, "..");
const fixturesRoot = path.join(repoRoot, "fixtures");
const corpusRoot = path.resolve(repoRoot, "../shared/corpus");

interface Case {
  name: string;
  file: string;
}

const ofKind = (folder: string, pattern: RegExp): Case[] =>
  existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => pattern.test(name))
        .sort()
        .map((name) => ({ name: path.relative(repoRoot, path.join(folder, name)), file: path.join(folder, name) }))
    : [];

const FIXTURE_CASES = ofKind(fixturesRoot, /\.(pdf|docx)$/);
const CORPUS_CASES = [...ofKind(path.join(corpusRoot, "resumes-pdf"), /\.pdf$/), ...ofKind(path.join(corpusRoot, "resumes-docx"), /\.docx$/)];
const CASES = [...FIXTURE_CASES, ...CORPUS_CASES];

/** Claims that cannot carry a note where they stand: Word takes no comments in headers and footers. */
const IN_A_HEADER: Record<string, string[]> = { "fixtures/claims-in-place.docx": ["25K followers on X"] };

const OPTIONS = { id: "annotate-test", role: "Community Manager", currentYear: 2026 };

const annotated = new Map<string, Promise<AnnotatedDocument>>();
function annotate(testCase: Case): Promise<AnnotatedDocument> {
  let result = annotated.get(testCase.name);
  if (!result) {
    result = annotateDocument({ kind: "bytes", bytes: new Uint8Array(readFileSync(testCase.file)), fileName: path.basename(testCase.file) }, OPTIONS);
    annotated.set(testCase.name, result);
  }
  return result;
}

function noteOf(claim: Claim, language: string | null): string {
  return claimNote(claim, language).join("\n");
}

let scratch = "";
beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), "annotate-files-"));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("annotated files", () => {
  it("has fixtures of both formats to run on", () => {
    expect(FIXTURE_CASES.filter((testCase) => testCase.file.endsWith(".pdf")).length).toBeGreaterThan(5);
    expect(FIXTURE_CASES.filter((testCase) => testCase.file.endsWith(".docx")).length).toBeGreaterThan(5);
  });

  it.each(CASES.filter((testCase) => testCase.file.endsWith(".pdf")).map((testCase) => [testCase.name, testCase] as const))(
    "%s: the original bytes untouched, one highlight per claim over its words, the same text",
    async (_name, testCase) => {
      const original = new Uint8Array(readFileSync(testCase.file));
      const result = await annotate(testCase);
      const { report } = result;
      expect(result.extension).toBe("pdf");
      // An incremental update: the file as it was, then what was added.
      expect(Buffer.compare(Buffer.from(result.bytes.subarray(0, original.length)), Buffer.from(original))).toBe(0);
      expect(result.bytes.length).toBeGreaterThan(original.length);
      expect(await pdfParseText(result.bytes)).toEqual(await pdfParseText(original));
      expect((await extractDocument(result.bytes)).text).toBe((await extractDocument(original)).text);

      expect(result.marked).toEqual(report.claims.map((claim) => claim.id));
      const pages = await pdfPages(result.bytes);
      const ours = pages.flatMap((page) => page.highlights).filter((highlight) => highlight.author === NOTE_AUTHOR);
      expect(ours).toHaveLength(report.claims.length + 1);
      expect(ours.filter((highlight) => highlight.contents.startsWith(`${NOTE_AUTHOR}:`)).map((highlight) => highlight.page)).toEqual([1]);

      const file = path.join(scratch, `${path.basename(testCase.file)}.annotated.pdf`);
      writeFileSync(file, result.bytes);
      const words = PDFTOTEXT ? popplerWords(file, pages.map((page) => page.view)) : null;
      // Highlights are listed page by page in the order they were added: the document's note, then the claims in order.
      const claimHighlights = ours.filter((highlight) => !highlight.contents.startsWith(`${NOTE_AUTHOR}:`));
      const byPage = [...report.claims].sort((left, right) => left.page! - right.page!);
      expect(claimHighlights.map((highlight) => highlight.page)).toEqual(byPage.map((claim) => claim.page));
      for (const [index, claim] of byPage.entries()) {
        const highlight = claimHighlights[index];
        expect(highlight?.contents, `the note on “${claim.text}”`).toBe(noteOf(claim, report.document.language));
        if (words && pages[claim.page! - 1]!.rotate === 0) {
          // The words poppler finds under the highlight are the claim's words, no more, no fewer.
          expect(wordsSkeleton(wordsUnder(words[claim.page! - 1]!, highlight!)), `words under “${claim.text}”`).toBe(wordsSkeleton(claim.text));
        }
      }
      if (QPDF) {
        const check = qpdfCheck(file);
        expect(check.ok, check.output).toBe(true);
      }
    },
  );

  const docxCases = CASES.filter((testCase) => testCase.file.endsWith(".docx"));
  let libreOffice: Map<string, LibreOfficeComment[]> | null = null;
  beforeAll(async () => {
    if (!SOFFICE) return;
    const files = new Map<string, Uint8Array>();
    for (const testCase of docxCases) files.set(testCase.name, (await annotate(testCase)).bytes);
    libreOffice = libreOfficeComments(files);
  }, 600_000);

  it.each(docxCases.map((testCase) => [testCase.name, testCase] as const))(
    "%s: every other part as it was, one comment per claim on its text, the same text",
    async (_name, testCase) => {
      const original = new Uint8Array(readFileSync(testCase.file));
      const result = await annotate(testCase);
      const { report } = result;
      expect(result.extension).toBe("docx");
      const raw = async (bytes: Uint8Array) => (await mammoth.extractRawText({ buffer: Buffer.from(bytes) })).value;
      expect(await raw(result.bytes)).toBe(await raw(original));
      expect((await extractDocument(result.bytes)).text).toBe((await extractDocument(original)).text);

      const before = await readZipParts(original);
      const after = await readZipParts(result.bytes);
      const changed = [...after.keys()].filter((name) => {
        const was = before.get(name);
        return !was || Buffer.compare(Buffer.from(was.stored), Buffer.from(after.get(name)!.stored)) !== 0;
      });
      // Only the main part, the comments, the main part's relationships and the content types change.
      for (const name of changed) expect(name).toMatch(/(^|\/)(document|body|comments\d*)\.xml$|\.xml\.rels$|^\[Content_Types\]\.xml$/);
      for (const name of before.keys()) expect(after.has(name), name).toBe(true);

      const decoder = new TextDecoder();
      const mainName = [...after.keys()].find((name) => /(^|\/)(document|body)\.xml$/.test(name) && changed.includes(name))!;
      const commentsName = changed.find((name) => /comments\d*\.xml$/.test(name))!;
      const comments = docxComments(decoder.decode(after.get(mainName)!.content), decoder.decode(after.get(commentsName)!.content));
      const ours = comments.filter((comment) => comment.author === NOTE_AUTHOR);
      const unmarked = IN_A_HEADER[testCase.name] ?? [];
      expect(report.claims.filter((claim) => !result.marked.includes(claim.id)).map((claim) => claim.text)).toEqual(unmarked);
      expect(ours).toHaveLength(result.marked.length + 1);
      expect(ours[0]!.paragraphs[0]).toMatch(new RegExp(`^${NOTE_AUTHOR}:`));
      for (const text of unmarked) expect(ours[0]!.paragraphs.join("\n")).toContain(text);
      // The comments Word had before are still there.
      expect(comments.length - ours.length).toBe(before.has(commentsName) ? docxComments("", decoder.decode(before.get(commentsName)!.content)).length : 0);

      const marked = report.claims.filter((claim) => result.marked.includes(claim.id));
      for (const claim of marked) {
        const comment = ours.find((candidate) => candidate.paragraphs.join("\n") === noteOf(claim, report.document.language) && skeleton(candidate.anchored) === skeleton(claim.text));
        expect(comment, `a comment on “${claim.text}”`).toBeDefined();
      }

      if (libreOffice) {
        const opened = libreOffice.get(testCase.name);
        expect(opened, "LibreOffice opened it").toBeDefined();
        const fromUs = opened!.filter((comment) => comment.author === NOTE_AUTHOR);
        expect(fromUs).toHaveLength(marked.length + 1);
        expect(fromUs.slice(1).map((comment) => skeleton(comment.anchored)).sort()).toEqual(marked.map((claim) => skeleton(claim.text)).sort());
      }
    },
  );

  it.skipIf(SOFFICE !== null)("opens the Word documents in LibreOffice: skipped, LibreOffice (soffice) is not installed", () => {});
  it.skipIf(QPDF !== null)("checks the PDFs with qpdf: skipped, qpdf is not installed", () => {});
  it.skipIf(PDFTOTEXT !== null)("checks where highlights fall with poppler's pdftotext: skipped, it is not installed", () => {});
});
