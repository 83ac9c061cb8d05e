// What a client checks in a bid beyond each figure: promises nobody can check ("we guarantee
// reach no other agency can match"), and whether a large audience is the client's audience (a
// global 2M following for a city's campaign says little without the local share).
import type { DocumentModel, Sentence } from "../document/index.ts";
import { PhraseIndex, wordsIn } from "../document/words.ts";
import { MENTION_SOURCE_ANY_CASE } from "../detect/context.ts";
import type { Span } from "../types.ts";

/** Promises and superlatives a client cannot check, folded, in the supported languages. */
const UNVERIFIABLE = new PhraseIndex<true>(
  [
    "guarantee", "guarantees", "guaranteed", "we guarantee", "no other agency", "no other firm", "no one else", "nobody else", "unmatched",
    "unrivalled", "unrivaled", "unparalleled", "second to none", "like no other", "best in class", "best in the industry", "world class",
    "industry leading", "the best agency", "the leading agency", "the number one", "number one agency", "unbeatable", "viral guaranteed",
    "garantiert", "garantieren", "wir garantieren", "einzigartig", "unubertroffen", "unschlagbar", "die beste agentur", "nous garantissons",
    "garanti", "garantie", "garantis", "inegale", "inegalee", "inegalable", "sans egal", "la meilleure agence", "garantizamos", "garantizado",
    "garantizada", "inigualable", "sin igual", "sin competencia", "la mejor agencia", "garantiamo", "garantito", "ineguagliabile",
    "senza eguali", "garanderen", "gegarandeerd", "garantimos", "garantido", "incomparavel",
  ].map((phrase) => [phrase, true] as const),
);

// "la pagina Facebook del Museo Civico", "the Facebook page of Leeds Museums": a platform's account
// named after its owner, which a client can open. The owner is named in capitals; "the page of a
// dental clinic" names none.
const ACCOUNT_OF_NAMED_OWNER = new RegExp(
  `(?:${MENTION_SOURCE_ANY_CASE})[^\\S\\n]+(?:(?:page|account|channel|profile|group|pagina|página|Seite|Kanal|canal|profilo|perfil|compte|cuenta|conta|kanaal|konto)[^\\S\\n]+)?(?:of|for|del|della|dello|dei|de la|de l['’]|du|des|de|von|vom|der|des|do|da|dos|das|van|di|della)[^\\S\\n]+(?:the[^\\S\\n]+)?\\p{Lu}[\\p{L}&'’-]+`,
  "iu",
);
// "Museo Civico's Facebook page", "the Leeds Museums Instagram": the owner's name before the platform's.
const NAMED_OWNER_BEFORE = new RegExp(`(?<![\\p{L}])\\p{Lu}[\\p{L}&.-]+(?:[^\\S\\n]+\\p{Lu}[\\p{L}&.-]+)*(?:['’]s)?[^\\S\\n]+(?:${MENTION_SOURCE_ANY_CASE})`, "u");

/** Whether the sentence names the account the figure is of by its owner's name. */
export function namesAccountOwner(text: string, sentence: Span): boolean {
  const written = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400));
  if (ACCOUNT_OF_NAMED_OWNER.test(written)) return true;
  const before = NAMED_OWNER_BEFORE.exec(written);
  // The sentence's first word is capitalised anyway: it names an owner only with others after it.
  return before !== null && (before.index > 0 || /\s\p{Lu}/u.test(before[0].trim().replace(/\s\S+$/u, "")));
}

export interface Promise {
  /** The sentence that makes it. */
  sentence: Span;
  /** The words that make it. */
  words: Span;
  /** A guarantee ("we guarantee", "garantizamos"): what it names is promised, not achieved. */
  guarantee: boolean;
}

/** How much of a promise's sentence is quoted around its words. */
const PROMISE_REACH = 80;

