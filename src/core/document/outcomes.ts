// Results a reader values, stated anywhere in the document: "drove 3,200 online orders",
// "redeemed 1,900 times", "rose from 61% to 74%", "used in production by 40+ companies",
// "3.400 Bestellungen", "+22 % de ventas". The guidance names the kinds: orders, leads,
// sign-ups, hires, donations, revenue, conversion, attendance, coverage; adoption and
// bookings are added because reviewers read them as results too. Each phrase is matched on
// folded words (see words.ts), so accents and case do not matter, and a whole document is read
// in one pass over its words.
import type { Span } from "../types.ts";
import type { DocumentModel } from "./index.ts";
import { PhraseIndex, wordsIn, type PhraseHit, type Word } from "./words.ts";

export type OutcomeKind =
  | "revenue"
  | "orders"
  | "leads"
  | "sign_ups"
  | "hires"
  | "donations"
  | "bookings"
  | "conversion"
  | "attendance"
  | "coverage"
  | "adoption"
  | "traffic"
  | "savings"
  | "change";

export interface Outcome {
  kind: OutcomeKind;
  /** The words that name the result. */
  span: Span;
  /** The clause that states it, as a reader would quote it. */
  clause: Span;
  /** The clause holds a figure (not only a year): the result is measured. */
  measured: boolean;
  /** A sum of money in the clause, for ranking results; null where none. */
  money: number | null;
  /** The sentence names online work (a platform, social media, a campaign, posts), so the result can come from it. */
  online: boolean;
  /** Platforms the sentence names, by catalog id: a result of one platform's work is not another's. */
  platforms: readonly string[];
  /**
   * Stated as the writer's achievement: in a list item or with an agent's word ("we", "drove",
   * "raised"), and not as a plan ("will", "would", "aims to"). Only such a result is named as the
   * document's strongest or lent to a claim elsewhere in its job.
   */
  achieved: boolean;
  /**
   * Said with a word of doing or of change ("brought in 31 new clients", "turnaround cut from 14
   * to 8 weeks"), not only by standing in a list: "Portfolio of 65 clients (turnover £0.5m–£15m)"
   * describes the work, and is no result to lead with.
   */
  done: boolean;
  /** Index in the model's blocks of the block that states it. */
  block: number;
}

/**
 * The phrases, by kind, in English, German, French, Spanish, Italian, Dutch and Portuguese.
 * A final "*" matches any ending ("fundrais*"). Sources: the guidance's list of outcomes, and
 * the results the advice reviewers read as such on real documents.
 */
