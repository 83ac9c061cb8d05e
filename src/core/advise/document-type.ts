// A bid is read by a client, a résumé by a hiring manager, and the advice differs. The cues
// below are what each kind of document says about itself; the stronger side wins, and a
// document with no cues at all is treated as a résumé, by far the more common upload.
//
// Each cue is a regex over the lower-cased text, counted as its global regex would count it.
// `words` lists the words a match can begin with (`lineStart` cues: the first word on the line),
// so one pass over the text tries each regex only there (see ../pattern-scan.ts).
import { compilePatterns, scanPatterns, type ScanCandidates } from "../pattern-scan.ts";

export interface Cue {
  pattern: string;
  weight: number;
  /** The words a match begins with; document-type.test.ts checks them against the plain regexes, given pieces of the cue. */
  words: readonly string[];
  lineStart?: { bullets: string };
}

/** Repeats of one cue beyond this say nothing more. */
const MAX_COUNT_PER_CUE = 4;

export const PROPOSAL_CUES: readonly Cue[] = [
  {
    pattern: "\\bwe propose\\b|\\bwe will (?:deliver|provide|run|design|build|develop)\\b|\\bproposed approach\\b",
    weight: 3,
    words: ["we", "proposed"],
  },
  { pattern: "\\bscope of (?:work|services)\\b|\\bstatement of work\\b", weight: 3, words: ["scope", "statement"] },
  { pattern: "\\bdeliverables?\\b", weight: 2, words: ["deliverable", "deliverables"] },
  {
    pattern: "\\b(?:rfp|rfq|request for (?:proposals?|quotations?|tender))\\b|\\btender\\b",
    weight: 3,
    words: ["rfp", "rfq", "request", "tender"],
  },
  {
    pattern: "\\b(?:our|proposed) (?:fees?|pricing|rates?|budget)\\b|\\bfee schedule\\b|\\bfixed fee\\b|\\bpricing\\b",
    weight: 2,
    words: ["our", "proposed", "fee", "fixed", "pricing"],
  },
  {
    pattern: "\\bour (?:team|agency|firm|company|approach|methodology|clients?|experience|founder|consultants?)\\b",
    weight: 2,
    words: ["our"],
  },
  { pattern: "\\b(?:proposal|bid|quotation|engagement letter)\\b", weight: 1, words: ["proposal", "bid", "quotation", "engagement"] },
  {
    // The title a bid carries: "TECHNICAL PROPOSAL", "Proposal for …", "Sponsorship proposal".
    pattern: "\\b(?:technical|commercial|financial|price|project|grant|funding|sponsorship) proposal\\b|\\bproposal (?:for|to|submitted)\\b",
    weight: 5,
    words: ["technical", "commercial", "financial", "price", "project", "grant", "funding", "sponsorship", "proposal"],
  },
  {
    pattern: "\\brequest for (?:proposals?|tenders?|quotations?|qualifications)\\b|\\binvitation to tender\\b|\\btender (?:response|submission)\\b|\\bresponse to (?:the |your )?(?:rfp|rfq|itt|tender|request)\\b",
    weight: 5,
    words: ["request", "invitation", "tender", "response"],
  },
  {
    // Public-sector procurement words.
    pattern: "\\b(?:contracting authority|awarding authority|evaluation criteria|award criteria|bidders?|offeror|tenderer|procurement|submitted to|submitted by|prepared for|method statement|social value)\\b",
    weight: 2,
    words: ["contracting", "awarding", "evaluation", "award", "bidder", "bidders", "offeror", "tenderer", "procurement", "submitted", "prepared", "method", "social"],
  },
  {
    pattern:
      "\\b(?:angebot|ausschreibung|leistungsbeschreibung|vergabeunterlagen|proposition technique|proposition commerciale|offre technique|appel d['’]offres|cahier des charges|propuesta t[ée]cnica|propuesta comercial|licitaci[óo]n|pliego de condiciones|proposta tecnica|proposta commerciale|gara d['’]appalto|offerta tecnica)\\b",
    weight: 5,
    words: ["angebot", "ausschreibung", "leistungsbeschreibung", "vergabeunterlagen", "proposition", "offre", "appel", "cahier", "propuesta", "licitaci", "licitacion", "pliego", "proposta", "gara", "offerta"],
  },
  {
    // A creator's media kit is a bid for brand work: "MEDIA KIT 2025", "KIT DE MEDIOS", "Rate card:".
    // As a title or a heading it names the document; in a résumé's prose ("wrote my own rate card
    // and media kit") it is work done, and weighs little (the cue below).
    pattern: "^\\s*(?:media ?kit|kit de medios|kit m[ée]dia|press kit|rate card|services (?:&|and) rates|sponsorship (?:packages|tiers|opportunities)|partnership packages)\\b",
    weight: 5,
    words: ["media", "mediakit", "kit", "press", "rate", "services", "sponsorship", "partnership"],
    lineStart: { bullets: "" },
  },
  {
    pattern: "\\b(?:media ?kit|kit de medios|kit m[ée]dia|press kit|rate card|services (?:&|and) rates|sponsorship (?:packages|tiers|opportunities)|partnership packages)\\b",
    weight: 2,
    words: ["media", "mediakit", "kit", "press", "rate", "services", "sponsorship", "partnership"],
  },
  {
    // A bid's sections: the team it puts forward, its credentials, its case studies.
    pattern: "^\\s*(?:our team|the team|team|key personnel|project team|credentials|case stud(?:y|ies)|why us|why choose us|about us)\\s*(?:$|[:—–-])",
    weight: 3,
    words: ["our", "the", "team", "key", "project", "credentials", "case", "why", "about"],
    lineStart: { bullets: "" },
  },
  {
    // The brands a creator has worked with, listed: "Samenwerkingen: Albert Heijn, HEMA".
    pattern: "^\\s*(?:brand partners|brand collaborations|collaborations|samenwerkingen|colaboraciones|parcerias|kooperationen|partenariats|collaborazioni)\\s*:",
    weight: 3,
    words: ["brand", "collaborations", "samenwerkingen", "colaboraciones", "parcerias", "kooperationen", "partenariats", "collaborazioni"],
    lineStart: { bullets: "" },
  },
  {
    pattern: "\\b(?:timeline|milestones?|phase [0-9]|project plan)\\b",
    weight: 1,
    words: ["timeline", "milestone", "milestones", "phase", "project"],
  },
];

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august", "september", "october", "november", "december"];
const MONTH_NUMBERS = ["1", "2", "3", "4", "5", "6", "7", "8", "9", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];

