// The advice in English.
import type { ClaimFlag } from "../../types.ts";
import { appendInside, capitalise, handleOrLink, groupThousands, withKnownYear } from "./format.ts";
import type { FlagWords, HeadlineWords, Messages, RuleWords, SummaryPoint, Worded } from "./types.ts";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export function formatNumber(value: number): string {
  // Most figures are whole numbers under a million: group their digits without the rounding and string searches.
  if (Number.isInteger(value) && value >= 0 && value < 1_000_000) {
    return value < 1000 ? String(value) : `${Math.floor(value / 1000)},${String(value % 1000).padStart(3, "0")}`;
  }
  if (Math.abs(value) >= 1_000_000_000) return `${Math.round((value / 1_000_000_000) * 10) / 10} billion`;
  if (Math.abs(value) >= 1_000_000) return `${Math.round((value / 1_000_000) * 10) / 10} million`;
  const rounded = String(Math.round(value * 10) / 10);
  const point = rounded.indexOf(".");
  const whole = point === -1 ? rounded : rounded.slice(0, point);
  const grouped = groupThousands(whole, ",");
  return point === -1 ? grouped : `${grouped}${rounded.slice(point)}`;
}


function article(words: string): string {
  // Figures by how they are said: "an 8.3% rate", "an 11,000-strong list", "an 18% rise", "a 110% rise".
  const digits = /^(\d+)(?=[,.%\s]|$)/u.exec(words)?.[1];
  if (digits !== undefined) return digits.startsWith("8") || digits === "11" || digits === "18" ? "an" : "a";
  // An initialism is said letter by letter: "an HR role", "an SEO lead", "a UX role".
  if (/^\p{Lu}{2,}(?![\p{Ll}])/u.test(words)) return /^[AEFHILMNORSX]/u.test(words) ? "an" : "a";
  return /^[aeiou]/i.test(words) && !/^(?:uni|use|eu)/i.test(words) ? "an" : "a";
}

function metricWords(metric: string): string {
  if (metric === "reach") return "people reached";
  return metric.includes("_") ? metric.replaceAll("_", " ") : metric;
}

const PEOPLE: Record<string, string> = {
  engineering: "engineers",
  data: "data scientists",
  design: "designers",
  research: "researchers",
  academia: "academics",
  education: "teachers",
  sales: "sellers",
  recruiting: "recruiters",
  people_hr: "HR people",
  journalism: "journalists",
  communications: "communications people",
  events: "event organisers",
  arts_entertainment: "artists",
  photography_video: "photographers and film-makers",
  built_environment: "architects",
  product: "product people",
  real_estate: "agents",
  fitness_wellness: "trainers",
  beauty_fashion: "stylists and artists",
  sports: "athletes",
  politics: "politicians",
  faith_ministry: "ministers",
  podcast_audio: "podcasters",
};

const OUTCOME_NOUNS: Record<string, string> = {
  social_media: "orders, sign-ups or sales",
  community: "retention, sign-ups or sales",
  influencer_marketing: "sales or sign-ups from the campaigns",
  creator: "brand deals or sales",
  content: "sign-ups, leads or sales",
  podcast_audio: "sponsorships, listeners who acted, or sales",
  digital_pr: "coverage",
  developer_relations: "sign-ups, adoption or event attendance",
  public_awareness: "people who acted: sign-ups, reports, pledges",
  communications: "coverage",
  journalism: "readers or stories picked up by others",
  marketing: "leads, sign-ups or revenue",
  sales: "meetings booked or deals closed",
  real_estate: "buyer enquiries or sales",
  recruiting: "hires",
  consulting: "client wins",
  founders_executives: "customers, sign-ups or investment",
  events: "registrations and attendance",
  fundraising: "donations",
  speaking_coaching: "bookings or attendance",
  advocacy_campaigns: "sign-ups, signatures or turnout",
  politics: "volunteers, sign-ups or turnout",
  faith_ministry: "attendance, volunteers or giving",
  arts_entertainment: "commissions or bookings",
  photography_video: "commissions or bookings",
  fitness_wellness: "clients or bookings",
  beauty_fashion: "bookings or sales",
  hospitality: "bookings or covers",
  sports: "sponsorships or ticket sales",
};

