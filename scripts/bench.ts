// `npm run bench [-- --only=pdf,text] [--quick] [--markdown]`
// Measures the engine against poppler and pandoc, the detector on its own, the Worker
// bundle over HTTP and under a hostile load, large inputs, the bundle's size and startup, and
// what giving a document back with its notes costs.
// Prints a table at the end and writes the raw figures to bench-results/latest.json.
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { join } from "node:path";
import { makeContext } from "./bench/context.ts";
import { renderMarkdown, renderTable, SectionReport, type SectionResult } from "./bench/results.ts";
import { annotateSection } from "./bench/sections/annotate.ts";
import { cliSection } from "./bench/sections/cli.ts";
import { docxSection } from "./bench/sections/docx.ts";
import { httpSection } from "./bench/sections/http.ts";
import { loadSection } from "./bench/sections/load.ts";
import { pdfSection } from "./bench/sections/pdf.ts";
import { scaleSection } from "./bench/sections/scale.ts";
import { startupSection } from "./bench/sections/startup.ts";
import { textSection } from "./bench/sections/text.ts";
import type { BenchContext } from "./bench/context.ts";

const SECTIONS: Record<string, (ctx: BenchContext) => Promise<SectionReport>> = {
  pdf: pdfSection,
  docx: docxSection,
  text: textSection,
  http: httpSection,
  load: loadSection,
  scale: scaleSection,
  startup: startupSection,
  cli: cliSection,
  annotate: annotateSection,
};

function usage(message?: string): never {
  if (message) console.error(message);
  console.error(`usage: npm run bench -- [--only=${Object.keys(SECTIONS).join(",")}] [--quick] [--markdown]`);
  process.exit(2);
}

function parseArgs(argv: string[]): { only: string[]; quick: boolean; markdown: boolean } {
  let only = Object.keys(SECTIONS);
  let quick = false;
  let markdown = false;
  for (const arg of argv) {
    if (arg === "--quick") quick = true;
    else if (arg === "--markdown") markdown = true;
    else if (arg.startsWith("--only=")) {
      only = arg.slice("--only=".length).split(",").filter(Boolean);
      const unknown = only.filter((name) => !(name in SECTIONS));
      if (unknown.length > 0 || only.length === 0) usage(`unknown section: ${unknown.join(", ") || "(none)"}`);
    } else if (arg === "--help" || arg === "-h") usage();
    else usage(`unknown argument: ${arg}`);
  }
  return { only, quick, markdown };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const ctx = makeContext(args.quick);
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${process.platform}`;
  console.log(`influence-audit benchmarks ${args.quick ? "(quick) " : ""}— ${new Date().toISOString()}\n${machine}\n`);
  const results: SectionResult[] = [];
  for (const name of args.only) {
    console.log(`[${name}]`);
    try {
      results.push(await SECTIONS[name]!(ctx));
    } catch (error) {
      // A section that breaks is reported and the others still run.
      const failed = new SectionReport(name);
      failed.row("(section)", `error: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`, "", "failed");
      results.push(failed);
    }
    console.log("");
  }
  const rows = results.flatMap((r) => r.rows);
  console.log(renderTable(rows));
  if (args.markdown) console.log(`\n${renderMarkdown(rows)}`);

  const outDir = join(ctx.root, "bench-results");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    join(outDir, "latest.json"),
    JSON.stringify({ date: new Date().toISOString(), machine, quick: args.quick, sections: results.map(({ section, rows, notes, data }) => ({ section, rows, notes, data })) }, null, 2),
  );
  const missed = rows.filter((r) => r.verdict === "missed" || r.verdict === "failed").length;
  console.log(`\n${missed === 0 ? "every target met" : `${missed} target(s) missed or failed`}; raw figures in bench-results/latest.json`);
}

await main();
