// Titles arrive messy ("Sr. SWE II", "Social-Media-Managerin", "Responsable communication").
// Normalising them to plain lower-case English tokens lets one phrase list in the role catalog
// match them all. The same function normalises the catalog's own phrases, so both sides agree.

import { isRegexSpace } from "../pattern-scan.ts";

/** Abbreviations expanded to the words the catalog uses. */
const ABBREVIATIONS: Record<string, string> = {
  sr: "senior",
  snr: "senior",
  jr: "junior",
  jnr: "junior",
  mgr: "manager",
  mngr: "manager",
  mgmt: "management",
  eng: "engineer",
  engr: "engineer",
  swe: "software engineer",
  sde: "software engineer",
  sre: "site reliability engineer",
  dev: "developer",
  devs: "developer",
  devops: "devops",
  devrel: "developer relations",
  rel: "relations",
  rels: "relations",
  dx: "developer experience",
  vp: "vice president",
  svp: "senior vice president",
  evp: "executive vice president",
  avp: "assistant vice president",
  dir: "director",
  exec: "executive",
  execs: "executive",
  coord: "coordinator",
  asst: "assistant",
  assoc: "associate",
  admin: "administrator",
  sysadmin: "systems administrator",
  dba: "database administrator",
  rep: "representative",
  reps: "representative",
  acct: "account",
  mktg: "marketing",
  mkt: "marketing",
  comms: "communications",
  pr: "public relations",
  hr: "human resources",
  hrbp: "human resources business partner",
  ta: "talent acquisition",
  bd: "business development",
  bdm: "business development manager",
  bdr: "business development representative",
  sdr: "sales development representative",
  ae: "account executive",
  am: "account manager",
  kam: "key account manager",
  csm: "customer success manager",
  smm: "social media manager",
  sm: "social media",
  ugc: "ugc",
  ux: "user experience",
  ui: "user interface",
  qa: "quality assurance",
  qc: "quality control",
  it: "information technology",
  ml: "machine learning",
  ai: "artificial intelligence",
  bi: "business intelligence",
  ceo: "chief executive officer",
  coo: "chief operating officer",
  cto: "chief technology officer",
  cfo: "chief financial officer",
  cmo: "chief marketing officer",
  cro: "chief revenue officer",
  cpo: "chief product officer",
  chro: "chief people officer",
  md: "managing director",
  gm: "general manager",
  pm: "product manager",
  tpm: "technical program manager",
  po: "product owner",
  rn: "registered nurse",
  np: "nurse practitioner",
  lpn: "licensed practical nurse",
  gp: "physician",
  dvm: "veterinarian",
  cpa: "accountant",
  ap: "accounts payable",
  ar: "accounts receivable",
  l: "learning",
  fe: "frontend",
  be: "backend",
  js: "javascript",
  ts: "typescript",
  seo: "seo",
  gtm: "go to market",
  phd: "phd",
  postdoc: "postdoctoral",
  "co-founder": "cofounder",
  cofounder: "cofounder",
  intl: "international",
  ops: "operations",
  govt: "government",
  tech: "technical",
  prof: "professor",
  dr: "doctor",
};

/**
 * Common German, French and Spanish title words (with their gendered forms) in English.
 * Keys are written without diacritics because normalisation strips them first.
 */