export const OUTCOME_PHRASES: Readonly<Record<Exclude<OutcomeKind, "change">, readonly string[]>> = {
  revenue: [
    "revenue", "revenues", "income", "gmv", "roi", "roas", "profit", "profits", "margin", "arr", "mrr", "turnover", "sales revenue",
    "umsatz", "umsatze", "erlos", "erlose", "gewinn", "chiffre d affaires", "ca genere", "benefice", "ingresos", "facturacion", "beneficio",
    "fatturato", "ricavi", "omzet", "winst", "receita", "faturamento", "lucro", "investment raised", "series a", "series b",
    "seed round", "partnership revenue", "sponsorship revenue", "attributed sales",
  ],
  orders: [
    "order", "orders", "purchases", "purchase", "units sold", "tickets sold", "sold out", "sales", "checkouts", "basket",
    "bestellungen", "bestellung", "verkaufe", "verkauft", "absatz", "commandes", "commande", "ventes", "vente", "achats", "pedidos",
    "pedido", "ventas", "venta", "compras", "ordini", "ordine", "vendite", "acquisti", "bestellingen", "verkopen", "verkoop", "vendas",
    "compradores", "buyers", "pre orders", "preorders", "vorbestellungen", "precommandes", "preventas", "eingeloste", "codes utilises", "canjeados", "canjeadas", "redeemed", "redemptions", "codes redeemed", "promo code uses", "wishlists", "wishlist",
    // The verb with its count: "the box sold 5,400 units", "2 300 billets vendus".
    "sold", "copies sold", "boxes sold", "billets vendus", "entradas vendidas", "biglietti venduti", "tickets verkauft", "kaartjes verkocht",
  ],
  leads: [
    "leads", "qualified leads", "sales pipeline", "sourced pipeline", "pipeline generated", "pipeline value", "inbound requests", "inbound enquiries", "inquiries", "enquiries", "demo requests",
    "deals", "deals closed", "contracts won", "clients won", "new clients", "new customers", "new accounts", "customers acquired", "meetings booked",
    "discovery calls", "calls booked", "service calls", "anfragen", "neukunden", "kundenanfragen", "auftrage", "prospects",
    "nouveaux clients", "rendez vous", "demandes", "clientes nuevos", "nuevos clientes", "solicitudes", "contactos", "nuovi clienti",
    "richieste", "nieuwe klanten", "afspraken", "aanvragen", "novos clientes", "clientes", "customers", "accounts won", "partners signed",
    "channel partners", "buyer clients", "consultation requests", "quote requests", "booking requests", "consultations booked",
    "consultations", "new patients", "new patient bookings", "nouveaux patients", "nuevos pacientes", "neue patienten",
  ],
  sign_ups: [
    "sign ups", "signups", "sign up", "registrations", "registration", "registrants", "enrolments", "enrollments", "enrolment",
    "enrollment", "subscriptions sold", "paid subscribers", "paying subscribers", "paid members", "paying members", "of them paid", "of them paying", "zahlende abonnenten", "abonnes payants", "suscriptores de pago", "installs", "activations", "trials started", "trial sign ups", "waitlist",
    "memberships", "membership sign ups", "library card sign ups", "ticket claims", "anmeldungen", "registrierungen", "mitgliedschaften",
    "inscriptions", "inscription", "adhesions", "abonnements vendus", "inscripciones", "registros", "altas", "matriculas", "matricula",
    "iscrizioni", "iscritti", "inschrijvingen", "aanmeldingen", "inscricoes", "cadastros", "novos alunos", "students enrolled",
    "sim registrations", "downloads of the app",
  ],
  hires: [
    "hires", "hired", "placements", "placed", "applicants", "candidates hired", "offers accepted", "referrals",
    "einstellungen", "bewerbungen", "bewerber", "embauches", "candidatures", "recrutements", "contrataciones", "candidaturas",
    "assunzioni", "candidature", "aanmeldingen van kandidaten", "sollicitaties", "contratacoes",
  ],
  donations: [
    "donations", "donation", "donors", "raised", "fundraised", "pledges", "pledge", "legacy pledge", "legacy gifts", "grants won", "grants secured", "volunteers recruited", "signatures",
    "spenden", "spender", "gesammelt", "dons", "donateurs", "collectes", "donaciones", "donantes", "recaudado", "recaudados", "donazioni",
    "donatori", "raccolti", "donaties", "donateurs", "doacoes", "doadores", "arrecadados", "petition signatures", "online donations",
  ],
  bookings: [
    "bookings", "booking", "reservations", "reservation", "appointments", "buchungen", "reservierungen", "termine", "reservations",
    "reservas", "citas", "prenotazioni", "appuntamenti", "reserveringen", "boekingen", "agendamentos", "dental bookings", "footfall",
    "visits to the store", "store visits", "walk ins", "vaccinations", "vaccinations given", "jabs", "health checks", "tickets booked", "billets reserves", "entradas reservadas", "biglietti prenotati",
  ],
  conversion: [
    "conversion", "conversions", "converted", "conversion rate", "cost per lead", "cost per acquisition", "cost per hire", "cac", "churn",
    "retention", "repeat purchase", "konversion", "konversionsrate", "conversionrate", "taux de conversion", "conversion rate optimisation",
    "tasa de conversion", "conversiones", "tasso di conversione", "conversioni", "conversie", "taxa de conversao", "click through to purchase",
    "quota", "of quota", "win rate",
  ],
  attendance: [
    "attendance", "attendees", "attended", "turnout", "rsvps", "rsvp", "seats filled", "participants", "teilnehmer", "teilnehmende",
    "besucher", "participants", "inscrits", "asistentes", "asistencia", "partecipanti", "deelnemers", "participantes", "viewers per stream",
    "joined in person", "in person", "new members", "regulars",
  ],
  coverage: [
    "coverage", "press mentions", "earned media", "media hits", "featured in", "featured on", "picked up by", "cited by", "articles in",
    "pieces of coverage", "press coverage", "berichterstattung", "presseberichte", "retombees presse", "retombees mediatiques",
    "cobertura", "apariciones en prensa", "copertura", "uscite stampa", "mediaberichten", "cobertura de imprensa", "trending topics",
    "state audit", "led to a state audit", "policy change",
  ],
  adoption: [
    "adopted by", "used by", "used in production", "in production at", "deployed at", "deployed across", "integrated into", "used in",
    "installed by", "licensed by", "use my", "use our", "uses my", "uses our", "rely on my", "relies on my", "eingesetzt bei", "genutzt von", "utilise par", "utilisee par", "adopte par", "usado por", "utilizado por",
    "adoptado por", "utilizzato da", "adottato da", "gebruikt door", "usado por", "adotado por", "ground courses", "wellness programs",
  ],
  savings: [
    "saved", "saves", "saving", "savings", "cost savings", "cost saving", "cost reduction", "cut costs", "reduced costs", "overspend", "costs down",
    "eingespart", "einsparungen", "einsparung", "economies", "economise", "ahorro", "ahorros", "ahorrado", "risparmi", "risparmio",
    "risparmiato", "besparingen", "besparing", "bespaard", "economia", "economizados", "poupanca",
  ],
  traffic: [
    "traffic source", "referral traffic", "traffic", "site visits", "visits to the site", "clicks to site", "click throughs", "zugriffe",
    "trafic", "trafico", "traffico", "verkeer", "trafego",
  ],
};

