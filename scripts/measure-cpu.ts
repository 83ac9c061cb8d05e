// The CPU time one document costs, for setting [limits] cpu_ms in wrangler.toml with a
// margin: every document of the shared corpus, every fixture and every crafted attack,
// analysed in this process (Node's V8, as in workerd), with the CPU time of each measured.
//   npx tsx scripts/measure-cpu.ts [--corpus DIR]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { analyzeDocument } from "../src/core/analyze.ts";
import { buildAttacks } from "./make-attacks.ts";
import { corpusSamples } from "./robustness.ts";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");

function fixtureSamples(): { name: string; bytes: Uint8Array }[] {
  return readdirSync(FIXTURES)
    .filter((name) => statSync(path.join(FIXTURES, name)).isFile())
    .map((name) => ({ name: `fixtures/${name}`, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) }));
}

async function cpuMs(bytes: Uint8Array, fileName: string): Promise<number> {
  const before = process.cpuUsage();
  try {
    await analyzeDocument({ kind: "bytes", bytes, fileName }, { id: "cpu", role: "Social Media Manager" });
  } catch {
    // A refusal costs CPU too; that is what is measured.
  }
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const corpusFlag = process.argv.indexOf("--corpus");
  const samples = [
    ...corpusSamples(corpusFlag >= 0 ? path.resolve(process.argv[corpusFlag + 1]!) : undefined),
    ...fixtureSamples(),
    ...buildAttacks().map((attack) => ({ name: `attacks/${attack.name}`, bytes: attack.bytes })),
  ];
  // One of each kind first, so that start-up compilation is not counted against a document.
  for (const name of ["social-media-manager.pdf", "social-media-manager.docx"]) await cpuMs(new Uint8Array(readFileSync(path.join(FIXTURES, name))), name);
  const measured: { name: string; ms: number }[] = [];
  for (const sample of samples) measured.push({ name: sample.name, ms: await cpuMs(sample.bytes, path.basename(sample.name)) });
  measured.sort((a, b) => b.ms - a.ms);
  const percentile = (share: number) => measured[Math.min(measured.length - 1, Math.floor(measured.length * (1 - share)))]!.ms;
  console.log(`${measured.length} documents; CPU per document: median ${percentile(0.5).toFixed(0)} ms, p99 ${percentile(0.99).toFixed(0)} ms, max ${measured[0]!.ms.toFixed(0)} ms`);
  for (const { name, ms } of measured.slice(0, 8)) console.log(`  ${ms.toFixed(0).padStart(6)} ms  ${name}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
