import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentTypeScores, PROPOSAL_CUES, RESUME_CUES, type Cue } from "./document-type.ts";

/** The straightforward way: lower-case the text, run every cue's global regex over all of it. */
function referenceScores(text: string): { proposal: number; resume: number } {
  const lowered = text.toLowerCase();
  const score = (cues: readonly Cue[]) =>
    cues.reduce((sum, cue) => sum + Math.min(lowered.match(new RegExp(cue.pattern, "gmu"))?.length ?? 0, 4) * cue.weight, 0);
  const plural = lowered.match(/\b(?:we|our|us|we're|we've)\b/g)?.length ?? 0;
  const singular = lowered.match(/\b(?:i|my|me|i'm|i've)\b/g)?.length ?? 0;
  const balance = plural - singular;
  return {
    proposal: score(PROPOSAL_CUES) + Math.max(0, Math.min(balance, 6)),
    resume: score(RESUME_CUES) + Math.max(0, Math.min(-balance, 6)),
  };
}

/** Pieces of every cue, in several cases, and the characters where lower-casing or \b could go wrong. */
const PIECES = [
  "we propose", "we will deliver", "We Will Build", "proposed approach", "scope of work", "statement of work", "deliverable",
  "DELIVERABLES", "rfp", "RFQ", "request for tender", "request for proposals", "tender", "our fees", "proposed pricing",
  "fee schedule", "fixed fee", "pricing", "our team", "Our Clients", "proposal", "bid", "engagement letter", "timeline",
  "milestones", "phase 2", "project plan", "technical proposal", "TECHNICAL PROPOSAL", "proposal for", "Sponsorship Proposal",
  "invitation to tender", "tender response", "response to your rfp", "bidder", "Prepared for", "procurement", "propuesta técnica",
  "PROPUESTA TÉCNICA", "licitación", "LICITACIÓN", "appel d'offres", "Angebot", "proposta tecnica", "experience", "work experience", "EXPERIENCE:", "education", "Skills :",
  "certifications", "employment history", "career summary", "profile", "objective", "curriculum vitae", "résumé", "RÉSUMÉ",
  "résuméx", "resume", "references available", "b.sc", "m.sc", "b.a.", "ba", "mba", "ph.d", "phd", "bachelor", "master's",
  "masters", "diploma", "gpa", "2015 - 2018", "1999–present", "2020 —now", "20155 - 2016", "led", "managed", "Grew",
  "resolved", "we", "our", "us", "we're", "i", "my", "me", "i'm", "I", "x", "1", "_", "'", ".", ":", "-", "•", "*", "▪",
  "●", " ", " ", "\n", "\r\n", "\r", "\t", "\u00a0", "\u2028", "\u3000", "\ufeff", "İ", "\u212a", "ſ", "ı", "É", "ß", "😀",
  "\ud800", "\0",
];

describe("documentTypeScores", () => {
  it("scores as running every cue's regex over the lower-cased text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (pieces) => {
        const text = pieces.join("");
        expect(documentTypeScores(text)).toEqual(referenceScores(text));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["the Kelvin sign, which lower-cases to k", "\u212aills\nWor\u212a experience\n"],
    ["a dotted capital I, which lower-cases to i and a combining dot", "İ led it. My İ. DİPLOMA"],
    ["a capital É in RÉSUMÉ", "RÉSUMÉ\nRÉSUMÉS Curriculum Vitae"],
    ["a long s and a dotless i, which no lower-casing makes ASCII", "ſkills\nSKıLLS\nı led"],
    ["headings on lines ended every way", "Skills\r\nEducation\rProfile\u2028Objective\u2029experience"],
    ["bulleted achievements", "• Led it\n▪ grew it\n - - ran it\n*drove it"],
  ])("matches the reference on %s", (_, text) => {
    expect(documentTypeScores(text)).toEqual(referenceScores(text));
  });
});
