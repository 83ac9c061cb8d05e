// Self-labels: "thought leader", "guru", "ninja", "rockstar", "highly influential", and "influencer"
// where the writer calls themselves one. "Influencer marketing", "managed 40 influencers" and
// "Rockstar Games" are work or names, not labels.

import { clauseAt, type DetectContext } from "./context.ts";
import type { Finding } from "./finding.ts";
import { matchesAt, RunWords, type LetterRuns } from "./letter-runs.ts";

export const LABEL_SOURCE =
  "(?<![\\p{L}])(thought[- ]leaders?|gurus?|ninjas?|rock ?stars?|influencers?|(?:highly|very|extremely|hugely|widely) influential|key opinion leaders?|social media (?:star|celebrity|personality|sensation)|internet (?:celebrity|personality|sensation|famous))(?![\\p{L}])";

// Words after a label that make it part of a phrase about other people's work ("influencer
// marketing", "thought leader program"). On the next line, only a word that carries on a
// sentence the layout broke ("thought leader\nprogram"); a capitalised one starts a new item
// ("SEO Guru\nContent Strategist").
const NOT_A_LABEL_WORDS = String.raw`(?:marketing|media|programming|development|campaigns?|programs?|programmes?|relations|partnerships?|outreach|strategy|strategies|collaborations?|network|agency|agencies|management|content|platforms?|seeding|lists?|database|events?|engagement|briefs?|contracts?|payments?|roster|discovery|vetting|activations?|gifting|kits?|budgets?|spend|deals?|trips?|mailers|posts|program|Games|North|paper|papers|study|studies|article|articles|report|research|work|book|publication|award|awards|program|space|industry|economy|fraud|analytics|tool|tools|search|identification|selection|recruitment|sourcing|community managers?|team|teams|agreements?|fees?|rates?|payouts?|ROI)`;
const NOT_A_LABEL_AFTER = new RegExp(String.raw`^(?:[^\S\n]|[/-])*${NOT_A_LABEL_WORDS}(?![\p{L}])`, "iu");
const NOT_A_LABEL_ON_NEXT_LINE = new RegExp(String.raw`^[^\S\n]*\n\s*${NOT_A_LABEL_WORDS}(?![\p{L}])`, "iu");
// Without the "i" flag: under it, \p{Ll} matches capitals too.
const NEXT_LINE_CARRIES_ON = /^[^\S\n]*\n\s*\p{Ll}/u;

function phraseAboutOthersWork(after: string): boolean {
  return NOT_A_LABEL_AFTER.test(after) || (NEXT_LINE_CARRIES_ON.test(after) && NOT_A_LABEL_ON_NEXT_LINE.test(after));
}
// Word edges are written (?<!\w)…(?!\w), not \b…\b: the same where every word starts and ends with a
// letter or digit, and several times faster, because V8 runs \b slowly under the "iu" flags.
const NOT_A_LABEL_BEFORE =
  /(?<!\w)(?:with|managed|manage|managing|recruited|recruiting|hired|hiring|sourced|sourcing|engaged|engaging|research|researched|researching|scout|scouted|scouting|photograph|photographed|photographing|filmed|filming|interviewed|interviewing|booked|booking|invited|inviting|gifted|gifting|pitched|pitching|contacted|contacting|targeted|targeting|partnered|partnering|onboarded|vetted|briefed|contracted|paid|for|to|of|worked|working|coordinated|coordinating|identified|selected|negotiated|tracked|by|among|between|brand|brands|micro|macro|nano|mega|\d+|several|many|top|external|third-party|key)(?!\w)[^.;,]{0,24}$/iu;
const SELF_BEFORE =
  /(?:(?<!\w)(?:I am|I'm|I’m|am|are|we are|we're|we’re|is|as an?|known as|recogni[sz]ed as|named an?|became|become|being|self-proclaimed|proud|a|an)(?!\w)[^.;,\n]{0,28}$|^[\s\p{L}&/-]{0,30}$)/iu;
