// The words of the notes written into a document: one per claim (the action first, then the
// reason, then the suggested wording) and one for the whole document (the verdict, the
// headline, the document-level advice, and any claim that could not be marked where it
// stands). The advice is already in the document's language; the few words around it follow.
import type { AdviceAction, Claim, Report, Verdict } from "../types.ts";

interface NoteWords {
  action: Record<AdviceAction, string>;
  verdict: Record<Verdict, string>;
  /** The verdict in a word or two, as a report's first line gives it: "partly suits". */
  verdictShort: Record<Verdict, string>;
  suggestion: string;
  /** Heads the claims that are listed here because they could not be marked in the text. */
  notMarked: string;
  /** What comes between a label and its text: ":" in most languages, " :" in French. */
  colon: string;
}

const WORDS: Record<string, NoteWords> = {
  en: {
    action: { keep: "Keep", strengthen: "Strengthen", reframe: "Reframe", remove: "Remove" },
    verdict: {
      suits: "Your influence claims suit the role",
      partly_suits: "Your influence claims partly suit the role",
      does_not_suit: "Your influence claims do not suit the role",
      no_claims: "No influence claims found",
    },
    verdictShort: { suits: "suits", partly_suits: "partly suits", does_not_suit: "does not suit", no_claims: "no claims" },
    suggestion: "Suggestion",
    notMarked: "Claims that could not be marked where they stand (a header or footer, or text the file does not let us place)",
    colon: ":",
  },
  de: {
    action: { keep: "Behalten", strengthen: "Stärken", reframe: "Umformulieren", remove: "Streichen" },
    verdict: {
      suits: "Ihre Angaben zur Online-Reichweite passen zur Stelle",
      partly_suits: "Ihre Angaben zur Online-Reichweite passen teilweise zur Stelle",
      does_not_suit: "Ihre Angaben zur Online-Reichweite passen nicht zur Stelle",
      no_claims: "Keine Angaben zur Online-Reichweite gefunden",
    },
    verdictShort: { suits: "passt", partly_suits: "passt teilweise", does_not_suit: "passt nicht", no_claims: "keine Angaben" },
    suggestion: "Vorschlag",
    notMarked: "Angaben, die nicht an ihrer Stelle markiert werden konnten (Kopf- oder Fußzeile oder nicht zuzuordnender Text)",
    colon: ":",
  },
  fr: {
    action: { keep: "Garder", strengthen: "Renforcer", reframe: "Reformuler", remove: "Supprimer" },
    verdict: {
      suits: "Vos mentions d’influence en ligne conviennent au poste",
      partly_suits: "Vos mentions d’influence en ligne conviennent en partie au poste",
      does_not_suit: "Vos mentions d’influence en ligne ne conviennent pas au poste",
      no_claims: "Aucune mention d’influence en ligne trouvée",
    },
    verdictShort: { suits: "convient", partly_suits: "convient en partie", does_not_suit: "ne convient pas", no_claims: "aucune mention" },
    suggestion: "Suggestion",
    notMarked: "Mentions qui n’ont pas pu être marquées à leur place (en-tête, pied de page ou texte impossible à situer)",
    colon: " :",
  },
  es: {
    action: { keep: "Mantener", strengthen: "Reforzar", reframe: "Replantear", remove: "Eliminar" },
    verdict: {
      suits: "Sus menciones de influencia en línea encajan con el puesto",
      partly_suits: "Sus menciones de influencia en línea encajan en parte con el puesto",
      does_not_suit: "Sus menciones de influencia en línea no encajan con el puesto",
      no_claims: "No se encontraron menciones de influencia en línea",
    },
    verdictShort: { suits: "encaja", partly_suits: "encaja en parte", does_not_suit: "no encaja", no_claims: "sin menciones" },
    suggestion: "Sugerencia",
    notMarked: "Menciones que no se pudieron marcar en su sitio (encabezado, pie de página o texto que no se pudo ubicar)",
    colon: ":",
  },
};

/** Who the notes are from, as Word and PDF readers show it. */
export const NOTE_AUTHOR = "influence-audit";
export const NOTE_INITIALS = "IA";

/** The words for actions and verdicts in `language` (English where it has none), for any report written out. */
export function reportLabels(language: string | null): Pick<NoteWords, "action" | "verdictShort"> {
  return wordsFor(language);
}

function wordsFor(language: string | null): NoteWords {
  return (language !== null ? WORDS[language] : undefined) ?? WORDS.en!;
}

function actionOf(claim: Claim, words: NoteWords): string {
  return words.action[claim.advice.action] ?? claim.advice.action;
}

/** The note on one claim, as paragraphs: "Remove: why", then "Suggestion: what to write instead". */
export function claimNote(claim: Claim, language: string | null): string[] {
  const words = wordsFor(language);
  const paragraphs = [`${actionOf(claim, words)}${words.colon} ${claim.advice.reason}`];
  if (claim.advice.suggestion.trim() !== "") paragraphs.push(`${words.suggestion}${words.colon} ${claim.advice.suggestion}`);
  return paragraphs;
}

/** The note on the whole document, as paragraphs; `notMarked` are the claims left out of the text. */
export function documentNote(report: Report, notMarked: readonly Claim[]): string[] {
  const words = wordsFor(report.document.language);
  const { summary } = report;
  const paragraphs = [`${NOTE_AUTHOR}${words.colon} ${words.verdict[summary.verdict] ?? summary.verdict} (${summary.score}/100).`, summary.headline];
  for (const point of summary.advice) paragraphs.push(`• ${point}`);
  if (notMarked.length > 0) {
    paragraphs.push(`${words.notMarked}${words.colon}`);
    for (const claim of notMarked) paragraphs.push(`“${claim.text}”: ${claimNote(claim, report.document.language).join(" ")}`);
  }
  return paragraphs;
}
