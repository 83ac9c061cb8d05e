// The lines of a document and what each one is: a heading, a bullet, a row of cells, plain
// text or blank. Every test here looks at one line, and the costly ones only at short lines,
// so reading a document is linear in its length however long its longest line.
import type { Span } from "../types.ts";
import { datePatterns, findDates, type DatePatterns, type DateRange } from "./dates.ts";
import { wordsIn } from "./words.ts";

export type LineKind = "blank" | "heading" | "bullet" | "row" | "text";

export interface Line {
  start: number;
  /** Exclusive, before the newline. */
  end: number;
  kind: LineKind;
  /** The line without its indentation, bullet marker and trailing white space. */
  content: Span;
  /** For rows: each cell's content. */
  cells: Span[];
  /** Dates on a short line (see MAX_HEADER_LENGTH); none are looked for on longer ones. */
  dates: DateRange[];
}

/** A line longer than this is prose: no heading, entry header or date line is this long. */
export const MAX_HEADER_LENGTH = 160;
const MAX_HEADING_LENGTH = 70;

/** Section headings in the supported languages, folded, without a trailing colon. */
export type SectionKind =
  | "summary"
  | "experience"
  | "education"
  | "skills"
  | "projects"
  | "awards"
  | "publications"
  | "team"
  | "volunteer"
  | "other";

const HEADINGS: Record<Exclude<SectionKind, "other">, readonly string[]> = {
  summary: [
    "summary", "professional summary", "career summary", "executive summary", "executive profile", "profile", "professional profile",
    "personal profile", "about", "about me", "objective", "career objective", "overview", "introduction", "personal statement",
    "kurzprofil", "profil", "zusammenfassung", "uber mich", "profil professionnel", "a propos", "a propos de moi", "resume", "perfil",
    "perfil profesional", "resumen", "resumen profesional", "sobre mi", "acerca de mi", "profilo", "profilo professionale", "chi sono",
    "sommario", "profiel", "over mij", "samenvatting", "perfil profissional", "sobre mim", "resumo",
  ],
  experience: [
    "experience", "work experience", "professional experience", "relevant experience", "employment", "employment history",
    "work history", "career history", "professional background", "career", "experience and projects", "berufserfahrung",
    "berufliche erfahrung", "beruflicher werdegang", "werdegang", "erfahrung", "praxiserfahrung", "experience professionnelle",
    "experiences professionnelles", "experiences", "parcours professionnel", "parcours", "experiencia", "experiencia laboral",
    "experiencia profesional", "trayectoria profesional", "esperienza", "esperienza professionale", "esperienze professionali",
    "esperienze lavorative", "werkervaring", "ervaring", "experiencia profissional", "historico profissional",
  ],
  education: [
    "education", "academic background", "qualifications", "education and training", "ausbildung", "bildung", "studium", "bildungsweg",
    "formation", "etudes", "educacion", "formacion", "formacion academica", "formazione", "istruzione", "opleiding", "formacao", "educacao",
  ],
  skills: [
    "skills", "technical skills", "key skills", "core competencies", "competencies", "expertise", "tools", "kenntnisse", "fahigkeiten",
    "kompetenzen", "competences", "competencias", "habilidades", "competenze", "vaardigheden", "languages", "sprachen", "langues",
    "idiomas", "lingue", "talen", "certifications", "certificates", "zertifikate", "certificaciones",
  ],
  projects: ["projects", "selected projects", "open source", "side projects", "projekte", "projets", "proyectos", "progetti", "projecten", "projetos", "portfolio"],
  awards: [
    "awards", "honors", "honours", "honors and awards", "awards and recognition", "selected honors", "recognition", "achievements",
    "key achievements", "accomplishments", "auszeichnungen", "distinctions", "prix", "premios", "premi", "reconocimientos",
  ],
  publications: ["publications", "talks", "speaking", "invited talks", "press", "media", "publikationen", "vortrage", "publicaciones", "pubblicazioni"],
  team: [
    "team", "our team", "the team", "project team", "proposed team", "key personnel", "key staff", "team bios", "team members",
    "about us", "who we are", "unser team", "das team", "notre equipe", "l equipe", "nuestro equipo", "el equipo", "il nostro team",
    "ons team", "equipe", "a equipe",
  ],
  volunteer: ["volunteer", "volunteering", "volunteer experience", "ehrenamt", "benevolat", "voluntariado", "volontariato"],
};

