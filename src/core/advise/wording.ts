// Turns a decision into words a job seeker reads once and acts on: a reason in one or two
// plain sentences, and a rewrite that reuses the claim's own figures, with [brackets] for what
// only the writer knows.
import type { AdviceAction, DetectedClaim, RoleAssessment } from "../types.ts";
import { platformFacts, platformName } from "./platform-facts.ts";

export interface WordingInput {
  claim: DetectedClaim;
  ruleId: string;
  action: AdviceAction;
  role: RoleAssessment;
  documentType: "resume" | "proposal";
  outcome: string | null;
  timeframe: boolean;
  year: number | null;
  notComparable: boolean;
  currentYear: number;
  /** A claim elsewhere in the document worth leading with, used when this one should go. */
  showcase: DetectedClaim | null;
  /** The showcase's own sentence, when it already names a result. */
  showcaseLine: string | null;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatNumber(value: number): string {
  // Most figures are whole numbers under a million: group their digits without the rounding and string searches.
  if (Number.isInteger(value) && value >= 0 && value < 1_000_000) {
    return value < 1000 ? String(value) : `${Math.floor(value / 1000)},${String(value % 1000).padStart(3, "0")}`;
  }
  if (Math.abs(value) >= 1_000_000) {
    const millions = Math.round((value / 1_000_000) * 10) / 10;
    return `${millions} million`;
  }
  const rounded = String(Math.round(value * 10) / 10);
  const point = rounded.indexOf(".");
  const whole = point === -1 ? rounded : rounded.slice(0, point);
  const grouped = groupThousands(whole);
  return point === -1 ? grouped : `${grouped}${rounded.slice(point)}`;
}

/** "1234567" → "1,234,567"; a leading minus sign stays outside the groups. */
function groupThousands(whole: string): string {
  const digitsFrom = whole.startsWith("-") ? 1 : 0;
  const digits = whole.length - digitsFrom;
  if (digits <= 3) return whole;
  let grouped = whole.slice(0, digitsFrom + (digits % 3 || 3));
  for (let at = grouped.length; at < whole.length; at += 3) grouped += `,${whole.slice(at, at + 3)}`;
  return grouped;
}

function metricWords(metric: string): string {
  // Most metric ids are one word; replacing in those only copies them.
  return metric.includes("_") ? metric.replaceAll("_", " ") : metric;
}

/** "95,000 Instagram followers", "a Klout score of 75", "a 6.4% engagement rate". */
export function describeClaim(claim: DetectedClaim): string {
  const name = platformName(claim.platform);
  if (claim.value === null || claim.kind === "ranking" || claim.kind === "self_label") return `“${claim.text}”`;
  const value = formatNumber(claim.value);
  if (claim.kind === "influence_score") {
    const label = name ?? "influence";
    if (claim.metric === "reputation") return `${value} ${label} reputation`;
    return `a ${label} score of ${value}`;
  }
  if (claim.unit === "percent") return `a ${value}% ${name && name !== "X" ? `${name} ` : ""}${metricWords(claim.metric)}`;
  const metric = metricWords(claim.metric);
  if (name === null) return `${value} ${metric}`;
  if (name === "X") return `${value} ${metric} on X`;
  return `${value} ${name} ${metric}`;
}

function article(words: string): string {
  return /^[aeiou]/i.test(words) && !/^(?:uni|use|eu)/i.test(words) ? "an" : "a";
}

/** "a Java Developer role" ("Java Developer work" in a bid), or "the role" when none was given. */
export function roleReference(role: RoleAssessment, documentType: "resume" | "proposal" = "resume"): string {
  if (role.input === null) return documentType === "proposal" ? "the work" : "the role";
  if (documentType === "proposal") return `${role.input} work`;
  return `${article(role.input)} ${role.input} role`;
}

/** Who works on a family's craft platforms, for "GitHub is where engineers show their work". */
const PEOPLE: Record<string, string> = {
  engineering: "engineers",
  data: "data scientists",
  design: "designers",
  research: "researchers",
  education: "academics",
  sales: "sellers",
  recruiting: "recruiters",
  people_hr: "HR people",
  journalism: "journalists",
  communications: "communications people",
  events: "event organisers",
  arts_entertainment: "artists",
  built_environment: "architects",
  product: "product people",
};

/** A concrete result to write in, with [brackets] for the writer's own numbers. */
const RESULT_EXAMPLES: Record<string, string> = {
  social_media: "[X]% more online orders",
  community: "[X]% better member retention",
  influencer_marketing: "$[N] in campaign sales",
  creator: "[N] paid brand deals",
  content: "[N] sign-ups",
  digital_pr: "coverage in [outlet]",
  developer_relations: "[N] developer sign-ups",
  communications: "coverage in [outlet]",
  journalism: "[N] readers a month",
  marketing: "[N] qualified leads",
  sales: "[N] meetings booked",
  recruiting: "[N] hires",
  consulting: "[N] client engagements",
  founders_executives: "[N] customers",
  events: "[N] registrations",
  fundraising: "$[N] in donations",
  speaking_coaching: "[N] paid bookings",
  advocacy_campaigns: "[N] sign-ups",
  arts_entertainment: "[N] commissions",
};

export function resultExample(role: RoleAssessment): string {
  return (role.family !== null ? RESULT_EXAMPLES[role.family] : undefined) ?? "[N] orders, leads or hires";
}

const OUTCOME_NOUNS: Record<string, string> = {
  social_media: "orders, sign-ups or sales",
  community: "retention, sign-ups or sales",
  influencer_marketing: "sales or sign-ups from the campaigns",
  creator: "brand deals or sales",
  content: "sign-ups, leads or sales",
  digital_pr: "coverage",
  developer_relations: "sign-ups, adoption or event attendance",
  communications: "coverage",
  journalism: "readers or stories picked up by others",
  marketing: "leads, sign-ups or revenue",
  sales: "meetings booked or deals closed",
  recruiting: "hires",
  consulting: "client wins",
  founders_executives: "customers, sign-ups or investment",
  events: "registrations and attendance",
  fundraising: "donations",
  speaking_coaching: "bookings or attendance",
  advocacy_campaigns: "sign-ups, signatures or turnout",
  arts_entertainment: "commissions or bookings",
};

export function outcomeNoun(role: RoleAssessment): string {
  return (role.family !== null ? OUTCOME_NOUNS[role.family] : undefined) ?? "orders, leads, sign-ups or hires";
}

function documentName(documentType: "resume" | "proposal"): string {
  return documentType === "proposal" ? "bid" : "résumé";
}

function closingDate(since: string | null): string | null {
  if (since === null) return null;
  const match = /^(\d{4})-(\d{2})/.exec(since);
  if (!match) return since;
  return `${MONTHS[Number(match[2]) - 1] ?? ""} ${match[1]}`.trim();
}

function countPart(claim: DetectedClaim): string {
  if (claim.value === null) return "[N]";
  return claim.unit === "percent" ? `${formatNumber(claim.value)}%` : formatNumber(claim.value);
}

function platformPart(claim: DetectedClaim): string {
  return platformName(claim.platform) ?? "[platform]";
}

/** A rewrite of an audience figure that adds the date and the result, keeping the writer's numbers. */
export function growthRewrite(claim: DetectedClaim, year: number, result: string): string {
  const metric = metricWords(claim.metric);
  const platform = platformPart(claim);
  if (claim.kind === "reach") return `${countPart(claim)} ${metric} on ${platform} (${year}), ${result}`;
  if (claim.kind === "engagement") return `Raised ${platform} ${metric} to ${countPart(claim)} (${year}), ${result}`;
  const from = claim.previousValue ? ` from ${formatNumber(claim.previousValue)}` : "";
  return `Grew ${platform}${from} to ${countPart(claim)} ${metric} (${year}), ${result}`;
}

/** What a craft-platform figure should say about the work behind it. */
function craftRewrite(claim: DetectedClaim, year: number, example: string): string {
  const described = capitalise(describeClaim(claim));
  switch (claim.platform) {
    case "github":
    case "gitlab":
      return `Say what the stars show about the work: “${described} on [project], used in production by [teams or companies] (as of ${year})”.`;
    case "stack_overflow":
      return `Say what earned it: “${described} (as of ${year}), mostly answers on [topic]”.`;
    case "linkedin":
    case "linkedin_ssi":
      return `Say what it produced: “${claim.text} (${year}), which brought in ${example}”.`;
    case "dribbble":
    case "behance":
      return `Say what the work led to: “${described} (as of ${year}); [project] won [client or award]”.`;
    case "kaggle":
      return `Say what you did there: “${described} (${year}): [competition], ranked [place] of [N] teams”.`;
    default:
      return `Say what it shows about the work, and when: “${described} (as of ${year}), [what it led to]”.`;
  }
}

function figureYear(input: WordingInput): number {
  return input.year ?? input.currentYear;
}

function capitalise(text: string): string {
  return text.length === 0 ? text : `${text[0]?.toUpperCase()}${text.slice(1)}`;
}

/** The words that depend only on the role and the kind of document, the same for every claim. */
export interface WordingSetting {
  roleRef: string;
  people: string;
  example: string;
  noun: string;
  resultPlaceholder: string;
  doc: string;
  /** Each showcase's lead, written the first time a claim points to it (every defunct score does). */
  readonly showcaseLeads: Map<DetectedClaim, { currentYear: number; words: string }>;
}

export function wordingSetting(role: RoleAssessment, documentType: "resume" | "proposal"): WordingSetting {
  const noun = outcomeNoun(role);
  return {
    roleRef: roleReference(role, documentType),
    people: (role.family !== null ? PEOPLE[role.family] : undefined) ?? "people in your field",
    example: resultExample(role),
    noun,
    resultPlaceholder: `lifting [${noun}] by [X]%`,
    doc: documentName(documentType),
    showcaseLeads: new Map(),
  };
}

/** "what your 95,000 Instagram followers achieved instead, e.g. “Grew Instagram …”". */
function showcaseLead(showcase: DetectedClaim, currentYear: number, setting: WordingSetting): string {
  const known = setting.showcaseLeads.get(showcase);
  if (known?.currentYear === currentYear) return known.words;
  const words = `what your ${describeClaim(showcase).replace(/^an? /, "")} achieved instead, e.g. “${growthRewrite(showcase, currentYear, setting.resultPlaceholder)}”`;
  setting.showcaseLeads.set(showcase, { currentYear, words });
  return words;
}

/** `setting` is `wordingSetting(input.role, input.documentType)`; a caller wording many claims works it out once. */
export function wordAdvice(input: WordingInput, setting: WordingSetting = wordingSetting(input.role, input.documentType)): { reason: string; suggestion: string } {
  const { claim, role, action } = input;
  const { roleRef, people, example, noun, resultPlaceholder, doc } = setting;
  const described = describeClaim(claim);
  const facts = platformFacts(claim.platform);
  const label = platformName(claim.platform) ?? "this";
  let reason: string;
  let suggestion: string;

  switch (input.ruleId) {
    case "hidden_text":
      reason = "This text is hidden in the file, so a reader cannot see it and it proves nothing. Screening software that finds hidden text may treat the whole document as keyword stuffing.";
      suggestion = "Delete the hidden text. If the figure matters, put it in the visible text with what it achieved.";
      break;
    case "defunct_score": {
      const closed = closingDate(facts?.defunctSince ?? null);
      reason = closed
        ? `${label} closed in ${closed}, so ${described} dates the ${doc} and nobody can check it.`
        : `${label} no longer exists, so ${described} dates the ${doc} and nobody can check it.`;
      suggestion = input.showcaseLine
        ? `Drop it. Your line “${input.showcaseLine}” already says more; lead with that.`
        : input.showcase
          ? `Drop it, and lead with ${showcaseLead(input.showcase, input.currentYear, setting)}.`
          : role.relevance === "peripheral"
            ? "Drop it; the line is better spent on a result from your work."
            : `Drop it. If you want a number here, use a current one with its date and what it led to, e.g. “Grew [platform] to [N] followers (${input.currentYear}), ${resultPlaceholder}”.`;
      break;
    }
    case "implausible_value": {
      const scale = facts?.scale;
      reason =
        claim.unit === "percent" && (claim.value ?? 0) > 100
          ? `${capitalise(described)} is over 100%, which a reader will take as an error and then doubt the rest.`
          : scale && scale.max !== null
            ? `${capitalise(described)} is outside ${label}'s ${scale.min}–${formatNumber(scale.max)} scale, so a reader will doubt it and the figures around it.`
            : `${capitalise(described)} looks out of proportion, so a reader will doubt it and the figures around it.`;
      suggestion = "Check the figure at its source and correct it (a Klout-style 850 is usually a Kred score), or leave it out.";
      break;
    }
    case "self_label":
      if (action === "reframe") {
        reason = `“${claim.text}” is a label anyone can claim; a reader wants the proof behind it.`;
        suggestion = `Replace the label with the evidence: the audience you built and what it did, e.g. “Grew [account] to [N] followers in [year], ${resultPlaceholder}” or “Spoke at [event] to [N] people”.`;
      } else {
        reason = `${input.documentType === "proposal" ? "Calling your team" : "Calling yourself"} “${claim.text}” reads as self-promotion and takes the place of proof; for ${roleRef}, results speak louder.`;
        suggestion = `Cut “${claim.text}” and let a result make the point, e.g. “[What you achieved], [by how much], in [year]”.`;
      }
      break;
    case "professional_platform_with_outcome":
      reason = `${label} is where ${people} show their work, and this figure comes with a result: it shows the craft.`;
      suggestion = input.timeframe ? "Keep it as it is." : `Keep it, and add the year: “${claim.text} (${input.currentYear})”.`;
      break;
    case "professional_platform_ranking":
    case "professional_platform":
      reason = `${label} is where ${people} show their work, so ${described} counts here.${
        action === "strengthen" ? " On its own, though, it doesn't say what the work achieved." : ""
      }`;
      suggestion = action === "keep" ? "Keep it; a link to the profile lets the reader check it." : craftRewrite(claim, figureYear(input), example);
      break;
    case "ranking_sourced":
      if (action === "remove") {
        reason = `A list of influencers says little about how you'd do ${roleRef}; the line is better spent on a result from the job.`;
        suggestion = "Remove it, unless the list is about your own profession.";
      } else {
        reason = "A named list with its publisher and year is something a reader can check.";
        suggestion = "Keep it; a link to the list makes it easy to verify.";
      }
      break;
    case "ranking":
      if (action === "remove") {
        reason = `A “top influencers” list says little about how you'd do ${roleRef}, and the space is better spent on a result from the job.`;
        suggestion = "Remove it, unless the list is about your own profession; then name the publisher and year.";
      } else {
        reason = "A ranking only counts if the reader can check it, and this one doesn't say who published it or when.";
        suggestion = `Name the publisher and year: “Named in [publisher]'s ${claim.text} ([year])”, and link the list if you can.`;
      }
      break;
    case "live_score": {
      const max = facts?.scale?.max;
      const ofScale = max !== null && max !== undefined ? ` of ${formatNumber(max)}` : "";
      if (action === "strengthen") {
        reason = `${capitalise(described)} means little without its scale and what it led to; scores from different sites aren't comparable either.`;
        suggestion = `Give the scale, the date and the result: “${label} ${countPart(claim)}${ofScale} (${figureYear(input)}), ${resultPlaceholder}”.`;
      } else if (action === "reframe") {
        reason = `${capitalise(described)} measures activity on one site, not results; a reader wants to know what your network produced.`;
        suggestion = `Swap it for what it reflects, e.g. “${example} through ${claim.platform === "linkedin_ssi" ? "LinkedIn" : "my network"} in ${figureYear(input)}”.`;
      } else {
        reason = `${capitalise(described)} has nothing to do with the work of ${roleRef} and can read as time spent elsewhere.`;
        suggestion = "Remove it; use the line for a result from the job.";
      }
      break;
    }
    case "organization_account":
      if (action === "reframe") {
        reason = `Running an employer's account is real work, but it isn't what ${roleRef} is judged on; one line about the result is enough.`;
        suggestion = `Keep one short line near the end: “Ran the company's ${platformPart(claim)} (${countPart(claim)} ${metricWords(claim.metric)}), [result]”.`;
      } else {
        reason =
          input.role.relevance === "core"
            ? `Growing an organisation's account is work done for an employer, which is what ${roleRef} is about.`
            : `Growing an organisation's account is work done for an employer, and it shows you can build an audience, which helps in ${roleRef}.`;
        suggestion = input.outcome
          ? input.timeframe
            ? "Keep it as it is."
            : `Keep it, and add when: “${claim.text} (${figureYear(input)})”.`
          : `Add when and what it achieved: “${growthRewrite(claim, figureYear(input), resultPlaceholder)}”.`;
      }
      break;
    case "audience_with_outcome":
      if (action === "reframe") {
        reason = `The result (${input.outcome}) is what matters for ${roleRef}; the audience figure itself much less.`;
        suggestion = `Lead with the result in one line and mention ${described} only as the means.`;
      } else {
        reason = `It ties ${described} to a result a reader values (${input.outcome}).`;
        suggestion = input.timeframe ? "Keep it as it is." : `Keep it, and add when: “${claim.text} (${figureYear(input)})”.`;
      }
      break;
    default:
      if (action === "remove") {
        reason = `${capitalise(described)} isn't something ${roleRef} is judged on, and it can read as time away from the work.`;
        suggestion = "Remove it. If the audience shows something the job values (teaching, writing, a project), say that in one line instead.";
      } else if (action === "reframe") {
        const figure = capitalise(described);
        reason = `${figure} helps ${roleRef} only through what it produces: ${noun}.`;
        suggestion = `Tie it to the job, e.g. “${figure}, which brought in ${example} (${figureYear(input)})”, or keep it to one short line.`;
      } else {
        reason = `${capitalise(described)} shows reach, not results: a reader wants to know what the audience did, and when.`;
        suggestion = `Add the result and the date: “${growthRewrite(claim, figureYear(input), resultPlaceholder)}”.`;
      }
  }

  if (input.notComparable && action !== "remove") {
    reason += " Totals added up across different sites can't be compared or checked.";
    suggestion += " Better still, give each platform on its own with its handle.";
  }
  return { reason, suggestion };
}

export function proposalEvidenceWording(claim: DetectedClaim, currentYear: number): { reason: string; suggestion: string } {
  return {
    reason: "A client will want to check this, and it has no handle, link or date.",
    suggestion: `Add them: “${claim.text} (@[handle], ${currentYear})”, and link the profile or source.`,
  };
}