const RESULTS: Record<string, string> = {
  social_media: "[N] online orders",
  community: "[N] sign-ups",
  influencer_marketing: "[N] sales from the campaigns",
  creator: "[N] paid brand deals",
  content: "[N] sign-ups",
  podcast_audio: "[N] sponsorship deals",
  digital_pr: "[N] pieces of coverage",
  developer_relations: "[N] developer sign-ups",
  public_awareness: "[N] people who [acted]",
  communications: "[N] pieces of coverage",
  journalism: "[N] readers a month",
  marketing: "[N] qualified leads",
  sales: "[N] meetings booked",
  real_estate: "[N] buyer enquiries",
  recruiting: "[N] hires",
  consulting: "[N] client engagements",
  founders_executives: "[N] customers",
  events: "[N] registrations",
  fundraising: "[amount] in donations",
  speaking_coaching: "[N] paid bookings",
  advocacy_campaigns: "[N] sign-ups",
  politics: "[N] volunteers",
  faith_ministry: "[N] new volunteers",
  arts_entertainment: "[N] commissions",
  photography_video: "[N] commissions",
  fitness_wellness: "[N] new clients",
  beauty_fashion: "[N] bookings",
  hospitality: "[N] bookings",
  sports: "[N] sponsorship deals",
};

function keepOrDate(words: RuleWords): string {
  if (words.asOf !== "") return `Keep it, and add when: ${quote(words.dated)}.`;
  return words.needsFix ? "Keep it." : "Keep it as it is.";
}

function quote(text: string): string {
  return `“${text}”`;
}

/** The rewrite that adds what the claim lacks, in the writer's own words. */
/** The rewrite that adds what the claim lacks; a craft platform's figure gets what shows the craft, never a sales tail. */
function withResult(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return quote(`${words.dated}, used by [teams or companies]`);
    case "stack_overflow":
      return quote(`${words.dated}, mostly answers on [topic]`);
    case "dribbble":
    case "behance":
      return quote(`${words.dated}; [project] won [client or award]`);
    case "kaggle":
      return quote(`${words.dated}: [competition], ranked [place] of [N] teams`);
    default:
      // The writer's own account, for a role not built on an audience: what it led to, not the role's sales tail.
      if (words.owner === "self" && words.relevance !== "core") return quote(`${words.dated}, which led to [what it brought you]`);
      return quote(`${words.dated}, which brought in ${words.result}`);
  }
}

/** A list of influencers, for a role that does not need one: cut, even when it is in the writer's own field. */
function cutList(words: RuleWords): string {
  return words.showcase ? `Cut it, and lead with ${words.showcase} instead.` : "Cut it: even a list in your own field ranks a following, not the work.";
}

function showcaseInstead(words: RuleWords, fallback: string): string {
  return words.showcase ? `lead with ${words.showcase} instead` : fallback;
}

