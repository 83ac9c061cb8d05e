import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDocumentType, documentTypeScores, PROPOSAL_CUES, RESUME_CUES, type Cue } from "./document-type.ts";

/** The straightforward way: lower-case the text, run every cue's global regex over all of it. */
function referenceScores(text: string): { proposal: number; resume: number } {
  const lowered = text.toLowerCase();
  const score = (cues: readonly Cue[]) =>
    cues.reduce((sum, cue) => sum + Math.min(lowered.match(new RegExp(cue.pattern, "gmu"))?.length ?? 0, 4) * cue.weight, 0);
  const plural = lowered.match(/\b(?:we|our|us|we're|we've|notre|nos|nous|nuestro|nuestra|nuestros|nuestras|unser|unsere|unseren|unserem|wir|nostro|nostra|nostri|nosso|nossa|nossos|onze|wij)\b/g)?.length ?? 0;
  const singular = lowered.match(/\b(?:i|my|me|i'm|i've|je|mon|mes|yo|mis|ich|mein|meine|io|mio|mia|eu|meu|minha|ik|mijn)\b/g)?.length ?? 0;
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
  "resolved", "we", "our", "us", "we're", "i", "my", "me", "i'm", "I", "x", "1",
  "Jan 2016 to Current", "06/2009 to 10/2012", "May 2014 - Present", "Summary", "HIGHLIGHTS", "media kit", "Kit de medios", "rate card",
  "Team", "Credentials —", "Samenwerkingen:", "appel d’offres", "notre", "Unsere", "ich", "ik", "_", "'", ".", ":", "-", "•", "*", "▪",
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

describe("detectDocumentType on how résumés and bids really open", () => {
  it.each([
    ["a career site's résumé that mentions bids and pricing", "CATEGORY BRAND MANAGER\nSummary\nMarketing professional.\nExperience\nCategory Brand Manager Jan 2016 to Current\nCompany Name\nLed pricing strategy and new product proposals; won 3 bids.\nProject Manager 06/2009 to 10/2012\nManaged deliverables, timeline and milestones for our team.\nEducation\nBachelor of Science", "resume"],
    ["a creator's media kit", "MEDIA KIT 2025 — @LenaLifts\nPlatform | Handle | Followers\nInstagram | @lenalifts | 412K", "proposal"],
    ["a Dutch creator's page with her brand collaborations", "Over mij: Sanne, moeder van drie.\nInstagram: 61,3K volgers\nSamenwerkingen: Albert Heijn, HEMA, Bol.com", "proposal"],
    ["a French answer to a call for tenders", "RÉPONSE À L’APPEL D’OFFRES – Office de Tourisme d’Annecy\nNotre réseau de 60 créateurs cumule 4,5 millions d’abonnés.", "proposal"],
    ["a bid's team section", "Team\nRavi Menon (Developer Advocate) — 1.1M views on his YouTube series.\nLaura Kim (Technical Writer) — 380,000 reads.", "proposal"],
  ])("%s", (_name, text, expected) => {
    expect(detectDocumentType(text)).toBe(expected);
  });
});

describe("a creator's CV that mentions a rate card", () => {
  it("stays a résumé: the words name work done, not the document", () => {
    const cv = [
      "JAY MENSAH",
      "Creator, baker. I've been making baking videos since 2016 and I want to move to the other side of the table.",
      "THE NUMBERS",
      "YouTube 1,234,567 subscribers",
      "RUNNING THE BUSINESS",
      "- Hired and managed an editor; set up contracts and invoicing.",
      "- Wrote my own rate card and media kit; pitched brands directly after 2021.",
      "ABOUT ME",
      "Level 3 Diploma in Professional Bakery (2015).",
    ].join("\n");
    expect(detectDocumentType(cv)).toBe("resume");
    expect(detectDocumentType("MEDIA KIT 2025\nTasha Cooks for Six\nRate card:\n- Reel: £1,200")).toBe("proposal");
  });
});
