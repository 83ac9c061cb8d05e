// Turns a decision into words a writer reads once and acts on: a reason that says why, every
// flag included, in plain words, and a rewrite that starts from the writer's own clause (their
// verb, their account, their figure) and adds only what is missing, with [brackets] for what
// only the writer knows. The words themselves come from the catalog of the document's language.
import type { AdviceAction, ClaimFlag, DetectedClaim, RoleAssessment } from "../types.ts";
import type { Implausibility } from "./checks.ts";
import { formatNumber } from "./messages/en.ts";
import { groupThousands } from "./messages/format.ts";
import type { FlagWords, Messages, RuleWords } from "./messages/types.ts";
import { platformFacts, platformName } from "./platform-facts.ts";
import type { ClaimReading } from "./reading.ts";
import { isSponsored, tradeOf } from "./trade.ts";
import type { Outcome } from "../document/index.ts";

export { formatNumber };

/** An organisation's or a client's account in work that has ended (see FlagWords.pastWork). */
export function isPastWork(reading: ClaimReading): boolean {
  return (reading.account.owner === "organization" || reading.account.owner === "client") && !reading.ongoing;
}

/** The words that depend only on the role, the kind of document and the language: the same for every claim. */
export interface WordingSetting {
  messages: Messages;
  roleRef: string;
  doc: string;
  people: string;
  noun: string;
  result: string;
  proposal: boolean;
  role: RoleAssessment;
}

export function wordingSetting(role: RoleAssessment, documentType: "resume" | "proposal", messages: Messages): WordingSetting {
  const proposal = documentType === "proposal";
  return {
    messages,
    roleRef: messages.roleRef(role.input, proposal),
    doc: messages.doc(proposal),
    people: messages.people(role.family),
    noun: messages.outcomeNoun(role.family),
    result: messages.resultPlaceholder(role.family),
    proposal,
    role,
  };
}

/**
 * The result a rewrite asks for, as the account could have brought it: a bidder's own audience
 * the enquiries it brings the firm; a sponsored post what it did for the brand; an organisation's
 * account what its trade sells (bookings for a hotel, tickets for a museum); else the role's result.
 */
function resultFor(reading: ClaimReading, text: string, setting: WordingSetting, messages: Messages): string {
  if (reading.firmsOwn) return messages.firmResultPlaceholder;
  const sentence = reading.place.sentence?.span ?? reading.quote;
  if (isSponsored(text.slice(Math.max(sentence.start, reading.claim.span.start - 200), Math.min(sentence.end, reading.claim.span.end + 200)))) {
    return messages.sponsoredResultPlaceholder;
  }
  const { owner } = reading.account;
  if (owner === "organization" || owner === "client") {
    const entry = reading.place.entry;
    const naming = [reading.account.name, reading.account.phrase, entry === null ? null : text.slice(entry.header.start, Math.min(entry.header.end, entry.header.start + 300))]
      .filter((part): part is string => part !== null)
      .join(" ");
    const trade = tradeOf(naming);
    if (trade !== null) return messages.tradeResultPlaceholder(trade);
  }
  return setting.result;
}

