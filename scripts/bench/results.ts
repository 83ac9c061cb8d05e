// What each section reports: named figures, and the targets they are held against.
export type Verdict = "met" | "missed" | "info" | "skipped" | "failed";

export interface Row {
  section: string;
  measure: string;
  value: string;
  target: string;
  verdict: Verdict;
}

export interface SectionResult {
  section: string;
  rows: Row[];
  notes: string[];
  /** Raw numbers for bench-results/*.json. */
  data: Record<string, unknown>;
}

export class SectionReport implements SectionResult {
  rows: Row[] = [];
  notes: string[] = [];
  data: Record<string, unknown> = {};
  constructor(readonly section: string) {}

  row(measure: string, value: string, target = "", verdict: Verdict = "info"): void {
    this.rows.push({ section: this.section, measure, value, target, verdict });
    const mark = verdict === "info" ? "" : `  [${verdict}${target ? `: ${target}` : ""}]`;
    console.log(`  ${measure}: ${value}${mark}`);
  }

  check(measure: string, value: string, target: string, ok: boolean): void {
    this.row(measure, value, target, ok ? "met" : "missed");
  }

  note(text: string): void {
    this.notes.push(text);
    console.log(`  note: ${text}`);
  }

  skip(reason: string): void {
    this.row("(section)", "skipped", "", "skipped");
    this.note(reason);
  }
}

export function renderTable(rows: readonly Row[]): string {
  const header = ["section", "measure", "value", "target", "verdict"];
  const cells = rows.map((r) => [r.section, r.measure, r.value, r.target, r.verdict]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => v.padEnd(widths[i]!)).join(" | ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("-|-"), ...cells.map(line)].join("\n");
}

export function renderMarkdown(rows: readonly Row[]): string {
  const out = ["| section | measure | value | target | verdict |", "| --- | --- | --- | --- | --- |"];
  for (const r of rows) out.push(`| ${r.section} | ${r.measure} | ${r.value} | ${r.target} | ${r.verdict} |`);
  return out.join("\n");
}
