// The words the page uses for the report's enums and for errors. People read these, so
// they say what happened and what to do, not the code behind it.
import type { AdviceAction, ClaimKind, Relevance, Verdict } from "../../core/types.ts";

export const VERDICT_LABEL: Record<Verdict, string> = {
  suits: "Suits the role",
  partly_suits: "Partly suits the role",
  does_not_suit: "Does not suit the role",
  no_claims: "No influence claims found",
};

/** Each action has a word and a symbol, so colour is never the only signal. */
export const ACTION_LABEL: Record<AdviceAction, { word: string; icon: string; hint: string }> = {
  keep: { word: "Keep", icon: "✓", hint: "helps as written" },
  strengthen: { word: "Strengthen", icon: "▲", hint: "add evidence or an outcome" },
  reframe: { word: "Reframe", icon: "↻", hint: "say it in terms the role values" },
  remove: { word: "Remove", icon: "✕", hint: "costs more than it gives" },
};

export const ACTIONS: readonly AdviceAction[] = ["remove", "reframe", "strengthen", "keep"];

export const KIND_LABEL: Record<ClaimKind, string> = {
  influence_score: "Influence score",
  audience: "Audience",
  reach: "Reach",
  engagement: "Engagement",
  ranking: "Ranking or list",
  community: "Community",
  self_label: "Self-label",
};

export const RELEVANCE_LABEL: Record<Relevance, string> = {
  core: "influence is the job",
  supporting: "influence helps, but is not the job",
  peripheral: "influence is not part of the job",
  unknown: "how much influence matters is unclear",
};

export const DOCUMENT_TYPE_LABEL: Record<string, string> = {
  auto: "Work it out",
  resume: "Résumé / CV",
  proposal: "Bid / proposal",
};

export function actionOf(value: string): AdviceAction {
  return Object.hasOwn(ACTION_LABEL, value) ? (value as AdviceAction) : "reframe";
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

export interface ErrorWords {
  title: string;
  advice: string;
}

/** Plain words for an error code; `detail` from the error is shown under them. */
export function errorWords(code: string, maxBodyBytes: number): ErrorWords {
  switch (code) {
    case "unsupported_media_type":
      return {
        title: "This file is not a format we can read",
        advice: "Send a PDF, a Word document saved as .docx, plain text, Markdown or HTML. Old .doc files and images cannot be read: save the document as PDF or .docx first.",
      };
    case "no_text":
      return {
        title: "There is no text to read in this file",
        advice: "It may be a scanned PDF (pictures of pages) or an empty file. Export the PDF from the program you wrote it in, or upload the .docx instead.",
      };
    case "payload_too_large":
      return {
        title: "The file is too large",
        advice: `The limit is ${megabytes(maxBodyBytes)}. Remove large images from the document, or save it as plain text.`,
      };
    case "encrypted_document":
      return { title: "The document is password-protected", advice: "Save a copy without a password and upload that." };
    case "corrupt_document":
      return { title: "The file seems to be damaged", advice: "It says it is one format but cannot be read as one. Save it again from the program you wrote it in." };
    case "limits_exceeded":
      return { title: "The document is too long to read here", advice: "Upload the part that matters (a résumé is usually one or two pages)." };
    case "invalid_request":
      return { title: "Something in the form needs a look", advice: "Check the fields below and send it again." };
    case "unauthorized":
      return { title: "This server needs an access key", advice: "Enter the key you were given in the access key field." };
    case "rate_limited":
      return { title: "Too many documents at once", advice: "Wait a minute and try again." };
    case "timeout":
      return { title: "Reading the document took too long", advice: "Try a shorter version, or save it as .docx or plain text." };
    default:
      return { title: "Something went wrong on our side", advice: "Try again in a moment. If it keeps happening, quote the reference below." };
  }
}
