// What a job description asks of the writer's online presence, and what it rules out. Asks are
// checked against the claims and said back ("the post asks for 10,000+ followers with links: you
// meet it with 14K; add the link"); a negative cue ("no public speaking, content or community
// work") makes influence peripheral whatever the title says.
import { PhraseIndex, wordsIn } from "../document/words.ts";
import type { DetectedClaim } from "../types.ts";

export interface JobAsks {
  /** A follower or audience threshold: "10,000+ followers", "a personal audience of 10K". */
  threshold: { value: number; words: string; personal: boolean } | null;
  /** A LinkedIn Social Selling Index the post asks for: "SSI of 70+ preferred", "SSI über 70 ist ein Plus". */
  score: { platform: "linkedin_ssi"; value: number; words: string } | null;
  /** The post asks for links or handles to the profiles. */
  links: boolean;
  /** Platforms the post names, by catalog id. */
  platforms: string[];
}

/** The most characters of a job description read: the contract allows 50,000. */
const MAX_READ = 50_000;

const PLATFORM_NAMES = new PhraseIndex<string>(
  [
    ["tiktok", "tiktok"], ["instagram", "instagram"], ["youtube", "youtube"], ["linkedin", "linkedin"], ["twitter", "x"], ["x twitter", "x"], ["x", "x"],
    ["facebook", "facebook"], ["twitch", "twitch"], ["pinterest", "pinterest"], ["snapchat", "snapchat"], ["threads", "threads"],
    ["bluesky", "bluesky"], ["substack", "substack"], ["github", "github"], ["discord", "discord"], ["reddit", "reddit"], ["podcast", "podcast"],
    ["newsletter", "newsletter"],
  ] as const,
);

const AUDIENCE_NOUN = "(?:followers?|subscribers?|audience|following|community|members|connections|abonnés|abonnes|abonnenten|follower|seguidores|suscriptores|fans)";
// A figure starts where a run of digits does, so that a long run is read once, not from each of its digits.
const NUMBER = "(?<![\\d.,])(\\d{1,3}(?:[,.\\s]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s?(k|m|tsd\\.?|mil)?";
const THRESHOLD = new RegExp(
  `(?:${NUMBER}\\s?\\+?\\s?(?:[\\p{L}-]+\\s){0,2}${AUDIENCE_NOUN}|(?:(?:a|an)\\s)?(?:personal\\s|engaged\\s|own\\s|total\\s)?${AUDIENCE_NOUN}\\s(?:of\\s(?:your|their)\\sown,?\\s)?(?:of\\s|von\\s|de\\s)?(?:at least\\s|over\\s|more than\\s|mindestens\\s|au moins\\s|al menos\\s)?${NUMBER}\\s?\\+?)`,
  "iu",
);
const LINKS = /\b(?:with links?|links? to (?:your |the )?(?:profiles?|channels?|accounts?|work|portfolio)|include (?:links?|handles?|urls?)|handles? and links?|urls? to|mit links?|avec (?:les |des )?liens|con enlaces|con links)\b/iu;

function toNumber(digits: string, suffix: string | undefined): number {
  const plain = digits.replace(/[,.\s](?=\d{3}\b)/g, "").replace(",", ".");
  const value = Number(plain);
  const lower = (suffix ?? "").toLowerCase();
  if (lower === "k" || lower.startsWith("tsd") || lower === "mil") return value * 1000;
  if (lower === "m") return value * 1_000_000;
  return value;
}

/** First words of an ask that keep their capital: the names of sites. */
const PROPER_FIRST_WORD = /^(?:Instagram|Facebook|Twitter|Pinterest|Twitch|Substack|Reddit|Discord|Threads|Snapchat|Medium|Bluesky|Mastodon|Spotify|Apple|Google|Meta|Xing)$/u;

