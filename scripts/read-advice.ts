// Prints the advice the engine gives on real documents, for a person to read as a coach, a
// recruiter or a bid writer would: every document of the shared corpus that yields a claim, and
// the career-site résumés of resume-text/livecareer2484_pdftotext_dev.csv (their category as the role).
// Usage: npx tsx scripts/read-advice.ts [--role TITLE] [--only SUBSTRING] [--csv N] [--corpus DIR]
//   --csv N   read at most N of the CSV's résumés that yield a claim (default 40; 0 skips the CSV)
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { analyzeDocument, analyzeExtracted } from "../src/core/analyze.ts";
import { extractFromText } from "../src/core/extract/index.ts";
import type { Report } from "../src/core/types.ts";
import { parseCsv } from "./eval-detect.ts";
import { listFilesRecursively } from "./lib/files.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    role: { type: "string" },
    only: { type: "string" },
    csv: { type: "string", default: "40" },
    corpus: { type: "string", default: path.resolve(repoRoot, "../shared/corpus") },
  },
});
const corpus = path.resolve(values.corpus);
const READ_FOLDERS = ["resumes-pdf", "resumes-docx", "proposals"];

function printReport(name: string, report: Report): void {
  console.log(`\n=== ${name}  [${report.document.type}, ${report.document.language ?? "?"}]`);
  console.log(`role: ${report.role.input ?? "(none)"} -> ${report.role.family ?? "-"} (${report.role.relevance}, ${report.role.source})`);
  console.log(`verdict: ${report.summary.verdict} ${report.summary.score}: ${report.summary.headline}`);
  for (const point of report.summary.advice) console.log(`  * ${point}`);
  for (const claim of report.claims) {
    console.log(`  [${claim.advice.action}] "${claim.text}" (${claim.kind}, ${claim.platform ?? "-"}, ${claim.subject}) ${claim.flags.join(",")}`);
    console.log(`      why: ${claim.advice.reason}`);
    console.log(`      fix: ${claim.advice.suggestion}`);
  }
}

function titleCase(category: string): string {
  return category.toLowerCase().replace(/(^|[\s-])(\w)/g, (_, space: string, letter: string) => `${space}${letter.toUpperCase()}`).replace(/-/g, " ");
}

async function main(): Promise<void> {
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}`);
    process.exitCode = 2;
    return;
  }
  for (const folder of READ_FOLDERS) {
    for (const file of listFilesRecursively(path.join(corpus, folder))) {
      const name = path.relative(corpus, file);
      if (values.only && !name.includes(values.only)) continue;
      try {
        const report = await analyzeDocument({ kind: "bytes", bytes: new Uint8Array(readFileSync(file)), fileName: path.basename(file) }, { id: name, role: values.role ?? null });
        if (report.claims.length > 0) printReport(name, report);
      } catch (error) {
        console.log(`\n=== ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const limit = Number(values.csv);
  const csvFile = path.join(corpus, "resume-text/livecareer2484_pdftotext_dev.csv");
  if (limit <= 0 || !existsSync(csvFile)) return;
  let shown = 0;
  let first = true;
  for (const [id = "", category = "", text = ""] of parseCsv(readFileSync(csvFile, "utf8"))) {
    if (first) {
      first = false;
      continue;
    }
    const name = `livecareer ${category} ${id}`;
    if (values.only && !name.includes(values.only)) continue;
    const report = analyzeExtracted(extractFromText(text), { id, role: values.role ?? titleCase(category) });
    if (report.claims.length === 0) continue;
    printReport(name, report);
    shown += 1;
    if (shown >= limit) break;
  }
}

await main();