const TRANSLATIONS: Record<string, string> = {
  // German
  managerin: "manager",
  leiter: "head",
  leiterin: "head",
  leitung: "head",
  entwickler: "developer",
  entwicklerin: "developer",
  softwareentwickler: "software developer",
  softwareentwicklerin: "software developer",
  ingenieur: "engineer",
  ingenieurin: "engineer",
  berater: "consultant",
  beraterin: "consultant",
  referent: "specialist",
  referentin: "specialist",
  vertrieb: "sales",
  vertriebs: "sales",
  verkaufer: "sales representative",
  verkauferin: "sales representative",
  kommunikation: "communications",
  unternehmenskommunikation: "corporate communications",
  pressesprecher: "spokesperson",
  pressesprecherin: "spokesperson",
  redakteur: "editor",
  redakteurin: "editor",
  journalistin: "journalist",
  personalreferent: "human resources specialist",
  personalreferentin: "human resources specialist",
  personalberater: "recruitment consultant",
  personalberaterin: "recruitment consultant",
  recruiterin: "recruiter",
  buchhalter: "bookkeeper",
  buchhalterin: "bookkeeper",
  steuerberater: "tax advisor",
  steuerberaterin: "tax advisor",
  krankenpfleger: "nurse",
  krankenschwester: "nurse",
  pflegefachkraft: "nurse",
  pflegefachfrau: "nurse",
  pflegefachmann: "nurse",
  arzt: "physician",
  arztin: "physician",
  tierarzt: "veterinarian",
  tierarztin: "veterinarian",
  anwalt: "lawyer",
  anwaltin: "lawyer",
  rechtsanwalt: "lawyer",
  rechtsanwaltin: "lawyer",
  elektriker: "electrician",
  elektrikerin: "electrician",
  klempner: "plumber",
  installateur: "plumber",
  lehrer: "teacher",
  lehrerin: "teacher",
  grunder: "founder",
  grunderin: "founder",
  geschaftsfuhrer: "managing director",
  geschaftsfuhrerin: "managing director",
  gestalter: "designer",
  gestalterin: "designer",
  designerin: "designer",
  beraterinnen: "consultant",
  wissenschaftler: "scientist",
  wissenschaftlerin: "scientist",
  staplerfahrer: "forklift operator",
  staplerfahrerin: "forklift operator",
  lagerist: "warehouse",
  lageristin: "warehouse",
  sachbearbeiter: "clerk",
  sachbearbeiterin: "clerk",
  assistentin: "assistant",
  assistent: "assistant",
  kauffrau: "clerk",
  kaufmann: "clerk",
  verwaltung: "administration",
  marketingmanager: "marketing manager",
  marketingmanagerin: "marketing manager",
  produzent: "producer",
  produzentin: "producer",
  pfarrer: "pastor",
  pfarrerin: "pastor",
  pastorin: "pastor",
  seelsorger: "chaplain",
  seelsorgerin: "chaplain",
  priester: "priest",
  koch: "chef",
  kochin: "chef",
  kellner: "waiter",
  kellnerin: "waiter",
  flugbegleiter: "flight attendant",
  flugbegleiterin: "flight attendant",
  kapitan: "captain",
  pilotin: "pilot",
  abgeordneter: "member of parliament",
  abgeordnete: "member of parliament",
  burgermeister: "mayor",
  burgermeisterin: "mayor",
  stadtrat: "councillor",
  stadtratin: "councillor",
  politiker: "politician",
  politikerin: "politician",
  immobilienmakler: "real estate agent",
  immobilienmaklerin: "real estate agent",
  makler: "broker",
  maklerin: "broker",
  fitnesstrainer: "fitness instructor",
  fitnesstrainerin: "fitness instructor",
  friseur: "hairdresser",
  friseurin: "hairdresser",
  visagist: "makeup artist",
  visagistin: "makeup artist",
  fotograf: "photographer",
  fotografin: "photographer",
  cutter: "video editor",
  cutterin: "video editor",
  bibliothekar: "librarian",
  bibliothekarin: "librarian",
  dozent: "lecturer",
  dozentin: "lecturer",
  doktorand: "phd candidate",
  doktorandin: "phd candidate",
  sportler: "athlete",
  sportlerin: "athlete",
  athlet: "athlete",
  athletin: "athlete",
  fussballer: "footballer",
  texter: "copywriter",
  texterin: "copywriter",
  // French
  responsable: "manager",
  charge: "officer",
  chargee: "officer",
  gestionnaire: "manager",
  communaute: "community",
  reseaux: "social",
  sociaux: "media",
  developpeur: "developer",
  developpeuse: "developer",
  ingenieure: "engineer",
  logiciel: "software",
  recruteur: "recruiter",
  recruteuse: "recruiter",
  recrutement: "recruitment",
  commercial: "sales",
  commerciale: "sales",
  vendeur: "sales representative",
  vendeuse: "sales representative",
  directeur: "director",
  directrice: "director",
  conseiller: "advisor",
  conseillere: "advisor",
  consultante: "consultant",
  comptable: "accountant",
  infirmier: "nurse",
  infirmiere: "nurse",
  medecin: "physician",
  veterinaire: "veterinarian",
  avocat: "lawyer",
  avocate: "lawyer",
  electricien: "electrician",
  electricienne: "electrician",
  plombier: "plumber",
  enseignant: "teacher",
  enseignante: "teacher",
  professeure: "professor",
  fondateur: "founder",
  fondatrice: "founder",
  graphiste: "graphic designer",
  chercheur: "researcher",
  chercheuse: "researcher",
  redacteur: "editor",
  redactrice: "editor",
  attache: "officer",
  attachee: "officer",
  presse: "press",
  relations: "relations",
  cariste: "forklift operator",
  comptabilite: "accounting",
  evenementiel: "events",
  producteur: "producer",
  productrice: "producer",
  pasteur: "pastor",
  sommeliere: "sommelier",
  pasteure: "pastor",
  aumonier: "chaplain",
  pretre: "priest",
  cuisinier: "chef",
  cuisiniere: "chef",
  serveur: "waiter",
  serveuse: "waiter",
  pilote: "pilot",
  hotesse: "flight attendant",
  steward: "flight attendant",
  depute: "member of parliament",
  deputee: "member of parliament",
  maire: "mayor",
  politicien: "politician",
  politicienne: "politician",
  immobilier: "real estate",
  immobiliere: "real estate",
  entraineur: "coach",
  entraineuse: "coach",
  coiffeur: "hairdresser",
  coiffeuse: "hairdresser",
  maquilleur: "makeup artist",
  maquilleuse: "makeup artist",
  photographe: "photographer",
  videaste: "videographer",
  monteur: "video editor",
  monteuse: "video editor",
  bibliothecaire: "librarian",
  doctorant: "phd candidate",
  doctorante: "phd candidate",
  athlete: "athlete",
  footballeur: "footballer",
  concepteur: "designer",
  conceptrice: "designer",
  redactionnel: "copywriter",
  sensibilisation: "public awareness",
  // Spanish
  gerente: "manager",
  jefe: "head",
  jefa: "head",
  encargado: "manager",
  encargada: "manager",
  desarrollador: "developer",
  desarrolladora: "developer",
  ingeniero: "engineer",
  ingeniera: "engineer",
  redes: "social",
  sociales: "media",
  comunicacion: "communications",
  comunidad: "community",
  ventas: "sales",
  vendedor: "sales representative",
  vendedora: "sales representative",
  reclutador: "recruiter",
  reclutadora: "recruiter",
  reclutamiento: "recruitment",
  contable: "accountant",
  contador: "accountant",
  contadora: "accountant",
  enfermero: "nurse",
  enfermera: "nurse",
  medico: "physician",
  medica: "physician",
  abogado: "lawyer",
  abogada: "lawyer",
  electricista: "electrician",
  fontanero: "plumber",
  plomero: "plumber",
  profesor: "teacher",
  profesora: "teacher",
  maestro: "teacher",
  maestra: "teacher",
  fundador: "founder",
  fundadora: "founder",
  disenador: "designer",
  disenadora: "designer",
  investigador: "researcher",
  investigadora: "researcher",
  periodista: "journalist",
  consultor: "consultant",
  consultora: "consultant",
  analista: "analyst",
  datos: "data",
  mercadotecnia: "marketing",
  mercadeo: "marketing",
  directora: "director",
  coordinador: "coordinator",
  coordinadora: "coordinator",
  coordinatrice: "coordinator",
  coordinateur: "coordinator",
  especialista: "specialist",
  asistente: "assistant",
  operador: "operator",
  operadora: "operator",
  montacargas: "forklift",
  eventos: "events",
  productor: "producer",
  productora: "producer",
  capellan: "chaplain",
  sacerdote: "priest",
  cocinero: "chef",
  cocinera: "chef",
  // "Jefe/Jefa de Cocina", "Küchenchef(in)": the kitchen's head is its chef.
  cocina: "chef",
  kuchenchef: "head chef",
  kuchenchefin: "head chef",
  camarero: "waiter",
  camarera: "waiter",
  sumiller: "sommelier",
  piloto: "pilot",
  azafata: "flight attendant",
  azafato: "flight attendant",
  diputado: "member of parliament",
  diputada: "member of parliament",
  alcalde: "mayor",
  alcaldesa: "mayor",
  concejal: "councillor",
  concejala: "councillor",
  politico: "politician",
  inmobiliario: "real estate",
  inmobiliaria: "real estate",
  imobiliario: "real estate",
  corretor: "broker",
  corredor: "broker",
  entrenador: "coach",
  entrenadora: "coach",
  peluquero: "hairdresser",
  peluquera: "hairdresser",
  maquillador: "makeup artist",
  maquilladora: "makeup artist",
  fotografo: "photographer",
  fotografa: "photographer",
  bibliotecario: "librarian",
  bibliotecaria: "librarian",
  doctorando: "phd candidate",
  doctoranda: "phd candidate",
  catedratico: "professor",
  catedratica: "professor",
  atleta: "athlete",
  deportista: "athlete",
  futbolista: "footballer",
  redactor: "copywriter",
  redactora: "copywriter",
  concienciacion: "public awareness",
};

