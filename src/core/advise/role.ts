// Decides how much online influence matters for the role a document targets. The title is
// matched against the role catalog's phrases, the most specific (longest) phrase winning; a
// job description, when given, outweighs the title: its duties say what the job really is.
import { ROLE_FAMILIES, type RoleFamily } from "../catalog/roles.ts";
import type { RoleAssessment } from "../types.ts";
import { negativeCues } from "./job-description.ts";
import { normalizeTitle } from "./normalize-title.ts";

interface Phrase {
  family: RoleFamily;
  /** The catalog's own wording, shown as evidence. */
  text: string;
  tokens: string[];
  /** How much the phrase says about the job: its length, less for bare generic heads. */
  weight: number;
  /** Its place in the catalog order. */
  order: number;
}

interface PhraseMatch {
  phrase: Phrase;
  end: number;
}

/** Heads that say little on their own ("Marketing Assistant" is marketing, not administration). */
const GENERIC_HEADS = new Set([
  "assistant", "consultant", "specialist", "officer", "associate", "administrator", "operator",
  "technician", "clerk", "engineer", "developer", "analyst", "operation", "executive", "director",
  "manager", "partner", "representative", "agent", "worker", "coordinator", "administration",
  "production", "research", "writer", "host", "data", "design", "content", "health", "school",
  "president",
]);

function buildPhrases(): Phrase[] {
  const phrases: Phrase[] = [];
  for (const family of ROLE_FAMILIES) {
    const seen = new Set<string>();
    for (const text of [...family.titles, ...family.synonyms]) {
      const tokens = normalizeTitle(text);
      const key = tokens.join(" ");
      if (tokens.length === 0 || seen.has(key)) continue;
      seen.add(key);
      const weight = tokens.length === 1 && GENERIC_HEADS.has(tokens[0] ?? "") ? 0.5 : tokens.length;
      phrases.push({ family, text: text.toLowerCase(), tokens, weight, order: phrases.length });
    }
  }
  return phrases;
}

const PHRASES: readonly Phrase[] = buildPhrases();

/** The phrases by their first token, each list in catalog order. */
const PHRASES_BY_FIRST_TOKEN = (() => {
  const index = new Map<string, Phrase[]>();
  for (const phrase of PHRASES) {
    const first = phrase.tokens[0]!;
    index.set(first, [...(index.get(first) ?? []), phrase]);
  }
  return index;
})();

/** Every phrase occurrence, in catalog order and then text order (bestMatch keeps the first of equals). */
function findMatches(tokens: readonly string[]): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  for (let start = 0; start < tokens.length; start += 1) {
    for (const phrase of PHRASES_BY_FIRST_TOKEN.get(tokens[start]!) ?? []) {
      const length = phrase.tokens.length;
      if (start + length > tokens.length) continue;
      let equal = true;
      for (let offset = 1; offset < length; offset += 1) {
        if (tokens[start + offset] !== phrase.tokens[offset]) {
          equal = false;
          break;
        }
      }
      if (equal) matches.push({ phrase, end: start + length });
    }
  }
  // Found by start position through the index; put back in the order the phrases come.
  return matches.sort((left, right) => left.phrase.order - right.phrase.order || left.end - right.end);
}

/** Most specific first; on a tie the later phrase wins, as English titles end with their head noun. */
function bestMatch(matches: readonly PhraseMatch[]): PhraseMatch | undefined {
  let best: PhraseMatch | undefined;
  for (const match of matches) {
    if (
      best === undefined ||
      match.phrase.weight > best.phrase.weight ||
      (match.phrase.weight === best.phrase.weight && match.end > best.end)
    ) {
      best = match;
    }
  }
  return best;
}

export interface TitleMatch {
  family: RoleFamily;
  evidence: string[];
}

/**
 * Titles already matched: a service sees the same few titles again and again, and normalising
 * one costs more than the rest of the classification. Bounded, and emptied when full; longer
 * titles than the API accepts are not kept.
 */
const TITLE_MEMO = new Map<string, { family: RoleFamily; text: string } | null>();
const TITLE_MEMO_SIZE = 256;
const TITLE_MEMO_LONGEST = 200;

function familyOfTitle(title: string): { family: RoleFamily; text: string } | null {
  const best = bestMatch(findMatches(normalizeTitle(title)));
  return best === undefined ? null : { family: best.phrase.family, text: best.phrase.text };
}

