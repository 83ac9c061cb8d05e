// Lines of real résumés, labelled: the text comes from ../shared/corpus at run time and is never
// copied into the project; the project keeps only where each passage is (résumé id, first and
// last line), a digest of its text, and its labels as offsets into that text.
//
// Which passages: every line of a résumé in livecareer2484_pdftotext_dev.csv that holds a word
// of online influence next to a figure ("followers", "members", "views", a platform's name…), or
// one of the words that make a claim without a figure ("influencer", "thought leader", "Klout").
// Lines two or fewer apart join one passage, and a passage takes one line of context on each
// side, because pdftotext breaks a sentence wherever the column ends ("2.4MM Facebook" / "fans").
// Most passages make no claim at all ("a team of 24 members"): they measure false alarms.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { type EvalCase, parseCsv } from "../eval-detect.ts";

export const RESUME_LINES_SOURCE = "corpus/resume-text/livecareer2484_pdftotext_dev.csv";

const NEAR_A_FIGURE =
  /follower|\bfans?\b|subscriber|influencer|engagement|thought.leader|klout|kred|twitter|instagram|youtube|tiktok|linkedin|facebook|newsletter|impression|\bviews\b|\breach\b|\bmembers\b|\blikes\b|pinterest|blog|viewers|readers|audience|listeners|downloads|community/iu;
const CLAIM_WITHOUT_A_FIGURE = /influencer|thought.leader|klout|\bkred\b|top voice|most influential|guru|evangelist|follower|subscriber|\bfans\b/iu;

export interface Passage {
  id: string;
  resume: string;
  category: string;
  /** First and last line of the résumé's text, counted from 0 after splitting on line feeds. */
  from: number;
  to: number;
  text: string;
  digest: string;
}

export function digestOf(text: string): string {
  return createHash("sha256").update(text).digest("hex").slice(0, 12);
}

function isCandidate(line: string): boolean {
  return (NEAR_A_FIGURE.test(line) && /\d/u.test(line)) || CLAIM_WITHOUT_A_FIGURE.test(line);
}

/** Every passage of the corpus file, numbered r0001… in the file's order. */
export function buildPassages(csvPath: string): Passage[] {
  const rows = parseCsv(readFileSync(csvPath, "utf8"));
  const header = rows[0] ?? [];
  const idColumn = header.indexOf("ID");
  const categoryColumn = header.indexOf("Category");
  const textColumn = header.indexOf("Resume_str");
  const passages: Passage[] = [];
  for (const row of rows.slice(1)) {
    const lines = (row[textColumn] ?? "").split("\n");
    const hits = lines.flatMap((line, index) => (isCandidate(line) ? [index] : []));
    const groups: Array<[number, number]> = [];
    for (const hit of hits) {
      const last = groups.at(-1);
      if (last && hit - last[1] <= 2) last[1] = hit;
      else groups.push([hit, hit]);
    }
    for (const [first, last] of groups) {
      const from = Math.max(0, first - 1);
      const to = Math.min(lines.length - 1, last + 1);
      const text = lines.slice(from, to + 1).join("\n");
      passages.push({
        id: `r${String(passages.length + 1).padStart(4, "0")}`,
        resume: row[idColumn] ?? "",
        category: row[categoryColumn] ?? "",
        from,
        to,
        text,
        digest: digestOf(text),
      });
    }
  }
  return passages;
}

interface LabelledPassage {
  id: string;
  resume: string;
  from: number;
  to: number;
  digest: string;
  claims: Array<{ kind: EvalCase["claims"][number]["kind"]; platform: string | null; value: number | null; start: number; end: number }>;
}

/**
 * The labelled passages as eval cases, their text read from the corpus file. A passage whose
 * place or digest no longer matches the corpus is an error: the labels would measure other text.
 */
export function resumeLineCases(csvPath: string, labelsPath: string): EvalCase[] {
  const passages = new Map(buildPassages(csvPath).map((passage) => [passage.id, passage]));
  const labelled = readFileSync(labelsPath, "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as LabelledPassage);
  return labelled.map((label) => {
    const passage = passages.get(label.id);
    if (!passage || passage.resume !== label.resume || passage.from !== label.from || passage.to !== label.to || passage.digest !== label.digest) {
      throw new Error(`${label.id}: the corpus no longer holds the passage it was labelled on (résumé ${label.resume}, lines ${label.from}–${label.to})`);
    }
    return {
      id: label.id,
      text: passage.text,
      claims: label.claims.map(({ kind, platform, value, start, end }) => ({ kind, platform, value, quote: passage.text.slice(start, end) })),
    };
  });
}
