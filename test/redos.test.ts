// Every regular expression of src/core, checked by recheck for catastrophic backtracking.
// recheck takes minutes over all of them, so its verdicts are kept in redos-verdicts.json
// (written by scripts/redos-verdicts.ts) and only a pattern that is new or changed is checked
// here; a verdict is keyed by the exact source and flags, so no edit reuses an old one.
//
// A pattern recheck finds vulnerable is accepted only where what it reads is bounded, and
// that is shown, not claimed: its attack string, pumped to 100,000 characters, goes through
// the whole text pipeline within a time a quadratic cost could not meet. Patterns of the
// Word readers read only XML the pre-pass has checked, where an attack string cannot stand;
// they are listed with that reason.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allPatterns, keyOf, type FoundPattern } from "../scripts/lib/regex-inventory.ts";
import { VERDICTS_FILE, verdictOf, type Verdict } from "../scripts/redos-verdicts.ts";

const cached = (JSON.parse(readFileSync(VERDICTS_FILE, "utf8")) as { verdicts: Record<string, Verdict> }).verdicts;

/** Patterns recheck cannot clear that read only input the code bounds first, and why that bound holds. */
const BOUNDED_BY_INPUT: Array<{ module: string; why: string }> = [
  {
    module: "extract/hidden-text.ts",
    why: "reads only Word XML that xml-budget.ts has checked: no '<' inside a tag, every comment and element closed, so each scan ends at its own tag or its own closing element",
  },
  {
    module: "extract/docx-runs.ts",
    why: "the same tag scan as hidden-text.ts, over the same parts, after xml-budget.ts has checked them",
  },
];

/** Patterns recheck could not decide in its time, with what keeps each linear. */
const UNDECIDED: Array<{ where: string; why: string }> = [
  { where: "document/entries.ts", why: "a capitalised place name of at most 30 characters before a comma: a bounded repetition, at most 30 steps from each start" },
];

// Gathered before anything else of src/core is imported here: patterns built when a module
// loads are recorded only if the module loads while the recorder is in place.
const patterns = await allPatterns();
const { analyzeExtracted } = await import("../src/core/analyze.ts");
const { extractFromText } = await import("../src/core/extract/index.ts");
const verdicts = new Map<string, { pattern: FoundPattern; verdict: Verdict }>();
for (const pattern of patterns) {
  verdicts.set(keyOf(pattern), { pattern, verdict: cached[keyOf(pattern)] ?? verdictOf(pattern.source, pattern.flags) });
}
const moduleOf = (pattern: FoundPattern) => pattern.where.replace(/:\d+$/, "");

function pumped(attack: NonNullable<Verdict["attack"]>, size: number): string {
  const unit = attack.pumps.reduce((sum, pump) => sum + pump.pump.length, 0) || 1;
  const times = Math.max(1, Math.floor(size / unit));
  return attack.pumps.map((pump) => pump.prefix + pump.pump.repeat(times)).join("") + attack.suffix;
}

describe("regular expressions in src/core", () => {
  it("are gathered, literals and built ones alike", () => {
    expect(patterns.length).toBeGreaterThan(300);
    expect(patterns.some((pattern) => pattern.where.startsWith("detect/"))).toBe(true);
    expect(patterns.some((pattern) => pattern.flags.includes("y"))).toBe(true);
  });

  it("are safe, or bounded where they run, or listed as undecided with a reason", () => {
    const unexplained: string[] = [];
    for (const { pattern, verdict } of verdicts.values()) {
      if (verdict.status === "safe") continue;
      if (BOUNDED_BY_INPUT.some((entry) => entry.module === moduleOf(pattern))) continue;
      if (verdict.status === "vulnerable" && verdict.attack) continue; // attacked through the pipeline below
      if (verdict.status === "unknown" && UNDECIDED.some((entry) => entry.where === moduleOf(pattern))) continue;
      unexplained.push(`${verdict.status} ${pattern.where} /${pattern.source.slice(0, 80)}/${pattern.flags}`);
    }
    expect(unexplained).toEqual([]);
  });

  it("list no module as undecided or bounded that has no such pattern", () => {
    for (const entry of UNDECIDED) {
      expect([...verdicts.values()].some(({ pattern, verdict }) => verdict.status === "unknown" && moduleOf(pattern) === entry.where), entry.where).toBe(true);
    }
    for (const entry of BOUNDED_BY_INPUT) {
      expect([...verdicts.values()].some(({ pattern, verdict }) => verdict.status !== "safe" && moduleOf(pattern) === entry.module), entry.module).toBe(true);
    }
  });

  it("of the Markdown, HTML, PDF, prompt and model-checking code are all safe", () => {
    const mine = [...verdicts.values()].filter(({ pattern }) => /^(extract\/(?!hidden-text|docx-runs)|llm\/|[^/]+$)/.test(pattern.where) && !pattern.where.startsWith("llm/injection"));
    expect(mine.length).toBeGreaterThan(60);
    expect(mine.filter(({ verdict }) => verdict.status !== "safe").map(({ pattern }) => pattern.where)).toEqual([]);
  });

  const attacked = [...verdicts.values()].filter(({ pattern, verdict }) => verdict.status === "vulnerable" && verdict.attack && !BOUNDED_BY_INPUT.some((entry) => entry.module === moduleOf(pattern)));
  it.each(attacked.map(({ pattern, verdict }) => [pattern.where, pattern.source.slice(0, 40), verdict.attack!] as const))(
    "%s /%s…/: its attack of 100,000 characters goes through the pipeline in linear time",
    (_where, _source, attack) => {
      const text = pumped(attack, 100_000);
      const started = performance.now();
      try {
        const extracted = extractFromText(text, { maxCharacters: 10_000_000 });
        analyzeExtracted(extracted, { id: "redos", role: "Recruiter", jobDescription: text.slice(0, 50_000), currentYear: 2026 });
      } catch (error) {
        // Text with no letters or digits is refused at once, which is linear too.
        expect((error as { code?: string }).code).toBe("no_text");
      }
      // Linear work on 100,000 characters takes tens of milliseconds; the quadratic cost these
      // patterns have alone would take minutes.
      expect(performance.now() - started).toBeLessThan(5_000);
    },
  );
});
