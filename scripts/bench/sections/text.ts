// Pasted text: full analyses per second of a 5,000-character résumé on one thread, and the
// detector alone on that résumé and on 1 MB of text.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../../eval-detect.ts";
import type { BenchContext } from "../context.ts";
import { resumeText } from "../documents.ts";
import { SectionReport } from "../results.ts";
import { formatMs, median, now } from "../stats.ts";

export const RESUME_CHARS = 5_000;
const REAL_MIN_CHARS = 4_500;
const REAL_MAX_CHARS = 5_500;
const REAL_RESUME_CSV = "resume-text/livecareer2484_pdftotext_dev.csv";

/**
 * Real résumés near the generated one's length. The generated résumé is built to be dense with
 * claims (one in two lines), which real ones are not; both are measured.
 */
function realResumes(ctx: BenchContext): string[] {
  const file = join(ctx.corpus, REAL_RESUME_CSV);
  if (!existsSync(file)) return [];
  const rows = parseCsv(readFileSync(file, "utf8"));
  const column = rows[0]?.indexOf("Resume_str") ?? -1;
  if (column < 0) return [];
  return rows
    .slice(1)
    .map((row) => row[column] ?? "")
    .filter((text) => text.length >= REAL_MIN_CHARS && text.length <= REAL_MAX_CHARS)
    .slice(0, 200);
}
export const LARGE_CHARS = 1_000_000;

export async function textSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("text");
  const { analyzeExtracted } = await import("../../../src/core/analyze.ts");
  const { extractFromText } = await import("../../../src/core/extract/index.ts");
  const { detectClaims } = await import("../../../src/core/detect/index.ts");

  const resume = resumeText(RESUME_CHARS);
  const analyse = () => analyzeExtracted(extractFromText(resume), { id: "bench", role: "Marketing Manager" });
  const claims = analyse().claims.length;
  report.row("résumé", `${resume.length} characters, ${claims} claims found`);

  // Warm-up long enough for the JIT to settle, then a fixed window.
  const windowMs = ctx.quick ? 1_000 : 3_000;
  for (const end = now() + windowMs / 2; now() < end; ) analyse();
  let count = 0;
  const start = now();
  const stop = start + windowMs;
  while (now() < stop && count < 1_000_000) {
    analyse();
    count++;
  }
  const perSecond = (count * 1000) / (now() - start);
  report.check("analyses/s, 5,000-char résumé (extractFromText + analyzeExtracted)", perSecond.toFixed(0), "≥ 2,000/s", perSecond >= 2000);

  const real = realResumes(ctx);
  if (real.length === 0) {
    report.note("no real résumés: ../shared/corpus/resume-text is absent");
  } else {
    const analyseReal = (text: string) => analyzeExtracted(extractFromText(text), { id: "bench", role: "Marketing Manager" });
    let realClaims = 0;
    for (const text of real) realClaims += analyseReal(text).claims.length;
    for (const end = now() + windowMs / 2; now() < end; ) for (const text of real) analyseReal(text);
    let realCount = 0;
    const realStart = now();
    while (now() < realStart + windowMs) {
      analyseReal(real[realCount % real.length] as string);
      realCount++;
    }
    const realPerSecond = (realCount * 1000) / (now() - realStart);
    report.row("real résumés", `${real.length} from the livecareer corpus, ${REAL_MIN_CHARS.toLocaleString("en")}–${REAL_MAX_CHARS.toLocaleString("en")} characters, ${realClaims} claims in all`);
    report.check("analyses/s, real résumés (same pipeline, taken in turn)", realPerSecond.toFixed(0), "≥ 2,000/s", realPerSecond >= 2000);
    report.data = { realResumes: real.length, realClaims, realAnalysesPerSecond: realPerSecond };
  }

  const extracted = extractFromText(resume);
  const input = { text: extracted.text, pages: extracted.pages, hiddenSpans: extracted.hiddenSpans };
  const small: number[] = [];
  const smallRuns = ctx.quick ? 500 : 3_000;
  for (let i = 0; i < 200; i++) detectClaims(input);
  for (let i = 0; i < smallRuns; i++) {
    const t = now();
    detectClaims(input);
    small.push(now() - t);
  }
  const smallMedian = median(small);
  report.check("detectClaims median, 5,000-char résumé", formatMs(smallMedian), "< 1 ms", smallMedian < 1);

  const large = extractFromText(resumeText(LARGE_CHARS, 7));
  const largeInput = { text: large.text, pages: large.pages, hiddenSpans: large.hiddenSpans };
  const largeRuns = ctx.quick ? 3 : 7;
  const largeTimes: number[] = [];
  let largeClaims = detectClaims(largeInput).length;
  for (let i = 0; i < largeRuns; i++) {
    const t = now();
    largeClaims = detectClaims(largeInput).length;
    largeTimes.push(now() - t);
  }
  const largeMedian = median(largeTimes);
  report.check(
    `detectClaims median, 1 MB text (${large.text.length} chars, ${largeClaims} claims)`,
    formatMs(largeMedian),
    "< 200 ms",
    largeMedian < 200,
  );
  report.data = { ...report.data, resumeChars: resume.length, claims, analysesPerSecond: perSecond, analyses: count, detectSmallMedianMs: smallMedian, detectLargeMs: largeTimes, largeChars: large.text.length, largeClaims };
  return report;
}