/** Function words in the three languages that carry no meaning for matching. */
const STOP_WORDS = new Set([
  "of", "and", "the", "for", "to", "in", "at", "a", "an", "with", "or",
  "de", "du", "des", "la", "le", "les", "et", "en", "y", "el", "los", "las", "del",
  "und", "der", "die", "das", "fur", "im",
  "m", "w", "d", "f", "h", "mwd", "fh", "hf",
]);

// Looked up by words of the input, so as Maps: an object literal would also answer "constructor"
// and the rest of Object.prototype.
const ABBREVIATION_OF = new Map(Object.entries(ABBREVIATIONS));
const TRANSLATION_OF = new Map(Object.entries(TRANSLATIONS));

/** German compound heads: "Vertriebsleiter" is "Vertriebs" + "leiter". */
const COMPOUND_HEADS = ["managerin", "manager", "leiterin", "leiter", "entwicklerin", "entwickler", "ingenieurin", "ingenieur", "beraterin", "berater", "referentin", "referent", "redakteurin", "redakteur", "assistentin", "assistent"];

export function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/\p{Diacritic}/gu, "").replace(/ß/g, "ss");
}

/** English plural folding, applied to both titles and catalog phrases so they stay comparable. */
function singular(token: string): string {
  if (token.length > 4 && token.endsWith("s") && !token.endsWith("ss") && !token.endsWith("us") && !token.endsWith("is")) {
    return token.endsWith("ies") ? `${token.slice(0, -3)}y` : token.slice(0, -1);
  }
  return token;
}