/** The promise as a reader quotes it: from its sentence's start (when near) to the end of its clause. */
function promiseWords(text: string, sentence: Span, start: number, end: number): Span {
  const from = start - sentence.start <= 40 ? sentence.start : start;
  let to = end;
  const limit = Math.min(sentence.end, end + PROMISE_REACH);
  // A comma before a space ends it too, so that the figure after it ("…voices in UK marketing, with
  // 31,000 followers") is not part of what the writer is told to cut.
  while (to < limit && !/[:;.!?—–\n]/u.test(text.charAt(to)) && !(text.charAt(to) === "," && text.charAt(to + 1) === " ")) to += 1;
  // Cut at a word, not inside one.
  if (to === limit && to < sentence.end) {
    const space = text.lastIndexOf(" ", to);
    if (space > end) to = space;
  }
  while (to > end && /[\s,]/u.test(text.charAt(to - 1))) to -= 1;
  return { start: from, end: to };
}

// The promise words that are a guarantee, folded: "guarantee", "garantiert", "garantizamos", "gegarandeerd".
const GUARANTEE_WORD = /^(?:guarant|garant|gegarand)/u;

/** The most promises listed; a bid that makes more has one problem, said once. */
const MAX_PROMISES = 5;

// A superlative about the bidder's own reach that no source backs: "the largest travel creator
// network in the UK", "the most engaged cycling audience in Europe", "one of the UK's leading
// voices on social commerce", "a well-known voice in the data community", "one of the UK's top
// cycling YouTubers", "the world's most engaged travel audience".
const SUPERLATIVE_REACH =
  /(?<![\p{L}])(?:the|our|one of the)[^\S\n]+(?:[\p{L}]+['’]s[^\S\n]+)?(?:largest|biggest|best-known|leading|top|most[^\S\n]+(?:engaged|influential|trusted|followed|loyal|respected|popular))(?![\p{L}])[^.;:\n]{0,60}?(?<![\p{L}])(?:network|audience|community|following|followers|agency|channel|creators?|reach|voices?|youtubers?|influencers?|bloggers?)(?![\p{L}])|(?<![\p{L}])(?:leading|well-known|best-known|foremost)[^\S\n]+voices?(?![\p{L}])/iu;

/** Sentences of the document that promise what a client cannot check. */
export function findPromises(model: DocumentModel): Promise[] {
  const found: Promise[] = [];
  for (const sentence of model.sentences) {
    if (model.blocks[sentence.block]?.kind === "heading") continue;
    const words = wordsIn(model.text, sentence.span.start, sentence.span.end);
    const [hit] = UNVERIFIABLE.findAll(words);
    if (hit === undefined) {
      const written = model.text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 600));
      const superlative = SUPERLATIVE_REACH.exec(written);
      if (superlative === null) continue;
      const start = sentence.span.start + superlative.index;
      found.push({ sentence: sentence.span, words: promiseWords(model.text, sentence.span, start, start + superlative[0].length), guarantee: false });
      if (found.length >= MAX_PROMISES) break;
      continue;
    }
    const guarantee = words.slice(hit.first, hit.last + 1).some((word) => GUARANTEE_WORD.test(word.folded));
    found.push({ sentence: sentence.span, words: promiseWords(model.text, sentence.span, words[hit.first]!.start, words[hit.last]!.end), guarantee });
    if (found.length >= MAX_PROMISES) break;
  }
  return found;
}

/** The promise, if any, in the sentence of `position`. */
export function promiseAt(promises: readonly Promise[], sentence: Sentence | null): Promise | null {
  if (sentence === null) return null;
  return promises.find((promise) => promise.sentence.start === sentence.span.start) ?? null;
}

/** Words that make the client local: a city, a municipality, a region; a name may follow. */
const LOCAL_CLIENT = /\b(?:city of|town of|county of|municipality of|borough of|city council|county council|local council|comune di|citt[aà] di|mairie de|ville de|r[ée]gion|d[ée]partement|stadt|gemeinde|landkreis|ayuntamiento de|municipio de|prefeitura de|gemeente)\b/iu;
const PLACE_NAME = /^[^\S\n]*(?:of[^\S\n]+|de[^\S\n]+|di[^\S\n]+)?([\p{Lu}][\p{L}-]+(?:[^\S\n][\p{Lu}][\p{L}-]+)?)/u;

/** Words that tie an audience figure to a place. */
const LOCAL_SHARE = /\b(?:local|locally|in the city|in the region|residents|based in|of whom|lokal|vor ort|locales?|r[ée]gional|nella citt[aà]|in citt[aà]|a livello locale|en la ciudad|dans la ville)\b|%\s?(?:in|from|en|in der|aus)\s/iu;