/** "1900" to "2099": the years a date range can start with. */
const YEARS = Array.from({ length: 200 }, (_, offset) => String(1900 + offset));

const ACHIEVEMENT_VERBS = [
  "led", "managed", "built", "grew", "developed", "designed", "created", "launched", "delivered", "reduced",
  "increased", "owned", "ran", "drove", "sourced", "placed", "wrote", "produced", "scheduled", "resolved",
];

export const RESUME_CUES: readonly Cue[] = [
  {
    pattern: "^\\s*(?:work |professional |relevant )?experience\\s*:?\\s*$",
    weight: 3,
    words: ["work", "professional", "relevant", "experience"],
    lineStart: { bullets: "" },
  },
  {
    pattern: "^\\s*(?:education|skills|certifications?|employment history|work history|career summary|profile|objective)\\s*:?\\s*$",
    weight: 3,
    words: ["education", "skills", "certification", "certifications", "employment", "work", "career", "profile", "objective"],
    lineStart: { bullets: "" },
  },
  {
    // "résumé" begins with the word "r": é is not a word character to \b.
    pattern: "\\b(?:curriculum vitae|résumé|resume|references available)\\b",
    weight: 2,
    words: ["curriculum", "r", "resume", "references"],
  },
  {
    pattern: "\\b(?:b\\.?sc|m\\.?sc|b\\.?a\\.?|mba|ph\\.?d|bachelor|master'?s|diploma|gpa)\\b",
    weight: 1,
    words: ["b", "bsc", "m", "msc", "ba", "mba", "ph", "phd", "bachelor", "master", "masters", "diploma", "gpa"],
  },
  { pattern: "\\b(?:19|20)\\d\\d\\s*[-–—]\\s*(?:(?:19|20)\\d\\d|present|current|now)\\b", weight: 1, words: YEARS },
  {
    // A job's dates as career sites write them: "Jan 2016 to Current", "06/2009 to 10/2012", "May 2014 - Present".
    pattern: `\\b(?:${MONTHS.join("|")})[a-z]*\\.?\\s+(?:19|20)\\d\\d\\s*(?:[-–—]|to)\\s*(?:(?:[a-z]+\\.?\\s+)?(?:19|20)\\d\\d|present|current|now|today)\\b|\\b(?:0?[1-9]|1[0-2])/(?:19|20)\\d\\d\\s*(?:[-–—]|to)\\s*(?:(?:0?[1-9]|1[0-2])/(?:19|20)\\d\\d|present|current|now)\\b`,
    weight: 2,
    words: [...MONTHS, ...MONTH_NUMBERS],
  },
  {
    pattern:
      "^\\s*(?:summary|professional summary|executive summary|work experience|professional experience|accomplishments|highlights|skill highlights|core qualifications|qualifications summary|technical skills|interests|languages|volunteer experience|additional information|awards|affiliations|certifications and licenses)\\s*:?\\s*$",
    weight: 2,
    words: ["summary", "professional", "executive", "work", "accomplishments", "highlights", "skill", "core", "qualifications", "technical", "interests", "languages", "volunteer", "additional", "awards", "affiliations", "certifications"],
    lineStart: { bullets: "" },
  },
  {
    pattern: `^\\s*(?:[-•*▪●]\\s*)?(?:${ACHIEVEMENT_VERBS.join("|")})\\b`,
    weight: 1,
    words: ACHIEVEMENT_VERBS,
    lineStart: { bullets: "-•*▪●" },
  },
];

