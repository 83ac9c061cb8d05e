// What the advice says, as data the wording fills in and each language writes. The wording
// decides what to say (a rule, a flag, a headline's reason) from the document; a catalog only
// decides how to say it in its language, so every language says the same things.
import type { AccountOwner } from "../../document/index.ts";
import type { AdviceAction, ClaimFlag, ClaimKind, Relevance } from "../../types.ts";
import type { Implausibility } from "../checks.ts";

export type Language = "en" | "de" | "fr" | "es";

/** Everything a rule's reason and suggestion may use, already written in the catalog's language where it is prose. */
export interface RuleWords {
  rule: string;
  action: AdviceAction;
  relevance: Relevance;
  proposal: boolean;
  kind: ClaimKind;
  platform: string | null;
  /** "95,000 Instagram followers", "a Klout score of 75". */
  figure: string;
  /** The platform's short name, or null. */
  label: string | null;
  /** The claim's own words. */
  text: string;
  /** The writer's clause holding the claim: what a rewrite keeps. */
  quote: string;
  /** What to add for the date, ready to append (" (as of 2019)"), or "" when the clause already says when. */
  asOf: string;
  /** The quote with its date added where it reads best ("… (41k likes, as of 2019)"); the quote itself when it says when. */
  dated: string;
  /** The year the figure was true, if known. */
  year: number | null;
  /** The result the claim comes with, in the writer's words; null where none. */
  outcome: string | null;
  /** A flag asks for a change the rule's own suggestion does not make: "keep it" must not say "as it is". */
  needsFix: boolean;
  /** The result is stated elsewhere in the entry or summary, not in the claim's own line. */
  outcomeElsewhere: boolean;
  roleRef: string;
  doc: string;
  /** Who shows work on the role's platforms: "engineers". */
  people: string;
  /** The results the role counts: "orders, sign-ups or sales". */
  noun: string;
  /** A placeholder result for the role: "[N] online orders". */
  result: string;
  /** The document's strongest measured result, in the writer's words, when this claim is not it. */
  showcase: string | null;
  /** When a closed service shut, written out ("May 2018"), or null. */
  closed: string | null;
  /** The scale of a score, written out. */
  scale: { min: string; max: string } | null;
  owner: AccountOwner;
  /** The organisation or client the account belongs to, where known. */
  ownerName: string | null;
  /** How the writer names the account ("the park’s", "the Tessellate Discord"), in the document's language; null where they don't. */
  ownerPhrase: string | null;
  implausible: Implausibility | null;
  /** For a claim dwarfed by the writer's main audience: that audience, written out. */
  mainAudience: string | null;
}

/** What a flag's sentence may use. */
/** An organisation's trade, as far as what its audience can do for it goes. */
export type Trade = "hospitality" | "food" | "retail" | "visitor" | "public" | "software" | "education" | "health" | "games";

export interface FlagWords {
  figure: string;
  year: number | null;
  /** For `inconsistent`: the other figures for the same account, written out. */
  others: string[];
  /** For `unverifiable`: a promise in the sentence, quoted; null where the flag is about evidence. */
  promise: string | null;
  /** For `off_target_audience`: where the client is. */
  place: string | null;
  mainAudience: string | null;
  proposal: boolean;
  label: string | null;
  /** The claim names the platform by an old name (Twitter for X). */
  formerName: string | null;
  /** What the claim is: a ranking's age is said differently from a follower count's. */
  kind: ClaimKind;
  /**
   * An organisation's or a client's account in work that has ended: its figure is what that work
   * achieved then, and a current one is not the writer's to give.
   */
  pastWork: boolean;
  /** For `unverifiable` on an exact YouTube subscriber count: the rounded count the channel shows ("41.8K"). */
  publicCount: string | null;
}

export interface Worded {
  reason: string;
  suggestion: string;
  /** Flags the reason already says in its own words. */
  covers: readonly ClaimFlag[];
}

export type HeadlineReason =
  | { type: "no_claims"; relevance: Relevance }
  | { type: "hidden" }
  | { type: "defunct"; label: string; closed: string | null; score: boolean }
  | { type: "implausible"; figure: string }
  | { type: "over_emphasis" }
  | { type: "inconsistent"; label: string }
  | { type: "tiny"; figure: string; main: string }
  | { type: "labels_only"; label: string }
  | { type: "results_elsewhere" }
  | { type: "reach_not_results"; figure: string }
  | { type: "strong" }
  | { type: "peripheral" }
  | { type: "craft"; labels: string[] }
  | { type: "needs_work" };