// A public body named after its place: "Westmoor Combined Transport Authority", "Leeds City Council",
// "Upper Wharfedale Tourism Board".
const BODY_AFTER_PLACE =
  /(?<![\p{L}])(\p{Lu}[\p{L}-]+(?:[^\S\n]\p{Lu}[\p{L}-]+)??)[^\S\n](?:(?:Combined[^\S\n])?(?:Transport|Local|Unitary|Regional|Fire|Police|Combined)[^\S\n]Authority|(?:City|County|Borough|District|Town|Parish|Metropolitan)[^\S\n](?:Borough[^\S\n])?Council|Tourism Board|Tourist Board|Destination Management Partnership)(?![\p{L}])/u;
// A destination's marketing body ("Visit Upper Wharfedale"), or a part of a town ("in south Bristol").
const PLACE_AFTER_WORD = /(?<![\p{L}])(?:Visit|in[^\S\n]+(?:north|south|east|west|central|inner)(?:ern)?)[^\S\n]+(\p{Lu}[\p{L}-]+(?:[^\S\n]\p{Lu}[\p{L}-]+)?)/u;

/** The place a bid's client serves, when the bid names one ("City of Leeds", "Comune di Verona", "Westmoor Combined Transport Authority"); else null. */
export function localClient(model: DocumentModel): string | null {
  return localPlaceIn(model.text);
}

/** The place named as the client's in a text's first 6,000 characters (a bid, or the buyer's brief), or null. */
export function localPlaceIn(text: string): string | null {
  const head = text.slice(0, 6000);
  const match = LOCAL_CLIENT.exec(head);
  // A place is named ("City of Leeds", "Comune di Verona"); a bare "region" names none.
  const name = match ? PLACE_NAME.exec(head.slice(match.index + match[0].length, match.index + match[0].length + 60)) : null;
  if (name?.[1]) return name[1];
  // A public body or a destination names the client only near the top, where the bid says whom
  // it is for: further down, "Wessex Borough Council" heads a case study of a past client.
  const top = text.slice(0, CLIENT_NAMED_WITHIN);
  return BODY_AFTER_PLACE.exec(top)?.[1] ?? PLACE_AFTER_WORD.exec(top)?.[1] ?? null;
}

/** How far into a bid its client is named: the cover and the first paragraph. */
const CLIENT_NAMED_WITHIN = 800;

/** Whether the claim's sentence ties the audience to a place: local words, or the client's place by name. */
export function saysWhereAudienceIs(text: string, sentence: Span, place: string | null): boolean {
  const words = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 400));
  return LOCAL_SHARE.test(words) || (place !== null && words.includes(place));
}

const FIRST_PERSON = /(?<![\p{L}])(?:I|I['’]m|I['’]ve|My|my)(?![\p{L}'’])/u;
const THIRD_PERSON = /(?<![\p{L}])(?:[Ss]he|[Hh]e|[Hh]is|[Hh]er|[Tt]hey|[Tt]heir)(?![\p{L}])/u;

/**
 * A bid's team section where one bio speaks in the first person among others in the third ("I
 * lead our recruitment campaigns" beside "Dan leads…; he has…"): the sentence, or null.
 */
export function firstPersonBio(model: DocumentModel): string | null {
  // A bid has one team section, perhaps a few: the first three are read, so a crafted page of
  // thousands of "Team" headings costs no more than three passes over its sentences.
  for (const section of model.sections.filter((candidate) => candidate.kind === "team").slice(0, 3)) {
    const text = model.text.slice(section.span.start, Math.min(section.span.end, section.span.start + 20_000));
    if (!THIRD_PERSON.test(text)) continue;
    for (const sentence of model.sentences) {
      if (sentence.span.start < section.span.start || sentence.span.end > section.span.end) continue;
      const written = model.text.slice(sentence.span.start, Math.min(sentence.span.end, sentence.span.start + 400));
      if (FIRST_PERSON.test(written)) return written.replace(/\s+/gu, " ").trim();
    }
  }
  return null;
}

