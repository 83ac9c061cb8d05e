// Self-labels: "thought leader", "guru", "ninja", "rockstar", "highly influential", and "influencer"
// where the writer calls themselves one. "Influencer marketing", "managed 40 influencers" and
// "Rockstar Games" are work or names, not labels.

import { clauseAt, type DetectContext } from "./context.ts";
import type { Finding } from "./finding.ts";
import { LABELS } from "./lexicon/labels.ts";
import { matchesAt, RunWords, type LetterRuns } from "./letter-runs.ts";

/** A label phrase as a pattern: a space matches spaces or a hyphen, a hyphen a hyphen, a space or nothing. */
function phrasePattern(phrase: string): string {
  return phrase
    .split(/([ -])/u)
    .map((part) => (part === " " ? "[\\s-]+" : part === "-" ? "[- ]?" : part.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")))
    .join("");
}

const LABEL_PHRASES = [...new Set(LABELS.flatMap((entry) => Object.values(entry.forms).flat()))].sort((a, b) => b.length - a.length);

export const LABEL_SOURCE = `(?<![\\p{L}])(${LABEL_PHRASES.map(phrasePattern).join("|")})(?![\\p{L}])`;

/** A label as written, folded so that its spellings meet: lower case, spaces and hyphens dropped. */
function labelKey(written: string): string {
  return written.toLowerCase().replace(/[\s-]+/gu, "");
}

const NEEDS_SELF = new Map<string, boolean>(LABELS.flatMap((entry) => Object.values(entry.forms).flat().map((phrase) => [labelKey(phrase), entry.needsSelf] as const)));

// Words after a label that make it part of a phrase about other people's work ("influencer
// marketing", "thought leader program"). On the next line, only a word that carries on a
// sentence the layout broke ("thought leader\nprogram"); a capitalised one starts a new item
// ("SEO Guru\nContent Strategist").
const NOT_A_LABEL_WORDS = String.raw`(?:marketing|media|programming|development|campaigns?|programs?|programmes?|relations|partnerships?|outreach|strategy|strategies|collaborations?|network|agency|agencies|management|content|platforms?|seeding|lists?|database|events?|engagement|briefs?|contracts?|payments?|roster|discovery|vetting|activations?|gifting|kits?|budgets?|spend|deals?|trips?|mailers|posts|program|Games|North|paper|papers|study|studies|article|articles|report|research|work|book|publication|award|awards|program|space|industry|economy|fraud|analytics|tool|tools|search|identification|selection|recruitment|sourcing|community managers?|team|teams|agreements?|fees?|rates?|payouts?|ROI|executives?|managers?|specialists?|coordinators?|directors?|officers?|associates?|assistants?|analysts?|producers?|interns?|leads?)`;
// "Influencer and creator partnerships": the label's word shares the noun after the pair.
const NOT_A_LABEL_AFTER = new RegExp(String.raw`^(?:[^\S\n]|[/-])*(?:(?:and|&|or)[^\S\n]+[\p{L}-]{2,20}[^\S\n]+)?${NOT_A_LABEL_WORDS}(?![\p{L}])`, "iu");
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
  /(?:(?<!\w)(?:I am|I'm|I’m|am|are|we are|we're|we’re|is|as an?|known as|recogni[sz]ed as|named an?|became|become|being|self-proclaimed|self-styled|self-described|self-declared|considered|regarded as|proud|considerad[oa]|considérée?|considerat[oa]|gilt als|beschouwd als|uważan[aey] za|a|an|je suis|soy|sou|ich bin|sono|ik ben|jestem|reconocid[oa] como|reconhecid[oa] como|reconnue? comme|anerkannt als|riconosciut[oa] come|conocid[oa] como|bekannt als|als|en tant que)(?!\w)[^.;,\n]{0,40}$|^[\s\p{L}&/+-]{0,30}$)/iu;
// An article right before the label and its modifiers: "a recruiting influencer" describes the
// writer, where "recruiting influencers" is work with others.
const ARTICLE_BEFORE = /(?<![\p{L}])(?:a|an|un|une|una|um|uma|ein|eine|een|uno)\s+(?:[\p{L}&+-]+\s+){0,2}$/iu;
// A capitalised one-word label with a capitalised word after it is the start of a name: "Guru
// Nanak High School", "Guru Gobind Singh College", "Ninja Van".
const STARTS_A_NAME = /^(?:Gurus?|Ninjas?|GURU|NINJA)$/u;
const NOT_A_MODIFIER = new Set([
  "a", "an", "the", "and", "or", "am", "is", "are", "was", "as", "of", "my", "our", "your", "this", "that", "i", "i'm", "we", "we're",
  "proven", "true", "real", "self-proclaimed", "self-styled", "self-described", "self-declared", "considered", "regarded", "recognized", "recognised", "known", "named", "become", "became", "being", "proud", "certified",
  "resident", "total", "complete", "absolute", "genuine", "trusted", "respected", "leading", "top", "to", "be", "with", "in", "for", "on",
  // The same words in the other languages the labels are read in.
  "un", "une", "una", "uno", "um", "uma", "ein", "eine", "een", "le", "la", "el", "de", "der", "die", "das", "y", "et", "und", "e", "en",
  "es", "est", "ist", "é", "è", "je", "suis", "soy", "sou", "sono", "ich", "bin", "ik", "ben", "jestem", "como", "comme", "come", "als",
  "reconocido", "reconocida", "reconhecido", "reconhecida", "reconnu", "reconnue", "anerkannt", "riconosciuto", "riconosciuta", "conocido", "conocida", "bekannt",
]);

// The run of letters every label starts with (the ASCII letters its first word begins with,
// lower-cased): a label is tried (anchored) only at these runs of the text. letter-runs.test.ts
// holds the list to the pattern. Ignoring case, the label pattern also reads "ſ" as "s" and the
// Kelvin sign as "k", so a text holding either is scanned with the label pattern itself.
const LABEL_FIRST_WORDS = new RunWords(LABEL_PHRASES.map((phrase) => /^[a-z]+/u.exec(phrase.toLowerCase())?.[0] ?? "").filter((word) => word !== ""));
const FOLDS_TO_ASCII = /[\u017f\u212a]/u;

/** Where a label may start (see LABEL_FIRST_WORDS); null when every position has to be tried. */
export function labelCandidateStarts(text: string, runs: LetterRuns): number[] | null {
  if (FOLDS_TO_ASCII.test(text)) return null;
  const starts: number[] = [];
  LABEL_FIRST_WORDS.forEachIn(text, runs, (start) => starts.push(start));
  return starts;
}

const RECOGNISED_BEFORE = /(?<![\p{L}])(?:considered|regarded as|recogni[sz]ed as|named|voted|considerad[oa]|reconocid[oa] como|nombrad[oa]|considérée?|reconnue? comme|nommée?|gilt als|anerkannt als|ernannt zur?|considerat[oa]|riconosciut[oa] come|nominat[oa]|beschouwd als|uważan[aey] za)(?![\p{L}])[^.;\n]{0,40}$/iu;
const RECOGNISED_BY_AFTER = /^[^.;\n]{0,70}?(?<![\p{L}])(?:by|por|par|von|vom|da|door|przez)[^\S\n]+(?:the[^\S\n]+|la[^\S\n]+|el[^\S\n]+|le[^\S\n]+|die[^\S\n]+|der[^\S\n]+|il[^\S\n]+|de[^\S\n]+)?(?:revista|magazine|magazin|journal|rivista|tijdschrift|\p{Lu})/u;

const PLURAL_LABEL = /(?:s|innen|es|as)$/iu;

// A list of personal strengths ("Influencer, Organizer, Team Builder"): there, "influencer" is
// someone who persuades the people around them, a trait like the others, not an audience. Read so
// only for a bare label, where another item of the same line names a strength of that kind, with
// at most one word before it ("Strong Communicator"); "Lifestyle influencer, natural leader" keeps
// its label.
const STRENGTH_ITEM =
  /^(?:[\p{L}-]+\s+)?(?:organi[sz]er|team[\s-]?builder|team[\s-]?player|motivator|negotiator|communicator|problem[\s-]?solver|relationship[\s-]?builder|self[\s-]?starter|collaborator|facilitator|decision[\s-]?maker|persuader|listener|closer|multi[\s-]?tasker|planner|leader|mentor)$/iu;
const LIST_SEPARATOR = /[,;|•·]/u;

function amongStrengths(text: string, start: number, end: number): boolean {
  // The line, read no further than a list's few items each side, so that a long line costs no more per label.
  const from = Math.max(0, start - 160);
  const window = text.slice(from, Math.min(text.length, end + 160));
  const lineStart = window.lastIndexOf("\n", start - from - 1) + 1;
  const lineEnd = window.indexOf("\n", end - from);
  const items = window.slice(lineStart, lineEnd === -1 ? window.length : lineEnd).split(LIST_SEPARATOR);
  return items.length > 1 && items.some((item) => STRENGTH_ITEM.test(item.trim()));
}

/**
 * Up to two words right before a label that qualify it ("Social media guru", "food
 * micro-influencer"). After an article a word of working with others qualifies it too ("a
 * recruiting influencer"); without one, it ends the phrase ("recruiting influencers").
 */
function modifierLength(before: string): number {
  const afterArticle = ARTICLE_BEFORE.test(before);
  // Whole words only, digits and all: "B2B content thought leader", never "B content".
  const words = /((?:(?<![\p{L}\p{N}])[\p{L}\p{N}][\p{L}\p{N}&+-]*[^\S\n]+){1,2})$/u.exec(before)?.[1] ?? "";
  let length = 0;
  const parts = words.split(/(?<=\s)(?=\S)/u);
  for (let index = parts.length - 1; index >= 0; index -= 1) {
    const part = parts[index] as string;
    const word = part.trim().toLowerCase();
    if (NOT_A_MODIFIER.has(word) || (!afterArticle && NOT_A_LABEL_BEFORE.test(`${word} `))) break;
    length += part.length;
  }
  return length;
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
    const before = text.slice(Math.max(clause.start, start - 56), start);
    const needsSelf = NEEDS_SELF.get(labelKey(label)) ?? false;
    if (needsSelf) {
      // Like influencers, key opinion leaders are mostly people a job works with (medical and
      // pharmaceutical sales): either is a label only where the sentence says the writer is one.
      if (!SELF_BEFORE.test(before)) return;
      const article = ARTICLE_BEFORE.exec(before);
      // A verb of working with others counts before the article, not between it and the label.
      const governed = article ? before.slice(0, article.index) : before;
      if (article === null ? NOT_A_LABEL_BEFORE.test(governed) : /(?<!\w)(?:with|managed|manage|recruited|hired|sourced|engaged|booked|invited|gifted|pitched|contacted|targeted|partnered|onboarded|vetted|briefed|contracted|paid|for|to|of|by|among|between)\s*$/iu.test(governed)) return;
      if (PLURAL_LABEL.test(label) && !/(?<!\w)(?:we are|we're|we’re|nous sommes|somos|wir sind|siamo|wij zijn|jesteśmy)(?!\w)/iu.test(before)) return;
      if (modifierLength(before) === 0 && amongStrengths(text, start, end)) return;
    } else if (/(?<![\p{L}])(?:the|with|hired|recruited|managed)\s+$/iu.test(before)) {
      // "relationships with thought leaders": the word right before makes them other people.
      return;
    }
    // "Considerada una influencer del sector por la revista Eventoplus", "named a thought leader by
    // Forbes": another's recognition, not the writer's label for themself.
    if (RECOGNISED_BEFORE.test(before) && RECOGNISED_BY_AFTER.test(text.slice(end, Math.min(clause.end, end + 100)))) return;
    start -= modifierLength(before);
    findings.push({
      kind: "self_label",
      platform: null,
      metric: "self_label",
      value: null,
      unit: null,
      approximate: false,
      span: { start, end },
      confidence: needsSelf ? 0.75 : 0.85,
    });
  });
  return findings;
}
