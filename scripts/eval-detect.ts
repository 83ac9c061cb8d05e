// Scores the claim detector against labelled cases (../shared/eval/cases.jsonl by default).
// A prediction matches an expected claim when kind and platform are equal, the value is within 0.5%
// (or the expected value is null) and its span overlaps the quote; each prediction matches at most once.
//
//   npx tsx scripts/eval-detect.ts [cases.jsonl] [--show-held-out] [--corpus file.csv] [--categories A,B] [--limit N]
//   npx tsx scripts/eval-detect.ts --resume-lines   (eval/resume-lines: passages of real résumés, read from ../shared/corpus)
//
// Figures are printed for all cases, the tuning part and the held-out fifth (scripts/eval/split.ts);
// the misses and false alarms of the tuning part only.

import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { detectClaims } from "../src/core/detect/index.ts";
import { normalizeText } from "../src/core/extract/normalize.ts";
import { detectLanguage } from "../src/core/text-stats.ts";
import type { ClaimKind, DetectedClaim } from "../src/core/types.ts";
import { RESUME_LINES_SOURCE, resumeLineCases } from "./eval/resume-lines.ts";
import { type CasePart, inPart } from "./eval/split.ts";

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

export interface Result extends Tally {
  part: CasePart;
  cases: number;
  /** Cases that expect no claim at all. */
  negatives: number;
  /** Of matched claims with an expected value, the share whose value is within 0.5%. */
  valueAccuracy: number;
  /** Cases that expect no claim but got some. */
  emptyCasesWithClaims: string[];
  byKind: Record<string, Tally>;
  /** By the language the engine detects for the case's text. */
  byLanguage: Record<string, Tally>;
  outcomes: CaseOutcome[];
}

const REPO_ROOT = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
export const DEFAULT_CASES = resolve(REPO_ROOT, "../shared/eval/cases.jsonl");
export const RESUME_LINES_CSV = resolve(REPO_ROOT, "../shared", RESUME_LINES_SOURCE);
export const RESUME_LINES_LABELS = resolve(REPO_ROOT, "eval/resume-lines/labels.jsonl");

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
  const matchedKinds: ClaimKind[] = [];
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
    matchedKinds.push(expected.kind);
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
  return { matched, matchedKinds, valued, valueRight, misses, falseAlarms, missingFlags };
}

/** Precision, recall and F1 over one group of cases (a part, a kind, a language). */
export interface Tally {
  expected: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

function tally(expected: number, predicted: number, matched: number): Tally {
  const precision = predicted === 0 ? 1 : matched / predicted;
  const recall = expected === 0 ? 1 : matched / expected;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { expected, predicted, matched, precision, recall, f1 };
}

export function readCases(casesPath: string = DEFAULT_CASES): Promise<EvalCase[]> {
  return readFile(casesPath, "utf8").then((content) =>
    content
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as EvalCase),
  );
}

/**
 * The case as the product reads it: every format's text goes through normalizeText before the
 * detector sees it (a word broken across lines is joined, "Â " becomes a space), so the eval does
 * the same, and reads each quote the same way where the normalised quote is still in the text.
 */
export function asTheProductReadsIt(evalCase: EvalCase): EvalCase {
  const text = normalizeText(evalCase.text).text;
  const claims = evalCase.claims.map((claim) => {
    const quote = normalizeText(claim.quote).text;
    return quote !== "" && text.includes(quote) ? { ...claim, quote } : claim;
  });
  return { ...evalCase, text, claims };
}

export async function evaluateDetector(casesPath: string = DEFAULT_CASES, part: CasePart = "all"): Promise<Result> {
  return evaluateCases(await readCases(casesPath), part);
}

