// Documents the benchmarks generate for themselves: a résumé and a proposal built from the
// sentences below (written for these benchmarks), at any size, as text, PDF or DOCX. The
// PDF and DOCX writers are the fixtures' own.
import { buildDocx, buildPdf, docxBlocksFromText } from "../make-fixtures.ts";

// A tiny deterministic generator (mulberry32), so every run measures the same documents.
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = ["Avery Quinlan", "Morgan Ashdown", "Riley Castellan", "Jordan Pembrook"];
const COMPANIES = ["Northwind Labs", "Bluepeak Media", "Harbor & Finch", "Copperline Health", "Orbital Foods"];
const TITLES = ["Social Media Manager", "Content Strategist", "Community Lead", "Developer Advocate", "Brand Manager"];

type Filler = (r: () => number) => string;
const n = (r: () => number, lo: number, hi: number) => Math.floor(lo + r() * (hi - lo));
const k = (r: () => number) => `${n(r, 2, 95)}K`;
const year = (r: () => number) => String(n(r, 2012, 2025));

const CLAIMS: Filler[] = [
  (r) => `Grew the company Instagram account from ${k(r)} to ${n(r, 100, 900)}K followers in ${n(r, 6, 24)} months.`,
  (r) => `Klout score of ${n(r, 60, 90)} (${n(r, 2011, 2017)}), consistently in the top 5% of marketing voices.`,
  (r) => `Personal Twitter following of ${n(r, 10, 60)},000 engaged readers; @avery_writes.`,
  (r) => `Hosted a weekly podcast with about ${n(r, 3, 40)},000 downloads per episode.`,
  (r) => `LinkedIn Social Selling Index of ${n(r, 70, 95)}, with ${n(r, 5, 30)},000+ connections.`,
  (r) => `Built a Discord community of ${n(r, 2, 20)},000 members for the product launch.`,
  (r) => `YouTube tutorials passed ${n(r, 1, 9)}.${n(r, 1, 9)} million views with an average engagement rate of ${n(r, 2, 9)}.${n(r, 0, 9)}%.`,
  (r) => `Newsletter on Substack grew to ${n(r, 4, 50)},000 subscribers with a ${n(r, 30, 60)}% open rate.`,
  (r) => `Top 1% answerer on Stack Overflow with ${n(r, 20, 120)},000 reputation.`,
  (r) => `Ran TikTok campaigns reaching ${n(r, 2, 12)} million impressions in Q${n(r, 1, 5)} ${year(r)}.`,
  (r) => `Recognised as a top ${n(r, 10, 100)} influencer in B2B marketing by an industry blog in ${year(r)}.`,
];

const PLAIN: Filler[] = [
  () => "Led a cross-functional team of designers, writers and analysts across three time zones.",
  () => "Planned the editorial calendar and approved every post before publication.",
  (r) => `Cut the monthly reporting cycle from ${n(r, 5, 12)} days to ${n(r, 1, 4)} by automating the exports.`,
  (r) => `Managed a quarterly budget of $${n(r, 50, 900)},000 with a GPA-style scorecard for agencies.`,
  () => "Wrote style guides, trained new hires and ran the weekly retrospective.",
  () => "Worked with legal to make every campaign meet the advertising standards.",
  (r) => `Raised qualified leads by ${n(r, 10, 60)}% year over year through search and email.`,
  () => "Presented results to the executive team each quarter, with the numbers behind them.",
  () => "Built dashboards in Looker and trained the sales team to read them.",
];

const PROPOSAL: Filler[] = [
  (r) => `Our agency's campaigns have reached ${n(r, 2, 40)} million people across Instagram, TikTok and YouTube.`,
  (r) => `The founder's channel counts ${n(r, 100, 900)}K subscribers and an engagement rate of ${n(r, 2, 9)}.${n(r, 0, 9)}%.`,
  (r) => `Phase ${n(r, 1, 6)} delivers the content plan, the creator shortlist and the measurement framework.`,
  () => "Deliverables are reviewed with the client every two weeks and signed off in writing.",
  (r) => `The budget for this phase is $${n(r, 20, 400)},000, invoiced monthly against milestones.`,
  (r) => `Our newsletter reaches ${n(r, 10, 90)},000 readers in the sector every week.`,
  () => "Risks are tracked in a shared register with an owner and a mitigation for each.",
  (r) => `In ${year(r)} our team was ranked among the top 50 social agencies by an industry survey.`,
];

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)]!;
}