/**
 * Phrases that name a result only in the right company: "applications" are job applications
 * beside hiring words, not software; "pipeline" is a sales pipeline beside money or deals.
 */
const IN_CONTEXT: readonly { phrase: string; kind: OutcomeKind; context: readonly string[] }[] = [
  { phrase: "applications", kind: "hires", context: ["hire", "hires", "hiring", "recruit", "recruiting", "recruitment", "candidates", "job", "jobs", "vacancy", "vacancies", "role", "roles", "employer", "talent", "applicants", "careers"] },
  { phrase: "pipeline", kind: "leads", context: ["sales", "sourced", "deals", "leads", "revenue", "arr", "bookings", "opportunities", "quota"] },
  { phrase: "downloads of the app", kind: "sign_ups", context: ["app"] },
  { phrase: "meetings", kind: "leads", context: ["booked", "booking", "secured", "set", "scheduled", "generated", "landed", "sourced"] },
  // "brought 23 clients"; "managed 10 clients" is the work itself.
  { phrase: "contracts", kind: "leads", context: ["brought", "won", "signed", "secured", "landed", "new", "generated", "drove"] },
  { phrase: "clients", kind: "leads", context: ["brought", "won", "signed", "acquired", "landed", "gained", "generated", "attracted", "converted", "drove", "driving", "new"] },
  { phrase: "funding", kind: "revenue", context: ["raised", "raising", "secured", "securing", "won", "closed", "awarded", "series"] },
];

/** Words that make a figure a change: "up 44%", "+22 %", "um 18 % reduziert", "rose from 61% to 74%". */
const CHANGE_WORDS = [
  "up", "down", "rise", "rose", "risen", "increase", "increased", "increasing", "lift", "lifted", "lifting", "uplift", "growth", "boost",
  "boosted", "jump", "jumped", "more", "higher", "lower", "fewer", "gain", "gained", "doubled", "tripled", "quadrupled", "cut", "reduced",
  "reducing", "reduction", "fell", "fall", "dropped", "drop", "improved", "improving", "improvement", "decreased", "decrease", "halved",
  "gesteigert", "steigerung", "erhoht", "erhohung", "reduziert", "gesenkt", "senkung", "verdoppelt", "mehr", "weniger", "hausse",
  "augmentation", "augmente", "augmentee", "baisse", "reduit", "reduite", "reduction", "double", "plus", "aumento", "aumentaron",
  "aumento", "subida", "reducido", "reducida", "reduccion", "crecimiento", "mas", "aumentato", "aumentata", "ridotto", "ridotta",
  "crescita", "stijging", "gestegen", "verhoogd", "verlaagd", "daling", "meer", "aumentou", "reducao", "reduziu", "cresceu",
  "sanken", "sank", "stiegen", "stieg", "gesunken", "gestiegen", "fiel", "wuchs", "gewachsen", "diminue", "diminuee", "diminution",
  "bajaron", "bajo", "subieron", "subio", "crecieron", "crecio", "disminuyo", "disminuyeron", "calo", "calaron",
];

/** Words that put a sentence in online work: a result there can come from the audience. */
const ONLINE_WORDS = [
  "social", "social media", "online", "digital", "instagram", "tiktok", "facebook", "linkedin", "youtube", "twitter", "x", "pinterest",
  "snapchat", "twitch", "reddit", "discord", "slack", "newsletter", "email", "blog", "podcast", "post", "posts", "video", "videos",
  "reel", "reels", "content", "campaign", "campaigns", "influencer", "influencers", "microinfluencers", "creator", "creators",
  "community", "followers", "audience", "channel", "link in bio", "promo code", "promo codes", "codes promo", "hashtag", "webinar",
  "webinars", "stream", "streams", "viral", "threads", "outreach", "redeemed", "redemptions", "discount code", "affiliate", "creator code", "site", "website", "shop", "ads", "reseaux sociaux", "redes sociales",
  "influenciadores", "influencers", "kanal", "kampagne", "kampagnen", "aktionen", "beitrage", "publications", "publicaciones",
  "contenido", "contenu", "contenuti", "listeners", "episodes", "subscribers", "readers", "tutorials", "booktok", "stories",
  "explainers", "threads", "posting", "advocacy", "sponsored", "sponsor", "activations", "giveaways", "sorteos", "colaboraciones",
];

/** Words that name an audience: a change in a clause about one is growth of the audience, not a result. */
const AUDIENCE_WORDS = new Set([
  "followers", "follower", "following", "fans", "subscribers", "members", "audience", "abonnes", "abonnenten", "abonnentinnen",
  "seguidores", "suscriptores", "miembros", "membres", "mitglieder", "iscritti", "volgers", "leden", "inscritos", "likes", "views",
  "impressions", "reach", "engagement", "connections", "community",
]);

