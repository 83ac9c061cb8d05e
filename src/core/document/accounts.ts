// Whose account a figure is: the writer's own ("my Instagram", "mein Kanal"), an organisation's
// the writer worked for ("the zoo's TikTok", "la page Facebook de la ville", "Instagram da
// marca", "our" under a job or in a bid), or a client's ("the client's newsletter"). Read from
// the words nearest the figure in its sentence, then from the job it sits in: an account grown
// or run inside an employer's entry, named with "the" or after the employer, is the employer's.
import type { Span } from "../types.ts";
import type { DocumentModel, Place } from "./index.ts";
import { fold, PhraseIndex, wordsIn, type Word } from "./words.ts";

export type AccountOwner = "self" | "organization" | "client" | "unknown";

export interface Account {
  owner: AccountOwner;
  /** The organisation the account belongs to, from the entry it sits in, where the document names one. */
  name: string | null;
  /** The words that decided, as written; null where nothing did. */
  cue: string | null;
  /** How the text names the account, as written ("the park’s", "the Tessellate Discord"), where it does. */
  phrase: string | null;
}

/** Cue words by language, folded; "en" is always read, the document's language beside it. */
const CUES: Record<string, readonly (readonly [string, AccountOwner])[]> = {
  en: [
    ["my", "self"], ["mine", "self"], ["personal", "self"], ["personally", "self"], ["i", "self"], ["i m", "self"], ["i ve", "self"],
    ["privately", "self"], ["founder of", "self"], ["co founded", "self"], ["cofounded", "self"], ["founded", "self"], ["my own", "self"],
    ["started my", "self"], ["side project", "self"], ["our founder", "self"], ["our ceo", "self"], ["our managing partner", "self"],
    ["our director", "self"], ["our head of", "self"], ["our lead", "self"], ["our strategist", "self"], ["her", "self"], ["his", "self"],
    ["our", "organization"], ["ours", "organization"], ["follow us", "organization"], ["find us", "organization"], ["company", "organization"], ["company page", "organization"], ["corporate", "organization"],
    ["brand", "organization"], ["the brand", "organization"], ["official", "organization"], ["institutional", "organization"],
    ["employer", "organization"], ["club", "organization"], ["agency", "organization"], ["studio", "organization"], ["charity", "organization"],
    ["museum", "organization"], ["zoo", "organization"], ["firm", "organization"], ["organisation", "organization"],
    ["organization", "organization"], ["delegation", "organization"], ["team account", "organization"], ["on behalf of", "organization"],
    ["client", "client"], ["clients", "client"], ["customer s", "client"], ["for a client", "client"], ["for clients", "client"],
  ],
  de: [
    ["mein", "self"], ["meine", "self"], ["meinem", "self"], ["meinen", "self"], ["meiner", "self"], ["meines", "self"], ["personlich", "self"],
    ["personliche", "self"], ["personlichen", "self"], ["privat", "self"], ["privaten", "self"], ["ich", "self"], ["unser grunder", "self"],
    ["unser", "organization"], ["unsere", "organization"], ["unserer", "organization"], ["unseres", "organization"], ["unserem", "organization"],
    ["unseren", "organization"], ["firma", "organization"], ["unternehmen", "organization"], ["unternehmens", "organization"],
    ["marke", "organization"], ["offizielle", "organization"], ["offiziellen", "organization"], ["studios", "organization"],
    ["stadt", "organization"], ["vereins", "organization"], ["kunden", "client"], ["des kunden", "client"],
  ],
  fr: [
    ["mon", "self"], ["ma", "self"], ["mes", "self"], ["personnel", "self"], ["personnelle", "self"], ["je", "self"], ["j", "self"],
    ["perso", "self"], ["notre fondateur", "self"], ["notre fondatrice", "self"], ["notre", "organization"], ["nos", "organization"],
    ["entreprise", "organization"], ["societe", "organization"], ["marque", "organization"], ["officiel", "organization"],
    ["officielle", "organization"], ["institutionnel", "organization"], ["institutionnelle", "organization"], ["ville", "organization"],
    ["mairie", "organization"], ["musee", "organization"], ["agence", "organization"], ["du client", "client"], ["des clients", "client"],
  ],
  es: [
    ["mi", "self"], ["mis", "self"], ["propio", "self"], ["propia", "self"], ["yo", "self"], ["nuestro fundador", "self"],
    ["nuestra fundadora", "self"], ["nuestro", "organization"], ["nuestra", "organization"], ["nuestros", "organization"], ["nuestras", "organization"],
    ["empresa", "organization"], ["marca", "organization"], ["corporativo", "organization"], ["corporativa", "organization"],
    ["oficial", "organization"], ["institucional", "organization"], ["agencia", "organization"], ["ayuntamiento", "organization"],
    ["del cliente", "client"], ["de clientes", "client"],
  ],
  it: [
    ["mio", "self"], ["mia", "self"], ["miei", "self"], ["mie", "self"], ["personale", "self"], ["nostro", "organization"], ["nostra", "organization"],
    ["nostri", "organization"], ["azienda", "organization"], ["aziendale", "organization"], ["marchio", "organization"], ["ufficiale", "organization"],
    ["comune", "organization"], ["museo", "organization"], ["del cliente", "client"],
  ],
  nl: [
    ["mijn", "self"], ["persoonlijk", "self"], ["persoonlijke", "self"], ["ik", "self"], ["ons", "organization"], ["onze", "organization"],
    ["bedrijf", "organization"], ["merk", "organization"], ["officieel", "organization"], ["van de klant", "client"],
  ],
  pt: [
    ["meu", "self"], ["minha", "self"], ["meus", "self"], ["minhas", "self"], ["pessoal", "self"], ["eu", "self"], ["nosso", "organization"],
    ["nossa", "organization"], ["nossos", "organization"], ["nossas", "organization"], ["marca", "organization"], ["empresa", "organization"],
    ["oficial", "organization"], ["institucional", "organization"], ["prefeitura", "organization"], ["do cliente", "client"],
  ],
};

