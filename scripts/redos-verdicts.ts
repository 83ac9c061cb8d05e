// Runs recheck over every regular expression of src/core and writes its verdicts to
// test/redos-verdicts.json, which test/redos.test.ts reads so that it checks only patterns
// that are new or changed (recheck takes minutes over all of them).
//   npx tsx scripts/redos-verdicts.ts
import { writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { checkSync } from "recheck";
import { allPatterns, keyOf } from "./lib/regex-inventory.ts";

export interface Verdict {
  status: "safe" | "vulnerable" | "unknown";
  complexity: string | null;
  /** recheck's attack: pumping `pump` after each `prefix` makes the pattern slow. */
  attack: { pumps: { prefix: string; pump: string }[]; suffix: string } | null;
}

export const VERDICTS_FILE = path.resolve(import.meta.dirname, "../test/redos-verdicts.json");
export const RECHECK_TIMEOUT_MS = 10_000;

export function verdictOf(source: string, flags: string): Verdict {
  const result = checkSync(source, flags.replace(/[gyd]/g, ""), { timeout: RECHECK_TIMEOUT_MS, randomSeed: 1 });
  if (result.status === "safe") return { status: "safe", complexity: result.complexity.type, attack: null };
  if (result.status === "vulnerable") {
    return {
      status: "vulnerable",
      complexity: result.complexity.type,
      attack: { pumps: result.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: result.attack.suffix },
    };
  }
  return { status: "unknown", complexity: null, attack: null };
}

async function main(): Promise<void> {
  const verdicts: Record<string, Verdict> = {};
  const patterns = await allPatterns();
  for (const pattern of patterns.sort((a, b) => keyOf(a).localeCompare(keyOf(b)))) verdicts[keyOf(pattern)] = verdictOf(pattern.source, pattern.flags);
  writeFileSync(VERDICTS_FILE, JSON.stringify({ recheck: "4.5.0", verdicts }, null, 1) + "\n");
  const counts = Object.values(verdicts).reduce<Record<string, number>>((tally, verdict) => ({ ...tally, [verdict.status]: (tally[verdict.status] ?? 0) + 1 }), {});
  console.log(`${patterns.length} patterns: ${JSON.stringify(counts)}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
