// Times the claim detector: the median over many runs on a 5,000-character résumé, and one pass over
// 1 MB of text, plus how time grows from 1× to 10× the text. The résumé is built here from the
// project's own sentences, so the figures do not depend on any shared data.
//
//   npx tsx scripts/bench-detect.ts

import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { detectClaims } from "../src/core/detect/index.ts";

const SENTENCES = [
  "SOCIAL MEDIA",
  "Grew the brand's Instagram from 12K to 240K followers, driving a 22% rise in online orders.",
  "Klout score: 75. Kred: 812. LinkedIn SSI 78.",
  "Managed a $4.2M budget across 38 staff; reduced churn by 12% in 2023.",
  "Experience",
  "Built a Discord server of 22,000 members; moderated a subreddit with 480k subscribers.",
  "Processed 2,500 invoices per month for 600 suppliers using Excel and SAP.",
  "Her weekly newsletter has 52,000 subscribers with a 48% open rate.",
  "Implemented LinkedIn OAuth sign-in for 1M users with Twitter Bootstrap and Facebook React.",
  "Produced a documentary series with 14.5 million views on YouTube (2022).",
  "Named in Onalytica's Top 100 B2B Marketing Influencers 2022; I'm a proven thought leader.",
  "Led migrations of 300 tables with zero downtime; on-call for the billing service (99.95% SLO).",
  "Education",
  "BSc Computer Science, GPA 3.8, 2014. Contact: jane@example.com, +1 555 123 4567.",
];

export function makeResume(targetLength: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let index = 0; length < targetLength; index += 1) {
    const line = SENTENCES[index % SENTENCES.length] ?? "";
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n").slice(0, targetLength);
}

function timeOnce(text: string): number {
  const started = performance.now();
  detectClaims({ text, pages: [], hiddenSpans: [] });
  return performance.now() - started;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface BenchResult {
  resumeCharacters: number;
  resumeMedianMs: number;
  megabyteMs: number;
  /** Time on 10× the text divided by time on 1× (about 10 when detection is linear). */
  tenfoldRatio: number;
}

export function benchDetect(runs = 200): BenchResult {
  const resume = makeResume(5_000);
  for (let warm = 0; warm < 30; warm += 1) timeOnce(resume);
  const resumeMedianMs = median(Array.from({ length: runs }, () => timeOnce(resume)));
  const megabyte = makeResume(1_000_000);
  timeOnce(megabyte);
  const megabyteMs = median([timeOnce(megabyte), timeOnce(megabyte), timeOnce(megabyte)]);
  const small = makeResume(100_000);
  const large = makeResume(1_000_000);
  const smallMs = median(Array.from({ length: 5 }, () => timeOnce(small)));
  const largeMs = median(Array.from({ length: 3 }, () => timeOnce(large)));
  return { resumeCharacters: resume.length, resumeMedianMs, megabyteMs, tenfoldRatio: largeMs / smallMs };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = benchDetect();
  console.log(`résumé ${result.resumeCharacters} chars: median ${result.resumeMedianMs.toFixed(3)} ms`);
  console.log(`1 MB of text: ${result.megabyteMs.toFixed(1)} ms`);
  console.log(`100 KB → 1 MB time ratio: ${result.tenfoldRatio.toFixed(2)} (10 is linear)`);
}