export function evaluateCases(allCases: readonly EvalCase[], part: CasePart = "all"): Result {
  const cases = allCases.filter((evalCase) => inPart(evalCase.id, part)).map(asTheProductReadsIt);
  let expected = 0;
  let predicted = 0;
  let matched = 0;
  let valued = 0;
  let valueRight = 0;
  const outcomes: CaseOutcome[] = [];
  const emptyCasesWithClaims: string[] = [];
  const byKind = new Map<string, { expected: number; predicted: number; matched: number }>();
  const byLanguage = new Map<string, { expected: number; predicted: number; matched: number }>();
  const count = (groups: typeof byKind, key: string, field: "expected" | "predicted" | "matched", amount = 1) => {
    const group = groups.get(key) ?? { expected: 0, predicted: 0, matched: 0 };
    group[field] += amount;
    groups.set(key, group);
  };
  for (const evalCase of cases) {
    const claims = detectClaims({ text: evalCase.text, pages: [], hiddenSpans: [] });
    const score = scoreCase(evalCase, claims);
    const language = detectLanguage(evalCase.text) ?? "unknown";
    expected += evalCase.claims.length;
    predicted += claims.length;
    matched += score.matched;
    valued += score.valued;
    valueRight += score.valueRight;
    for (const claim of evalCase.claims) count(byKind, claim.kind, "expected");
    for (const claim of claims) count(byKind, claim.kind, "predicted");
    for (const kind of score.matchedKinds) count(byKind, kind, "matched");
    count(byLanguage, language, "expected", evalCase.claims.length);
    count(byLanguage, language, "predicted", claims.length);
    count(byLanguage, language, "matched", score.matched);
    if (evalCase.claims.length === 0 && claims.length > 0) emptyCasesWithClaims.push(evalCase.id);
    outcomes.push({ id: evalCase.id, misses: score.misses, falseAlarms: score.falseAlarms, missingFlags: score.missingFlags });
  }
  const groupTallies = (groups: typeof byKind) =>
    Object.fromEntries([...groups].sort(([a], [b]) => a.localeCompare(b)).map(([key, group]) => [key, tally(group.expected, group.predicted, group.matched)]));
  return {
    part,
    cases: cases.length,
    negatives: cases.filter((evalCase) => evalCase.claims.length === 0).length,
    ...tally(expected, predicted, matched),
    valueAccuracy: valued === 0 ? 1 : valueRight / valued,
    emptyCasesWithClaims,
    byKind: groupTallies(byKind),
    byLanguage: groupTallies(byLanguage),
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
  const resumeLines = args.includes("--resume-lines");
  const casesPath = resumeLines ? RESUME_LINES_CSV : (args.find((arg) => !arg.startsWith("--")) ?? DEFAULT_CASES);
  if (!existsSync(casesPath)) {
    console.error(`No labelled cases at ${casesPath}: they live in ../shared beside a checkout, or pass a path.`);
    process.exit(2);
  }
  const cases = resumeLines ? resumeLineCases(RESUME_LINES_CSV, RESUME_LINES_LABELS) : await readCases(casesPath);
  const showHeldOut = args.includes("--show-held-out");
  console.log(resumeLines ? "detector against labelled passages of real résumés (eval/resume-lines)" : "detector against the labelled cases");
  for (const part of ["all", "tuning", "held_out"] as const) {
    const result = evaluateCases(cases, part);
    console.log(`\n[${part}] cases ${result.cases} (${result.negatives} negatives), expected ${result.expected}, predicted ${result.predicted}, matched ${result.matched}`);
    console.log(`  ${line("overall", result)}  value accuracy ${percent(result.valueAccuracy)}`);
    console.log(`  negatives with a claim: ${result.emptyCasesWithClaims.length}${part === "held_out" && !showHeldOut ? "" : ` ${result.emptyCasesWithClaims.join(", ")}`}`);
    for (const [kind, kindTally] of Object.entries(result.byKind)) console.log(`  ${line(`kind ${kind}`, kindTally)}`);
    for (const [language, languageTally] of Object.entries(result.byLanguage)) if (languageTally.expected + languageTally.predicted > 0) console.log(`  ${line(`lang ${language}`, languageTally)}`);
    if (part === "all" || (part === "held_out" && !showHeldOut)) continue;
    for (const outcome of result.outcomes) {
      for (const miss of outcome.misses) console.log(`  miss        ${outcome.id}  ${miss.kind} ${miss.platform ?? "-"} ${miss.value ?? "-"}  "${miss.quote}"`);
      for (const alarm of outcome.falseAlarms) console.log(`  false alarm ${outcome.id}  ${alarm.kind} ${alarm.platform ?? "-"} ${alarm.value ?? "-"}  "${alarm.text}"`);
      for (const flag of outcome.missingFlags) console.log(`  flag        ${outcome.id}  missing ${flag}`);
    }
  }
  console.log(`\ntargets (issue 14): F1 >= 97% on all cases and on the held-out part, no claim on any negative`);
}

function line(label: string, result: Tally): string {
  return `${label.padEnd(24)} P ${percent(result.precision).padStart(6)}  R ${percent(result.recall).padStart(6)}  F1 ${percent(result.f1).padStart(6)}  (${result.matched}/${result.expected} found, ${result.predicted} predicted)`;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
