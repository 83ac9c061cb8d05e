// Lists every claim the detector finds in the real writing of ../shared: both résumé collections
// of corpus/resume-text, the text of every corpus PDF and DOCX, and the tuning part of the labelled
// cases (never the held-out fifth). One line a claim, in a stable order, so that two runs diff:
//
//   npx tsx scripts/claims-snapshot.ts > before.txt   # change the detector, then
//   npx tsx scripts/claims-snapshot.ts > after.txt && diff before.txt after.txt
//
// The corpus documents' text is extracted once and kept in a cache folder (default
// /tmp/influence-audit-corpus-text), since extraction is not what is being compared; clear it
// after a change to extraction.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { detectClaims } from "../src/core/detect/index.ts";
import { isAuditError } from "../src/core/errors.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import { normalizeText } from "../src/core/extract/normalize.ts";
import { parseCsv, readCases } from "./eval-detect.ts";
import { inPart } from "./eval/split.ts";
import { listFilesRecursively } from "./lib/files.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const shared = path.resolve(repoRoot, "../shared");
const cacheDir = process.env.CORPUS_TEXT_CACHE ?? "/tmp/influence-audit-corpus-text";

function printClaims(source: string, text: string): void {
  for (const claim of detectClaims({ text, pages: [], hiddenSpans: [] }, { currentYear: 2026 })) {
    const shown = claim.text.replace(/\s+/gu, " ").slice(0, 120);
    console.log(`${source}\t${claim.kind}\t${claim.platform ?? "-"}\t${claim.value ?? "-"}\t${claim.subject}\t${shown}`);
  }
}

function csvTexts(file: string): Array<{ id: string; text: string }> {
  const rows = parseCsv(readFileSync(file, "utf8"));
  const header = rows[0] ?? [];
  const textColumn = header.findIndex((name) => name === "Resume_str" || name === "Resume");
  const idColumn = header.indexOf("ID");
  return rows.slice(1).map((row, index) => ({ id: idColumn === -1 ? `row${index + 1}` : (row[idColumn] ?? ""), text: row[textColumn] ?? "" }));
}

async function corpusText(file: string): Promise<string | null> {
  const cached = path.join(cacheDir, `${path.relative(path.join(shared, "corpus"), file).replace(/[/\\]/gu, "__")}.txt`);
  if (existsSync(cached)) return readFileSync(cached, "utf8");
  let text = "";
  try {
    text = (await extractDocument(new Uint8Array(readFileSync(file)), { fileName: path.basename(file) })).text;
  } catch (error) {
    if (!isAuditError(error)) throw error;
  }
  writeFileSync(cached, text);
  return text;
}

async function main(): Promise<void> {
  if (!existsSync(shared)) {
    console.error(`No ../shared beside the checkout (looked in ${shared}).`);
    process.exit(2);
  }
  mkdirSync(cacheDir, { recursive: true });
  for (const file of ["livecareer2484_pdftotext_dev.csv", "UpdatedResumeDataSet__kaggle962.csv"]) {
    // Normalised as the pipeline normalises a text upload, so that the snapshot reads what an analysis reads.
    for (const { id, text } of csvTexts(path.join(shared, "corpus/resume-text", file))) printClaims(`${file.slice(0, 10)}:${id}`, normalizeText(text).text);
  }
  for (const file of listFilesRecursively(path.join(shared, "corpus"))) {
    if (!/\.(pdf|docx)$/iu.test(file)) continue;
    const text = await corpusText(file);
    if (text) printClaims(path.relative(path.join(shared, "corpus"), file), text);
  }
  for (const evalCase of await readCases()) {
    if (inPart(evalCase.id, "tuning")) printClaims(`eval:${evalCase.id}`, evalCase.text);
  }
}

await main();