/** Platform names as a sentence writes them, with their catalog ids. */
const PLATFORM_NAMES = new PhraseIndex<string>(
  [
    ["instagram", "instagram"], ["insta", "instagram"], ["tiktok", "tiktok"], ["booktok", "tiktok"], ["facebook", "facebook"], ["twitter", "x"],
    ["x", "x"], ["linkedin", "linkedin"], ["youtube", "youtube"], ["pinterest", "pinterest"], ["snapchat", "snapchat"], ["twitch", "twitch"],
    ["reddit", "reddit"], ["subreddit", "reddit"], ["discord", "discord"], ["slack", "slack"], ["threads", "threads"], ["substack", "substack"],
    ["github", "github"], ["dev to", "devto"], ["medium", "medium"], ["meetup", "meetup"], ["whatsapp", "whatsapp"], ["telegram", "telegram"],
    ["bluesky", "bluesky"], ["mastodon", "mastodon"], ["steam", "steam"], ["behance", "behance"], ["dribbble", "dribbble"],
  ] as const,
);

/** Words before or after a phrase that make it something else: "in order to", "sales representative", "placed on". */
const EXCLUDED_BESIDE: Readonly<Record<string, { before?: readonly string[]; after?: readonly string[] }>> = {
  // "order-history service", "order management": the system, not orders taken.
  order: { before: ["in", "purchase"], after: ["to", "of", "form", "history", "management", "book", "processing", "system", "systems", "service", "services", "pipeline", "api", "flow", "data", "tracking", "entry", "fulfilment", "fulfillment"] },
  orders: { after: ["of"] },
  sales: {
    after: [
      "representative", "rep", "reps", "manager", "managers", "team", "teams", "director", "associate", "associates", "engineer",
      "executive", "executives", "experience", "navigator", "professional", "professionals", "leader", "leaders", "cycle", "process",
      "training", "role", "roles", "skills", "strategy", "department", "operations", "support", "force", "enablement", "guru", "ninja",
      "rockstar", "clients", "presentations", "calls", "meetings", "pitch", "pitches", "tools", "channel", "channels",
    ],
    before: ["inside", "technical", "field", "retail"],
  },
  placed: { after: ["on", "in", "at", "under"] },
  // "She leads strategy on all accounts": the verb, not sales leads.
  leads: {
    before: ["she", "he", "who", "also", "currently", "now", "that", "which", "and"],
    after: ["the", "a", "an", "our", "their", "his", "her", "its", "all", "strategy", "on", "teams", "team", "projects", "delivery", "research", "design", "engineering", "operations", "content", "workshops", "training", "accounts"],
  },
  sold: { after: ["to", "on", "the", "as", "in"] },
  clients: { before: ["managed", "manage", "managing", "served", "serving", "supported", "supporting", "advised", "advising", "key", "existing", "internal"] },
  placements: { before: ["product", "ad", "media"] },
  // "Live coverage of the 2017 earthquake": reporting done, not press coverage won.
  coverage: { before: ["live", "news", "rolling", "breaking", "election", "match", "event", "continuous"] },
  raised: { after: ["awareness", "concerns", "questions", "the", "in"] },
};

/**
 * Words right before a result's name that make it a duty: "conducted sales", "fitness related
 * inquiries", "processed orders". The work is named, not what it achieved.
 */
const DUTY_BEFORE = new Set([
  "conducted", "conduct", "conducting", "handled", "handle", "handling", "processed", "process", "processing", "answered", "answering",
  "fielded", "fielding", "routed", "routing", "related", "logged", "logging", "tracked", "tracking", "monitored", "monitoring",
  "reported", "reporting", "entered", "entering", "fulfilled", "fulfilling", "responded", "respond",
]);

const PHRASES = new PhraseIndex<OutcomeKind>(
  Object.entries(OUTCOME_PHRASES).flatMap(([kind, phrases]) => phrases.map((phrase) => [phrase, kind as OutcomeKind] as const)),
);
const CHANGE = new Set(CHANGE_WORDS);
const CONTEXT_PHRASES = new PhraseIndex<number>(IN_CONTEXT.map((entry, index) => [entry.phrase, index] as const));
const CONTEXTS = IN_CONTEXT.map((entry) => new Set(entry.context));

/**
 * Words that make a change the writer's doing: a change stated with none of them ("offences
 * have risen by 21%") is a fact about the world, not a result. A list item counts as the
 * writer's by its place.
 */