/** A résumé of exactly `chars` characters: headings, jobs, and bullets mixing claims and plain lines. */
export function resumeText(chars: number, seed = 1): string {
  const r = random(seed);
  const lines: string[] = [pick(r, NAMES), `${pick(r, TITLES)} | avery@example.com | +1 555 0100`, "", "Summary"];
  lines.push(`${pick(r, TITLES)} with ${n(r, 5, 15)} years of experience. ${pick(r, CLAIMS)(r)}`, "", "Experience");
  let length = lines.join("\n").length;
  let job = 0;
  while (length < chars) {
    const block: string[] = [];
    if (job % 6 === 5) block.push("", job % 12 === 5 ? "Publications and Speaking" : "Skills");
    const from = n(r, 2010, 2022);
    block.push("", `${pick(r, TITLES)}, ${pick(r, COMPANIES)} (${from} - ${from + n(r, 1, 4)})`);
    for (let i = 0; i < 5; i++) block.push(`- ${(i % 2 === 0 ? pick(r, CLAIMS) : pick(r, PLAIN))(r)}`);
    const text = "\n" + block.join("\n");
    lines.push(...block);
    length += text.length;
    job++;
  }
  return fitTo(lines.join("\n"), chars);
}

/** A proposal's text, as one list of lines. */
export function proposalLines(lineCount: number, seed = 2): string[] {
  const r = random(seed);
  const lines = ["Proposal: Creator Programme for Orbital Foods", "", "Executive Summary"];
  let section = 0;
  while (lines.length < lineCount) {
    if (lines.length % 40 === 0) lines.push("", `Section ${++section}: ${pick(r, ["Approach", "Team", "Track Record", "Budget", "Timeline"])}`);
    lines.push(pick(r, r() < 0.4 ? PROPOSAL : PLAIN)(r));
  }
  return lines.slice(0, lineCount);
}

// Cuts at the last line break before `chars`, then pads the last line with plain words to the exact length.
function fitTo(text: string, chars: number): string {
  let cut = text.slice(0, chars);
  const lastBreak = cut.lastIndexOf("\n");
  if (lastBreak > chars - 200) cut = cut.slice(0, lastBreak + 1);
  const filler = "Further details on request. ";
  while (cut.length < chars) cut += filler.slice(0, chars - cut.length);
  return cut;
}

/** Wraps prose to lines of at most `width` characters, keeping words whole. */
export function wrap(text: string, width = 95): string[] {
  const out: string[] = [];
  for (const paragraph of text.split("\n")) {
    if (paragraph.length <= width) {
      out.push(paragraph);
      continue;
    }
    let line = "";
    for (const word of paragraph.split(" ")) {
      if (line.length + word.length + 1 > width && line !== "") {
        out.push(line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    if (line !== "") out.push(line);
  }
  return out;
}

/** Lines that fit one page at the fixtures' writer's 14-point leading. */
export const LINES_PER_PAGE = 50;

/** A résumé PDF of exactly `pages` full pages. */
export function resumePdf(pages: number, seed = 1): Uint8Array {
  const lines = wrap(resumeText(pages * LINES_PER_PAGE * 80, seed));
  return buildPdf(paginate(lines.slice(0, pages * LINES_PER_PAGE), pages));
}

/** A proposal PDF of exactly `pages` full pages. */
export function proposalPdf(pages: number, seed = 2): Uint8Array {
  const lines = proposalLines(pages * LINES_PER_PAGE * 2, seed).flatMap((line) => wrap(line));
  return buildPdf(paginate(lines.slice(0, pages * LINES_PER_PAGE), pages));
}

/** A résumé DOCX with the same text as `resumePdf(pages)`. */
export function resumeDocx(pages: number, seed = 1): Uint8Array {
  const lines = wrap(resumeText(pages * LINES_PER_PAGE * 80, seed));
  return buildDocx(docxBlocksFromText(paginate(lines.slice(0, pages * LINES_PER_PAGE), pages)));
}

function paginate(lines: string[], pages: number): string[] {
  const out: string[] = [];
  for (let p = 0; p < pages; p++) out.push(lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE).join("\n"));
  return out;
}