// Words that make a figure in a post an ask of the candidate, not a fact about the employer
// ("our Discord, currently 15K members" is the studio's; "a personal audience of 10,000+" is asked).
const ASKING = /(?<![\p{L}])(?:you|your|personal|own|bring|have|must|need|needs|required?|requires|at least|minimum|ideally|candidates?|applicants?)(?![\p{L}])/iu;
const PERSONAL = /(?<![\p{L}])(?:your own|personal|own|your)(?![\p{L}])/iu;

/** Up to 40 characters before `at`, on its own line: a heading above ("What you'll do") says nothing of the figure. */
function lineBefore(text: string, at: number): string {
  const from = Math.max(0, at - 40);
  const window = text.slice(from, at);
  return window.slice(window.lastIndexOf("\n") + 1);
}

/** The post's threshold: the first figure of an audience that is asked of the candidate, or else the first. */
function askedThreshold(text: string): RegExpExecArray | null {
  const every = new RegExp(THRESHOLD.source, "giu");
  let first: RegExpExecArray | null = null;
  let count = 0;
  for (let match = every.exec(text); match !== null && count < 20; match = every.exec(text), count += 1) {
    first ??= match;
    if (ASKING.test(match[0]) || ASKING.test(lineBefore(text, match.index))) return match;
  }
  return first;
}

export function readAsks(jobDescription: string | null | undefined): JobAsks | null {
  if (!jobDescription) return null;
  const text = jobDescription.slice(0, MAX_READ);
  const match = askedThreshold(text);
  let threshold: JobAsks["threshold"] = null;
  if (match) {
    const digits = match[1] ?? match[3];
    const suffix = match[2] ?? match[4];
    if (digits !== undefined) {
      const value = toNumber(digits, suffix);
      // Quoted mid-sentence: "asks for a personal audience of 10,000+", not "for A personal"; "LinkedIn" keeps its capital.
      const words = match[0].trim().replace(/^\p{Lu}\p{Ll}*(?=\s)/u, (first) => (PROPER_FIRST_WORD.test(first) ? first : first.toLowerCase()));
      if (Number.isFinite(value) && value >= 100) threshold = { value, words, personal: PERSONAL.test(match[0]) || PERSONAL.test(lineBefore(text, match.index)) };
    }
  }
  const platforms = [...new Set(PLATFORM_NAMES.findAll(wordsIn(text)).map((hit) => hit.value))];
  const links = LINKS.test(text);
  const asked = SCORE_ASK.exec(text);
  const scoreValue = asked === null ? NaN : Number(asked[1]);
  const score = scoreValue >= 1 && scoreValue <= 100 ? { platform: "linkedin_ssi" as const, value: scoreValue, words: asked![0].trim() } : null;
  if (threshold === null && !links && score === null) return null;
  return { threshold, score, links, platforms };
}

/** A Social Selling Index asked for, in the languages read: "SSI of 70+", "Social Selling Index above 75", "SSI über 70", "SSI supérieur à 70". */
const SCORE_ASK =
  /(?<![\p{L}])(?:LinkedIn[^\S\n]+)?(?:SSI|Social Selling Index)(?:[^\S\n]*\(SSI\))?(?:[^\S\n]+(?:score|Wert))?[^\S\n]*(?:of[^\S\n]+(?:at least[^\S\n]+)?|above[^\S\n]+|over[^\S\n]+|at least[^\S\n]+|von[^\S\n]+|über[^\S\n]+|ab[^\S\n]+|mindestens[^\S\n]+|supérieur à[^\S\n]+|de[^\S\n]+|superior a[^\S\n]+|[:≥>][^\S\n]*)?(\d{2,3})(?:[^\S\n]*\+)?(?![\d.,])/iu;

/** The claims that meet a score the post asks for: the same score, at or above the value. */
export function meetingScore(asks: JobAsks, claims: readonly DetectedClaim[]): DetectedClaim[] {
  const score = asks.score;
  if (score === null) return [];
  return claims.filter((claim) => claim.kind === "influence_score" && claim.platform === score.platform && claim.value !== null && claim.value >= score.value);
}

