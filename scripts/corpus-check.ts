// Runs every file of the shared corpus through extractDocument and counts the outcomes:
// ok, each AuditError code, and anything else (a bug). Prints the slowest file.
// Run: npx tsx scripts/corpus-check.ts [corpus directory, default ../shared/corpus]
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isAuditError } from "../src/core/errors.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import { listFilesRecursively } from "./lib/files.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const corpusRoot = path.resolve(process.argv[2] ?? path.resolve(repoRoot, "../shared/corpus"));

async function main(): Promise<void> {
  if (!existsSync(corpusRoot)) {
    console.error(`no corpus at ${corpusRoot}`);
    process.exitCode = 2;
    return;
  }
  const files = listFilesRecursively(corpusRoot).filter((file) => !/(MANIFEST\.tsv|README\.md)$/.test(file));
  const counts = new Map<string, number>();
  const unexpected: string[] = [];
  let slowest = { file: "", ms: -1 };
  for (const file of files) {
    const name = path.relative(corpusRoot, file);
    const started = performance.now();
    let outcome: string;
    try {
      const document = await extractDocument(new Uint8Array(readFileSync(file)), { fileName: path.basename(file) });
      outcome = "ok";
      console.log(`ok       ${name}  ${document.format} ${document.pageCount ?? "-"}p ${document.text.length} chars`);
    } catch (error) {
      outcome = isAuditError(error) ? error.code : "unexpected_error";
      if (!isAuditError(error)) unexpected.push(`${name}: ${error instanceof Error ? error.name : typeof error}`);
      console.log(`${outcome.padEnd(8)} ${name}`);
    }
    const elapsed = performance.now() - started;
    if (elapsed > slowest.ms) slowest = { file: name, ms: elapsed };
    counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
  }
  console.log(`\n${files.length} files`);
  for (const [outcome, count] of [...counts].sort((left, right) => right[1] - left[1])) console.log(`${outcome.padEnd(24)} ${count}`);
  console.log(`slowest: ${slowest.file} in ${Math.round(slowest.ms)} ms`);
  for (const line of unexpected) console.log(`UNEXPECTED ${line}`);
  if (unexpected.length > 0) process.exitCode = 1;
}

await main();
