// The per-claim advice policy as data: the table in the role guidance, one row per rule, each
// with an id the report cites. Rules are tried in order and the first that applies decides.
// Columns are the relevance of influence to the target role; `unknown` (no role given, or a
// title the catalog cannot place) holds role-independent advice.
import type { AdviceAction, ClaimKind, Relevance } from "../types.ts";

/** What the rules look at, worked out once per claim. */
export interface ClaimFacts {
  kind: ClaimKind;
  platform: string | null;
  relevance: Relevance;
  documentType: "resume" | "proposal";
  hidden: boolean;
  defunct: boolean;
  implausible: boolean;
  hasOutcome: boolean;
  /** An employer's or a client's account: work done for someone. */
  organizationAccount: boolean;
  /** The claim is on one of the role's own professional platforms (GitHub for an engineer). */
  ownPlatform: boolean;
  /** A figure of the writer's two orders of magnitude below their main audience. */
  tiny: boolean;
  /** A ranking whose publisher and year are both given. */
  rankingSourced: boolean;
  /** An employer's or a client's account in work that has ended: the record of that work. */
  pastWork: boolean;
  /** A bid's sentence that holds the claim makes a promise nobody can check ("unmatched", "we guarantee"). */
  promised: boolean;
  /** The promise is a guarantee: the figure is promised, not achieved ("We guarantee 1 million impressions"). */
  guaranteed: boolean;
  /** Another line gives a different figure for the same account at the same time. */
  inconsistent: boolean;
}

export interface AdviceRule {
  id: string;
  /** What the rule covers, in the guidance's words. */
  covers: string;
  applies: (facts: ClaimFacts) => boolean;
  action: Record<Relevance, AdviceAction>;
}

function everywhere(action: AdviceAction): Record<Relevance, AdviceAction> {
  return { core: action, supporting: action, peripheral: action, unknown: action };
}