/** "the park’s TikTok account", "the Tessellate Discord", "Harvest & Co.’s account", "an organisation's account". */
function ownerWords(words: RuleWords): string {
  const phrase = words.ownerPhrase;
  if (phrase && /['’]s$/u.test(phrase)) return `${phrase} ${words.label ? `${words.label} ` : ""}account`;
  if (phrase && /^(?:the|this|that)\s/iu.test(phrase)) return phrase;
  if (words.ownerName) return `${words.ownerName}’s ${words.label ? `${words.label} ` : ""}account`;
  if (words.proposal && words.owner === "organization") return `your firm's own ${words.label ? `${words.label} ` : ""}account`;
  return words.owner === "client" ? "a client's account" : "an organisation's account";
}

function implausibleReason(words: RuleWords): string {
  const figure = capitalise(words.figure);
  const why = words.implausible;
  switch (why?.type) {
    case "over_100":
      return `${figure} is over 100%, which a reader takes as an error, and then doubts the rest.`;
    case "off_scale":
      return `${figure} is outside ${words.label ?? "the"}'s ${why.min}–${formatNumber(why.max)} scale, so a reader will take it as an error and doubt the figures around it.`;
    case "above_band":
      return `${figure} is far above what ${words.label ?? "accounts"} usually see (${why.usual}), so a reader will doubt it unless you say how it was measured.`;
    case "likes_above_audience":
      return `${figure} per post is more than the account's whole audience (${formatNumber(why.audience.value ?? 0)}), so a reader will doubt it unless a post went viral.`;
    default:
      return `${figure} looks out of proportion, so a reader will doubt it and the figures around it.`;
  }
}

function craftRewrite(words: RuleWords): string {
  switch (words.platform) {
    case "github":
    case "gitlab":
      return words.text.toLowerCase().includes("star") || words.text.includes("★")
        ? `Say what the stars show about the work: ${quote(`${words.dated}, used by [teams or companies]`)}.`
        : `Say what the work there shows: ${quote(`${words.dated}; [project] used by [teams or companies]`)}.`;
    case "stack_overflow":
      return `Say what earned it: ${quote(`${words.dated}, mostly answers on [topic]`)}.`;
    case "linkedin":
    case "linkedin_ssi":
      return `Say what it produced: ${quote(`${words.dated}, which brought in ${words.result}`)}.`;
    case "dribbble":
    case "behance":
      return `Say what the work led to: ${quote(`${words.dated}; [project] won [client or award]`)}.`;
    case "kaggle":
      return `Say what you did there: ${quote(`${words.dated}: [competition], ranked [place] of [N] teams`)}.`;
    default:
      return `Say what it shows about the work, and when: ${quote(`${words.dated}, [what it led to]`)}.`;
  }
}

function rule(words: RuleWords): Worded {
  const { action, roleRef, doc } = words;
  const figure = capitalise(words.figure);
  const label = words.label ?? "This service";
  switch (words.rule) {
    case "hidden_text":
      return {
        reason: `This text is hidden in the file: a reader cannot see it, so it proves nothing, and screening software that finds hidden text may treat the whole ${doc} as keyword stuffing.`,
        suggestion: "Delete the hidden text. If the figure matters, put it where a reader can see it, with what it achieved.",
        covers: ["hidden_text", "no_outcome", "no_timeframe", "vanity_metric", "unverifiable"],
      };
    case "defunct_platform_past_work":
      return {
        reason: `${figure} is the record of work you did then, but ${label} closed${words.closed ? ` in ${words.closed}` : ""}, so a reader cannot check it, and ${words.year ? `only its year (${words.year}) keeps it from reading as a current figure` : "without its year it reads as a current figure"} on a service that no longer exists.`,
        suggestion:
          action === "remove"
            ? `Cut it; for ${roleRef} the line is better spent on a result from your work.`
            : `Keep it as history, with its year and what it achieved: ${quote(`${words.dated}, [what it led to]`)}; a reader then sees work done, not a dead platform's count.`,
        covers: ["defunct_metric", "stale", "no_timeframe", "unverifiable"],
      };
    case "defunct_score":
      return {
        reason: words.closed
          ? `${label} closed in ${words.closed}, so ${words.figure} dates the ${doc} and nobody can check it.`
          : `${label} no longer exists, so ${words.figure} dates the ${doc} and nobody can check it.`,
        suggestion: words.showcase
          ? `Cut it, and lead with ${words.showcase} instead.`
          : words.relevance === "peripheral"
            ? "Cut it; the line is better spent on a result from your work."
            : `Cut it. If you want a number here, use a current one with its date and what it led to, e.g. ${quote(`[N] followers on [platform] (as of [month year]), which brought in ${words.result}`)}.`,
        covers: ["defunct_metric", "stale", "unverifiable"],
      };
    case "inconsistent_figure":
      return {
        reason: `The ${doc} gives this account two figures, and a reader can believe only one.`,
        suggestion: `Add what it led to: ${quote(`${words.dated}, which brought in ${words.result}`)}.`,
        covers: [],
      };
    case "guaranteed_figure":
      return {
        reason: `${figure} is promised, not achieved: a figure guaranteed before the work starts is no evidence of anything.`,
        suggestion: "Cut the guarantee; show instead what a past campaign achieved for a similar client, with its date and result.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "figure_beside_promise":
      return {
        reason: `${figure} may well be true, but it stands beside a claim nobody can check, which makes a client doubt both.`,
        suggestion: action === "remove" ? `Cut it; for ${roleRef} it adds nothing.` : "Drop the superlative and give the figure its evidence: the handle or link, the date, and what it led to.",
        covers: ["no_outcome", "no_timeframe", "vanity_metric"],
      };
    case "implausible_value":
      return {
        reason: implausibleReason(words),
        suggestion:
          action === "remove"
            ? `Check it, or leave it out: for ${roleRef} it adds nothing, and a doubtful figure costs more than it gives.`
            : `Check it at the source and correct it${words.kind === "influence_score" ? " (a “Klout 850” is usually a Kred score)" : ""}; if it is right, say how it was measured: which posts, which period.`,
        covers: ["implausible_value"],
      };
    case "tiny_beside_big":
      return {
        reason: `Next to your ${words.mainAudience ?? "main audience"}, ${words.figure} looks small and weakens the page.`,
        suggestion: `Cut it, and let your ${words.mainAudience ?? "main audience"} speak for you.`,
        covers: ["tiny_beside_big"],
      };
    case "self_label":
      if (action === "reframe") {
        return {
          reason: `${quote(words.text)} is a label anyone can claim; a reader wants the proof behind it.`,
          suggestion: words.showcase
            ? `Replace the label with the evidence, such as ${words.showcase}.`
            : `Replace the label with the evidence: the audience ${words.proposal ? "the team" : "you"} built and what it did, e.g. ${quote(`[account] reached [N] followers by [month year], which brought in ${words.result}`)}.`,
          covers: ["unverifiable"],
        };
      }
      return {
        reason: `${words.proposal ? "Calling the team" : "Calling yourself"} ${quote(words.text)} reads as self-promotion and takes the place of proof; for ${roleRef}, results speak louder.`,
        suggestion: `Cut ${quote(words.text)}, and ${showcaseInstead(words, "let a result make the point: what was achieved, by how much, and when")}.`,
        covers: ["unverifiable"],
      };
    case "professional_platform_with_outcome":
      return {
        reason: `${label} is where ${words.people} show their work, and this comes with a result (${words.outcome}): it shows the craft.`,
        suggestion: keepOrDate(words),
        covers: [],
      };
    case "professional_platform_score":
      return {
        reason: `${figure} is a score ${words.people} are judged on, so it can stay; what your network produced says more.`,
        suggestion: words.outcome ? keepOrDate(words) : `Keep it, and add what your network produced: ${withResult(words)}.`,
        covers: [],
      };
    case "professional_platform_ranking":
    case "professional_platform":
      return {
        reason: `${label} is where ${words.people} show their work, so ${words.figure} counts here${action === "strengthen" ? "; on its own, though, it doesn't say what the work achieved" : ""}.`,
        suggestion: action === "keep" ? "Keep it; a link to the profile lets the reader check it." : craftRewrite(words),
        covers: action === "strengthen" ? ["no_outcome", "vanity_metric"] : [],
      };
    case "ranking_sourced":
      if (action === "remove") {
        return {
          reason: `A list of influencers says little about how ${words.proposal ? "the team would do" : "you'd do"} ${roleRef}; the line is better spent on a result from the ${words.proposal ? "work" : "job"}.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return { reason: "A named list with its publisher and year is something a reader can check.", suggestion: "Keep it; a link to the list makes it easy to verify.", covers: [] };
    case "ranking":
      if (action === "remove") {
        return {
          reason: `A “top influencers” list says little about how ${words.proposal ? "the team would do" : "you'd do"} ${roleRef}, and the space is better spent on a result from the ${words.proposal ? "work" : "job"}.`,
          suggestion: cutList(words),
          covers: [],
        };
      }
      return {
        reason: `A ranking counts only if the reader can check it, and this one doesn't say who published it${words.year === null ? " or when" : ""}.`,
        suggestion: `Name the publisher${words.year === null ? " and year" : ""}: ${quote(`${words.text} ([publisher], ${words.year ?? "[year]"})`)}, and link the list if you can.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "live_score": {
      const scale = words.scale && !new RegExp(`(?:/|of\\s?)${words.scale.max.replace(/[^\d]/g, "")}|outreach|level`, "iu").test(words.quote.replace(/[^\p{L}\d/ ]/gu, "")) ? ` of ${words.scale.max}` : "";
      // The scale goes right after the score: "HypeAuditor AQS 91 of 100 (excellent)".
      const scaled = scale === "" ? words.quote : words.quote.includes(words.text) ? words.quote.replace(words.text, `${words.text}${scale}`) : `${words.quote}${scale}`;
      if (action === "strengthen") {
        return {
          reason: `${figure} means little without its scale${words.scale && words.label ? ` (${words.label} runs ${words.scale.min} to ${words.scale.max})` : ""} and what it led to, and scores from different sites can't be compared.`,
          suggestion: `Give the scale and the date, ${quote(`${words.asOf === "" ? withKnownYear(scaled, words.year) : appendInside(scaled, words.asOf.slice(2, -1))}`)}, and say what the audience behind it did.`,
          covers: ["no_outcome", "not_comparable"],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} measures activity on one site, not results; a reader wants to know what your network produced.`,
          suggestion: `Swap it for what your network produced, e.g. ${quote(`${words.result} through ${words.platform === "linkedin_ssi" ? "LinkedIn" : words.proposal ? "our network" : "my network"} in ${words.year ?? "[year]"}`)}.`,
          covers: ["no_outcome"],
        };
      }
      return {
        reason: `${figure} has nothing to do with the work of ${roleRef} and can read as time spent elsewhere.`,
        suggestion: `Cut it; ${showcaseInstead(words, "use the line for a result from the job")}.`,
        covers: [],
      };
    }
    case "organization_account":
      if (action === "reframe") {
        return {
          reason: `Running ${ownerWords(words)} is real work, but it isn't what ${roleRef} is judged on; one line about the result is enough.`,
          suggestion: words.outcome
            ? `Keep it to one short line near the end, led by the result (${words.outcome}).`
            : `Keep it to one short line near the end: ${withResult(words)}.`,
          covers: [],
        };
      }
      return {
        reason: words.proposal && words.owner === "organization"
          ? `This is ${ownerWords(words)}, so the figure shows the team can build an audience, which matters for ${roleRef}.`
          : words.relevance === "core"
            ? `This is ${ownerWords(words)}, so the figure shows work done for ${words.owner === "client" ? "a client" : "an organisation"}, which is what ${roleRef} is about.`
            : `This is ${ownerWords(words)}, so the figure shows work done for ${words.owner === "client" ? "a client" : "an organisation"}, and that you can build an audience, which helps in ${roleRef}.`,
        suggestion: words.outcome
          ? words.outcomeElsewhere
            ? `Keep it, and tie it to the result you give for that job (${words.outcome})${words.asOf ? `, with the date: ${quote(words.dated)}` : ""}.`
            : keepOrDate(words)
          : `Keep it, and add ${words.asOf === "" ? "what it led to" : "when and what it led to"}: ${withResult(words)}.`,
        covers: [],
      };
    case "proposal_needs_evidence":
      return {
        reason: `A client will want to check ${words.figure}, and it has no handle, link or date.`,
        suggestion: `Add them: ${quote(appendInside(words.quote, `${handleOrLink(words.platform, "@[handle]", "[link]")}, ${words.year ?? "[month year]"}`))}, and link the profile or source.`,
        covers: ["unverifiable", "no_timeframe"],
      };
    case "audience_with_outcome":
      if (action === "reframe") {
        return {
          reason: `The result (${words.outcome}) is what matters for ${roleRef}; the audience figure much less.`,
          suggestion: `Keep one line that leads with the result, with ${words.figure} only as the means, near the end of the ${doc}.`,
          covers: [],
        };
      }
      return {
        reason: words.outcomeElsewhere
          ? `${figure} sits beside a result a reader values (${words.outcome}); say that one led to the other.`
          : `It ties ${words.figure} to a result a reader values (${words.outcome}).`,
        suggestion: words.outcomeElsewhere ? `Say what part it played in that result, with the date: ${quote(`${words.dated}, which brought in [its share of the result]`)}.` : keepOrDate(words),
        covers: [],
      };
    default:
      if (action === "remove") {
        return {
          reason: `${figure} isn't something ${roleRef} is judged on, and it can read as time away from the work.`,
          suggestion: words.showcase
            ? `Cut it, and lead with ${words.showcase} instead.`
            : "Cut it. If the audience shows something the job values (teaching, writing, a project), say that in one line instead.",
          covers: [],
        };
      }
      if (action === "reframe") {
        return {
          reason: `${figure} helps ${roleRef} only through what it produced: ${words.noun}.`,
          suggestion: `Tie it to the job, ${withResult(words)}, or keep it to one short line.`,
          covers: ["no_outcome", "vanity_metric"],
        };
      }
      return {
        reason: `${figure} shows reach, not results: a reader wants to know what the audience did, and when.`,
        suggestion: `Add the result and the date: ${withResult(words)}.`,
        covers: ["no_outcome", "vanity_metric", "no_timeframe"],
      };
  }
}

function flag(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "no_outcome":
      return "It doesn't say what the audience did.";
    case "vanity_metric":
      return "On its own, a count like this reads as vanity.";
    case "no_timeframe":
      return "It has no date.";
    case "unverifiable":
      return words.promise
        ? `${quote(words.promise)} is a promise nobody can check, and a ${words.proposal ? "client" : "reader"} reads it as a sales line.`
        : words.publicCount !== null
          ? `YouTube shows subscriber counts rounded (${words.publicCount} here), so a ${words.proposal ? "client" : "reader"} who checks the channel sees a different number.`
          : `A ${words.proposal ? "client" : "reader"} can't check it: there is no handle, link or date.`;
    case "implausible_value":
      return `${capitalise(words.figure)} looks out of proportion; check it.`;
    case "inconsistent":
      return words.others.length > 0
        ? `Another line gives a different figure for the same account (${formatListEn(words.others)}).`
        : "Another line gives a different figure for the same account.";
    case "stale":
      if (words.kind === "ranking") return words.year ? `It is from ${words.year}; a recent recognition would weigh more.` : "It reads as an old recognition.";
      // A campaign's result, or work that has ended, is history: its year says when, not that it needs updating.
      if (words.year && (words.pastWork || words.kind === "reach" || words.kind === "engagement")) return `It dates from ${words.year}, so it reads as what that work achieved then, not as a current figure.`;
      if (words.year) return `It dates from ${words.year}; a figure that old reads as out of date.`;
      return words.formerName ? `It calls X by its old name, ${words.formerName}, so it reads as out of date.` : "It reads as out of date.";
    case "not_comparable":
      return "Totals added up across different sites can't be compared or checked.";
    case "over_emphasis":
      return `It sits where a reader looks first, ahead of the work ${words.proposal ? "you are bidding for" : "you'd be hired for"}.`;
    case "defunct_metric":
      return `${words.label ?? "The service"} has closed, so nobody can check it.`;
    case "hidden_text":
      return "It is hidden from readers.";
    case "tiny_beside_big":
      return words.mainAudience ? `Next to your ${words.mainAudience}, it looks small.` : "Next to your main audience, it looks small.";
    case "off_target_audience":
      return `The client serves ${words.place ?? "one place"}; a following elsewhere says little about reaching people there unless you give the local share.`;
    default:
      return null;
  }
}

function missing(parts: { outcome: boolean; date: boolean; vanity: boolean }): string {
  const lacks = [parts.outcome ? "what the audience did" : null, parts.date ? "when" : null].filter((part): part is string => part !== null);
  if (lacks.length === 0) return parts.vanity ? "On its own, a figure like this reads as vanity." : "";
  const said = lacks.length === 2 ? "what the audience did or when" : lacks[0]!;
  return parts.vanity ? `It gives a figure but not ${said}, so it reads as vanity.` : `It doesn't say ${said}.`;
}

function fix(flag: ClaimFlag, words: FlagWords): string | null {
  switch (flag) {
    case "inconsistent":
      return "Use one figure for this account, with the date it was true.";
    case "stale":
      if (words.kind === "ranking") return null;
      if (words.kind === "reach" || words.kind === "engagement" || words.pastWork) return "Keep its year beside it, so it reads as what that work achieved then, not as a current figure.";
      return "Give a current figure with its date, or leave it out.";
    case "unverifiable":
      if (words.promise) return `Cut ${quote(words.promise)} and let measured results make the case.`;
      return words.publicCount !== null ? `Give the count as the channel shows it (${words.publicCount}), or say it is from YouTube Studio, with its date.` : "Add a handle or link and a date.";
    case "off_target_audience":
      return `Give the share of the audience that is in ${words.place ?? "the client's area"}.`;
    case "implausible_value":
      return "Check it at the source.";
    case "over_emphasis":
      return "Move it to one line near the end.";
    case "not_comparable":
      return "Give each platform on its own, with its handle.";
    default:
      return null;
  }
}

function formatListEn(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function counts(words: HeadlineWords): string {
  const parts: string[] = [];
  const { remove, reframe, strengthen, keep } = words.counts;
  if (remove > 0) parts.push(`${remove} to cut`);
  if (reframe > 0) parts.push(`${reframe} to reframe`);
  if (strengthen > 0) parts.push(`${strengthen} to strengthen`);
  if (keep > 0) parts.push(`${keep} to keep`);
  return formatListEn(parts);
}

const list = formatListEn;

function headline(words: HeadlineWords): string {
  const { reason, roleRef, doc, showcase } = words;
  if (reason.type === "no_claims") {
    if (reason.relevance === "core") return `For ${roleRef}, the ${doc} shows no audience you built or what it achieved: add one or two measured results.`;
    if (reason.relevance === "peripheral") return `No follower counts or influence scores here, which is right for ${roleRef}: nothing to change.`;
    if (reason.relevance === "supporting") return `No online-influence claims here; for ${roleRef}, one line on the network you bring and what it produced (${words.noun}) could help.`;
    return "No claims of online influence found, so there is nothing here to change.";
  }
  const prefix =
    words.roleState === "none"
      ? "No target role was given, so this is general advice. "
      : words.roleState === "unplaced"
        ? `“${words.roleInput}” is not a role we can place yet, so this is general advice; add the job description for advice fitted to it. `
        : words.roleState === "unplaced_described"
        ? `Neither “${words.roleInput}” nor its job description is a role we can place yet, so this is general advice. `
        : "";
  const tally = `Your influence claims${words.roleState === "placed" ? ` for ${roleRef}` : ""}: ${counts(words)}.`;
  let why: string;
  switch (reason.type) {
    case "hidden":
      why = `Part of this ${doc} is hidden from readers; remove the hidden text before you send it.`;
      break;
    case "defunct":
      why = `${reason.label} ${reason.closed ? `closed in ${reason.closed}` : "has closed"}, so the ${reason.score ? "score" : "figure"} dates the ${doc}${showcase ? `; lead with ${showcase} instead` : ""}.`;
      break;
    case "implausible":
      why = `${capitalise(reason.figure)} looks out of proportion, and one doubtful figure makes a reader doubt the rest: check it first.`;
      break;
    case "over_emphasis":
      why = `They sit where a reader looks first and take space from the work ${words.proposal ? "you are bidding for" : "you'd be hired for"}${showcase ? `; lead with ${showcase} instead` : ""}.`;
      break;
    case "inconsistent":
      why = `Your ${reason.label} figures disagree; use one, with the date it was true.`;
      break;
    case "tiny":
      why = `${capitalise(reason.figure)} looks small next to your ${reason.main} and weakens it.`;
      break;
    case "labels_only":
      why = `Labels like “${reason.label}” ask the reader to take your word for it; show the results behind them instead.`;
      break;
    case "results_elsewhere":
      why = `The ${doc} already shows results, such as ${showcase}: tie each audience figure to a result like that, and date it.`;
      break;
    case "reach_not_results":
      why = `They show reach, not results: say what your ${reason.figure} did (${words.noun}) and when, and ${words.reader} will read them as evidence.`;
      break;
    case "strong":
      why = showcase ? `They come with results, and ${showcase} is the one to lead with.` : "They come with results, which is what a reader looks for.";
      break;
    case "craft":
      why = `${list(reason.labels)} ${reason.labels.length > 1 ? "are" : "is"} where ${words.people} show their work; say what the work achieved and ${reason.labels.length > 1 ? "they" : "it"} will count.`;
      break;
    case "peripheral":
      why = `${words.proposal ? "For this work" : "For this role"} they take space from the work ${words.proposal ? "you are bidding for" : "you'd be hired for"}${showcase ? `; lead with ${showcase} instead` : ""}.`;
      break;
    default:
      why = `Tie each to a result (${words.noun}) and a date${words.counts.remove + words.counts.reframe + words.counts.strengthen > 0 ? ", and cut what you can't back up" : ""}.`;
  }
  return `${prefix}${tally} ${why}`;
}

function point(point: SummaryPoint): string {
  switch (point.type) {
    case "ruled_out":
      return `The job description rules this kind of work out (${point.cue}), so for this post influence figures count for little whatever the title: lead with the work it asks for.`;
    case "first_person_bio":
      return `Write every team bio in the third person, as the others are: ${point.quote} reads as the bidder talking about themself.`;
    case "hidden":
      return `Remove the hidden text: a reader cannot see it, and software that finds it may treat the whole ${point.doc} as keyword stuffing.`;
    case "defunct":
      return `Cut the ${point.label} ${point.score ? "score" : "figure"}: ${point.label} ${point.closed ? `closed in ${point.closed}` : "has closed"}, so it dates the ${point.doc} and can't be checked.`;
    case "over_emphasis":
      return `For ${point.roleRef}, keep online-influence figures to one line at most, near the end, and only where they show something the job values.`;
    case "inconsistent":
      return `Your figures for ${point.account} disagree (${formatListEn(point.values)}): use one, with the date it was true.`;
    case "implausible":
      return point.remove
        ? `Check ${point.figure} or cut it: it looks out of proportion, and one doubtful figure makes a reader doubt the rest.`
        : `Check ${point.figure}: it looks out of proportion, and one doubtful figure makes a reader doubt the rest.`;
    case "tiny":
      return `Cut ${formatListEn(point.figures)}: next to your ${point.main} they look small.`;
    case "stale":
      return `Give current figures, with their dates, for ${formatListEn(point.quotes)}, or leave them out.`;
    case "evidence":
      return "A client will check your figures: give each one a handle or link and a date.";
    case "promises":
      return `Cut promises nobody can check (${formatListEn(point.quotes)}); a client reads them as sales lines, and your measured results say more.`;
    case "off_target":
      return `The client serves ${point.place}: for each large audience figure, give the share that is local, or lead with work done there.`;
    case "bid_peripheral":
      return "Audience figures belong in a bid only when the work involves an audience; this one doesn't, so lead with delivery results instead.";
    case "no_claims_core":
      return `Add one or two measured results: the audience you built and what it achieved (${point.noun}), with the date.`;
    case "tie_to_results":
      return point.showcase
        ? `Tie audience figures to what they achieved (${point.noun}) and to a date, as you do in ${point.showcase}.`
        : `Tie audience figures to what they achieved (${point.noun}) and to a date; a number on its own reads as vanity.`;
    case "not_comparable":
      return "Don't add up or compare numbers from different sites; give each platform on its own.";
    case "labels":
      return point.cut
        ? `Cut labels like ${formatListEn(point.quotes)}: results make the point better.`
        : `Replace labels like ${formatListEn(point.quotes)} with the evidence behind them.`;
    case "ask_met":
      return `The job description asks for ${point.ask}: you meet it with ${point.figure}${point.links ? "; add the link, as it asks" : ""}.`;
    case "ask_unmet":
      return point.best
        ? `The job description asks for ${point.ask}; your largest figure is ${point.best}, so lead with results instead of the count.`
        : `The job description asks for ${point.ask}; the ${point.doc} gives no figure to match it.`;
    case "ask_links":
      return `The job description asks for ${point.ask}: add a link to each profile you cite.`;
    case "unplaced_role":
      return `“${point.role}” is not a role we can place yet: add the job description, and the advice will follow what it asks.`;
  }
}

export const en: Messages = {
  language: "en",
  formatNumber,
  quote,
  list: formatListEn,
  monthYear: (year, month) => `${MONTHS[month - 1] ?? ""} ${year}`.trim(),
  figure({ kind, value, unit, metric, label, text }) {
    if (value === null || kind === "ranking" || kind === "self_label") return quote(text);
    const number = formatNumber(value);
    if (kind === "influence_score") {
      const name = label ?? "influence";
      if (metric === "reputation") return `${number} ${name} reputation`;
      return `${article(name)} ${name} score of ${number}`;
    }
    const words = metricWords(metric);
    if (unit === "percent") return `${article(number)} ${number}% ${label && label !== "X" ? `${label} ` : ""}${words}${label === "X" ? " on X" : ""}`;
    if (label === null) return `${number} ${words}`;
    // "people reached", "accounts reached": the platform goes after, as a reader says it.
    if (label === "X" || / reached$/u.test(words)) return `${number} ${words} on ${label}`;
    return `${number} ${label} ${words}`;
  },
  roleRef(input, proposal) {
    if (input === null) return proposal ? "the work" : "the role";
    if (proposal) return `${input} work`;
    return `${article(input)} ${input} role`;
  },
  doc: (proposal) => (proposal ? "bid" : "résumé"),
  reader: (proposal) => (proposal ? "a client" : "a hiring manager"),
  people: (family) => (family !== null ? PEOPLE[family] : undefined) ?? "people in your field",
  outcomeNoun: (family) => (family !== null ? OUTCOME_NOUNS[family] : undefined) ?? "orders, leads, sign-ups or hires",
  sponsoredResultPlaceholder: "[N] sales or sign-ups for the brand",
  tradeResultPlaceholder: (trade) => ({ hospitality: "[N] direct bookings", food: "[N] table bookings or orders", retail: "[N] online orders", visitor: "[N] tickets sold or visits", public: "[N] people who [acted]", software: "[N] sign-ups", education: "[N] applications", health: "[N] appointments booked", games: "[N] pre-orders or wishlists" } as const)[trade],
  firmResultPlaceholder: "[N] new-business enquiries",
  resultPlaceholder: (family) => (family !== null ? RESULTS[family] : undefined) ?? "[N] orders, leads or sign-ups",
  asOf: (year) => (year === null ? "as of [month year]" : `as of ${year}`),
  rule,
  flag,
  missing,
  fix,
  headline,
  askNote: (ask, needsLink) => ({
    reason: `It meets the job description's ask for ${ask}.`,
    suggestion: needsLink ? "Add the link to the profile, as the job description asks." : null,
  }),
  sameLine: (earlier) => `Same line as ${quote(earlier)}: the one rewrite covers both.`,
  point,
};