const LABEL_WITHOUT_CONTEXT = /^(?:thought[- ]leaders?|gurus?|ninjas?|rock ?stars?|(?:highly|very|extremely|hugely|widely) influential|key opinion leaders?|social media (?:star|celebrity|personality|sensation)|internet (?:celebrity|personality|sensation|famous))$/iu;
// A capitalised one-word label with a capitalised word after it is the start of a name: "Guru
// Nanak High School", "Guru Gobind Singh College", "Ninja Van".
const STARTS_A_NAME = /^(?:Gurus?|Ninjas?|GURU|NINJA)$/u;
const MODIFIER = /([\p{L}][\p{L}&+-]*)\s+$/u;
const NOT_A_MODIFIER = new Set([
  "a", "an", "the", "and", "or", "am", "is", "are", "was", "as", "of", "my", "our", "your", "this", "that", "i", "i'm", "we", "we're",
  "proven", "true", "real", "self-proclaimed", "recognized", "recognised", "known", "named", "become", "became", "being", "proud", "certified",
  "resident", "total", "complete", "absolute", "genuine", "trusted", "respected", "leading", "top", "to", "be", "with", "in", "for", "on",
]);

// The run of letters every label starts with (its first word, whole): a label is tried
// (anchored) only at these runs of the text. Every alternative of LABEL_SOURCE begins with one of
// them followed by a space, a hyphen or a character that is no letter; letter-runs.test.ts holds
// the list to the pattern. Ignoring case, the label pattern also reads "ſ" as "s" and the Kelvin
// sign as "k", so a text holding either is scanned with the label pattern itself.
const LABEL_FIRST_WORDS = new RunWords([
  "thought", "guru", "gurus", "ninja", "ninjas", "rock", "rockstar", "rockstars", "influencer", "influencers",
  "highly", "very", "extremely", "hugely", "widely", "key", "social", "internet",
]);
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/** Where a label may start (see LABEL_FIRST_WORDS); null when every position has to be tried. */
export function labelCandidateStarts(text: string, runs: LetterRuns): number[] | null {
  if (FOLDS_TO_ASCII.test(text)) return null;
  const starts: number[] = [];
  LABEL_FIRST_WORDS.forEachIn(text, runs, (start) => starts.push(start));
  return starts;
}

export function detectSelfLabels(context: DetectContext): Finding[] {
  const { text } = context;
  const findings: Finding[] = [];
  const pattern = new RegExp(LABEL_SOURCE, "iuy");
  matchesAt(text, pattern, labelCandidateStarts(text, context.letterRuns), (match) => {
    const label = match[1] ?? "";
    let start = match.index;
    const end = start + match[0].length;
    if (phraseAboutOthersWork(text.slice(end, end + 32))) return;
    if (STARTS_A_NAME.test(label) && /^ \p{Lu}/u.test(text.slice(end, end + 2))) return;
    const clause = clauseAt(context, start);
    const before = text.slice(Math.max(clause.start, start - 40), start);
    const isInfluencer = /^influencers?$/iu.test(label);
    // Like influencers, key opinion leaders are mostly people a job works with (medical and
    // pharmaceutical sales): either is a label only where the sentence says the writer is one.
    if (isInfluencer || /^key opinion leaders?$/iu.test(label)) {
      if (NOT_A_LABEL_BEFORE.test(before) || !SELF_BEFORE.test(before)) return;
    } else if (!LABEL_WITHOUT_CONTEXT.test(label)) {
      return;
    } else if (/(?<![\p{L}])(?:the|with|hired|recruited|managed)\s+$/iu.test(before)) {
      // "relationships with thought leaders": the word right before makes them other people.
      return;
    }
    const modifier = MODIFIER.exec(before);
    if (modifier && !NOT_A_MODIFIER.has((modifier[1] ?? "").toLowerCase()) && before.length - modifier[0].length >= 0) {
      start -= modifier[0].length;
    }
    findings.push({
      kind: "self_label",
      platform: null,
      metric: "self_label",
      value: null,
      unit: null,
      approximate: false,
      span: { start, end },
      confidence: isInfluencer ? 0.75 : 0.85,
    });
  });
  return findings;
}
