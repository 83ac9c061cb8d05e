// Each analysis stage is linear in the length of its input: the same kind of text doubled
// twice (four times as long) may cost about four times as much, not sixteen. Timed with the
// best of three runs at each size and judged by a generous ratio, 8: linear work gives about
// 4, quadratic about 16, so garbage collection and a loaded machine do not make it fail, and
// a quadratic stage cannot pass.
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { analyzeExtracted } from "../src/core/analyze.ts";
import { scanTextWords } from "../src/core/detect/letter-runs.ts";
import { detectClaims } from "../src/core/detect/index.ts";
import { extractFromText } from "../src/core/extract/index.ts";
import { htmlToText } from "../src/core/extract/html.ts";
import { normalizeText } from "../src/core/extract/normalize.ts";
import { classifyText, markdownToText } from "../src/core/extract/text.ts";
import { detectPromptInjection } from "../src/core/llm/index.ts";
import { textStatistics } from "../src/core/text-stats.ts";

const RESUME = readFileSync(new URL("../fixtures/texts/social-media-manager.txt", import.meta.url), "utf8");
const SIZE = 40_000;

/** `unit` repeated to about `size` characters. */
function fill(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.round(size / unit.length)));
}

const SHAPES: Record<string, string> = {
  "a résumé": RESUME + "\n",
  "claims on one line": "Klout 1. Grew our Instagram to 48K followers. ",
  "accounts grown from a figure before": "My Instagram (1,100 followers) and I grew it to 9,800 and ",
  "targets under a lead-in": "Proposed KPIs:\nInstagram: 11,300 to 25,000 followers\n",
  "one line of words": "word ",
  "digits and punctuation": "1,2.3% 4K+ ~5M (6) 7/8 ",
  "runs of whitespace": " \t \u00a0 ",
  "lines of one letter": "a\n",
  "Markdown markup": "**a __b [c](d) ~~e ![f](g) `h` | # ",
  "HTML markup": "<p><b>Klout 78</b> <a href=x>y</a></p>",
};

// A full collection before each timed run, so garbage left by the previous one is not
// collected on this one's clock.
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;

function bestOfThree(run: () => void): number {
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    collectGarbage();
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

function expectLinear(stage: (text: string) => void, unit: string): void {
  // Start at 40,000 characters and double until one run takes long enough for the clock to
  // say something (10 ms), up to 80,000 (past a few hundred thousand characters, V8's handling
  // of large strings adds steps of its own that are not the stage's): a quadratic stage gets there early.
  let small = fill(unit, SIZE);
  stage(small);
  let once = bestOfThree(() => stage(small));
  while (once < 10 && small.length < 80_000) {
    small += small;
    stage(small);
    once = bestOfThree(() => stage(small));
  }
  const large = small.repeat(4);
  // Warmed up on the large size too: the compiler's tiers otherwise make one size look slow.
  stage(large);
  // Other work on a shared machine can stretch one measurement; a quadratic stage is over
  // the ratio on every try, so the best of three tries is what is judged.
  let ratio = Infinity;
  let twice = 0;
  for (let attempt = 0; attempt < 3 && ratio >= 8; attempt++) {
    if (attempt > 0) once = bestOfThree(() => stage(small));
    twice = bestOfThree(() => stage(large));
    ratio = Math.min(ratio, twice / Math.max(once, 0.001));
  }
  // A stage that stays under a few milliseconds at that size is cheap enough.
  if (once < 3) {
    expect(twice, `${small.length * 4} characters`).toBeLessThan(200);
    return;
  }
  expect(ratio, `${once.toFixed(1)} ms for ${small.length} characters, then ${twice.toFixed(1)} ms`).toBeLessThan(8);
}

const extracted = (text: string) => extractFromText(text, { maxCharacters: 10_000_000 });

const STAGES: Record<string, (text: string) => void> = {
  "classifying the text": (text) => void classifyText(text),
  "Markdown to text": (text) => void markdownToText(text),
  "HTML to text": (text) => void htmlToText(text),
  normalising: (text) => void normalizeText(text),
  "scanning words": (text) => void scanTextWords(text),
  "detecting claims": (text) => {
    const document = extracted(text);
    const { letterRuns } = scanTextWords(document.text);
    detectClaims({ text: document.text, pages: document.pages, hiddenSpans: document.hiddenSpans, letterRuns }, { currentYear: 2026 });
  },
  "finding instructions to a screener": (text) => void detectPromptInjection(text),
  "counting words and the language": (text) => void textStatistics(text),
  "the whole analysis": (text) => void analyzeExtracted(extracted(text), { id: "linear", role: "Recruiter", jobDescription: text.slice(0, 20_000), currentYear: 2026 }),
};

describe("each analysis stage costs about four times as much for four times the text", () => {
  const cases = Object.entries(STAGES).flatMap(([stage, run]) => Object.entries(SHAPES).map(([shape, unit]) => [stage, shape, run, unit] as const));
  it.each(cases)("%s, on %s", (_stage, _shape, run, unit) => {
    try {
      expectLinear(run, unit);
    } catch (error) {
      // A text with no letters is refused before analysis, at once.
      if ((error as { code?: string }).code !== "no_text") throw error;
    }
  }, 60_000);
});