const CUE_INDEX = new Map<string, PhraseIndex<AccountOwner>>();
function cuesFor(language: string | null): PhraseIndex<AccountOwner> {
  const key = language !== null && language in CUES && language !== "en" ? language : "en";
  let index = CUE_INDEX.get(key);
  if (index === undefined) {
    index = new PhraseIndex<AccountOwner>(key === "en" ? CUES.en! : [...CUES.en!, ...CUES[key]!]);
    CUE_INDEX.set(key, index);
  }
  return index;
}

/** Words for an account or what it is on, folded: "the Tessellate Discord", "des Instagram-Kanals", "la page Facebook". */
const ACCOUNT_WORDS = new Set([
  "instagram", "tiktok", "facebook", "twitter", "x", "linkedin", "youtube", "discord", "slack", "reddit", "subreddit", "twitch", "pinterest",
  "snapchat", "threads", "bluesky", "mastodon", "newsletter", "blog", "podcast", "page", "account", "channel", "server", "forum", "group",
  "kanal", "kanals", "seite", "konto", "compte", "chaine", "page", "cuenta", "canal", "pagina", "profilo", "profil", "perfil", "booktok",
  "meetup", "community", "communaute", "comunidad", "gemeinschaft", "site", "website",
]);

/** Definite articles: "the X account" names an account the writer did not call their own. */
const ARTICLES = new Set(["the", "der", "des", "die", "den", "dem", "la", "le", "les", "l", "el", "los", "las", "il", "lo", "het", "o", "da", "do"]);

/** Verbs of growing or running an account, folded: in an employer's entry they mean work for the employer. */
const WORK_VERBS = new Set([
  "grew", "grow", "growing", "built", "build", "took", "launched", "launch", "scaled", "ran", "run", "running", "managed", "manage",
  "handled", "moderated", "relaunched", "started", "aufbau", "aufgebaut", "betreut", "betreuung", "gesteigert", "ausgebaut", "animation",
  "gestion", "lancement", "lance", "developpe", "crecimiento", "gestione", "gestion", "lanzamiento", "portato", "gestito", "cresciuto",
  "opgebouwd", "beheerd", "cresceu", "gerenciei", "crescimento", "gestao",
]);

/** The words of `words` (in order) inside [from, to), found by binary search. */
function within(words: readonly Word[], from: number, to: number): readonly Word[] {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.start < from) low = middle + 1;
    else high = middle;
  }
  let end = low;
  while (end < words.length && words[end]!.end <= to) end += 1;
  return words.slice(low, end);
}

/** How far before and after the figure its sentence is read for cues. */
const BEFORE = 160;
const AFTER = 80;

function letters(value: string): string {
  return fold(value).replace(/[^a-z0-9]/g, "");
}

