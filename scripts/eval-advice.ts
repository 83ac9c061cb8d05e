// Measures the advice against the labelled data: role relevance against eval/roles.tsv, and the
// acceptable actions and required flags in eval/cases.jsonl, running the real detector first.
// Usage: npx tsx scripts/eval-advice.ts [sharedDir] [--show-held-out]   (default ../shared from the repo root)
//        npx tsx scripts/eval-advice.ts --cases=eval/advice-probe/cases.jsonl   (a file of the same format)
// Figures for all cases, the tuning part and the held-out fifth (scripts/eval/split.ts); misses of the tuning part only.
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { advise } from "../src/core/advise/index.ts";
import { classifyRole } from "../src/core/advise/role.ts";
import type { DetectedClaim, Span } from "../src/core/types.ts";
import { type CasePart, inPart } from "./eval/split.ts";

interface EvalCase {
  id: string;
  role: string;
  type: "resume" | "proposal";
  text: string;
  actions?: Record<string, string[]>;
  flags?: Record<string, string[]>;
}

export interface Check {
  caseId: string;
  quote: string;
  expected: string[];
  got: string[] | null;
  pass: boolean;
}

export interface Result {
  roles: { total: number; correct: number; accuracy: number; misses: { title: string; expected: string; got: string }[] };
  actions: { total: number; correct: number; accuracy: number; checks: Check[] };
  flags: { total: number; correct: number; accuracy: number; checks: Check[] };
  detector: "loaded" | "missing";
}

type DetectClaims = (input: { text: string; pages: []; hiddenSpans: Span[] }) => DetectedClaim[];

async function loadDetector(): Promise<DetectClaims | null> {
  try {
    const module = (await import("../src/core/detect/index.ts")) as { detectClaims?: DetectClaims };
    return typeof module.detectClaims === "function" ? module.detectClaims : null;
  } catch {
    return null;
  }
}

function ratio(correct: number, total: number): number {
  return total === 0 ? 1 : correct / total;
}

function evaluateRoles(sharedDir: string): Result["roles"] {
  const lines = readFileSync(resolve(sharedDir, "eval/roles.tsv"), "utf8").split("\n").slice(1).filter((line) => line.trim().length > 0);
  const misses: Result["roles"]["misses"] = [];
  let correct = 0;
  for (const line of lines) {
    const [title = "", expected = ""] = line.split("\t");
    const got = classifyRole({ role: title }).relevance;
    if (expected.trim().split("|").includes(got)) correct += 1;
    else misses.push({ title, expected: expected.trim(), got });
  }
  return { total: lines.length, correct, accuracy: ratio(correct, lines.length), misses };
}

function findQuote(text: string, quote: string): Span | null {
  const start = text.indexOf(quote);
  return start === -1 ? null : { start, end: start + quote.length };
}

export async function evaluateAdvice(sharedDir: string, part: CasePart = "all"): Promise<Result> {
  return { roles: evaluateRoles(sharedDir), ...(await evaluateAdviceCases(resolve(sharedDir, "eval/cases.jsonl"), part)) };
}