/** Headings that begin no kind of section this model tells apart, but are headings all the same. */
const OTHER_HEADINGS = [
  "interests", "hobbies", "references", "contact", "contact information", "links", "social media", "online presence", "social",
  "case studies", "approach", "our approach", "methodology", "scope of work", "scope", "deliverables", "pricing", "budget", "fees",
  "timeline", "why us", "appendix", "leadership", "affiliations", "memberships", "additional information", "interessen", "centres d interet",
  "intereses", "interessi", "referenzen", "references professionnelles", "referencias", "credentials", "community",
  "other", "other information", "others", "extras", "additional", "miscellaneous", "further information", "sonstiges", "weiteres",
  "divers", "autres", "otros", "otras", "altro",
];

const HEADING_KIND = new Map<string, SectionKind>();
for (const [kind, titles] of Object.entries(HEADINGS)) for (const title of titles) HEADING_KIND.set(title, kind as SectionKind);
for (const title of OTHER_HEADINGS) if (!HEADING_KIND.has(title)) HEADING_KIND.set(title, "other");

/** "Professional Experience:", "## Skills", "2. Education" → the heading's folded words, or null. */
export function headingKind(title: string): SectionKind | null {
  const key = wordsIn(title.replace(/^\s*(?:#{1,6}|\d{1,2}[.)]|[IVX]{1,4}[.)])\s*/u, ""))
    .map((word) => word.folded)
    .join(" ");
  const known = HEADING_KIND.get(key);
  if (known !== undefined) return known;
  // "Teaching experience", "Clinical experience", "Sales skills": a word or two before a known kind's noun.
  const words = key.split(" ");
  if (words.length >= 2 && words.length <= 3) return QUALIFIED_HEADS.get(words[words.length - 1]!) ?? null;
  return null;
}

/** The last word of a heading that names its kind whatever qualifies it. */
const QUALIFIED_HEADS = new Map<string, SectionKind>([
  ["experience", "experience"], ["skills", "skills"], ["education", "education"], ["projects", "projects"], ["awards", "awards"],
  ["publications", "publications"], ["berufserfahrung", "experience"], ["kenntnisse", "skills"],
]);

/** Characters that start a list item when followed by white space. */
const BULLET_CHARS = new Set([..."•●▪■◦○‣⁃∙·★☆✓✔✗➢➤►▶→♦◆❖*+-–—▸▹➔✦✧"]);

function isSpaceCode(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x2002 || code === 0x2003 || code === 0x2009 || code === 0x202f || code === 0x3000;
}

/** Where the item's text starts after a bullet marker at `at`, or -1 when there is none. */
function afterBullet(text: string, at: number, end: number): number {
  const code = text.charCodeAt(at);
  // Symbol-font bullets land in the private use area.
  const marker = BULLET_CHARS.has(text.charAt(at)) || (code >= 0xf000 && code <= 0xf0ff);
  if (marker) {
    if (at + 1 >= end) return -1;
    return isSpaceCode(text.charCodeAt(at + 1)) ? at + 2 : -1;
  }
  // "1." "12)" "a)": a short number or letter and a closing mark, then a space.
  let cursor = at;
  while (cursor < end && cursor - at < 2 && text.charCodeAt(cursor) >= 48 && text.charCodeAt(cursor) <= 57) cursor += 1;
  if (cursor === at && /[a-z]/.test(text.charAt(at)) && text.charAt(at + 1) === ")") cursor = at + 1;
  if (cursor === at) return -1;
  const mark = text.charAt(cursor);
  if ((mark === "." || mark === ")") && isSpaceCode(text.charCodeAt(cursor + 1))) return cursor + 2;
  return -1;
}

function trimSpan(text: string, start: number, end: number): Span {
  let from = start;
  let to = end;
  while (from < to && (isSpaceCode(text.charCodeAt(from)) || text.charCodeAt(from) === 13)) from += 1;
  while (to > from && (isSpaceCode(text.charCodeAt(to - 1)) || text.charCodeAt(to - 1) === 13)) to -= 1;
  return { start: from, end: to };
}

/** Cells of a row: split at "|" and tab runs. Null when the line has none. */
function cellsOf(text: string, content: Span): Span[] | null {
  const cells: Span[] = [];
  let cellStart = content.start;
  let separators = 0;
  for (let at = content.start; at < content.end; at += 1) {
    const char = text.charAt(at);
    if (char === "|" || char === "\t" || char === "｜") {
      separators += 1;
      const cell = trimSpan(text, cellStart, at);
      if (cell.end > cell.start) cells.push(cell);
      cellStart = at + 1;
    }
  }
  if (separators === 0) return null;
  const last = trimSpan(text, cellStart, content.end);
  if (last.end > last.start) cells.push(last);
  return cells.length >= 2 ? cells : null;
}

/** A line in capitals: three or more letters, every letter upper case, at most six words, no long number. */
function inCapitals(line: string): boolean {
  let letters = 0;
  for (const char of line) {
    if (char.toLowerCase() !== char) letters += 1;
    else if (char.toUpperCase() !== char) return false;
  }
  if (letters < 3 || /\d{3}/.test(line) || /[.,;!?]$/.test(line)) return false;
  return line.split(/\s+/).length <= 6;
}

/** Title words that make a capitals line a job line ("SOCIAL MEDIA COORDINATOR — HALDEN ZOO"), not a heading. */
const ENTRY_SEPARATOR = /\s[—–|-]\s|,\s|\s(?:at|@|bei|chez|presso)\s/iu;

function looksLikeHeading(text: string, content: Span): boolean {
  const length = content.end - content.start;
  if (length === 0 || length > MAX_HEADING_LENGTH) return false;
  const line = text.slice(content.start, content.end);
  if (/^#{1,6}\s+\S/u.test(line)) return true;
  if (headingKind(line.replace(/\s*:\s*$/u, "")) !== null) return true;
  // "GPA: 3.83", "TEL: 555": a label and its value, not a heading.
  if (!inCapitals(line) || /:\s*\S/u.test(line)) return false;
  // A capitals line naming a job and a place is the job's own line.
  return !ENTRY_SEPARATOR.test(line) || /^(?:SECTION|PART|TEIL|CHAPITRE|SECCI[OÓ]N|PARTE)\s/u.test(line);
}

/** One line read on its own. */
export function readLine(text: string, start: number, end: number, patterns: DatePatterns = datePatterns()): Line {
  const trimmed = trimSpan(text, start, end);
  if (trimmed.end === trimmed.start) return { start, end, kind: "blank", content: trimmed, cells: [], dates: [] };
  const itemStart = afterBullet(text, trimmed.start, trimmed.end);
  const content = itemStart === -1 ? trimmed : trimSpan(text, itemStart, trimmed.end);
  const short = content.end - content.start <= MAX_HEADER_LENGTH;
  const dates = short ? findDates(text, content.start, content.end, patterns) : [];
  if (itemStart !== -1) return { start, end, kind: "bullet", content, cells: [], dates };
  const cells = cellsOf(text, content);
  if (cells !== null) return { start, end, kind: "row", content, cells, dates };
  if (dates.length === 0 && looksLikeHeading(text, content)) return { start, end, kind: "heading", content, cells: [], dates };
  return { start, end, kind: "text", content, cells: [], dates };
}

/** Every line of the text, newline by newline. */
export function readLines(text: string): Line[] {
  const lines: Line[] = [];
  const patterns = datePatterns();
  let start = 0;
  for (;;) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines.push(readLine(text, start, end, patterns));
    if (newline === -1) break;
    start = newline + 1;
  }
  return lines;
}

/** A heading line's title as a reader says it: without the markdown marks and the colon. */
export function headingTitle(text: string, line: Line): string {
  return text
    .slice(line.content.start, line.content.end)
    .replace(/^#{1,6}\s*/u, "")
    .replace(/\s*:\s*$/u, "")
    .trim();
}
