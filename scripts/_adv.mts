import { readCases } from "./eval-detect.ts";
import { inPart } from "./eval/split.ts";
import { analyzeExtracted } from "../src/core/analyze.ts";
import { extractFromText } from "../src/core/extract/index.ts";
const ids = new Set(process.argv.slice(2));
for (const c of (await readCases()) as any[]) {
  if (!inPart(c.id, "tuning") || (ids.size && !ids.has(c.id))) continue;
  const r = analyzeExtracted(await extractFromText(c.text), { id: c.id, role: c.role, documentType: c.type, currentYear: 2026 });
  console.log(`\n=== ${c.id} role=${c.role} (${r.role.family}/${r.role.relevance}) type=${c.type} lang=${r.document.language}`);
  console.log(c.text);
  console.log(`VERDICT ${r.summary.verdict} ${r.summary.score}: ${r.summary.headline}`);
  for (const a of r.summary.advice) console.log(`  * ${a}`);
  for (const cl of r.claims) console.log(`  [${cl.advice.action}] "${cl.text.replace(/\n/g, " ")}" ${cl.flags.join(",")}\n     why: ${cl.advice.reason}\n     fix: ${cl.advice.suggestion}`);
}