/** A token must be longer than this to hold a compound head and at least three letters before it. */
const SHORTEST_COMPOUND = Math.min(...COMPOUND_HEADS.map((head) => head.length)) + 2;

function splitCompound(token: string): string[] {
  // Most words of running text are too short to be compounds.
  if (token.length <= SHORTEST_COMPOUND) return [token];
  if (TRANSLATION_OF.has(token) || ABBREVIATION_OF.has(token)) return [token];
  for (const head of COMPOUND_HEADS) {
    if (token.length > head.length + 2 && token.endsWith(head)) {
      return [token.slice(0, -head.length), head];
    }
  }
  return [token];
}

/** Short forms that are ordinary words in running text ("it", "am", "be"): expanded only in titles. */
const AMBIGUOUS_IN_PROSE = new Set(["it", "am", "be", "l", "ap", "ar", "po", "md", "dr", "ts", "fe", "sm", "ta", "pm", "ae", "gp", "np", "charge", "tech", "prof"]);

function expandToken(token: string, prose: boolean): string[] {
  if (prose && AMBIGUOUS_IN_PROSE.has(token)) return [token];
  const abbreviation = ABBREVIATION_OF.get(token);
  if (abbreviation !== undefined) return abbreviation.split(" ");
  const translation = TRANSLATION_OF.get(token);
  if (translation !== undefined) return translation.split(" ");
  return [token];
}

/** "II", "IV", "3": a level, not a word of the title. Only "i", "v" and digits can start one. */
function isLevelMarker(token: string): boolean {
  const first = token.charCodeAt(0);
  if (first !== 105 && first !== 118 && !(first >= 48 && first <= 57)) return false;
  return /^(?:i{1,3}|iv|v|vi{0,3}|\d+)$/.test(token);
}

/** The non-empty runs between white space (\s), as split(/\s+/) gives them less its empty ends. */
export function whiteSpaceSeparated(text: string): string[] {
  const words: string[] = [];
  let start = -1;
  for (let at = 0; at < text.length; at += 1) {
    if (isRegexSpace(text.charCodeAt(at))) {
      if (start !== -1) words.push(text.slice(start, at));
      start = -1;
    } else if (start === -1) {
      start = at;
    }
  }
  if (start !== -1) words.push(text.slice(start));
  return words;
}

/**
 * Lower-case English tokens for a title or phrase: diacritics stripped, punctuation dropped,
 * abbreviations expanded, translations applied, plurals folded, level markers ("II") removed.
 */
export function normalizeTitle(raw: string, options: { prose?: boolean } = {}): string[] {
  const prose = options.prose ?? false;
  let lowered = stripDiacritics(raw.toLowerCase());
  // Each spelling is looked for only where its text occurs: a job description is long.
  if (lowered.includes("c++")) lowered = lowered.replace(/c\+\+/g, "cplusplus");
  if (lowered.includes("co-founder")) lowered = lowered.replace(/\bco-founder\b/g, "cofounder");
  if (lowered.includes("e-mail")) lowered = lowered.replace(/\be-mail\b/g, "email");
  const cleaned = lowered.replace(/[/|,;:()[\]{}"'’“”.!?&+\-–—_*#@]+/g, " ");
  const tokens: string[] = [];
  for (const rawToken of whiteSpaceSeparated(cleaned)) {
    for (const part of splitCompound(rawToken)) {
      for (const expanded of expandToken(part, prose)) {
        if (STOP_WORDS.has(expanded)) continue;
        if (isLevelMarker(expanded)) continue;
        tokens.push(singular(expanded));
      }
    }
  }
  return tokens;
}