export interface HeadlineWords {
  reason: HeadlineReason;
  counts: Record<AdviceAction, number>;
  roleRef: string;
  /** What the user gave as the role: none, a title the catalog placed, or one it could not. */
  roleState: "none" | "placed" | "unplaced" | "unplaced_described";
  roleInput: string | null;
  doc: string;
  reader: string;
  noun: string;
  /** Who shows work on the role's own platforms: "engineers". */
  people: string;
  /** The document's strongest measured result, quoted in the writer's words; null where none. */
  showcase: string | null;
  proposal: boolean;
}

export type SummaryPoint =
  | { type: "hidden"; doc: string }
  | { type: "ruled_out"; cue: string }
  | { type: "defunct"; label: string; closed: string | null; doc: string; score: boolean }
  | { type: "over_emphasis"; roleRef: string }
  | { type: "inconsistent"; account: string; values: string[] }
  | { type: "implausible"; figure: string; remove: boolean }
  | { type: "tiny"; figures: string[]; main: string }
  | { type: "stale"; quotes: string[] }
  | { type: "evidence" }
  | { type: "promises"; quotes: string[] }
  | { type: "first_person_bio"; quote: string }
  | { type: "off_target"; place: string }
  | { type: "bid_peripheral" }
  | { type: "no_claims_core"; noun: string }
  | { type: "tie_to_results"; noun: string; showcase: string | null }
  | { type: "not_comparable" }
  | { type: "labels"; quotes: string[]; cut: boolean }
  | { type: "ask_met"; ask: string; figure: string; links: boolean }
  | { type: "ask_unmet"; ask: string; best: string | null; doc: string }
  | { type: "ask_links"; ask: string }
  | { type: "unplaced_role"; role: string };

export interface Messages {
  language: Language;
  formatNumber(value: number): string;
  /** Quotation marks the language uses. */
  quote(text: string): string;
  /** "a, b and c". */
  list(items: readonly string[]): string;
  monthYear(year: number, month: number): string;
  /** "95,000 Instagram followers", "a Klout score of 75", "a 6.4% engagement rate", "“Top 50”". */
  figure(input: { kind: ClaimKind; value: number | null; unit: string | null; metric: string; label: string | null; text: string }): string;
  /** "a Java Developer role", "Java Developer work" in a bid, "the role" when none was given. */
  roleRef(input: string | null, proposal: boolean): string;
  doc(proposal: boolean): string;
  reader(proposal: boolean): string;
  people(family: string | null): string;
  outcomeNoun(family: string | null): string;
  resultPlaceholder(family: string | null): string;
  /** What a bidder's own audience brought the firm, whatever the role: "[N] new-business enquiries". */
  firmResultPlaceholder: string;
  /** What a sponsored post did for the brand that paid for it: "[N] sales or sign-ups for the brand". */
  sponsoredResultPlaceholder: string;
  /** What an organisation's audience can do for it, by its trade: "[N] direct bookings" for a hotel. */
  tradeResultPlaceholder(trade: Trade): string;
  /** "as of 2019", or the placeholder "as of [month year]": what a rewrite adds for the date. */
  asOf(year: number | null): string;
  rule(words: RuleWords): Worded;
  /** The reason's sentence for a flag its rule did not say; null for flags that need none. */
  flag(flag: ClaimFlag, words: FlagWords): string | null;
  /** No result, no date, a bare count: what of these the claim lacks, in one sentence. */
  missing(parts: { outcome: boolean; date: boolean; vanity: boolean }): string;
  /** What to do about a flag, for the suggestion; null for flags that ask nothing more. */
  fix(flag: ClaimFlag, words: FlagWords): string | null;
  headline(words: HeadlineWords): string;
  /** A job description's ask that this claim meets: a sentence for the reason, and what to add. */
  askNote(ask: string, needsLink: boolean): { reason: string; suggestion: string | null };
  /** The suggestion for a claim whose line an earlier claim's rewrite already covers. */
  sameLine(earlier: string): string;
  point(point: SummaryPoint): string;
}