export function matchTitle(title: string): TitleMatch | null {
  let match = TITLE_MEMO.get(title);
  if (match === undefined) {
    match = familyOfTitle(title);
    if (title.length <= TITLE_MEMO_LONGEST) {
      if (TITLE_MEMO.size >= TITLE_MEMO_SIZE) TITLE_MEMO.clear();
      TITLE_MEMO.set(title, match);
    }
  }
  // A fresh evidence array each time: reports own theirs and may change them.
  return match === null ? null : { family: match.family, evidence: [match.text] };
}

/** Duties that make a job about building or using an audience, whatever its title. */
const AUDIENCE_DUTIES: readonly { pattern: string; family: string }[] = [
  {
    pattern:
      "\\b(?:grow|grows|growing|build|builds|building|scale|scaling|manage|managing|run|running|own|owning|lead|leading|engage|engaging)\\s+(?:and\\s+\\w+\\s+)?(?:our|the|its|a|your)\\s+(?:[\\w-]+\\s+){0,2}(?:tiktok|instagram|youtube|social media|social channels?|social presence|social accounts?|followers|following|audience)\\b",
    family: "social_media",
  },
  {
    pattern:
      "\\b(?:grow|grows|growing|build|builds|building|scale|scaling|manage|managing|run|running|own|owning|lead|leading|engage|engaging|nurture|nurturing|moderate|moderating)\\s+(?:and\\s+\\w+\\s+)?(?:our|the|its|a|your)\\s+(?:[\\w-]+\\s+){0,2}(?:community|communities|discord|subreddit|forum|members)\\b",
    family: "community",
  },
  { pattern: "\\b(?:content calendar|social media calendar|posting schedule|follower growth|audience growth|grow(?:ing)? (?:our )?followers|go viral|viral content|short-form video|engagement rate)s?\\b", family: "social_media" },
  { pattern: "\\b(?:influencer|creator) (?:campaigns?|partnerships?|programs?|programmes?|outreach|relations|marketing)\\b", family: "influencer_marketing" },
  { pattern: "\\b(?:brand ambassadors?|ambassador program(?:me)?)\\b", family: "influencer_marketing" },
  { pattern: "\\b(?:conference talks?|speak(?:ing)? at (?:conferences|meetups|events)|developer community|developer advocacy|technical blog posts?|live ?streams?|demo videos?)\\b", family: "developer_relations" },
  { pattern: "\\b(?:create|produce|write|film)\\s+(?:engaging\\s+|original\\s+|short\\s+)?(?:content|videos|posts|reels|newsletters?|podcasts?)\\b", family: "content" },
];

interface DutyMatch {
  family: string;
  words: string;
}

function findAudienceDuties(jobDescription: string): DutyMatch[] {
  const found: DutyMatch[] = [];
  const lowered = jobDescription.toLowerCase();
  for (const duty of AUDIENCE_DUTIES) {
    // A fresh regex per call: no shared lastIndex between documents.
    const regex = new RegExp(duty.pattern, "g");
    for (const match of lowered.matchAll(regex)) {
      found.push({ family: duty.family, words: jobDescription.slice(match.index, match.index + match[0].length) });
      if (found.length >= 12) return found;
    }
  }
  return found;
}

/** Repeats of one phrase beyond this say nothing more. */
const MAX_REPEATS_PER_PHRASE = 3;
/** Fewer weighted phrase hits than this and the description says too little to override. */
const MIN_DESCRIPTION_SCORE = 4;

interface FamilyTally {
  score: number;
  words: Map<string, number>;
}

function tallyFamilies(jobDescription: string): Map<string, FamilyTally> {
  const tallies = new Map<string, FamilyTally>();
  const counts = new Map<Phrase, number>();
  for (const match of findMatches(normalizeTitle(jobDescription, { prose: true }))) {
    const repeats = (counts.get(match.phrase) ?? 0) + 1;
    counts.set(match.phrase, repeats);
    if (repeats > MAX_REPEATS_PER_PHRASE) continue;
    const tally = tallies.get(match.phrase.family.id) ?? { score: 0, words: new Map<string, number>() };
    tally.score += match.phrase.weight;
    const words = match.phrase.text;
    tally.words.set(words, (tally.words.get(words) ?? 0) + 1);
    tallies.set(match.phrase.family.id, tally);
  }
  return tallies;
}