/** The claims that meet a threshold: audience figures at or above it, on a platform the post names if it names any. */
export function meetingThreshold(asks: JobAsks, claims: readonly DetectedClaim[]): DetectedClaim[] {
  if (asks.threshold === null) return [];
  const threshold = asks.threshold.value;
  return claims.filter(
    (claim) =>
      (claim.kind === "audience" || claim.kind === "community") &&
      claim.unit === "count" &&
      claim.value !== null &&
      claim.value >= threshold &&
      // A personal audience is asked of the writer's own accounts, not an employer's.
      !(asks.threshold!.personal && claim.subject === "organization") &&
      // A figure whose platform the detector could not name may be on any of those asked for.
      (asks.platforms.length === 0 || claim.platform === null || asks.platforms.includes(claim.platform)),
  );
}

/**
 * Sentences of a job description that rule out audience work: "No public speaking, content or
 * community work", "this role does not involve social media", "kein Social Media". Each is
 * returned so the reader can see why, and removed before duties are looked for in the rest.
 */
const NEGATIVE_CUE_SOURCE =
  "(?:^|[.;\\n•][^\\S\\n]*)[^.;\\n]{0,60}?\\b(?:no|not|without|never|nor|kein(?:e|en)?|nicht|ohne|pas de|aucun(?:e)?|sans|ni|sin|ningún|ninguna|nessun(?:a)?|senza|geen)\\b(?!\\s+(?:just|only|merely|simply|nur|seulement|solo|sólo))[^.;\\n]{0,80}?\\b(?:public speaking|speaking|content|community|social media|social|audience|influence|influencer|customer[- ]facing|public[- ]facing|evangelism|advocacy|blogging|streaming|conference talks?|öffentlichkeitsarbeit|soziale(?:n)? medien|réseaux sociaux|prise de parole|contenu|redes sociales|contenido|comunidad|social network)\\b[^.;\\n]{0,80}";

/** A condition after the words ruled out: the sentence sets a rule for the work, it does not rule the work out. */
const RULED_OUT_WORD = /(?<![\p{L}])(?:content|community|social|audience|influencer|influence|advocacy|blogging|streaming|contenu|contenido|comunidad)(?![\p{L}])/iu;
const CONDITION = /(?<![\p{L}])(?:without|unless|except|other than|disclos\p{L}*|complian\p{L}*|comply|guidelines?|approv\p{L}*|sign-?off|ohne|sauf|sans|sin|salvo|senza|zonder)(?![\p{L}])/iu;

function setsACondition(sentence: string): boolean {
  const topic = RULED_OUT_WORD.exec(sentence);
  return topic !== null && CONDITION.test(sentence.slice(topic.index + topic[0].length));
}

/** Sentences that wish rather than require: "Speaking at meetups is a plus", "von Vorteil". They name no duty. */
const OPTIONAL_SOURCE =
  "[^.;\\n]{0,160}?\\b(?:a plus|is a bonus|nice to have|nice-to-have|ideally|preferred|would be great|an advantage|von vorteil|wünschenswert|un plus|serait un plus|est un atout|un atout|valorable|deseable|se valorará|es un plus)\\b[^.;\\n]{0,80}";

export function negativeCues(jobDescription: string | null | undefined): { cues: string[]; rest: string } {
  if (!jobDescription) return { cues: [], rest: "" };
  // What the post only wishes for is set aside with what it rules out: neither is the job.
  const text = jobDescription.slice(0, MAX_READ).replace(new RegExp(OPTIONAL_SOURCE, "giu"), " ");
  const cues: string[] = [];
  // Compiled per call: a job description is read once, and no state is shared between calls.
  const rest = text.replace(new RegExp(NEGATIVE_CUE_SOURCE, "giu"), (match) => {
    // "No paid influencer content without clear disclosure": a rule for how the work is done,
    // which takes for granted that it is done.
    if (setsACondition(match)) return match;
    if (cues.length < 5) cues.push(match.replace(/^[\s.;•-]+/u, "").trim());
    return " ";
  });
  return { cues, rest };
}