/** "harvestandco" and "Harvest & Co.": a handle that spells the organisation's name. */
export function handleMatches(handle: string | null, organization: string | null): boolean {
  if (handle === null || organization === null) return false;
  const left = letters(handle.replace(/^@/, "").replace(/^(?:https?:\/\/)?(?:www\.)?[a-z]+\.com\//i, ""));
  const right = letters(organization.replace(/&/g, "and"));
  const plain = letters(organization);
  if (left.length < 3 || right.length < 3) return false;
  return left.includes(plain) || plain.includes(left) || left.includes(right) || right.includes(left) || left.startsWith(plain.slice(0, 6));
}

/** A possessive before the figure: "the zoo's", "Onalytica’s", "the park's". */
/** A verb that opens a bullet, before the name it governs. */
const LEADING_VERB =
  /^(?:Grew|Took|Built|Ran|Managed|Led|Launched|Relaunched|Scaled|Started|Created|Rebuilt|Oversaw|Handled|Owned|Doubled|Tripled|Drove|Moved|Brought|Turned|Revamped|Rebranded|Wrote|Produced|Hosted|Founded|Co-founded|Joined|Ran|Run|Manage|Grow|Build|Lead|Took over|Grown|Growing|Managing|Running|Building|Leading)\s+/u;
const POSSESSIVE_SOURCE = "(?:^|[^\\p{L}])((?:the\\s+)?(?:[\\p{Lu}][\\p{L}&.-]{0,30}\\s+){0,3}[\\p{L}&.-]{2,40})['’]s(?=\\s)";

interface Cue {
  owner: AccountOwner;
  at: number;
  words: string;
  /** "the zoo's": names the account, not only its owner. */
  possessive: boolean;
  /** A pronoun or possessive ("my", "our", "the zoo's") says more than a noun ("brand", "company"). */
  strong: boolean;
}

/** The nearest cue of one strength on one side of the figure. */
function nearestOf(cues: readonly Cue[], span: Span, strong: boolean, before: boolean): Cue | null {
  let best: Cue | null = null;
  for (const cue of cues) {
    if (cue.strong !== strong) continue;
    if (before ? cue.at < span.start && (best === null || cue.at > best.at) : cue.at >= span.end && (best === null || cue.at < best.at)) best = cue;
  }
  return best;
}

/** The nearest strong cue before the figure, else the nearest noun before it, else the same after it. */
function nearestCue(cues: readonly Cue[], span: Span): Cue | null {
  const strong = nearestOf(cues, span, true, true);
  // "Ich habe für die Kranichstein Spiele GmbH die offizielle Discord-Community … aufgebaut": the
  // writer as the subject who built it says less of whose it is than "official" after it.
  if (strong !== null && SUBJECT_PRONOUNS.has(strong.words.toLowerCase())) {
    const noun = nearestOf(cues, span, false, true);
    if (noun !== null && noun.at > strong.at && noun.owner !== "self") return noun;
  }
  return strong ?? nearestOf(cues, span, false, true) ?? nearestOf(cues, span, true, false) ?? nearestOf(cues, span, false, false);
}

/** The writer as a sentence's subject, in the languages read: a cue, but not a possessive. */
const SUBJECT_PRONOUNS = new Set(["i", "ich", "je", "yo", "eu", "ik", "io", "ja"]);

/** Words that name an account, before "of" or "for" and whose it is: "page of a dental clinic". */
const ACCOUNT_OF_WORDS = new Set([
  "page", "account", "channel", "profile", "feed", "ig", "fb", "instagram", "tiktok", "facebook", "linkedin", "youtube", "newsletter", "blog",
  "pagina", "seite", "kanal", "canal", "profilo", "perfil", "compte", "cuenta", "conta", "kanaal", "profil",
]);
const DETERMINERS = new Set(["a", "an", "the", "our", "my", "one"]);
/** "Of the" as one word: Italian, French, Spanish, Portuguese, German. */
const OF_THE = new Set(["del", "della", "dello", "dei", "degli", "delle", "du", "des", "do", "da", "dos", "das", "vom", "al"]);

/** Cue words that are nouns, not pronouns: weaker than "my", "our" or "the zoo's". */
const NOUN_CUES = new Set([
  "company", "company page", "corporate", "brand", "official", "institutional", "employer", "club", "agency", "studio", "charity", "museum",
  "zoo", "firm", "organisation", "organization", "delegation", "team account", "client", "clients", "firma", "unternehmen", "unternehmens",
  "marke", "offizielle", "offiziellen", "studios", "stadt", "vereins", "kunden", "entreprise", "societe", "marque", "officiel", "officielle",
  "institutionnel", "institutionnelle", "ville", "mairie", "musee", "agence", "empresa", "marca", "corporativo", "corporativa", "oficial",
  "institucional", "agencia", "ayuntamiento", "azienda", "aziendale", "marchio", "ufficiale", "comune", "museo", "bedrijf", "merk",
  "officieel", "prefeitura", "the brand", "founded", "side project",
]);

/** Whose account the figure at `span` is. Reads at most BEFORE + AFTER characters: constant time per figure. */
export function accountOf(
  model: DocumentModel,
  span: Span,
  options: { handle?: string | null; language?: string | null; proposal?: boolean; place?: Place; words?: readonly Word[] } = {},
): Account {
  const { text } = model;
  const place = options.place ?? model.at(span.start);
  const sentence = place.sentence?.span ?? place.block?.span ?? span;
  const from = Math.max(sentence.start, span.start - BEFORE);
  const to = Math.min(Math.max(sentence.end, span.end), span.end + AFTER);
  // The caller's words of a wider window, cut to this one, or the window's own.
  const words = options.words === undefined ? wordsIn(text, from, to) : within(options.words, from, to);
  const cues: Cue[] = [];
  for (const hit of cuesFor(options.language ?? null).findAll(words)) {
    const first = words[hit.first]!;
    const last = words[hit.last]!;
    // Words of the figure itself say nothing about its owner.
    if (first.start >= span.start && first.start < span.end) continue;
    // "I" is a cue only as the pronoun: a capital I on its own.
    if (first.folded === "i" && text.slice(first.start, first.end) !== "I") continue;
    const written = text.slice(first.start, last.end);
    const folded = words.slice(hit.first, hit.last + 1).map((word) => word.folded).join(" ");
    cues.push({ owner: hit.value, at: first.start, words: written, possessive: false, strong: !NOUN_CUES.has(folded) });
  }
  // Patterns are compiled per call (the engine caches the compiled form), so no state crosses calls.
  const possessive = new RegExp(POSSESSIVE_SOURCE, "gu");
  const window = text.slice(from, to);
  // "the FB page of a dental clinic", "the account for our client": the account named after whose it is.
  // "la pagina Facebook del Museo Civico": "of the" contracted into one word.
  for (let index = 1; index + 2 < words.length; index += 1) {
    const word = words[index]!.folded;
    if (!ACCOUNT_OF_WORDS.has(words[index - 1]!.folded)) continue;
    const contracted = OF_THE.has(word);
    if (!contracted && ((word !== "of" && word !== "for") || !DETERMINERS.has(words[index + 1]!.folded))) continue;
    const whose = contracted ? "the" : words[index + 1]!.folded;
    const last = words[Math.min(words.length - 1, index + 3)]!;
    const named = text.slice(words[index - 1]!.start, last.end);
    // In a bid, an account named after someone else than the firm ("the page of the City Museum")
    // is one the firm ran for a client.
    const owner: AccountOwner =
      whose === "my" ? "self" : /client/iu.test(named) || (options.proposal === true && whose !== "our") ? "client" : "organization";
    cues.push({ owner, at: words[index - 1]!.start, words: named, possessive: false, strong: true });
  }
  // Most windows hold no possessive: the pattern runs only where an apostrophe and "s" are.
  const hasPossessive = window.includes("'s") || window.includes("’s");
  for (let match = hasPossessive ? possessive.exec(window) : null; match !== null; match = possessive.exec(window)) {
    // "Grew Latchkey's LinkedIn", "Took Crunchwell's Instagram": a bullet's verb, capitalised, is not part of the name.
    const verb = LEADING_VERB.exec(match[1]!);
    if (verb !== null && verb[0].length < match[1]!.length) match[1] = match[1]!.slice(verb[0].length);
    const at = from + match.index + match[0].indexOf(match[1]!);
    // "our founder's", "her": a person's own account; "the client's": a client's; any other name: an organisation's.
    const lastWord = match[1]!.split(/\s+/u).pop() ?? "";
    const owner = /^(?:my|her|his|their|founder|co-?founder|ceo|director|partner|lead|head|manager|strategist|editor)$/iu.test(lastWord)
      ? "self"
      : /^clients?$/iu.test(lastWord)
        ? "client"
        : "organization";
    cues.push({ owner, at, words: `${match[1]}’s`, possessive: true, strong: true });
  }
  const entry = place.entry;
  const nearest = nearestCue(cues, span);
  if (nearest !== null) {
    // In a bid, "our" is the firm bidding, never the entry a heading may have made ("Response to ITT …").
    const name = nearest.owner === "organization" && options.proposal !== true ? (entry?.organization ?? null) : null;
    // "Club Instagram", "the brand TikTok": a noun that names whose the account is, in English said "the club’s".
    const phrase = nearest.possessive ? nearest.words : !nearest.strong && (options.language ?? "en") === "en" && /^[\p{L}]+$/u.test(nearest.words) ? `the ${nearest.words.toLowerCase()}’s` : null;
    return { owner: nearest.owner, name, cue: nearest.words, phrase };
  }
  const handle = options.handle ?? null;
  // "Creator, self-employed (2018–present)": the writer's own work, so an account nobody else claims is theirs.
  if (entry !== null && selfEmployed(text, entry)) return { owner: "self", name: null, cue: entry.organization, phrase: null };
  if (entry !== null && handleMatches(handle, entry.organization)) return { owner: "organization", name: entry.organization, cue: handle, phrase: handle };
  if (entry !== null && (entry.organization !== null || entry.title !== null)) {
    const worked = workedAccount(text, words, span);
    if (worked !== null) return { owner: "organization", name: entry.organization, cue: worked.cue, phrase: worked.phrase };
    // In a social, community or marketing job, an account nobody claims is the employer's.
    if (entry.organization !== null && entry.title !== null && AUDIENCE_JOB.test(entry.title)) {
      return { owner: "organization", name: entry.organization, cue: entry.title, phrase: null };
    }
  }
  return { owner: "unknown", name: null, cue: null, phrase: null };
}

/** An entry's "organisation" that is the writer working for themself. */
const SELF_EMPLOYED = /^(?:self[- ]employed|freelance|freelancer|independent|personal|own (?:account|channel|brand)|my own|solo|sole trader|selbstst[äa]ndig|freiberuflich|ind[ée]pendante?|auto-?entrepreneur(?:e)?|freelance|aut[óo]nom[oa]|por cuenta propia|libero professionista|zelfstandige?|zzp(?:'er)?|aut[ôo]nom[oa]|samozatrudnienie)$/iu;

/**
 * An entry the writer worked in for themself: its organisation says so ("Freelance"), or its
 * header opens a part with the word ("Self-employed electrician (Wirral Sparky)", "Full-time
 * creator - Maya Moves / Self-employed | 2015 - present"). Only a header's first 300 characters are read.
 */
function selfEmployed(text: string, entry: { organization: string | null; header: Span }): boolean {
  if (entry.organization !== null && SELF_EMPLOYED.test(entry.organization)) return true;
  const header = text.slice(entry.header.start, Math.min(entry.header.end, entry.header.start + 300));
  return SELF_EMPLOYED_OPENING.test(header);
}
const SELF_EMPLOYED_OPENING = /(?:^|[|,(\n–—-]\s{0,3})(?:self[- ]employed|freelance|freelancer|sole trader|selbstst[äa]ndig|freiberuflich|auto-?entrepreneur|aut[óo]nom[oa]|por cuenta propia|zelfstandige?)(?![\p{L}])/iu;

/** Job titles whose work is an employer's audience. */
const AUDIENCE_JOB = /social|media|community|communit|marketing|content|communication|kommunikation|comunicaci|comunica|digital|brand|influencer|creator|redes|r[ée]seaux|\bpr\b|engagement|growth|audience/iu;

/** "Grew the Tessellate Discord", "Aufbau des Instagram-Kanals", "Took the park's TikTok": an account run as work. */
function workedAccount(text: string, words: readonly Word[], span: Span): { cue: string; phrase: string | null } | null {
  let verb: Word | null = null;
  for (let index = 0; index < words.length; index += 1) {
    const word = words[index]!;
    if (word.start >= span.start) break;
    if (WORK_VERBS.has(word.folded)) verb = word;
    if (!ARTICLES.has(word.folded)) continue;
    // An article, then up to three words, then the account.
    for (let ahead = index + 1; ahead <= index + 4 && ahead < words.length; ahead += 1) {
      const next = words[ahead]!;
      if (next.start >= span.start) break;
      if (ACCOUNT_WORDS.has(next.folded)) return { cue: `${word.folded} … ${next.folded}`, phrase: text.slice(word.start, next.end) };
    }
  }
  return verb === null ? null : { cue: verb.folded, phrase: null };
}