function topWords(tally: FamilyTally | undefined, limit: number): string[] {
  if (tally === undefined) return [];
  return [...tally.words.entries()]
    .sort((left, right) => right[1] - left[1] || right[0].length - left[0].length || left[0].localeCompare(right[0]))
    .slice(0, limit)
    .map(([words]) => words);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function fromDescription(jobDescription: string, title: TitleMatch | null, input: string | null): RoleAssessment | null {
  const duties = findAudienceDuties(jobDescription);
  if (duties.length > 0) {
    const titleIsCore = title?.family.relevance === "core";
    const familyVotes = new Map<string, number>();
    for (const duty of duties) familyVotes.set(duty.family, (familyVotes.get(duty.family) ?? 0) + 1);
    const dutyFamily = [...familyVotes.entries()].sort((left, right) => right[1] - left[1])[0]?.[0] ?? "social_media";
    const family = titleIsCore && title ? title.family.id : dutyFamily;
    return {
      input,
      family,
      relevance: "core",
      source: "job_description",
      evidence: unique(duties.map((duty) => duty.words)).slice(0, 5),
    };
  }

  // Without audience duties the description only overrides a title that claims an audience
  // ("developer advocate" on a job that is all on-call) or a title the catalog cannot place.
  // Recruiters and sellers describe the people they hire or sell to, so their descriptions
  // are full of other families' words: those never move the title.
  if (title !== null && title.family.relevance !== "core") return null;
  const tallies = tallyFamilies(jobDescription);
  let winner: { family: RoleFamily; score: number } | null = null;
  for (const family of ROLE_FAMILIES) {
    const score = tallies.get(family.id)?.score ?? 0;
    if (score > 0 && (winner === null || score > winner.score)) winner = { family, score };
  }
  if (winner === null || winner.score < MIN_DESCRIPTION_SCORE) return null;
  if (title !== null) {
    const audienceScore = ROLE_FAMILIES.filter((family) => family.relevance === "core").reduce(
      (sum, family) => sum + (tallies.get(family.id)?.score ?? 0),
      0,
    );
    if (winner.family.relevance === "core" || audienceScore >= MIN_DESCRIPTION_SCORE) return null;
  }
  return {
    input,
    family: winner.family.id,
    relevance: winner.family.relevance,
    source: "job_description",
    evidence: topWords(tallies.get(winner.family.id), 5),
  };
}

function trimmed(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  return text.length > 0 ? text : null;
}

/**
 * A job description's first line when it reads as a title: short, no sentence, cut before the
 * employer ("Creator Partnerships Lead - Stride Athletic" → "Creator Partnerships Lead").
 */
function titleLineOf(jobDescription: string): string | null {
  const start = jobDescription.search(/\S/u);
  if (start === -1) return null;
  const end = jobDescription.indexOf("\n", start);
  const line = jobDescription.slice(start, Math.min(end === -1 ? jobDescription.length : end, start + 200));
  const title = line.split(/ {1,3}[-–—|@] {1,3}| at |\(/u)[0]!.trim();
  if (title.length < 3 || title.length > 80 || /[.!?:]$/u.test(title) || title.split(/\s+/u).length > 8) return null;
  // A line in capitals heads a letter or a buyer's brief ("KETTLEBY CITY COUNCIL"), not a post.
  if (title === title.toUpperCase()) return null;
  return title;
}

export function classifyRole(input: { role?: string | null; jobDescription?: string | null }): RoleAssessment {
  const jobDescription = trimmed(input.jobDescription);
  const given = trimmed(input.role);
  // Without a title, a job description's first line is taken for one when it reads as a title the
  // catalog knows ("Creator Partnerships Lead - Stride Athletic"); a buyer's name is not one.
  const firstLine = given === null && jobDescription !== null ? titleLineOf(jobDescription) : null;
  const firstLineTitle = firstLine === null ? null : matchTitle(firstLine);
  const role = given ?? (firstLineTitle !== null ? firstLine : null);
  const title = given !== null ? matchTitle(given) : firstLineTitle;

  if (jobDescription !== null) {
    // Explicit exclusions ("No public speaking, content or community work") outweigh the title:
    // the rest of the description is read without them, and unless it still names audience
    // duties, influence is peripheral to the job.
    const { cues, rest } = negativeCues(jobDescription);
    const decided = fromDescription(rest, title, role);
    if (cues.length > 0 && (decided === null || decided.relevance !== "core")) {
      return { input: role, family: decided?.family ?? title?.family.id ?? null, relevance: "peripheral", source: "job_description", evidence: cues };
    }
    if (decided !== null) return decided;
  }
  if (title !== null) {
    return { input: role, family: title.family.id, relevance: title.family.relevance, source: "title", evidence: title.evidence };
  }
  return { input: role, family: null, relevance: "unknown", source: "none", evidence: [] };
}