/** The actions and flags of one file of labelled cases (the shared ones, or the project's own in eval/). */
export async function evaluateAdviceCases(casesPath: string, part: CasePart = "all"): Promise<Omit<Result, "roles">> {
  const detectClaims = await loadDetector();
  const cases = readFileSync(casesPath, "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as EvalCase)
    .filter((item) => inPart(item.id, part));
  const actionChecks: Check[] = [];
  const flagChecks: Check[] = [];

  for (const item of cases) {
    if (!item.actions && !item.flags) continue;
    const detected = detectClaims ? detectClaims({ text: item.text, pages: [], hiddenSpans: [] }) : [];
    const { claims } = advise({ text: item.text, claims: detected, role: classifyRole({ role: item.role }), documentType: item.type });
    const claimAt = (quote: string) => {
      const span = findQuote(item.text, quote);
      if (span === null) return undefined;
      return claims.find((claim) => claim.span.start < span.end && claim.span.end > span.start);
    };
    for (const [quote, expected] of Object.entries(item.actions ?? {})) {
      const claim = claimAt(quote);
      const got = claim ? [claim.advice.action] : null;
      actionChecks.push({ caseId: item.id, quote, expected, got, pass: claim !== undefined && expected.includes(claim.advice.action) });
    }
    for (const [quote, expected] of Object.entries(item.flags ?? {})) {
      const claim = claimAt(quote);
      const got = claim ? claim.flags : null;
      flagChecks.push({ caseId: item.id, quote, expected, got, pass: claim !== undefined && expected.every((flag) => claim.flags.includes(flag)) });
    }
  }

  const actionsCorrect = actionChecks.filter((check) => check.pass).length;
  const flagsCorrect = flagChecks.filter((check) => check.pass).length;
  return {
    actions: { total: actionChecks.length, correct: actionsCorrect, accuracy: ratio(actionsCorrect, actionChecks.length), checks: actionChecks },
    flags: { total: flagChecks.length, correct: flagsCorrect, accuracy: ratio(flagsCorrect, flagChecks.length), checks: flagChecks },
    detector: detectClaims ? "loaded" : "missing",
  };
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`;
}

async function printFigures(title: string, evaluate: (part: CasePart) => Promise<Omit<Result, "roles"> & { roles?: Result["roles"] }>, showHeldOut: boolean): Promise<void> {
  console.log(`\n${title}`);
  for (const part of ["all", "tuning", "held_out"] as const) {
    const result = await evaluate(part);
    const showMisses = part === "tuning" || (part === "held_out" && showHeldOut);
    console.log(`\n[${part}] detector: ${result.detector}`);
    if (part === "all" && result.roles) {
      console.log(`  role relevance: ${result.roles.correct}/${result.roles.total} = ${percent(result.roles.accuracy)}`);
      for (const miss of result.roles.misses) console.log(`    miss  ${miss.title}: expected ${miss.expected}, got ${miss.got}`);
    }
    console.log(`  actions: ${result.actions.correct}/${result.actions.total} = ${percent(result.actions.accuracy)}`);
    for (const check of showMisses ? result.actions.checks.filter((item) => !item.pass) : []) {
      console.log(`    miss  ${check.caseId} "${check.quote}": expected ${check.expected.join("|")}, got ${check.got?.join(",") ?? "no claim"}`);
    }
    console.log(`  flags: ${result.flags.correct}/${result.flags.total} = ${percent(result.flags.accuracy)}`);
    for (const check of showMisses ? result.flags.checks.filter((item) => !item.pass) : []) {
      console.log(`    miss  ${check.caseId} "${check.quote}": expected ${check.expected.join(",")}, got ${check.got?.join(",") ?? "no claim"}`);
    }
  }
}

async function main(args: string[]): Promise<void> {
  const repoRoot = resolve(fileURLToPath(new URL(".", import.meta.url)), "..");
  const showHeldOut = args.includes("--show-held-out");
  const casesFile = args.find((arg) => arg.startsWith("--cases="))?.slice("--cases=".length);
  if (casesFile) {
    await printFigures(`advice against ${casesFile}`, (part) => evaluateAdviceCases(resolve(casesFile), part), showHeldOut);
  } else {
    const sharedDir = resolve(repoRoot, args.find((arg) => !arg.startsWith("--")) ?? "../shared");
    if (!existsSync(resolve(sharedDir, "eval/cases.jsonl"))) {
      console.error(`No labelled data at ${resolve(sharedDir, "eval")}: it lives in ../shared/eval beside a checkout, or pass the folder holding eval/.`);
      process.exit(2);
    }
    await printFigures("advice against the labelled cases", (part) => evaluateAdvice(sharedDir, part), showHeldOut);
  }
  console.log(`\ntargets (issue 15): actions and flags >= 95% on all labelled cases`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main(process.argv.slice(2));
}
