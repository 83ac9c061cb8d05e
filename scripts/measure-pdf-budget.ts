// What the PDF pre-pass (src/core/extract/pdf-budget.ts) finds in real files, and what it
// costs: every PDF of the shared corpus measured with no limit, printing the largest stream,
// the most decoded bytes and operators (the figures the defaults are set against) and the
// time the pass takes per file.
//   npx tsx scripts/measure-pdf-budget.ts [--corpus DIR]
import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkPdfBudget, type PdfMeasure } from "../src/core/extract/pdf-budget.ts";
import { listFilesRecursively } from "./lib/files.ts";

const UNLIMITED = { maxStreamBytes: Number.MAX_SAFE_INTEGER, maxDecodedBytes: Number.MAX_SAFE_INTEGER, maxOperators: Number.MAX_SAFE_INTEGER };

async function main(): Promise<void> {
  const flag = process.argv.indexOf("--corpus");
  const corpus = flag >= 0 ? path.resolve(process.argv[flag + 1]!) : path.resolve(import.meta.dirname, "../../shared/corpus");
  const files = listFilesRecursively(corpus).filter((file) => file.endsWith(".pdf"));
  const rows: Array<PdfMeasure & { name: string; ms: number; bytes: number }> = [];
  for (const file of files) {
    const bytes = new Uint8Array(readFileSync(file));
    const started = performance.now();
    const measure = await checkPdfBudget(bytes, UNLIMITED);
    rows.push({ ...measure, name: path.relative(corpus, file), ms: performance.now() - started, bytes: bytes.length });
  }
  const top = (key: "largestStream" | "decodedBytes" | "operators" | "ms") => [...rows].sort((a, b) => b[key] - a[key])[0]!;
  const median = [...rows].sort((a, b) => a.ms - b.ms)[Math.floor(rows.length / 2)]!;
  console.log(`${rows.length} PDFs`);
  console.log(`largest stream   ${top("largestStream").largestStream} bytes (${top("largestStream").name})`);
  console.log(`most decoded     ${top("decodedBytes").decodedBytes} bytes (${top("decodedBytes").name})`);
  console.log(`most operators   ${top("operators").operators} (${top("operators").name})`);
  console.log(`pass time        median ${median.ms.toFixed(0)} ms, worst ${top("ms").ms.toFixed(0)} ms (${top("ms").name}, ${top("ms").bytes} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
