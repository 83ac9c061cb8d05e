// How much of poppler's text our PDF extraction also produces, for each PDF under
// ../shared/corpus/resumes-pdf (or the directory given).
//
// Measure: both texts are NFKC-normalised, lower-cased and split into word tokens (maximal
// runs of letters and digits, \p{L}\p{M}\p{N}). Agreement for a file is the share of
// pdftotext's tokens, counted as a multiset, that our text also has:
//   sum over tokens t of min(ours[t], poppler[t])  /  sum over t of poppler[t].
// Order and whitespace are ignored; a word we split or glue differently counts as missed.
// The average is the plain mean over files that pdftotext could read.
// Run: npx tsx scripts/text-agreement.ts [directory]   (needs pdftotext from poppler-utils)
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isAuditError } from "../src/core/errors.ts";
import { extractDocument } from "../src/core/extract/index.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const directory = path.resolve(process.argv[2] ?? path.resolve(repoRoot, "../shared/corpus/resumes-pdf"));

export function wordTokens(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const match of text.normalize("NFKC").toLowerCase().matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
  }
  return counts;
}

export function agreement(ours: string, reference: string): { shared: number; total: number } {
  const ourTokens = wordTokens(ours);
  let shared = 0;
  let total = 0;
  for (const [token, count] of wordTokens(reference)) {
    total += count;
    shared += Math.min(count, ourTokens.get(token) ?? 0);
  }
  return { shared, total };
}

async function main(): Promise<void> {
  if (!existsSync(directory)) {
    console.error(`no directory ${directory}`);
    process.exitCode = 2;
    return;
  }
  const files = readdirSync(directory).filter((name) => name.toLowerCase().endsWith(".pdf")).sort();
  const shares: number[] = [];
  for (const name of files) {
    const file = path.join(directory, name);
    let reference: string;
    try {
      reference = execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    } catch {
      console.log(`  skip  ${name} (pdftotext failed)`);
      continue;
    }
    let ours = "";
    try {
      ours = (await extractDocument(new Uint8Array(readFileSync(file)))).text;
    } catch (error) {
      console.log(`  ${isAuditError(error) ? error.code : "error"}  ${name}`);
    }
    const { shared, total } = agreement(ours, reference);
    if (total === 0) {
      console.log(`  skip  ${name} (pdftotext found no words)`);
      continue;
    }
    const share = shared / total;
    shares.push(share);
    console.log(`${(share * 100).toFixed(1).padStart(6)}%  ${name}  (${shared}/${total} tokens)`);
  }
  const average = shares.reduce((sum, share) => sum + share, 0) / Math.max(1, shares.length);
  console.log(`\naverage agreement over ${shares.length} files: ${(average * 100).toFixed(2)}%`);
}

if (process.argv[1]?.endsWith("text-agreement.ts")) await main();
