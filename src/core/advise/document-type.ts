// A bid is read by a client, a résumé by a hiring manager, and the advice differs. The cues
// below are what each kind of document says about itself; the stronger side wins, and a
// document with no cues at all is treated as a résumé, by far the more common upload.

interface Cue {
  pattern: string;
  weight: number;
}

const PROPOSAL_CUES: readonly Cue[] = [
  { pattern: "\\bwe propose\\b|\\bwe will (?:deliver|provide|run|design|build|develop)\\b|\\bproposed approach\\b", weight: 3 },
  { pattern: "\\bscope of (?:work|services)\\b|\\bstatement of work\\b", weight: 3 },
  { pattern: "\\bdeliverables?\\b", weight: 2 },
  { pattern: "\\b(?:rfp|rfq|request for (?:proposals?|quotations?|tender))\\b|\\btender\\b", weight: 3 },
  { pattern: "\\b(?:our|proposed) (?:fees?|pricing|rates?|budget)\\b|\\bfee schedule\\b|\\bfixed fee\\b|\\bpricing\\b", weight: 2 },
  { pattern: "\\bour (?:team|agency|firm|company|approach|methodology|clients?|experience|founder|consultants?)\\b", weight: 2 },
  { pattern: "\\b(?:proposal|bid|quotation|engagement letter)\\b", weight: 1 },
  { pattern: "\\b(?:timeline|milestones?|phase [0-9]|project plan)\\b", weight: 1 },
];

const RESUME_CUES: readonly Cue[] = [
  { pattern: "^\\s*(?:work |professional |relevant )?experience\\s*:?\\s*$", weight: 3 },
  { pattern: "^\\s*(?:education|skills|certifications?|employment history|work history|career summary|profile|objective)\\s*:?\\s*$", weight: 3 },
  { pattern: "\\b(?:curriculum vitae|résumé|resume|references available)\\b", weight: 2 },
  { pattern: "\\b(?:b\\.?sc|m\\.?sc|b\\.?a\\.?|mba|ph\\.?d|bachelor|master'?s|diploma|gpa)\\b", weight: 1 },
  { pattern: "\\b(?:19|20)\\d\\d\\s*[-–—]\\s*(?:(?:19|20)\\d\\d|present|current|now)\\b", weight: 1 },
  { pattern: "^\\s*(?:[-•*▪●]\\s*)?(?:led|managed|built|grew|developed|designed|created|launched|delivered|reduced|increased|owned|ran|drove|sourced|placed|wrote|produced|scheduled|resolved)\\b", weight: 1 },
];

/** First person: "we/our/us" points to a firm bidding, "I/my/me" to a person applying. */
function pronounBalance(lowered: string): number {
  const plural = lowered.match(/\b(?:we|our|us|we're|we've)\b/g)?.length ?? 0;
  const singular = lowered.match(/\b(?:i|my|me|i'm|i've)\b/g)?.length ?? 0;
  return plural - singular;
}

function cueScore(lowered: string, cues: readonly Cue[]): number {
  let score = 0;
  for (const cue of cues) {
    const count = lowered.match(new RegExp(cue.pattern, "gmu"))?.length ?? 0;
    score += Math.min(count, 4) * cue.weight;
  }
  return score;
}

export function detectDocumentType(text: string): "resume" | "proposal" {
  const lowered = text.toLowerCase();
  const balance = pronounBalance(lowered);
  const proposal = cueScore(lowered, PROPOSAL_CUES) + Math.max(0, Math.min(balance, 6));
  const resume = cueScore(lowered, RESUME_CUES) + Math.max(0, Math.min(-balance, 6));
  return proposal > resume && proposal >= 3 ? "proposal" : "resume";
}