/** First person: "we/our/us" points to a firm bidding, "I/my/me" to a person applying. */
// In the other languages the engine reads too ("notre", "unsere", "nuestro"; "je", "ich", "mis").
const PLURAL_PRONOUNS = {
  source: "\\b(?:we|our|us|we're|we've|notre|nos|nous|nuestro|nuestra|nuestros|nuestras|unser|unsere|unseren|unserem|wir|nostro|nostra|nostri|nosso|nossa|nossos|onze|wij)\\b",
  words: ["we", "our", "us", "notre", "nos", "nous", "nuestro", "nuestra", "nuestros", "nuestras", "unser", "unsere", "unseren", "unserem", "wir", "nostro", "nostra", "nostri", "nosso", "nossa", "nossos", "onze", "wij"],
};
const SINGULAR_PRONOUNS = {
  source: "\\b(?:i|my|me|i'm|i've|je|mon|mes|yo|mis|ich|mein|meine|io|mio|mia|eu|meu|minha|ik|mijn)\\b",
  words: ["i", "my", "me", "je", "mon", "mes", "yo", "mis", "ich", "mein", "meine", "io", "mio", "mia", "eu", "meu", "minha", "ik", "mijn"],
};

const CUES = [...PROPOSAL_CUES, ...RESUME_CUES];
const PLURAL = CUES.length;
const SINGULAR = CUES.length + 1;

function compileCues(flags: string) {
  return compilePatterns([
    ...CUES.map((cue) => ({ source: cue.pattern, flags, words: cue.words, lineStart: cue.lineStart, limit: MAX_COUNT_PER_CUE })),
    { ...PLURAL_PRONOUNS, flags },
    { ...SINGULAR_PRONOUNS, flags },
  ]);
}

// The cues are written for lower-cased text. Lower-casing a text that holds any character
// beyond Latin-1 costs about half as much as the whole scan, so the original text is matched
// case-insensitively instead, without the u flag: there \b, \s and \d mean the same, and an
// ASCII letter of a pattern matches only that letter in either case. That finds what matching
// the lower-cased text finds unless the text holds one of the two characters whose lower-case
// form is an ASCII letter: U+0130 (İ, to "i" and a combining dot) and U+212A (Kelvin, to "k").
const FOLDED = compileCues("mi");
const LOWERED = compileCues("mu");

/** Each side's score: min(count, 4) × weight per cue, plus up to 6 for the side the pronouns lean to. */
export function documentTypeScores(text: string, candidates?: ScanCandidates): { proposal: number; resume: number } {
  const counts = new Array<number>(CUES.length + 2).fill(0);
  const count = (pattern: number) => {
    counts[pattern]! += 1;
  };
  if (text.includes("\u0130") || text.includes("\u212a")) scanPatterns(text.toLowerCase(), LOWERED, count);
  else scanPatterns(text, FOLDED, count, candidates);
  let proposal = 0;
  let resume = 0;
  CUES.forEach((cue, index) => {
    if (index < PROPOSAL_CUES.length) proposal += counts[index]! * cue.weight;
    else resume += counts[index]! * cue.weight;
  });
  const balance = counts[PLURAL]! - counts[SINGULAR]!;
  return {
    proposal: proposal + Math.max(0, Math.min(balance, 6)),
    resume: resume + Math.max(0, Math.min(-balance, 6)),
  };
}

/** A first line that names the document a bid: "PROPOSAL: …", "Tender response", "Angebot für …", "Propuesta de …". */
const TITLED_AS_BID = /^[^\S\n]*(?:#+[^\S\n]*)?(?:(?:technical|commercial|project|grant|funding|sponsorship|fee)[^\S\n]+)?(?:proposal|tender response|tender submission|bid|quotation|angebot|proposition commerciale|proposition|propuesta|propuesta comercial|offerta|offerte)(?:[^\S\n]*[:–—-]|[^\S\n]+(?:for|to|für|pour|para|per|voor)(?![\p{L}])|[^\S\n]*$)/iu;

/** The document's first line that is not blank, at most 200 characters of it. */
function firstLine(text: string): string {
  const start = text.search(/\S/u);
  if (start === -1) return "";
  const end = text.indexOf("\n", start);
  return text.slice(start, Math.min(end === -1 ? text.length : end, start + 200));
}

/** `candidates`: the text's candidates from `scanCandidates`, when another scan shares them. */
export function detectDocumentType(text: string, candidates?: ScanCandidates): "resume" | "proposal" {
  // A document titled as a bid is one, however much of it the writer says in the first person
  // ("PROPOSAL: Legacy Giving Review for St Brennan's Hospice" / "Dear Rachel, … I propose").
  if (TITLED_AS_BID.test(firstLine(text))) return "proposal";
  const { proposal, resume } = documentTypeScores(text, candidates);
  return proposal > resume && proposal >= 3 ? "proposal" : "resume";
}