export const ADVICE_RULES: readonly AdviceRule[] = [
  {
    id: "hidden_text",
    covers: "text a reader cannot see never counts as evidence",
    applies: (facts) => facts.hidden,
    action: everywhere("remove"),
  },
  {
    id: "defunct_platform_past_work",
    covers: "an employer's or a client's account on a service since closed (Vine, Google+), in work that has ended: the record of that work, not a figure to update",
    applies: (facts) => facts.defunct && facts.kind !== "influence_score" && facts.pastWork,
    action: { core: "reframe", supporting: "reframe", peripheral: "remove", unknown: "reframe" },
  },
  {
    id: "defunct_score",
    covers: "a score from a service that has closed (Klout, PeerIndex, Empire Avenue)",
    applies: (facts) => facts.defunct,
    action: everywhere("remove"),
  },
  {
    id: "implausible_value",
    covers: "a figure outside its scale, or a rate over 100%",
    applies: (facts) => facts.implausible,
    // Rewording does not fix a number nobody believes: it is checked, corrected and said how it was
    // measured (strengthen), or, where the role does not need it, cut.
    action: { core: "strengthen", supporting: "strengthen", peripheral: "remove", unknown: "strengthen" },
  },
  {
    id: "guaranteed_figure",
    covers: "a figure a bid guarantees: promised before the work, so no evidence of anything",
    applies: (facts) => facts.guaranteed && facts.kind !== "self_label",
    action: everywhere("remove"),
  },
  {
    id: "figure_beside_promise",
    covers: "a figure in a bid's sentence that also makes a claim nobody can check (\"reach no other agency can match\"): never kept as it stands",
    applies: (facts) => facts.promised && facts.kind !== "self_label",
    action: { core: "strengthen", supporting: "strengthen", peripheral: "remove", unknown: "strengthen" },
  },
  {
    id: "inconsistent_figure",
    covers: "two different figures for the same account at the same time: a reader believes neither until one is chosen and dated",
    applies: (facts) => facts.inconsistent && facts.relevance !== "peripheral",
    action: everywhere("strengthen"),
  },
  {
    id: "tiny_beside_big",
    covers: "a figure two or three orders of magnitude below the writer's main one (312 Twitch followers beside 1.4M on Instagram)",
    applies: (facts) => facts.tiny,
    action: everywhere("remove"),
  },
  {
    id: "self_label",
    covers: "a self-label (guru, ninja, rockstar, influencer, thought leader)",
    applies: (facts) => facts.kind === "self_label",
    action: { core: "reframe", supporting: "remove", peripheral: "remove", unknown: "reframe" },
  },
  {
    id: "professional_platform_with_outcome",
    covers: "a figure on the role's own professional platform, with what it led to",
    applies: (facts) => facts.ownPlatform && facts.hasOutcome,
    action: everywhere("keep"),
  },
  {
    id: "professional_platform_ranking",
    covers: "a ranking on the role's own professional platform",
    applies: (facts) => facts.ownPlatform && facts.kind === "ranking",
    action: { core: "keep", supporting: "keep", peripheral: "keep", unknown: "strengthen" },
  },
  {
    id: "professional_platform_score",
    covers: "a live score of the role's own platform (LinkedIn SSI for sales and recruiting): the guidance calls it fine there",
    applies: (facts) => facts.ownPlatform && facts.kind === "influence_score" && facts.platform === "linkedin_ssi",
    action: everywhere("keep"),
  },
  {
    id: "professional_platform",
    covers: "a figure on the role's own professional platform (GitHub or Stack Overflow for engineers, Dribbble for designers)",
    applies: (facts) => facts.ownPlatform,
    action: everywhere("strengthen"),
  },
  {
    id: "ranking_sourced",
    covers: "a ranking or list that names its publisher and year",
    applies: (facts) => facts.kind === "ranking" && facts.rankingSourced,
    action: { core: "keep", supporting: "keep", peripheral: "remove", unknown: "keep" },
  },
  {
    id: "ranking",
    covers: "a ranking or list (\"Top 50 … influencers\")",
    applies: (facts) => facts.kind === "ranking",
    action: { core: "strengthen", supporting: "strengthen", peripheral: "remove", unknown: "strengthen" },
  },
  {
    id: "live_score",
    covers: "a live third-party score (Kred, LinkedIn SSI, audience quality)",
    applies: (facts) => facts.kind === "influence_score",
    action: { core: "strengthen", supporting: "reframe", peripheral: "remove", unknown: "reframe" },
  },
  {
    id: "organization_account",
    covers: "growth of an organisation's account: work done for an employer",
    // An account's size: views and impressions belong to posts and campaigns, judged by their results.
    applies: (facts) => facts.organizationAccount && (facts.kind === "audience" || facts.kind === "community"),
    action: { core: "keep", supporting: "keep", peripheral: "reframe", unknown: "keep" },
  },
  {
    id: "audience_with_outcome",
    covers: "audience, reach or engagement with an outcome",
    applies: (facts) => facts.hasOutcome,
    action: { core: "keep", supporting: "keep", peripheral: "reframe", unknown: "keep" },
  },
  {
    id: "audience_without_outcome",
    covers: "audience, reach or engagement without an outcome",
    applies: () => true,
    action: { core: "strengthen", supporting: "reframe", peripheral: "remove", unknown: "strengthen" },
  },
];

/**
 * A bid is read by a client who checks: a claim kept without a handle, link or date is
 * downgraded to "strengthen" under this rule id.
 */
export const PROPOSAL_EVIDENCE_RULE = {
  id: "proposal_needs_evidence",
  covers: "in a bid, every kept claim needs evidence: a handle, a link or a date",
} as const;

export function decideAction(facts: ClaimFacts): { rule: AdviceRule; action: AdviceAction } {
  for (const rule of ADVICE_RULES) {
    if (rule.applies(facts)) return { rule, action: rule.action[facts.relevance] };
  }
  // The last rule applies to everything; this line only satisfies the type checker.
  const fallback = ADVICE_RULES[ADVICE_RULES.length - 1] as AdviceRule;
  return { rule: fallback, action: fallback.action[facts.relevance] };
}
