// Scores the claim detector against labelled cases (../shared/eval/cases.jsonl by default).
// A prediction matches an expected claim when kind and platform are equal, the value is within 0.5%
// (or the expected value is null) and its span overlaps the quote; each prediction matches at most once.
//
//   npx tsx scripts/eval-detect.ts [cases.jsonl] [--corpus file.csv] [--categories A,B] [--limit N]

import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { detectClaims } from "../src/core/detect/index.ts";
import type { ClaimKind, DetectedClaim } from "../src/core/types.ts";

export interface ExpectedClaim {
  kind: ClaimKind;
  platform: string | null;
  value: number | null;
  quote: string;
}

export interface EvalCase {
  id: string;
  text: string;
  claims: ExpectedClaim[];
  flags?: Record<string, string[]>;
}

export interface CaseOutcome {
  id: string;
  misses: ExpectedClaim[];
  falseAlarms: Array<Pick<DetectedClaim, "kind" | "platform" | "value" | "text">>;
  missingFlags: string[];
}

export interface Result {
  cases: number;
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  /** Of matched claims with an expected value, the share whose value is within 0.5%. */
  valueAccuracy: number;
  /** Cases that expect no claim but got some. */
  emptyCasesWithClaims: string[];
  outcomes: CaseOutcome[];
}

const REPO_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
export const DEFAULT_CASES = resolve(REPO_ROOT, "../shared/eval/cases.jsonl");

function quoteSpans(text: string, quote: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) spans.push({ start: at, end: at + quote.length });
  return spans;
}

function valueClose(expected: number | null, actual: number | null): boolean {
  if (expected === null) return true;
  if (actual === null) return false;
  return Math.abs(actual - expected) <= Math.abs(expected) * 0.005;
}

export function scoreCase(evalCase: EvalCase, predicted: DetectedClaim[]) {
  const used = new Set<number>();
  const misses: ExpectedClaim[] = [];
  let matched = 0;
  let valued = 0;
  let valueRight = 0;
  const missingFlags: string[] = [];
  for (const expected of evalCase.claims) {
    const spans = quoteSpans(evalCase.text, expected.quote);
    const index = predicted.findIndex(
      (claim, at) =>
        !used.has(at) &&
        claim.kind === expected.kind &&
        claim.platform === expected.platform &&
        valueClose(expected.value, claim.value) &&
        spans.some((span) => claim.span.start < span.end && span.start < claim.span.end),
    );
    if (index === -1) {
      misses.push(expected);
      continue;
    }
    used.add(index);
    matched += 1;
    if (expected.value !== null) {
      valued += 1;
      if (valueClose(expected.value, predicted[index]?.value ?? null)) valueRight += 1;
    }
    for (const flag of evalCase.flags?.[expected.quote] ?? []) {
      if (!predicted[index]?.flags.includes(flag)) missingFlags.push(`${expected.quote}: ${flag}`);
    }
  }
  const falseAlarms = predicted
    .filter((_, at) => !used.has(at))
    .map(({ kind, platform, value, text }) => ({ kind, platform, value, text }));
  return { matched, valued, valueRight, misses, falseAlarms, missingFlags };
}

export async function evaluateDetector(casesPath: string = DEFAULT_CASES): Promise<Result> {
  const lines = (await readFile(casesPath, "utf8")).split("\n").filter((line) => line.trim() !== "");
  const cases = lines.map((line) => JSON.parse(line) as EvalCase);
  let expected = 0;
  let predicted = 0;
  let matched = 0;
  let valued = 0;
  let valueRight = 0;
  const outcomes: CaseOutcome[] = [];
  const emptyCasesWithClaims: string[] = [];
  for (const evalCase of cases) {
    const claims = detectClaims({ text: evalCase.text, pages: [], hiddenSpans: [] });
    const score = scoreCase(evalCase, claims);
    expected += evalCase.claims.length;
    predicted += claims.length;
    matched += score.matched;
    valued += score.valued;
    valueRight += score.valueRight;
    if (evalCase.claims.length === 0 && claims.length > 0) emptyCasesWithClaims.push(evalCase.id);
    outcomes.push({ id: evalCase.id, misses: score.misses, falseAlarms: score.falseAlarms, missingFlags: score.missingFlags });
  }
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    cases: cases.length,
    expected,
    predicted,
    matched,
    precision,
    recall,
    f1,
    valueAccuracy: valued === 0 ? 1 : valueRight / valued,
    emptyCasesWithClaims,
    outcomes,
  };
}