const AGENT_WORDS = new Set([
  "we", "our", "i", "my", "led", "drove", "driving", "delivered", "achieved", "generated", "generating", "increased", "increasing",
  "reduced", "reducing", "cut", "grew", "growing", "raised", "boosted", "improved", "improving", "lifted", "doubled", "tripled",
  "halved", "helped", "resulted", "resulting", "brought", "took", "launched", "wir", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "ich", "gesteigert", "erhoht",
  "reduziert", "senkte", "steigerte", "nous", "notre", "je", "augmente", "reduit", "genere", "permis", "nosotros", "nuestro",
  "nuestra", "aumente", "reduje", "generamos", "logre", "logramos", "aumentamos", "signed", "closed", "won", "secured", "securing", "sold",
  "booked", "attracted", "earned", "saved", "converted", "recruited", "hired", "placed", "enrolled", "onboarded", "built", "created",
  "produced", "managed", "ran", "drew", "generees", "genere", "generes", "gewonnen", "brachten", "brachte", "generado", "generados",
  "attributed", "zugeschrieben", "attribuees", "attribues", "atribuidas", "atribuidos",
]);

/** Words that make a sentence a plan, not a result: "will be hired", "would go toward", "aims to", "we guarantee a 40% uplift". */
const PLAN_WORDS = new Set(["will", "would", "shall", "aim", "aims", "plan", "plans", "planned", "goal", "goals", "seek", "seeks", "expect", "expected", "target", "targets", "guarantee", "guarantees", "guaranteed", "promise", "promises", "garantieren", "garantiert", "garantissons", "garantizamos", "garantiamo", "wird", "werden", "soll", "sera", "seront", "vise", "sera", "objetivo", "buscamos"]);
const ONLINE = new PhraseIndex<true>(ONLINE_WORDS.map((phrase) => [phrase, true] as const));
/** Words before a plan or target that make it what a result is measured against. */
const MEASURED_AGAINST = new Set(["against", "vs", "versus", "of", "above", "over", "ahead", "beat", "beating", "exceeded", "exceeding", "beyond", "surpassed", "met", "hit", "uber", "gegenuber", "sur", "sobre", "frente"]);

/** A label's figure: up to forty characters, a colon, perhaps "about", then a figure. */
const LABELLED_FIGURE = /^[^:\n]{0,40}:\s*(?:[~≈]|circa|ca\.?|about|approx\.?|around|rund|environ|unos|cerca de|oltre|over)?\s*\d/iu;

/** How many words from its figure a word of change may stand. */
const CHANGE_REACH = 10;

/** Verbs that make "from X to Y" a change though they name none alone: "settlement lag went from 14 hours to 4 minutes". */
const FROM_TO_VERBS = new Set(["went", "moved", "brought", "took", "got", "ging", "passe", "paso", "pasaron"]);
/** Words of a bound before a figure: "to under 4 minutes". */
const BOUND_WORDS = new Set(["under", "over", "below", "above", "about", "around", "nearly", "almost", "unter", "uber", "moins", "plus", "menos", "mas"]);

/** How many words from a named result its figure may stand. */
const MEASURE_REACH = 5;

/** Where a clause ends inside a sentence: a semicolon, a spaced dash, a bullet. */
function isClauseBreak(text: string, at: number): boolean {
  const char = text.charAt(at);
  if (char === ";" || char === "•" || char === "·" || char === "|") return true;
  if ((char === "—" || char === "–" || char === "-") && text.charAt(at - 1) === " " && text.charAt(at + 1) === " ") return !joinsYears(text, at);
  return false;
}

/** A spaced dash between two years ("2021 – 2022", "2019 – present") joins a range; it ends no clause. */
export function joinsYears(text: string, at: number): boolean {
  return YEAR_BEFORE_DASH.test(text.slice(Math.max(0, at - 6), at)) && YEAR_AFTER_DASH.test(text.slice(at + 1, at + 14));
}
const YEAR_BEFORE_DASH = /(?:19|20)\d\d\s$/u;
const YEAR_AFTER_DASH = /^\s(?:(?:19|20)\d\d|present|now|today|heute|aujourd|actualidad|presente|oggi)/iu;

/** A clause is read at most this far either side of the words that name a result. */
const MAX_CLAUSE_REACH = 200;

