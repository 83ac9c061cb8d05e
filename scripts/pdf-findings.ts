// Records what the PDF reader finds in every PDF of the shared corpus, or compares it with a
// recording: each page's raw text, the hidden runs the walk found on it (their offsets in the
// page's text skeleton, and why each is hidden), and the whole analysis (claims, flags,
// warnings) or the error code. The skeleton itself is left out: a page the walk can skip has
// none, and it only serves to place runs. A change to the PDF path that must not
// change what is found (a faster walk, another way to load pdf.js) is checked by recording
// before it and comparing after it.
// Run: npx tsx scripts/pdf-findings.ts record /tmp/before.json [corpus directory]
//      npx tsx scripts/pdf-findings.ts compare /tmp/before.json [corpus directory]
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { analyzeExtracted } from "../src/core/analyze.ts";
import { isAuditError } from "../src/core/errors.ts";
import { DEFAULT_LIMITS, extractDocument } from "../src/core/extract/index.ts";
import { extractPdfPages } from "../src/core/extract/pdf.ts";
import { listFilesRecursively } from "./lib/files.ts";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

interface Findings {
  pages?: string[];
  /** Per page, the hidden runs found. */
  hidden?: unknown[];
  report?: unknown;
  error?: string;
}

async function findingsOf(bytes: Uint8Array): Promise<Findings> {
  try {
    const { pages, hidden } = await extractPdfPages(bytes, { maxPages: DEFAULT_LIMITS.maxPages, timeoutMs: DEFAULT_LIMITS.timeoutMs });
    const extracted = await extractDocument(bytes, { fileName: "document.pdf" });
    // The id and the year are fixed so that two runs can be compared as they are.
    const report = analyzeExtracted(extracted, { id: "compare", currentYear: 2026, role: "Social Media Manager" });
    return { pages, hidden: hidden.map((page) => page.runs), report };
  } catch (error) {
    return { error: isAuditError(error) ? error.code : `bug: ${error instanceof Error ? error.name : typeof error}` };
  }
}

async function main(): Promise<void> {
  const [mode, recording, corpusArgument] = process.argv.slice(2);
  if ((mode !== "record" && mode !== "compare") || !recording) {
    console.error("usage: npx tsx scripts/pdf-findings.ts record|compare FILE.json [corpus directory]");
    process.exitCode = 2;
    return;
  }
  const corpus = path.resolve(corpusArgument ?? path.resolve(repoRoot, "../shared/corpus"));
  if (!existsSync(corpus)) {
    console.error(`no corpus at ${corpus}`);
    process.exitCode = 2;
    return;
  }
  const files = listFilesRecursively(corpus).filter((file) => file.toLowerCase().endsWith(".pdf"));
  const found: Record<string, Findings> = {};
  for (const file of files) found[path.relative(corpus, file)] = await findingsOf(new Uint8Array(readFileSync(file)));

  if (mode === "record") {
    writeFileSync(recording, JSON.stringify(found));
    console.log(`recorded ${files.length} PDFs to ${recording}`);
    return;
  }
  const before = JSON.parse(readFileSync(recording, "utf8")) as Record<string, Findings>;
  const names = [...new Set([...Object.keys(before), ...Object.keys(found)])].sort();
  const differing = names.filter((name) => JSON.stringify(before[name]) !== JSON.stringify(found[name]));
  for (const name of differing) {
    const was = before[name];
    const now = found[name];
    const parts = (["pages", "hidden", "report", "error"] as const).filter((key) => JSON.stringify(was?.[key]) !== JSON.stringify(now?.[key]));
    console.log(`differs: ${name} (${parts.join(", ") || "missing on one side"})`);
  }
  const hiddenRuns = Object.values(found).reduce((sum, f) => sum + ((f.hidden as unknown[][] | undefined)?.reduce((n, runs) => n + runs.length, 0) ?? 0), 0);
  console.log(`${names.length} PDFs compared, ${differing.length} differ; ${hiddenRuns} hidden runs found now`);
  if (differing.length > 0) process.exitCode = 1;
}

await main();