/** Minimal CSV reader for the résumé corpus: quoted fields with doubled quotes and newlines inside. */
export function parseCsv(content: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < content.length; index += 1) {
    const char = content[index];
    if (quoted) {
      if (char === '"' && content[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (char !== "\r") field += char;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CorpusFinding {
  id: string;
  category: string;
  claims: DetectedClaim[];
}

/** Runs the detector over a résumé CSV (ID, Category, Resume_str, …) and returns what it found, by résumé. */
export async function scanCorpus(csvPath: string, categories: string[] | null): Promise<{ documents: number; findings: CorpusFinding[] }> {
  const rows = parseCsv(await readFile(csvPath, "utf8"));
  const header = rows[0] ?? [];
  const idColumn = header.indexOf("ID");
  const categoryColumn = header.indexOf("Category");
  const textColumn = header.indexOf("Resume_str");
  const findings: CorpusFinding[] = [];
  let documents = 0;
  for (const row of rows.slice(1)) {
    const category = row[categoryColumn] ?? "";
    if (categories && !categories.includes(category)) continue;
    documents += 1;
    const claims = detectClaims({ text: row[textColumn] ?? "", pages: [], hiddenSpans: [] });
    if (claims.length > 0) findings.push({ id: row[idColumn] ?? "", category, claims });
  }
  return { documents, findings };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

async function main(args: string[]): Promise<void> {
  const corpusAt = args.indexOf("--corpus");
  if (corpusAt !== -1) {
    const csvPath = args[corpusAt + 1] ?? "";
    const categoriesAt = args.indexOf("--categories");
    const categories = categoriesAt === -1 ? null : (args[categoriesAt + 1] ?? "").split(",");
    const limitAt = args.indexOf("--limit");
    const limit = limitAt === -1 ? Infinity : Number(args[limitAt + 1]);
    const { documents, findings } = await scanCorpus(csvPath, categories);
    const total = findings.reduce((sum, finding) => sum + finding.claims.length, 0);
    console.log(`${documents} résumés, ${findings.length} with claims, ${total} claims`);
    let shown = 0;
    for (const finding of findings) {
      for (const claim of finding.claims) {
        if (shown >= limit) break;
        shown += 1;
        console.log(`${finding.id}\t${finding.category}\t${claim.kind}\t${claim.platform ?? "-"}\t${claim.value ?? "-"}\t${claim.text.replace(/\s+/gu, " ")}`);
      }
    }
    return;
  }
  const casesPath = args.find((arg) => !arg.startsWith("--")) ?? DEFAULT_CASES;
  const result = await evaluateDetector(casesPath);
  console.log(`cases ${result.cases}, expected ${result.expected}, predicted ${result.predicted}, matched ${result.matched}`);
  console.log(`precision ${percent(result.precision)}  recall ${percent(result.recall)}  F1 ${percent(result.f1)}  value accuracy ${percent(result.valueAccuracy)}`);
  console.log(`cases expecting none that got claims: ${result.emptyCasesWithClaims.join(", ") || "none"}`);
  for (const outcome of result.outcomes) {
    for (const miss of outcome.misses) console.log(`miss        ${outcome.id}  ${miss.kind} ${miss.platform ?? "-"} ${miss.value ?? "-"}  "${miss.quote}"`);
    for (const alarm of outcome.falseAlarms) console.log(`false alarm ${outcome.id}  ${alarm.kind} ${alarm.platform ?? "-"} ${alarm.value ?? "-"}  "${alarm.text}"`);
    for (const flag of outcome.missingFlags) console.log(`flag        ${outcome.id}  missing ${flag}`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