/** "Twitter: 12K", not "X / Twitter: 12K": the old name alone dates the line. */
function writesOnlyOldName(quote: string): boolean {
  return /twitter/iu.test(quote) && !/(?<![\p{L}])X[^\S\n]*[/(,][^\S\n]*(?:formerly[^\S\n]+)?Twitter|Twitter[^\S\n]*[/(][^\S\n]*(?:now[^\S\n]+)?X(?![\p{L}])/u.test(quote);
}

/**
 * How YouTube shows an exact subscriber count to anyone who opens the channel: cut to three
 * significant figures ("41.8K" for 41,872), or null where the count is already that round.
 */
export function publicYouTubeCount(claim: Pick<DetectedClaim, "platform" | "metric" | "value">, messages: Messages): string | null {
  const value = claim.value;
  if (claim.platform !== "youtube" || claim.metric !== "subscribers" || value === null || value < 1_000) return null;
  const magnitude = 10 ** (Math.floor(Math.log10(value)) - 2);
  const shown = Math.floor(value / magnitude) * magnitude;
  if (shown === value) return null;
  // Written out in full ("1,230,000"): "1.2 million" would hide the digit that differs.
  const separator = messages.formatNumber(1_000).charAt(1);
  return groupThousands(String(shown), separator);
}

/** A claim written out in the catalog's language: "95,000 Instagram followers". */
export function describe(claim: DetectedClaim, messages: Messages): string {
  // A Kred Outreach level is no score on the 1–1,000 scale: it is said as written.
  if (claim.kind === "influence_score" && /outreach|level/iu.test(claim.text)) return messages.quote(oneLine(claim.text));
  return messages.figure({ kind: claim.kind, value: claim.value, unit: claim.unit, metric: claim.metric, label: platformName(claim.platform), text: claim.text });
}

/** A tab stands between a table's cells, and reads as one in a quote: "Online shop orders per month | 140 | 1,160". */
function cellsJoined(text: string): string {
  return text.includes("\t") ? text.split("\t").map((cell) => cell.trim()).join(" | ") : text;
}

/** Text as one line: a quote never carries the page's line breaks. */
export function oneLine(text: string): string {
  // Most quotes are one line already.
  if (!text.includes("\n") && !text.includes("  ") && !text.includes("\t")) return text.trim();
  return cellsJoined(text).replace(/\s*\n\s*/g, " ").replace(/\s{2,}/g, " ").trim();
}

/** The longest quote of the writer's words a suggestion carries. */
const MAX_QUOTE = 160;

/** Where a clause divides into pieces a quote can start or end at: a comma, a semicolon, a colon, a spaced dash, an opening parenthesis. */
function pieceBreaks(clause: string): number[] {
  const breaks: number[] = [0];
  let depth = 0;
  for (let at = 0; at < clause.length; at += 1) {
    const char = clause.charAt(at);
    if (char === "(") {
      if (depth === 0 && at > 0) breaks.push(at);
      depth += 1;
    } else if (char === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && (char === "," || char === ";" || char === ":") && clause.charAt(at + 1) === " ") breaks.push(at + 2);
  }
  breaks.push(clause.length);
  return breaks;
}

/**
 * The pieces of `clause` around [from, to), as many as fit in `max` characters, taken whole:
 * "driving a 22% rise in online orders" rather than "…driving a 22% rise in online…". A piece
 * longer than `max` is cut at a word, with an ellipsis where it was cut.
 */
export function piecesAround(clause: string, from: number, to: number, max: number): string {
  if (clause.length <= max) return clause;
  const breaks = pieceBreaks(clause);
  let first = 0;
  while (first + 1 < breaks.length && breaks[first + 1]! <= from) first += 1;
  let last = first + 1;
  while (last < breaks.length - 1 && breaks[last]! < to) last += 1;
  let start = breaks[first]!;
  let end = breaks[last]!;
  // Add the pieces before while they fit: a result reads best with its verb.
  while (first > 0 && end - breaks[first - 1]! <= max) start = breaks[--first]!;
  while (last < breaks.length - 1 && breaks[last + 1]! - start <= max) end = breaks[++last]!;
  let piece = clause.slice(start, end).replace(/^[\s,;:(]+|[\s,;:]+$/gu, "");
  // A piece that begins inside a parenthesis ("31,000 subscribers) and has…") starts after it closes.
  const close = piece.indexOf(")");
  if (close !== -1 && close < (piece.indexOf("(") === -1 ? Infinity : piece.indexOf("(")) && close < piece.length - 1) {
    piece = piece.slice(close + 1).replace(/^[\s,;:]+/u, "");
  }
  if (piece.length > max) {
    const cut = piece.lastIndexOf(" ", max);
    piece = `${piece.slice(0, cut > max / 2 ? cut : max)}…`;
  }
  // A parenthesis opened and not closed in the piece is dropped with what follows it.
  const open = piece.lastIndexOf("(");
  if (open > 0 && piece.indexOf(")", open) === -1) piece = piece.slice(0, open).trimEnd();
  return piece;
}

/** Whether text[from, to) holds a word of two letters or more: ASCII letters and anything past ASCII count as letters. */
function hasWord(text: string, from: number, to: number): boolean {
  let run = 0;
  for (let at = from; at < to; at += 1) {
    const code = text.charCodeAt(at);
    const letter = (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
    run = letter ? run + 1 : 0;
    if (run >= 2) return true;
  }
  return false;
}

/** The writer's clause to rewrite: their words, or the figure written out where the clause is only the figure (a table cell). */
export function rewriteBase(reading: ClaimReading, text: string, messages: Messages): string {
  const { claim, quote } = reading;
  // Only the figure in its clause: "Kred: 812" says what it is; "412K" in a table cell does not.
  if (!hasWord(text, quote.start, claim.span.start) && !hasWord(text, claim.span.end, quote.end)) {
    if (hasWord(claim.text, 0, claim.text.length)) return oneLine(claim.text);
    const handle = claim.evidence.handle ? ` (${claim.evidence.handle})` : "";
    return `${describe(claim, messages)}${handle}`.replace(/^(?:an?|un|une|ein|eine|una?) /u, "");
  }
  const raw = text.slice(quote.start, quote.end);
  const clause = oneLine(raw);
  if (clause.length <= MAX_QUOTE) return clause;
  const at = collapsedLength(raw.slice(0, claim.span.start - quote.start));
  return piecesAround(clause, at, at + oneLine(claim.text).length, MAX_QUOTE);
}

/** Text without a parenthesis it opens and never closes, nor what follows it. */
function balanced(text: string): string {
  const open = text.lastIndexOf("(");
  if (open > 0 && text.indexOf(")", open) === -1) return text.slice(0, open).trimEnd();
  return text;
}

/** An outcome's words, whole pieces of its clause that fit in a short quote. */
export function outcomeWords(text: string, clause: { start: number; end: number }, words: { start: number; end: number }): string {
  const raw = text.slice(clause.start, clause.end);
  // Stray marks before the first word ("Â ", "• ") are not the writer's words.
  const lead = /^[^\p{L}\p{N}“"«„(+$€£]*/u.exec(raw)?.[0].length ?? 0;
  const trimmed = raw.slice(lead);
  const whole = balanced(oneLine(trimmed));
  if (whole.length <= 140) return whole;
  // Where the words sit once line breaks and runs of spaces are collapsed, as oneLine does.
  const at = Math.max(0, collapsedLength(trimmed.slice(0, Math.max(0, words.start - clause.start - lead))));
  const length = collapsedLength(text.slice(words.start, words.end));
  return piecesAround(whole, at, at + length, 120);
}

/** The length text has once collapsed as oneLine collapses it, without trimming its end. */
function collapsedLength(text: string): number {
  return cellsJoined(text).replace(/\s*\n\s*/g, " ").replace(/\s{2,}/g, " ").replace(/^\s+/u, "").length;
}

/** The quote with its date: inside a closing parenthesis where the quote ends with one. */
export function appendDate(quote: string, date: string): string {
  if (date === "") return quote;
  return quote.endsWith(")") ? `${quote.slice(0, -1)}, ${date})` : `${quote} (${date})`;
}

/** The result in a claim's own clause, without the claim: "drove 27% of online donations". */
function resultBeside(text: string, outcome: Outcome, claim: DetectedClaim): string {
  const { clause } = outcome;
  if (claim.span.end <= outcome.span.start && claim.span.end > clause.start && claim.span.end < clause.end) {
    // From the list item that holds the result: "22M views, 6.8% average engagement rate, 41,000
    // sign-ups" quotes the sign-ups, not the rate listed between.
    const between = text.slice(claim.span.end, outcome.span.start);
    const lastBreak = Math.max(between.lastIndexOf(", "), between.lastIndexOf("; "));
    const from = lastBreak === -1 ? claim.span.end : claim.span.end + lastBreak + 1;
    const after = oneLine(text.slice(from, clause.end)).replace(/^[\s,;:)\]–—-]+/u, "");
    if (after.length > 0) return shorten(after);
  }
  if (claim.span.start >= outcome.span.end && claim.span.start > clause.start && claim.span.start < clause.end) {
    const before = oneLine(text.slice(clause.start, claim.span.start)).replace(/[\s,;:(\[–—-]+$/u, "");
    if (before.length > 0) return shorten(before);
  }
  return outcomeWords(text, outcome.clause, outcome.span);
}

function shorten(words: string): string {
  return piecesAround(words, 0, Math.min(words.length, 20), 90);
}

export interface ClaimWording {
  reading: ClaimReading;
  text: string;
  ruleId: string;
  action: AdviceAction;
  flags: readonly ClaimFlag[];
  /** The document's strongest measured result, quoted, when it is not in this claim's own line. */
  showcase: string | null;
  implausible: Implausibility | null;
  /** For a dwarfed figure: the writer's main audience. */
  mainAudience: DetectedClaim | null;
  /** For an inconsistent figure: the others for the same account. */
  others: readonly DetectedClaim[];
  /** A promise in the claim's sentence, in the writer's words. */
  promise: string | null;
  /** Where a bid's client is, for an audience judged against it. */
  place: string | null;
  /** A job description's ask this claim meets ("10,000+ followers"), and whether it wants a link the claim lacks. */
  ask: { words: string; needsLink: boolean } | null;
}

/** The order flags are said in, after the rule's own reason. */
const FLAG_ORDER: readonly ClaimFlag[] = [
  "hidden_text", "defunct_metric", "implausible_value", "inconsistent", "stale", "unverifiable", "off_target_audience", "tiny_beside_big",
  "over_emphasis", "not_comparable",
];
const MISSING_FLAGS: readonly ClaimFlag[] = ["no_outcome", "no_timeframe", "vanity_metric"];

function closingDate(since: string | null, messages: Messages): string | null {
  if (since === null) return null;
  const match = /^(\d{4})-(\d{2})/.exec(since);
  if (!match) return since;
  return messages.monthYear(Number(match[1]), Number(match[2]));
}

/** What to do about the flags the rule's words leave unsaid, each as the catalog writes it. */
function fixesFor(flags: readonly ClaimFlag[], covers: readonly ClaimFlag[], messages: Messages, words: FlagWords): string[] {
  const fixes: string[] = [];
  for (const flag of FLAG_ORDER) {
    if (!flags.includes(flag) || covers.includes(flag)) continue;
    const fix = messages.fix(flag, words);
    if (fix !== null) fixes.push(fix);
  }
  return fixes;
}

export function wordClaim(input: ClaimWording, setting: WordingSetting): { reason: string; suggestion: string } {
  const { reading, text, action } = input;
  const { claim } = reading;
  const { messages } = setting;
  const facts = platformFacts(claim.platform);
  const label = platformName(claim.platform);
  const figure = describe(claim, messages);
  const outcome = reading.direct ?? reading.linked;
  // A figure on a service that has closed is no later than the closing: a job that ran to 2020
  // does not date Google+ followers 2020, and one still running dates them at the closing.
  const closedYear = facts?.defunctSince ? Number(facts.defunctSince.slice(0, 4)) : null;
  const year = closedYear === null ? reading.year : reading.year !== null ? Math.min(reading.year, closedYear) : reading.ongoing ? closedYear : null;
  const flagWords: FlagWords = {
    figure,
    year,
    others: input.others.map((other) => describe(other, messages)),
    promise: input.promise,
    place: input.place,
    mainAudience: input.mainAudience ? describe(input.mainAudience, messages) : null,
    proposal: setting.proposal,
    label,
    formerName: claim.platform === "x" && writesOnlyOldName(text.slice(reading.quote.start, reading.quote.end)) ? "Twitter" : null,
    kind: claim.kind,
    pastWork: isPastWork(reading),
    publicCount: claim.flags.includes("unverifiable") ? publicYouTubeCount(claim, messages) : null,
  };
  // A rewrite that says the old name is out of date does not keep it: "12,000 followers on X".
  const written = rewriteBase(reading, text, messages);
  // "X / Twitter" and "Twitter (now X)" become "X", not "X / X".
  const base =
    flagWords.formerName === null
      ? written
      : written
          .replace(/(?<![\p{L}])X[^\S\n]*(?:\/[^\S\n]*|\([^\S\n]*(?:formerly[^\S\n]+)?)Twitter\)?/gu, "X")
          .replace(/(?<![\p{L}])Twitter[^\S\n]*(?:\/[^\S\n]*|\([^\S\n]*(?:now[^\S\n]+)?)X\)?(?![\p{L}])/gu, "X")
          .replace(/(?<![\p{L}.\/])Twitter(?![\p{L}.\/])/gu, "X");
  const dateWords = reading.timeframe ? "" : messages.asOf(reading.ongoing && closedYear === null ? null : year);
  const words: RuleWords = {
    rule: input.ruleId,
    action,
    relevance: setting.role.relevance,
    proposal: setting.proposal,
    kind: claim.kind,
    platform: claim.platform,
    figure,
    label,
    text: oneLine(claim.text),
    quote: base,
    asOf: dateWords === "" ? "" : ` (${dateWords})`,
    dated: appendDate(base, dateWords),
    year,
    outcome: outcome === null ? null : reading.direct !== null ? resultBeside(text, outcome, claim) : outcomeWords(text, outcome.clause, outcome.span),
    outcomeElsewhere: reading.direct === null && reading.linked !== null,
    needsFix: false,
    roleRef: setting.roleRef,
    doc: setting.doc,
    people: setting.people,
    noun: setting.noun,
    result: resultFor(reading, text, setting, messages),
    showcase: input.showcase,
    closed: closingDate(facts?.defunctSince ?? null, messages),
    scale: facts?.scale && facts.scale.max !== null ? { min: formatNumber(facts.scale.min), max: messages.formatNumber(facts.scale.max) } : null,
    owner: reading.account.owner,
    ownerName: reading.account.name,
    ownerPhrase: reading.account.phrase === null ? null : oneLine(reading.account.phrase),
    implausible: input.implausible,
    mainAudience: flagWords.mainAudience,
  };
  // A first reading tells which flags the rule's words leave to say; a flag that asks for a
  // change means "keep it" must not end there.
  const first = messages.rule(words);
  const fixes = action === "remove" ? [] : fixesFor(input.flags, input.promise === null ? first.covers : first.covers.filter((flag) => flag !== "unverifiable"), messages, flagWords);
  const worded = fixes.length > 0 ? messages.rule({ ...words, needsFix: true }) : first;

  // A promise is said even where the rule speaks of missing evidence: it is a different fault.
  const covers = input.promise === null ? worded.covers : worded.covers.filter((flag) => flag !== "unverifiable");
  const sentences = [worded.reason];
  for (const flag of FLAG_ORDER) {
    if (!input.flags.includes(flag) || covers.includes(flag)) continue;
    // A dead score cut for being dead is not also to be checked: "check it" would contradict "cut it".
    if (flag === "implausible_value" && action === "remove" && input.flags.includes("defunct_metric")) continue;
    const sentence = messages.flag(flag, flagWords);
    if (sentence) sentences.push(sentence);
  }
  const missing = {
    outcome: input.flags.includes("no_outcome") && !covers.includes("no_outcome"),
    date: input.flags.includes("no_timeframe") && !covers.includes("no_timeframe"),
    vanity: input.flags.includes("vanity_metric") && !covers.includes("vanity_metric"),
  };
  if (missing.outcome || missing.date || missing.vanity) sentences.push(messages.missing(missing));
  for (const flag of input.flags) {
    if (FLAG_ORDER.includes(flag) || MISSING_FLAGS.includes(flag) || covers.includes(flag)) continue;
    const sentence = messages.flag(flag, flagWords);
    if (sentence) sentences.push(sentence);
  }
  const suggestions = [worded.suggestion, ...fixes];
  if (input.ask !== null) {
    const note = messages.askNote(input.ask.words, input.ask.needsLink);
    sentences.push(note.reason);
    if (note.suggestion !== null && action !== "remove") suggestions.push(note.suggestion);
  }
  return { reason: sentences.filter((sentence) => sentence.length > 0).join(" "), suggestion: suggestions.join(" ") };
}