/** The clause of `sentence` around `position`, read at most MAX_CLAUSE_REACH characters either way. */
function clauseAround(text: string, sentence: Span, position: number): Span {
  const floor = Math.max(sentence.start, position - MAX_CLAUSE_REACH);
  const ceiling = Math.min(sentence.end, position + MAX_CLAUSE_REACH);
  let start = position;
  while (start > floor && !isClauseBreak(text, start - 1)) start -= 1;
  let end = position;
  while (end < ceiling && !isClauseBreak(text, end)) end += 1;
  while (start < end && /[\s,:(]/u.test(text.charAt(start))) start += 1;
  while (end > start && /[\s,;:.)]/u.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

function isDigits(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 48 && code <= 57;
}

function isYear(word: string): boolean {
  return word.length === 4 && (word.startsWith("19") || word.startsWith("20"));
}

const MONEY = /(?:[$€£¥₹]|\b(?:usd|eur|gbp|chf)\s?)\s?(\d[\d.,]*)\s?(k|m|mm|bn|b|million|millions|billion|mio\.?|mrd\.?|millones|milhoes|milhões)?|(\d[\d.,]*)\s?(k|m|mm|bn|mio\.?|mrd\.?|million|millions|millones|milhões|milhoes|mil)?\s?(?:[$€£¥₹]|\b(?:usd|eur|euros?|gbp|chf)\b)/iu;

/** The first sum of money in the clause, roughly: only used to rank one result above another. */
export function moneyIn(clause: string): number | null {
  // A clause is short; the cap keeps the pattern's backtracking over a run of digits bounded.
  const match = MONEY.exec(clause.length > 2 * MAX_CLAUSE_REACH ? clause.slice(0, 2 * MAX_CLAUSE_REACH) : clause);
  if (!match) return null;
  const digits = match[1] ?? match[3] ?? "";
  const suffix = (match[2] ?? match[4] ?? "").toLowerCase().replace(".", "");
  const value = Number(digits.replace(/[.,](?=\d{3}\b)/g, "").replace(",", "."));
  if (!Number.isFinite(value)) return null;
  const scale = suffix === "k" || suffix === "mil" ? 1e3 : suffix === "" ? 1 : suffix.startsWith("b") || suffix.startsWith("mrd") ? 1e9 : 1e6;
  return value * scale;
}

/**
 * Whether the words [from, to) measure a result: a figure that is not only a year, nor only a
 * share ("68% of the attendees were students" describes; "attendance up 12%" measures).
 */
function hasFigure(text: string, words: readonly Word[], from: number, to: number): boolean {
  let share = false;
  for (let index = from; index < to; index += 1) {
    const word = words[index]!;
    if (!isDigits(word.folded) || isYear(word.folded)) continue;
    // Six digits or more with no separator is a number that names, not counts: "GPhC registration 2087345".
    if (/^\d{6,}$/u.test(writtenWord(text, word))) continue;
    const after = text.charAt(word.end) === " " ? text.charAt(word.end + 1) : text.charAt(word.end);
    if (after !== "%") return true;
    share = true;
  }
  if (!share) return false;
  for (let index = from; index < to; index += 1) if (CHANGE.has(words[index]!.folded)) return true;
  return false;
}

/** The word as the text writes it: "2087345" names, where "2,087,345" counts. */
function writtenWord(text: string, word: Word): string {
  return text.slice(word.start, word.end);
}

/** The index of the first word ending after `position`: binary search, the words being in order. */
function firstWordAfter(words: readonly Word[], position: number): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (words[middle]!.end <= position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The words inside `span`, as [from, to) indices. */
function wordRange(words: readonly Word[], span: Span): [number, number] {
  const from = firstWordAfter(words, span.start);
  let to = from;
  while (to < words.length && words[to]!.start < span.end) to += 1;
  return [from, to];
}

/** The results stated in one sentence of the model. Most sentences name none, and leave after one look. */
function outcomesOfSentence(model: DocumentModel, sentence: Span, block: number, into: Outcome[]): void {
  const words = wordsIn(model.text, sentence.start, sentence.end);
  if (words.length === 0) return;
  const phraseHits = PHRASES.findAll(words);
  const contextHits = CONTEXT_PHRASES.findAll(words);
  let digits = false;
  for (let index = 0; index < words.length && !digits; index += 1) digits = isDigits(words[index]!.folded);
  if (phraseHits.length === 0 && contextHits.length === 0 && !digits) return;
  new SentenceOutcomes(model, sentence, block, words).collect(phraseHits, contextHits, digits, into);
}

/** What one sentence says about results; each fact is worked out the first time it is asked. */
class SentenceOutcomes {
  private readonly found: Outcome[] = [];
  private readonly resultClauses = new Set<number>();
  private online: boolean | undefined;
  private platforms: string[] | undefined;
  private present: Set<string> | undefined;
  private achieved: boolean | undefined;

  constructor(
    private readonly model: DocumentModel,
    private readonly sentence: Span,
    private readonly block: number,
    private readonly words: readonly Word[],
  ) {}

  collect(phraseHits: readonly PhraseHit<OutcomeKind>[], contextHits: readonly PhraseHit<number>[], digits: boolean, into: Outcome[]): void {
    const { words } = this;
    for (const hit of phraseHits) {
      // The duty's verb stands right before, or before one word that qualifies the result ("answered customer enquiries").
      if (DUTY_BEFORE.has(words[hit.first - 1]?.folded ?? "") || DUTY_BEFORE.has(words[hit.first - 2]?.folded ?? "")) continue;
      const excluded = hit.first === hit.last ? EXCLUDED_BESIDE[words[hit.first]!.folded] : undefined;
      if (excluded !== undefined) {
        // The word before a count is the word before the phrase: "managed 40 clients".
        const previous = words[hit.first - 1]?.folded;
        const before = previous !== undefined && /^[\d.,]+$/u.test(previous) ? words[hit.first - 2]?.folded : previous;
        const after = words[hit.last + 1]?.folded;
        if ((before !== undefined && excluded.before?.includes(before)) || (after !== undefined && excluded.after?.includes(after))) continue;
      }
      this.add(hit.value, hit.first, hit.last);
    }
    for (const hit of contextHits) if (this.has(CONTEXTS[hit.value]!)) this.add(IN_CONTEXT[hit.value]!.kind, hit.first, hit.last);
    if (digits) {
      this.changes();
      this.fromTo();
    }
    this.found.sort((left, right) => left.span.start - right.span.start);
    for (const outcome of this.found) into.push(outcome);
  }

  private isOnline(): boolean {
    this.online ??= ONLINE.findAll(this.words).length > 0 || this.platformsOf().length > 0;
    return this.online;
  }

  private platformsOf(): string[] {
    this.platforms ??= [...new Set(PLATFORM_NAMES.findAll(this.words).map((hit) => hit.value))];
    return this.platforms;
  }

  /** Whether any of `wanted` is among the sentence's words, kept as a set made once. */
  private has(wanted: ReadonlySet<string>): boolean {
    this.present ??= new Set(this.words.map((word) => word.folded));
    for (const word of wanted) if (this.present.has(word)) return true;
    return false;
  }

  private agentive(): boolean {
    const kind = this.model.blocks[this.block]?.kind;
    return kind === "list_item" || kind === "table_cell" || this.has(AGENT_WORDS);
  }

  /** The row of a table cell's block, read no further than its first 400 characters. */
  private rowSpan(): Span | null {
    const block = this.model.blocks[this.block];
    if (block?.kind !== "table_cell" || block.row === null) return null;
    return { start: block.row.start, end: Math.min(block.row.end, block.row.start + 400) };
  }

  /**
   * A results table's row label, its figure in a later cell: "Extra vaccination bookings vs.
   * previous winter | 3,100". Read no further than a row's first 400 characters.
   */
  private rowGivesFigure(): boolean {
    const block = this.model.blocks[this.block];
    if (block?.kind !== "table_cell" || block.column !== 0 || block.row === null) return false;
    const rest = this.model.text.slice(block.span.end, Math.min(block.row.end, block.span.end + 400));
    return /(?<![\p{L}\p{N}])(?!(?:19|20)\d\d(?![\p{N}]))\d/u.test(rest);
  }

  /** A word of doing or of change among the words [from, to), standing alone: the "managed" of "owner-managed" is no verb. */
  private saysDoing(from: number, to: number): boolean {
    const { text } = this.model;
    for (let index = from; index < to; index += 1) {
      const word = this.words[index]!;
      if (text.charAt(word.start - 1) === "-") continue;
      if (AGENT_WORDS.has(word.folded) || CHANGE.has(word.folded)) return true;
    }
    return false;
  }

  private isAchieved(): boolean {
    this.achieved ??= this.agentive() && !this.plans();
    return this.achieved;
  }

  /** A word of planning, unless it is the yardstick of a result: "46 hires against a plan of 40", "112% of target". */
  private plans(): boolean {
    const { words } = this;
    for (let index = 0; index < words.length; index += 1) {
      if (!PLAN_WORDS.has(words[index]!.folded)) continue;
      const before = words[index - 1]?.folded ?? "";
      const yardstick = MEASURED_AGAINST.has(before) || (/^(?:a|the|our|my|their|its)$/u.test(before) && MEASURED_AGAINST.has(words[index - 2]?.folded ?? ""));
      if (!yardstick) return true;
    }
    return false;
  }

  /**
   * Whether the clause, up to `upTo` (the changed figure), is about an audience: "followers, up 41%".
   * What follows the figure says whom the change served ("p99 latency dropped from 41 to 6 min for
   * 3.2M subscribers"), not what changed.
   */
  private aboutAudience(clause: Span, upTo = clause.end): boolean {
    const [from, to] = wordRange(this.words, { start: clause.start, end: Math.min(clause.end, Math.max(clause.start, upTo)) });
    for (let near = from; near < to; near += 1) if (AUDIENCE_WORDS.has(this.words[near]!.folded)) return true;
    return false;
  }

  private add(kind: OutcomeKind, first: number, last: number): void {
    const { text } = this.model;
    const { words } = this;
    const span = { start: words[first]!.start, end: words[last]!.end };
    let clause = clauseAround(text, this.sentence, span.start);
    const [from, to] = wordRange(words, clause);
    if (kind !== "change") this.resultClauses.add(clause.start);
    // A named result is measured by a figure beside it ("1,900 times", "$3 million in sales"), or
    // after its label's colon ("Prenotazioni dal link in bio: circa 400 al mese"); a change by any
    // figure of its clause.
    const labelled = kind !== "change" && LABELLED_FIGURE.test(text.slice(span.end, Math.min(clause.end, span.end + 80)));
    const byRow = kind !== "change" && this.rowGivesFigure();
    // A row's result is quoted with its figures: "Online shop orders per month | 140 | 1,160".
    if (byRow) clause = this.rowSpan()!;
    const measured =
      labelled ||
      byRow ||
      (kind === "change"
        ? hasFigure(text, words, from, to)
        : hasFigure(text, words, Math.max(from, first - MEASURE_REACH), Math.min(to, last + 1 + MEASURE_REACH)));
    this.found.push({
      kind,
      span,
      clause,
      measured,
      money: moneyIn(text.slice(clause.start, clause.end)),
      online: this.isOnline(),
      platforms: this.platformsOf(),
      achieved: this.isAchieved(),
      done: kind === "change" || this.saysDoing(from, to),
      block: this.block,
    });
  }

  /** A percentage or a multiple beside a word of change: "up 44%", "+22 %", "um 18 % reduziert", "3x". */
  private changes(): void {
    const { text } = this.model;
    const { words } = this;
    for (let index = 0; index < words.length; index += 1) {
      const word = words[index]!;
      if (!isDigits(word.folded)) continue;
      const after = text.charAt(word.end) === " " ? text.charAt(word.end + 1) : text.charAt(word.end);
      const before = text.charAt(word.start - 1) === " " ? text.charAt(word.start - 2) : text.charAt(word.start - 1);
      const percent = after === "%";
      const multiple = /^\d+x$/u.test(word.folded) || (after === "x" && !/[\p{L}]/u.test(text.charAt(word.end + 1)));
      // "+1 (415) 555" is a telephone number: a change is a percentage or a multiple, stated as the writer's doing.
      if ((!percent && !multiple) || !this.agentive()) continue;
      let changed = before === "+" || before === "−";
      // French and Spanish put the verb further from its figure: "a réduit les excès de vitesse signalés de 18 %".
      for (let near = Math.max(0, index - CHANGE_REACH); near < Math.min(words.length, index + CHANGE_REACH + 1) && !changed; near += 1) changed = CHANGE.has(words[near]!.folded);
      if (!changed) continue;
      const clause = clauseAround(text, this.sentence, word.start);
      // Growth of the audience itself ("312k followers, up 41%") is no result; a clause already
      // read as a result is one result, however many figures it has.
      if (this.aboutAudience(clause, word.end) || this.resultClauses.has(clause.start)) continue;
      this.add("change", index, index);
    }
  }

  /** "rose from 61% to 74%", "fell from 9 h to 40 min", "cut LCP from 4.1s to 1.6s". */
  private fromTo(): void {
    const { words } = this;
    for (let index = 1; index + 2 < words.length; index += 1) {
      if (words[index]!.folded !== "from") continue;
      // The verb of change comes at most seven words before: "reduced batch runtime from", "Cut p99
      // latency on the authorisation API from", "settlement lag went from".
      let verb = false;
      for (let back = Math.max(0, index - 7); back < index && !verb; back += 1) verb = CHANGE.has(words[back]!.folded) || FROM_TO_VERBS.has(words[back]!.folded);
      if (!verb || !isDigits(words[index + 1]!.folded)) continue;
      let toAt = -1;
      for (let near = index + 2; near < Math.min(words.length, index + 6); near += 1) if (words[near]!.folded === "to") toAt = near;
      // "to under 4 minutes", "to over 300": a bound before the figure.
      const target = BOUND_WORDS.has(words[toAt + 1]?.folded ?? "") ? toAt + 2 : toAt + 1;
      if (toAt === -1 || target >= words.length || !isDigits(words[target]!.folded)) continue;
      const clause = clauseAround(this.model.text, this.sentence, words[index]!.start);
      if (!this.aboutAudience(clause, words[target]!.end) && this.agentive()) this.add("change", index - 1, target);
    }
  }
}

/** Every result the document states, in text order. */
export function findOutcomes(model: DocumentModel): Outcome[] {
  const outcomes: Outcome[] = [];
  for (const sentence of model.sentences) {
    if (model.blocks[sentence.block]?.kind === "heading") continue;
    outcomesOfSentence(model, sentence.span, sentence.block, outcomes);
  }
  return outcomes;
}

/** How much a kind of result weighs when the strongest is named: money first, then what a buyer or employer counts. */
export const OUTCOME_WEIGHT: Readonly<Record<OutcomeKind, number>> = {
  revenue: 9,
  donations: 8,
  orders: 8,
  leads: 7,
  hires: 7,
  sign_ups: 6,
  bookings: 6,
  conversion: 5,
  adoption: 5,
  attendance: 4,
  coverage: 4,
  change: 3,
  traffic: 2,
  savings: 8,
};
