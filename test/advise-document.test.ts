// Advice that reads the whole document: one test (or more) per defect class that reviewers found
// when each claim was read alone. Each runs the real pipeline (detector and advice) on a short
// document, as a user would.
import { describe, expect, it } from "vitest";
import { advise } from "../src/core/advise/index.ts";
import { classifyRole } from "../src/core/advise/role.ts";
import { analyzeExtracted } from "../src/core/analyze.ts";
import { extractFromText } from "../src/core/extract/index.ts";
import type { Claim, DetectedClaim, Report } from "../src/core/types.ts";
import { detectedClaim, spanOf } from "./helpers/claims.ts";

const YEAR = 2026;

function analyze(text: string, role: string | null, options: { jobDescription?: string; documentType?: "resume" | "proposal" } = {}): Report {
  return analyzeExtracted(extractFromText(text), { id: "t", role, currentYear: YEAR, ...options });
}

function claimAt(report: Report, quote: string): Claim {
  const claim = report.claims.find((candidate) => candidate.text.includes(quote) || quote.includes(candidate.text));
  if (!claim) throw new Error(`no claim for ${quote}: ${report.claims.map((candidate) => candidate.text).join(" | ")}`);
  return claim;
}

function allSuggestions(report: Report): string {
  return report.claims.map((claim) => claim.advice.suggestion).join("\n");
}

describe("1. results stated in the document are seen", () => {
  it("names the document's measured result in the headline instead of saying there is none", () => {
    const text = [
      "Maya Brenner — Founder",
      "EXPERIENCE",
      "Founder & CEO, Loopwise (2019–2024)",
      "• Closed €2.3M new ARR from mid-market customers in 2023.",
      "• Built the company's LinkedIn page to 48,000 followers.",
      "• My X account: 21,000 followers.",
    ].join("\n");
    const report = analyze(text, "Head of Growth");
    expect(report.summary.headline).not.toMatch(/reach, not results/);
    expect(report.summary.headline).toContain("€2.3M new ARR");
  });

  it("keeps a follower count whose result is in the next bullet of the same job", () => {
    const text = [
      "SOCIAL MEDIA COORDINATOR — HALDEN ZOOLOGICAL PARK",
      "★ Twitter/X: 18.3K followers",
      "★ Membership sign-ups from social up 44% YoY",
    ].join("\n");
    const claim = claimAt(analyze(text, "Social Media Coordinator"), "18.3K followers");
    expect(claim.advice.action).toBe("keep");
    expect(claim.flags).not.toContain("no_outcome");
  });

  it("gives a channel the result the document states for its platform elsewhere, said of the same owner", () => {
    const text = [
      "SUMMARY",
      "Chartered accountant. My YouTube channel has 52,400 subscribers.",
      "EXPERIENCE",
      "Financial Accountant, Hale & Co (2019–present)",
      "- Portfolio of 65 owner-managed clients (turnover £0.5m - £15m).",
      "- My short tax-deadline videos on YouTube brought in 31 new clients in 2024.",
    ].join("\n");
    const report = analyze(text, "Financial Accountant");
    expect(claimAt(report, "52,400 subscribers").flags).not.toContain("no_outcome");
    // A portfolio's turnover describes the work: the headline leads with what the videos did.
    expect(report.summary.headline).toContain("31 new clients");
    expect(report.summary.headline).not.toContain("Portfolio");
  });

  it("does not lend an employer's account's result to the writer's own account on the same platform", () => {
    const text = [
      "EXPERIENCE",
      "Chef de Cuisine, Casa Piñón (2019–present)",
      "- Grew the restaurant's Instagram to 36K followers; bookings from the link in bio: about 400 a month.",
      "OTHER",
      "Personal Instagram @tomas.cooks: 2,100 followers.",
    ].join("\n");
    expect(claimAt(analyze(text, "Executive Chef"), "2,100 followers").flags).toContain("no_outcome");
  });

  it("reads a result in German", () => {
    const text = "Social-Media-Managerin, Backhaus Kurz (2019–2023)\n– Instagram-Kanal: 38.000 Follower; Aktionen brachten 3.400 Bestellungen im Onlineshop";
    const claim = claimAt(analyze(text, "Social Media Manager"), "38.000 Follower");
    expect(claim.flags).not.toContain("no_outcome");
    expect(claim.advice.action).toBe("keep");
  });
});

describe("2. rewrites keep the writer's words and never invent a date", () => {
  const text = [
    "EXPERIENCE",
    "Volunteer Moderator, r/dataisbeautiful (2018–2021)",
    "• Moderated the subreddit, which grew to 210,000 members.",
    "Community Lead, Datafolk (2021–present)",
    "• Ran the Datafolk Slack: 12,000 members.",
    "ELSEWHERE",
    "Kred: 812.",
  ].join("\n");
  const report = analyze(text, "Community Manager");

  it("dates a figure by the job it sits in, not by the current year", () => {
    const moderated = claimAt(report, "210,000 members");
    expect(moderated.advice.suggestion).not.toContain(String(YEAR));
    expect(moderated.advice.suggestion).toMatch(/2021/);
  });

  it("uses a placeholder, never the current year, for a figure with no date", () => {
    expect(allSuggestions(report)).not.toContain(`(${YEAR})`);
    expect(allSuggestions(report)).toMatch(/\[month year\]/);
  });

  it("keeps the writer's verb and account, and adds no growth the writer never claimed", () => {
    const suggestions = allSuggestions(report);
    expect(suggestions).toMatch(/Moderated the subreddit/);
    expect(suggestions).toMatch(/Ran the Datafolk Slack/);
    expect(suggestions).not.toMatch(/Grew (?:Reddit|Slack)/);
  });

  it("adds no stock tail, least of all to a score", () => {
    expect(allSuggestions(report)).not.toMatch(/lifting \[/);
    expect(claimAt(report, "Kred: 812").advice.suggestion).not.toMatch(/lifting|brought in/);
  });
});

describe("rewrites that agree with their own reasons", () => {
  it("does not keep Twitter in a rewrite whose reason calls it the old name", () => {
    const report = analyze("Head of Comms, Brightline (2020–2024)\n- His Twitter account has 19,000 followers.", "Communications Lead");
    const followers = claimAt(report, "19,000 followers");
    expect(followers.advice.reason).toMatch(/old name, Twitter/);
    expect(followers.advice.suggestion).toContain("His X account");
    expect(followers.advice.suggestion).not.toContain("Twitter");
  });

  it("does not call one platform's figure a total across sites because the sentence lists others", () => {
    const report = analyze(
      "Social Media Coordinator, Halden (2014–2017)\n- Posted daily across Facebook, Twitter and Vine; our Vine account reached 9,500 followers before the app closed.",
      "Social Media Manager",
    );
    const followers = claimAt(report, "9,500 followers");
    expect(followers.flags).not.toContain("not_comparable");
    expect(followers.advice.reason).not.toMatch(/added up/);
  });

  it("leaves a year to the claim of the sentence it is nearer", () => {
    const report = analyze("PROPOSAL\nTEAM\nCatherine was named a LinkedIn Top Voice in 2021 and has 62,000 followers on LinkedIn.", "Communications strategy review", { documentType: "proposal" });
    const followers = claimAt(report, "62,000 followers");
    expect(followers.advice.reason).not.toMatch(/2021/);
    expect(followers.flags).not.toContain("stale");
  });

  it("says a dated campaign result is what that work achieved, not that it is out of date", () => {
    const report = analyze("Marketing Executive, Acme (2019–present)\n- Our 2021 launch campaign reached 1.2 million people on Instagram and sold out the first run.", "Marketing Executive");
    const reach = claimAt(report, "1.2 million people");
    expect(reach.advice.reason).toMatch(/what that work achieved then/);
    expect(reach.advice.reason).not.toMatch(/reads as out of date/);
  });

  it("keeps a range of years whole in a rewrite", () => {
    const report = analyze("Real Estate Agent, Harbor Homes (2019–present)\n- Grew my Instagram from 5,000 to 19,000 followers in 2021 – 2022, posting market updates.", "Real Estate Agent");
    expect(claimAt(report, "19,000 followers").advice.suggestion).toContain("in 2021 – 2022");
  });

  it("dates a figure on a closed service no later than its closing", () => {
    const report = analyze("Social Media Lead, Crunchwell (2015–2020)\n- Ran the brand's Google+ page: 40,000 followers.", "PR Manager");
    const followers = claimAt(report, "40,000 followers");
    expect(`${followers.advice.reason} ${followers.advice.suggestion}`).not.toMatch(/2020/);
    expect(followers.advice.suggestion).toMatch(/as of 2019/);
  });

  it("calls a closed service's follower count a figure, not a score, and makes a repeated point once", () => {
    const report = analyze("Nurse. I had 12K followers on Vine in 2016.\nOTHER\nI had 12K followers on Vine in 2016.", "Charge Nurse");
    expect(report.summary.headline).toMatch(/Vine closed in January 2017, so the figure dates/);
    // One line to fix, said twice: counted once.
    expect(report.claims).toHaveLength(2);
    expect(report.summary.headline).toMatch(/1 to cut/);
    expect(report.summary.advice.filter((point) => point.startsWith("Cut the Vine figure"))).toHaveLength(1);
  });
});

describe("a rewrite's tail fits whose account it is", () => {
  it("asks what the writer's own account led to, not for the role's sales figures", () => {
    const report = analyze("Brand Manager, Crunchwell (2019–present)\n- Own the P&L.\nOTHER\nMy food-photography Instagram: 6,200 followers.", "Brand Manager");
    const suggestion = claimAt(report, "6,200 followers").advice.suggestion;
    expect(suggestion).toContain("[what it brought you]");
    expect(suggestion).not.toMatch(/qualified leads|orders, leads/);
  });
});

describe("a live score's advice", () => {
  it("gives the scale in the reason and keeps the year the document gives in the rewrite", () => {
    const kred = claimAt(analyze("Social Media Manager\nKred Influence score 812 (2023).", "Social Media Manager"), "Kred Influence score 812");
    expect(kred.advice.reason).toContain("Kred runs 1 to 1,000");
    expect(kred.advice.suggestion).toContain("812 of 1,000 (2023)");
  });
});

describe("figures that count different things of one account", () => {
  it("does not call all members and active members of one community inconsistent", () => {
    const report = analyze("Community Lead, Tessellate (2021–present)\n- Grew the Tessellate Discord to 38,000 members.\n- The Tessellate Discord has 9,500 active members.", "Community Manager");
    for (const claim of report.claims) expect(claim.flags).not.toContain("inconsistent");
  });
});

describe("3. an employer's account and the writer's own are different accounts", () => {
  it("names the account's owner without the bullet's verb, and says no results are there when none are", () => {
    const report = analyze("PR Manager, Vale Communications (2020–2024)\n- Grew Latchkey's LinkedIn page to 31,000 followers in 2023.", "PR Manager");
    const followers = claimAt(report, "31,000 followers");
    expect(followers.advice.reason).toContain("Latchkey’s LinkedIn");
    expect(followers.advice.reason).not.toMatch(/Grew Latchkey/);
    expect(report.summary.headline).not.toMatch(/come with results/);
  });

  it("does not set the zoo's Instagram against the writer's personal one", () => {
    const text = [
      "Social Media Coordinator, Acme Zoo (2020–2024)",
      "• Grew the zoo's Instagram to 120,000 followers.",
      "Personal",
      "• My own Instagram: 2,100 followers.",
    ].join("\n");
    const report = analyze(text, "Social Media Coordinator");
    expect(report.claims.some((claim) => claim.flags.includes("inconsistent"))).toBe(false);
    const zoo = claimAt(report, "120,000 followers");
    expect(zoo.subject).toBe("organization");
    expect(zoo.advice.action).toBe("keep");
  });

  it("reads a French brand's page as the employer's", () => {
    const text = "Chargée de communication — Maison Lune (2019–2023)\n• Animation de la page Instagram de la marque : 52 000 abonnés";
    expect(claimAt(analyze(text, "Community Manager"), "52 000 abonnés").subject).toBe("organization");
  });

  it("does not call two projects' GitHub stars a contradiction", () => {
    const text = "Projects\nFlashInfer\n• Adopted by 3 AI labs, 8,500+ GitHub stars\nJan 2023 – present\nNeuralPrune\n• Featured in PyTorch tools, 4,200+ GitHub stars\nJan 2021";
    const report = analyze(text, "Machine Learning Engineer");
    expect(report.claims.some((claim) => claim.flags.includes("inconsistent"))).toBe(false);
  });

  it("still flags two figures for the writer's own account", () => {
    const text = "SUMMARY\nMy personal Instagram has 45K followers.\nPERSONAL PROJECTS\nMy personal Instagram (@sam.shoots): 38K followers.";
    const report = analyze(text, "Social Media Manager");
    expect(report.claims.filter((claim) => claim.flags.includes("inconsistent"))).toHaveLength(2);
  });
});

describe("4. the job description comes first", () => {
  const profile = "Developer Advocate\nI post about Kubernetes on X to 14,000 followers and run a YouTube channel with 9,000 subscribers.\nBuilt our operator for Postgres.";

  it("lets \"no public speaking, content or community work\" make influence peripheral whatever the title", () => {
    const report = analyze(profile, "Developer Advocate", {
      jobDescription: "Developer Advocate (platform team). You own our Kubernetes operators and the on-call rotation. No public speaking, content or community work.",
    });
    expect(report.role.relevance).toBe("peripheral");
    expect(report.summary.verdict).not.toBe("suits");
    expect(claimAt(report, "14,000 followers").advice.action).not.toBe("keep");
  });

  it("says first that the job description rules the work out, quoting it", () => {
    const report = analyze(profile, "Developer Advocate", {
      jobDescription: "Developer Advocate (platform team). You own our Kubernetes operators and the on-call rotation. No public speaking, content or community work.",
    });
    expect(report.summary.advice[0]).toMatch(/job description rules this kind of work out/);
    expect(report.summary.advice[0]).toContain("No public speaking, content or community work");
  });

  it("checks the post's threshold and links against the claims and says so", () => {
    const report = analyze(profile, "Creator Partnerships Lead", {
      jobDescription: "We want a creator with a personal audience of 10,000+ with links to your profiles on X or YouTube.",
    });
    const said = report.summary.advice.join(" ");
    expect(said).toMatch(/10,000\+/);
    expect(said).toMatch(/14,000/);
    expect(said).toMatch(/link/);
    expect(claimAt(report, "14,000 followers").advice.reason).toMatch(/job description/);
  });

  it("takes the audience asked of the candidate, not the employer's own figure, and checks it against the writer's accounts", () => {
    const cv = "Community Lead, Hollowbrook Studio (2021–present)\n- Grew the studio's Discord to 41,000 members.\nOTHER\nMy Twitch channel: 12,400 followers.";
    const report = analyze(cv, "Community Manager", {
      jobDescription: "What you'll do\n- Run our Discord (currently 15K members) day to day.\nWhat we're looking for\n- A personal audience of at least 10,000 followers on one platform.",
    });
    const said = report.summary.advice.join(" ");
    expect(said).toContain("asks for a personal audience of at least 10,000");
    expect(said).toContain("12,400");
    expect(said).not.toContain("41,000");
  });

  it("quotes an ask that opens a line of the post mid-sentence, in lower case", () => {
    const report = analyze(profile, "Creator Partnerships Lead", {
      jobDescription: "What you bring\n- A personal audience of 10,000+ on Instagram, TikTok or LinkedIn (please include links in your CV)",
    });
    expect(report.summary.advice.join(" ")).toContain("asks for a personal audience of 10,000+");
  });
});

describe("a result quoted beside its claim", () => {
  it("is quoted from its own list item, past the figures listed between", () => {
    const report = analyze('- "Glow Week" TikTok campaign (2023): 22M views, 6.8% average engagement rate, 41,000 sign-ups to the Vela loyalty app.', "Influencer Marketing Manager");
    expect(claimAt(report, "22M views").advice.reason).toContain("(41,000 sign-ups to the Vela loyalty app)");
  });
});

describe("5. roles are placed, and a title that cannot be is named", () => {
  const profile = "I host a weekly show with 12,000 downloads an episode.\nInstagram: 8,000 followers.";

  it.each(["Podcast Producer", "Pastor", "Sommelier"])("places %s", (title) => {
    const report = analyze(profile, title);
    expect(report.role.family).not.toBeNull();
    expect(report.summary.headline).not.toMatch(/No target role was given/);
  });

  it("does not ask for a job description it was given", () => {
    const report = analyze("Grew the library's Instagram to 12,000 followers.", "Summer Reading Campaign Supplier", { jobDescription: "Supplier for the summer scheme. Deliver by June." });
    expect(report.summary.headline).not.toMatch(/add the job description/);
    expect(report.summary.headline).toMatch(/nor its job description/);
  });

  it("names a title it cannot place and asks for the job description, never saying none was given", () => {
    const report = analyze(profile, "Quantum Widget Whisperer");
    expect(report.summary.headline).not.toMatch(/No target role was given/);
    expect(report.summary.headline).toContain("Quantum Widget Whisperer");
    expect(report.summary.headline).toMatch(/job description/);
  });

  it("does not read a public awareness campaign as fundraising", () => {
    const bid = "TECHNICAL PROPOSAL: road safety awareness campaign for the City of Leeds\nOur Facebook campaigns reached 420,000 people in West Yorkshire.";
    const report = analyze(bid, "Public awareness campaign", { documentType: "proposal" });
    expect(report.role.family).not.toBe("fundraising");
    expect(JSON.stringify(report)).not.toMatch(/donations/);
  });

  it("does not read a copywriter or a video editor as influence-core", () => {
    expect(analyze(profile, "Copywriter").role.relevance).not.toBe("core");
    expect(analyze(profile, "Video Editor").role.relevance).not.toBe("core");
  });
});

describe("7. figures out of proportion are caught, and every flag is said", () => {
  it("doubts likes per post above the whole audience, in plain words", () => {
    const text = "Instagram: 5,000 followers; my posts average 80,000 likes per post.";
    const report = analyze(text, "Content Creator");
    const likes = claimAt(report, "80,000 likes");
    expect(likes.flags).toContain("implausible_value");
    expect(likes.advice.reason).toMatch(/whole audience|out of proportion/);
  });

  it("doubts a 94% engagement rate on X", () => {
    const report = analyze("Average engagement rate on X: 94%.", "Social Media Manager");
    const rate = report.claims.find((claim) => claim.kind === "engagement");
    expect(rate?.flags).toContain("implausible_value");
    expect(rate?.advice.reason).toMatch(/far above|out of proportion/);
  });

  it("doubts a 14% engagement rate on a large Instagram account, not on a small one", () => {
    const large = analyze("Instagram (@climbandcoffee): 310,000 followers, 14% average engagement rate.", "Content Creator");
    expect(large.claims.find((claim) => claim.kind === "engagement")?.flags).toContain("implausible_value");
    const small = analyze("Instagram (@smallbatch): 3,500 followers, 14% average engagement rate.", "Content Creator");
    expect(small.claims.find((claim) => claim.kind === "engagement")?.flags).not.toContain("implausible_value");
  });

  it("doubts a 27% engagement rate on no named platform", () => {
    const report = analyze('Recruiter. My "Hiring in Stockholm" posts average a 27% engagement rate.', "Senior Technical Recruiter");
    expect(report.claims.find((claim) => claim.kind === "engagement")?.flags).toContain("implausible_value");
  });

  it("does not doubt a newsletter's open rate, which runs far above social engagement", () => {
    const report = analyze("Email list of 96,000 supporters; spring appeal open rate 38%.", "Digital Fundraising Manager");
    for (const claim of report.claims) expect(claim.flags).not.toContain("implausible_value");
  });

  it("cuts 312 Twitch followers beside 1.4 million on Instagram", () => {
    const report = analyze("I have 1.4M followers on Instagram.\nTwitch: 312 followers.", "Content Creator");
    const twitch = claimAt(report, "312 followers");
    expect(twitch.advice.action).toBe("remove");
    expect(twitch.advice.reason).toMatch(/small/);
  });

  it("says an unverifiable figure is one, and never says to keep it as it is", () => {
    const text = "YouTube channel (2024): 1,234,567 subscribers; my tutorials drove 3,100 course sales in 2024.";
    const report = analyze(text, "Content Creator");
    const subscribers = claimAt(report, "1,234,567 subscribers");
    expect(subscribers.flags).toContain("unverifiable");
    expect(subscribers.advice.reason).toMatch(/check/);
    expect(subscribers.advice.suggestion).not.toMatch(/as it is/);
  });
});

describe("8. the verdict is about the influence claims, and the summary agrees with them", () => {
  const engineer = [
    "Priya Raman — Senior Backend Engineer",
    "EXPERIENCE",
    "Staff Engineer, Ledgerline (2019–2025)",
    "• Cut p99 latency of the payments API from 900 ms to 120 ms.",
    "• Led the migration of 40 services to Kubernetes.",
    "• Designed the idempotent retry layer used by 12 teams.",
    "EDUCATION",
    "BSc Computer Science, 2015",
    "OTHER",
    "Klout score: 61.",
  ].join("\n");

  it("tells a strong engineer with one Klout line to cut one line, not that the résumé does not suit", () => {
    const report = analyze(engineer, "Backend Engineer");
    expect(report.summary.verdict).not.toBe("does_not_suit");
    expect(report.summary.headline).toMatch(/1 to cut/);
    expect(report.summary.headline).toMatch(/influence claims/i);
  });

  it("scores the claims as a set: four to keep and one to cut cost that one line, not the page", () => {
    const text = [
      "Social Media Lead, Halden Bakehouse (2021–2026)",
      "• Grew @haldenbakehouse on Instagram to 86,000 followers, driving 3,200 online orders in 2024.",
      "• Built the TikTok account to 41,000 followers; the launch video sold out the Easter range.",
      "• Ran the newsletter: 12,000 subscribers, 48% open rate, 900 pre-orders a month.",
      "• Klout score: 64.",
    ].join("\n");
    const report = analyze(text, "Social Media Manager");
    const actions = report.claims.map((claim) => claim.advice.action);
    expect(actions.filter((action) => action === "remove")).toHaveLength(1);
    expect(report.summary.verdict).toBe("partly_suits");
    expect(report.summary.score).toBeGreaterThanOrEqual(80);
  });

  it("tells a page whose only influence lines are to cut to cut them, and fails only a core role with nothing left", () => {
    const engineer = analyze("Backend Engineer\nCut p99 latency 40% at Acme.\nOTHER\nKlout score: 61. 12K followers on X.", "Backend Engineer");
    expect(engineer.claims.every((claim) => claim.advice.action === "remove")).toBe(true);
    expect(engineer.summary.verdict).toBe("partly_suits");
    const manager = analyze("Social Media Manager\nKlout score: 61.", "Social Media Manager");
    expect(manager.summary.verdict).toBe("does_not_suit");
  });

  it("reads a figure said to be today's as current, and a result on the bullet's wrapped line as its own", () => {
    const report = analyze(
      "Financial Accountant, Hale & Co (2019–present)\n- Started the firm's Instagram account in 2021 (now 4,200 followers); my short tax-deadline videos\nthere and on YouTube brought in 31 new clients in 2024 (about £96K in annual fees).",
      "Financial Accountant",
    );
    const followers = claimAt(report, "4,200 followers");
    expect(followers.flags).not.toContain("stale");
    expect(followers.flags).not.toContain("no_timeframe");
    expect(followers.flags).not.toContain("no_outcome");
    expect(followers.advice.reason).not.toMatch(/2021/);
    expect(followers.advice.suggestion).toMatch(/31 new clients/);
  });

  it("does not ask for evidence behind a label it says to cut", () => {
    const report = analyze("Staff Accountant\nSelf-described media guru. 4 years of month-end close.", "Staff Accountant");
    const label = report.claims.find((claim) => claim.kind === "self_label");
    expect(label?.advice.action).toBe("remove");
    expect(report.summary.advice.join(" ")).not.toMatch(/evidence behind/);
  });

  it("flags influence in the first line of an engineer's summary, below a long contact block", () => {
    const text = [
      "Priya Raman",
      "Senior Backend Engineer",
      "priya@example.com",
      "+44 20 7946 0000",
      "London, UK",
      "linkedin.com/in/priyaraman",
      "SUMMARY",
      "Backend engineer and tech influencer with 85,000 followers on X.",
      "Ten years of payments and billing systems.",
      "EXPERIENCE",
      "Engineer, Acme (2018–2024)",
      "• Built the billing service.",
      "• Cut deploy time by 60%.",
      "• Ran on-call for 20 services.",
      "• Mentored 6 engineers.",
    ].join("\n");
    const followers = claimAt(analyze(text, "Backend Engineer"), "85,000 followers");
    expect(followers.flags).toContain("over_emphasis");
  });
});

describe("advice stays linear in the number of claims", () => {
  /** "Klout 1. " repeated on one line, as a crafted DOCX gives it, with a claim for each. */
  function kloutLine(count: number): { text: string; claims: DetectedClaim[] } {
    const text = "Klout 1. ".repeat(count);
    const claims: DetectedClaim[] = [];
    for (let index = 0; index < count; index += 1) {
      const start = index * 9;
      claims.push(
        detectedClaim(text, { start, end: start + 7 }, { id: `c${index}`, kind: "influence_score", platform: "klout", metric: "score", value: 1, unit: "score", flags: ["defunct_metric"] }),
      );
    }
    return { text, claims };
  }

  /**
   * The characters `run` makes string and pattern methods read: what slice and substring copy,
   * what indexOf and lastIndexOf walk, and what each pattern search scans. A deterministic count
   * of the work, where wall time would depend on the machine and what else runs on it.
   */
  function charactersRead(run: () => void): number {
    const string = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const regexp = RegExp.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const saved = { slice: string.slice!, substring: string.substring!, indexOf: string.indexOf!, lastIndexOf: string.lastIndexOf!, exec: regexp.exec! };
    let count = 0;
    string.slice = function (this: string, ...args: unknown[]) {
      const result = saved.slice.apply(this, args) as string;
      count += result.length;
      return result;
    };
    string.substring = function (this: string, ...args: unknown[]) {
      const result = saved.substring.apply(this, args) as string;
      count += result.length;
      return result;
    };
    string.indexOf = function (this: string, ...args: unknown[]) {
      const from = Math.max(0, Number(args[1] ?? 0));
      const found = saved.indexOf.apply(this, args) as number;
      count += (found === -1 ? String(this).length : found) - from;
      return found;
    };
    string.lastIndexOf = function (this: string, ...args: unknown[]) {
      const length = String(this).length;
      const from = Math.min(length, args[1] === undefined ? length : Number(args[1]));
      const found = saved.lastIndexOf.apply(this, args) as number;
      count += from - (found === -1 ? 0 : found);
      return found;
    };
    regexp.exec = function (this: RegExp, ...args: unknown[]) {
      const input = String(args[0]);
      const from = this.global || this.sticky ? this.lastIndex : 0;
      const match = saved.exec.apply(this, args) as RegExpExecArray | null;
      count += match === null ? input.length - from : match.index + match[0].length - from;
      return match;
    };
    try {
      run();
    } finally {
      Object.assign(string, { slice: saved.slice, substring: saved.substring, indexOf: saved.indexOf, lastIndexOf: saved.lastIndexOf });
      regexp.exec = saved.exec;
    }
    return count;
  }

  it("reads about twice as much for twice the claims on one line", () => {
    const role = classifyRole({ role: "Java Developer" });
    const run = (input: { text: string; claims: DetectedClaim[] }) => () => {
      advise({ text: input.text, claims: input.claims, role, documentType: "resume", currentYear: YEAR });
    };
    const small = charactersRead(run(kloutLine(1000)));
    const large = charactersRead(run(kloutLine(2000)));
    // Linear work doubles; the reading this replaces, a walk of the whole line per claim, quadrupled.
    expect(large / small).toBeGreaterThan(1.5);
    expect(large / small).toBeLessThan(2.5);
  });

  it("advises each of thousands of claims on one line", () => {
    const { text, claims } = kloutLine(2000);
    const spans = claims.map((claim) => spanOf(text, claim.text, claim.span.start));
    expect(spans).toHaveLength(2000);
    const advised = advise({ text, claims, role: classifyRole({ role: "Java Developer" }), documentType: "resume", currentYear: YEAR });
    expect(advised.claims.every((claim) => claim.advice.action === "remove")).toBe(true);
  });
});

describe("9. bids are read as a client reads them", () => {
  const bid = [
    "TECHNICAL PROPOSAL",
    "Road safety awareness campaign — submitted to the City of Leeds",
    "1. OUR APPROACH",
    "We guarantee reach no other agency can match: our channels total 2M followers worldwide.",
    "Our 2023 campaign for Bradford Council cut speeding reports by 18% in six months.",
    "2. TEAM",
    "Maria Lopez, Creative Director",
    "Experience",
    "Maria has 85,000 followers on Instagram and a Klout score of 70.",
    "Education",
    "BA Graphic Design, 2012",
  ].join("\n");
  const report = analyze(bid, "Social Media Manager");

  it("detects a technical bid, whatever its bios' headings", () => {
    expect(report.document.type).toBe("proposal");
  });

  it("flags a guarantee nobody can check, and says so", () => {
    const reach = claimAt(report, "2M followers");
    expect(reach.flags).toContain("unverifiable");
    expect(reach.advice.reason).toMatch(/no other agency can match|guarantee/);
    expect(report.summary.advice.join(" ")).toMatch(/guarantee/);
  });

  it("quotes a results table's row with its figures", () => {
    const pitch = analyze(
      "PROPOSAL\nResults\nMetric | Before (Jan 2021) | After (Dec 2022)\nInstagram followers (@harbourbrewco) | 3,200 | 41,000\nOnline shop orders per month | 140 | 1,160",
      "Social media agency",
      { documentType: "proposal" },
    );
    expect(pitch.summary.headline).toContain("Online shop orders per month | 140 | 1,160");
  });

  it("dates a case study's figures by the year on its title line", () => {
    const pitch = analyze(
      "PROPOSAL\nSelected work\n\nVisit Coldharbour Coast (2024)\nWe ran a creator campaign for Visit Coldharbour's Instagram account, which grew from 14,000 to 39,000 followers during the campaign.",
      "Destination marketing",
      { documentType: "proposal" },
    );
    const followers = claimAt(pitch, "39,000 followers");
    expect(followers.flags).not.toContain("no_timeframe");
    expect(followers.advice.reason).not.toMatch(/doesn't say when/);
    expect(followers.advice.suggestion).toMatch(/2024/);
  });

  it("flags a superlative about the bidder's reach, in prose as in a list", () => {
    const pitch = analyze(
      "PROPOSAL\nDestination marketing for Dunmore\nOur creator network has a combined following of 6.5 million worldwide, the largest travel creator network in the UK.\nWe have the most engaged cycling audience in Europe.",
      "Destination marketing",
      { documentType: "proposal" },
    );
    const following = claimAt(pitch, "6.5 million");
    expect(following.flags).toContain("unverifiable");
    expect(pitch.summary.advice.join(" ")).toMatch(/largest travel creator network/);
  });

  it("asks for a team bio in the first person to be written in the third, like the others", () => {
    const pitch = analyze(
      "PROPOSAL\nRecruitment marketing\n\nOUR TEAM\nDan Price, Director. Dan leads our campaigns; he has 62,000 followers on LinkedIn.\nSarah Kell, Head of Talent Attraction. I lead our recruitment campaigns and I have a LinkedIn Social Selling Index of 87.",
      "Recruitment Marketing Consultancy",
      { documentType: "proposal" },
    );
    expect(pitch.summary.advice.join(" ")).toMatch(/third person.*I lead our recruitment campaigns/);
    const solo = analyze("PROPOSAL\nRecruitment marketing\n\nOUR TEAM\nI lead every campaign myself; I have 62,000 followers on LinkedIn.", "Recruitment Marketing Consultancy", { documentType: "proposal" });
    expect(solo.summary.advice.join(" ")).not.toMatch(/third person/);
  });

  it("flags a superlative about a team member's standing as a promise nobody can check", () => {
    const pitch = analyze("PROPOSAL\nTEAM\nPriya is one of the UK's best-known road safety voices online, with 210,000 followers on TikTok.", "Campaign agency", { documentType: "proposal" });
    expect(claimAt(pitch, "210,000 followers").flags).toContain("unverifiable");
  });

  it("does not call a kept account vanity in the same breath", () => {
    const report = analyze("PR Manager, Vale Communications (2020–2024)\n- Grew Latchkey's LinkedIn page to 31,000 followers in 2023.", "PR Manager");
    const followers = claimAt(report, "31,000 followers");
    expect(followers.advice.action).toBe("keep");
    expect(followers.flags).not.toContain("vanity_metric");
    expect(followers.advice.reason).not.toMatch(/vanity/);
  });

  it("does not ask when for a kept account whose line says when", () => {
    const report = analyze("PR Manager, Vale Communications (2020–2024)\n- Grew Latchkey's LinkedIn page to 31,000 followers in 2023.", "PR Manager");
    expect(claimAt(report, "31,000 followers").advice.suggestion).toMatch(/^Keep it, and add what it led to/);
  });

  it("finds a local client named by its public body, a destination or a part of town", () => {
    for (const head of ["TENDER RESPONSE\nWestmoor Combined Transport Authority", "PROPOSAL\nFor: Visit Upper Wharfedale (Destination Management Partnership)", "GRANT APPLICATION\nProject: peer-led outreach in south Bristol"]) {
      const pitch = analyze(`${head}\n\nOur creator network reaches 38 million followers worldwide.`, "Campaign agency", { documentType: "proposal" });
      expect(claimAt(pitch, "38 million followers").flags).toContain("off_target_audience");
    }
    const national = analyze("PROPOSAL\nNorthern Research Council\n\nOur creator network reaches 38 million followers worldwide.", "Campaign agency", { documentType: "proposal" });
    expect(claimAt(national, "38 million followers").flags).not.toContain("off_target_audience");
  });

  it("does not take a past client's council in a case study for the buyer", () => {
    const intro = "PROPOSAL\nRecycling campaign\n\n" + "We propose a district-wide campaign built on our past work. ".repeat(20);
    const pitch = analyze(`${intro}\n\nCase Study A – Wessex Borough Council (2022)\nOur creator network reaches 38 million followers worldwide.`, "Recycling campaign", { documentType: "proposal" });
    expect(pitch.summary.advice.join(" ")).not.toMatch(/Wessex/);
  });

  it("takes the client's place from the buyer's brief when the bid does not name it", () => {
    const pitch = analyze("PROPOSAL\nOur approach\n\nOur creator network reaches 38 million followers worldwide.", "Road safety campaign", {
      documentType: "proposal",
      jobDescription: "Westmoor Combined Transport Authority seeks a partner for a young driver safety campaign.",
    });
    expect(claimAt(pitch, "38 million followers").flags).toContain("off_target_audience");
  });

  it("questions a global following for a local client", () => {
    const reach = claimAt(report, "2M followers");
    expect(reach.flags).toContain("off_target_audience");
    expect(reach.advice.reason).toMatch(/Leeds/);
  });

  it("offers the bid's own measured result as the showcase", () => {
    const klout = claimAt(report, "Klout score of 70");
    expect(klout.advice.suggestion).toMatch(/cut speeding reports by 18%/);
  });

  it("keeps a team bio in the third person", () => {
    const maria = claimAt(report, "85,000 followers");
    expect(maria.advice.suggestion).toMatch(/Maria has 85,000 followers/);
    expect(maria.advice.suggestion).not.toMatch(/\b(?:I|my|I've)\b/);
  });
});

describe("an employer's account on a service since closed, in work that has ended", () => {
  const text = "EXPERIENCE\nSocial Media Manager, Rocky Trail Brewing (2013–2019)\n- Ran the brewery's Vine account: 85K followers by 2016.\n\nPERSONAL\n- Klout 68.";

  it("is the record of that work, reframed with its year, not cut as a score that dates the page", () => {
    const report = analyze(text, "Social Media Manager");
    const vine = claimAt(report, "85K followers");
    expect(vine.advice.action).toBe("reframe");
    expect(vine.advice.rule).toBe("defunct_platform_past_work");
    expect(vine.flags).not.toContain("defunct_metric");
    expect(vine.advice.reason).toMatch(/Vine closed in January 2017/);
    expect(claimAt(report, "Klout 68").advice.action).toBe("remove");
  });

  it("is still cut when the account is the writer's own", () => {
    const report = analyze("SUMMARY\n- My Vine had 85K followers by 2016.", "Social Media Manager");
    expect(claimAt(report, "85K followers").advice.action).toBe("remove");
  });
});

describe("a figure in a bid's sentence that makes a promise", () => {
  const bid = [
    "PROPOSAL: social media for Visit Leeds",
    "Selected results",
    "- For Harrogate Spa Hotels we grew @harrogatespa on Instagram from 4K to 38K followers (2022–2024); direct bookings from social rose 46%.",
    "- Our social channels reach 2.5 million people, a reach no other agency in the North can match.",
    "- We guarantee 1 million impressions in the first quarter.",
  ].join("\n");
  const report = analyze(bid, "Social Media Marketing Agency", { documentType: "proposal" });

  it("is cut where the figure itself is guaranteed", () => {
    const promised = claimAt(report, "1 million impressions");
    expect(promised.advice.action).toBe("remove");
    expect(promised.advice.rule).toBe("guaranteed_figure");
  });

  it("is never kept as it stands beside an unmatched claim", () => {
    const beside = claimAt(report, "2.5 million people");
    expect(beside.advice.action).toBe("strengthen");
    expect(beside.flags).toContain("unverifiable");
    expect(claimAt(report, "38K followers").advice.action).toBe("keep");
  });
});

describe("a bid's own accounts, named two ways", () => {
  const bid = [
    "Proposal: social media management for Bright Smile Dental Group",
    "Who we are",
    "Peachtree Pixel manages social media for 30 healthcare practices. Our agency Instagram has 18K followers.",
    "Why Peachtree Pixel",
    "Follow us: Instagram 24K followers, @peachtreepixel.",
  ].join("\n");
  const report = analyze(bid, "Social Media Management Agency", { documentType: "proposal" });

  it("are one account whose figures disagree, and neither is kept as it stands", () => {
    for (const quote of ["18K followers", "24K followers"]) {
      const claim = claimAt(report, quote);
      expect(claim.flags).toContain("inconsistent");
      expect(claim.advice.action).toBe("strengthen");
    }
  });
});

describe("a bid's case studies and the firm's own accounts (fourth blind reading)", () => {
  const credentials = [
    "NORTHLIGHT SOCIAL LTD",
    "Agency credentials",
    "",
    "1. ABOUT NORTHLIGHT",
    "Northlight's Instagram account (@northlightsocial) has 48,000 followers and our weekly LinkedIn newsletter has 6,200 subscribers.",
    "",
    "2. CASE STUDIES",
    "Case Study 1 – Harbour Brew Co. (2021–2023)",
    "Results:",
    "",
    "| Measure | Before (Jan 2021) | After (Dec 2023) |",
    "| --- | --- | --- |",
    "| @harbourbrewco Instagram followers | 6,100 | 41,300 |",
    "| Bookings from Instagram link (2023 total) | – | 2,310 |",
    "",
    "Case Study 2 – Fenwick & Gale Outdoor (2022)",
    "Challenge: Launch a new trail-running shoe range to a younger audience.",
    "What we did: A six-week TikTok programme with three running creators.",
    "Results: The brand's TikTok account gained 18,000 followers during the campaign.",
    "",
    "3. KEY PEOPLE",
    "Hannah Okafor – Managing Director. She leads strategy on all leisure accounts. Hannah is one of the most followed voices in UK social media marketing, with 31,000 followers on LinkedIn.",
  ].join("\n");
  const bid = () => analyze(credentials, "Social Media Agency", { documentType: "proposal" });

  it("dates a table's figure by its column's heading", () => {
    const row = claimAt(bid(), "41,300");
    expect(row.asOf).toBe("2023");
    expect(row.advice.suggestion).not.toMatch(/2021/);
  });

  it("takes a results table's other rows as what the audience did", () => {
    const row = claimAt(bid(), "41,300");
    expect(row.advice.action).toBe("keep");
    expect(row.advice.reason).toContain("2,310");
    expect(row.flags).not.toContain("no_outcome");
  });

  it("dates a case study's figures by its title, lines above the results", () => {
    const tiktok = claimAt(bid(), "18,000 followers");
    expect(tiktok.advice.suggestion).toContain("2022");
    expect(tiktok.advice.suggestion).not.toMatch(/\[month year\]/);
  });

  it("does not lend a client's result to the agency's own account", () => {
    const own = claimAt(bid(), "48,000 followers");
    expect(own.advice.reason + own.advice.suggestion).not.toContain("2,310");
  });

  it("asks what the bidder's own audience brought the firm, not the client's trade", () => {
    const own = claimAt(bid(), "48,000 followers");
    expect(own.advice.suggestion).toContain("new-business enquiries");
    const client = claimAt(bid(), "18,000 followers");
    expect(client.advice.suggestion).not.toContain("new-business enquiries");
  });

  it("quotes a superlative without the figure it is told to keep", () => {
    const hannah = claimAt(bid(), "31,000 followers");
    expect(hannah.advice.suggestion).toContain("Cut “Hannah is one of the most followed voices in UK social media marketing”");
    expect(hannah.advice.suggestion).not.toMatch(/Cut “[^”]*31,000/);
  });

  it("reads the verb 'leads' as no sales leads", () => {
    const hannah = claimAt(bid(), "31,000 followers");
    expect(hannah.advice.reason).not.toMatch(/leads/);
    expect(hannah.flags).toContain("no_outcome");
  });
});

describe("the writer's own work, read from the entry (fourth blind reading)", () => {
  it("takes the accounts of a self-employed entry as the writer's own", () => {
    const text = [
      "Experience",
      "Self-employed electrician (Wirral Sparky) - 2019 to now",
      " - Rewires, consumer unit upgrades, EV chargers",
      " - Run the \"Sparky Dad\" YouTube channel (35.4K subscribers) - fault-finding and tips videos.",
    ].join("\n");
    const channel = claimAt(analyze(text, "Electrician"), "35.4K subscribers");
    expect(channel.subject).toBe("self");
    expect(channel.advice.reason).not.toMatch(/organisation/);
  });

  it("ties a creator's channel to the code redeemed in the same entry", () => {
    const text = [
      "Full-time creator - Maya Moves",
      "Self-employed | 2015 - present",
      "- Grew the YouTube channel from 9K to 410K subscribers between 2017 and 2019.",
      "- Long-term partner for Gymshark (2018 - 2020): my code was redeemed 14,000 times in 2019, about £520K in sales.",
    ].join("\n");
    const channel = claimAt(analyze(text, "Creator Partnerships Lead"), "410K subscribers");
    expect(channel.flags).not.toContain("no_outcome");
    expect(channel.advice.reason + channel.advice.suggestion).toMatch(/redeemed 14,000 times/);
  });

  it("sees a newsletter's paid subscribers as its result", () => {
    const text = "Projects\n- \"Estado de Cuenta\", a weekly Substack newsletter on public money: 6,100 subscribers, 1,100 of them paid.";
    const newsletter = claimAt(analyze(text, "Investigations Editor"), "6,100 subscribers");
    expect(newsletter.flags).not.toContain("no_outcome");
  });
});

describe("a job description that rules the audience work out, and the checks readers missed (fourth blind reading)", () => {
  const resume = [
    "SAMIRA HADDAD",
    "Developer Advocate",
    "",
    "EXPERIENCE",
    "Site Reliability Engineer — Farfetch, Porto, Sep 2018 – Jan 2022",
    "• Cut mean time to recovery from 47 to 18 minutes by rebuilding alerting and runbooks.",
    "• Grew the team newsletter from 4,000 to 22,000 subscribers; 1,100 free-trial sign-ups attributed to it in 2024.",
    "",
    "COMMUNITY & CONTENT",
    "• YouTube: CloudNative with Samira — 41,872 subscribers",
    "• X / Twitter: 9.8K followers",
    "• Named in the \"Top 100 DevOps Influencers\" list (2019)",
  ].join("\n");
  const jobDescription = "Developer Advocate, Platform Reliability\nWhat this role is not\n- There is no external content creation, social media, conference circuit or community management in this job.";
  const report = () => analyze(resume, "Developer Advocate", { jobDescription });

  it("no longer counts the family's audience platforms as the job's own once the JD rules the work out", () => {
    const youtube = claimAt(report(), "41,872 subscribers");
    expect(youtube.advice.action).toBe("remove");
    expect(youtube.advice.reason).not.toMatch(/show their work/);
  });

  it("leads a role without audience work with the work's own result", () => {
    expect(report().summary.headline).toContain("Cut mean time to recovery from 47 to 18 minutes");
  });

  it("decides on a list of influencers instead of leaving it to the writer", () => {
    const list = claimAt(report(), "Top 100 DevOps Influencers");
    expect(list.advice.action).toBe("remove");
    expect(list.advice.suggestion).not.toMatch(/unless/);
  });

  it("does not call 'X / Twitter' an old name, nor rewrite it as 'X / X'", () => {
    const x = claimAt(analyze(resume, "Social Media Manager"), "9.8K followers");
    expect(x.flags).not.toContain("stale");
    expect(x.advice.reason).not.toMatch(/old name/);
    expect(x.advice.suggestion).not.toMatch(/X \/ X/);
  });

  it("says that YouTube shows an exact subscriber count rounded", () => {
    const youtube = claimAt(analyze(resume, "Developer Relations Engineer"), "41,872 subscribers");
    expect(youtube.flags).toContain("unverifiable");
    expect(youtube.advice.reason).toContain("rounded (41,800 here)");
    expect(youtube.advice.reason).not.toMatch(/no handle, link or date/);
  });
});

describe("one account across the document, and a brand's rates (fourth blind reading)", () => {
  it("reads figures with one handle as one account, and an undated one as of the latest date", () => {
    const text = [
      "BERUFSERFAHRUNG",
      "Community Managerin, Pixelfabrik Games GmbH, 04/2022 – heute",
      "- Instagram-Kanal @pixelfabrik von 3.200 auf 48.000 Follower ausgebaut (2022–2024)",
      "KENNTNISSE",
      "Betreute Kanäle u. a. @pixelfabrik (45.000 Follower)",
    ].join("\n");
    const report = analyze(text, "Community Managerin");
    expect(claimAt(report, "45.000 Follower").flags).toContain("inconsistent");
    expect(claimAt(report, "48.000 Follower").flags).toContain("inconsistent");
  });

  it("doubts a rate a brand's large account does not reach, but not a small creator's", () => {
    const brand = analyze("Experience\nSocial Media Manager, Pixelfabrik Games, 2022 – 2024\n- Grew the studio's Instagram to 48,000 followers; engagement rate on Instagram 9.5%.", "Social Media Manager");
    expect(claimAt(brand, "9.5%").flags).toContain("implausible_value");
    const creator = analyze("My Instagram: 6,000 followers, engagement rate 9.5%.", "Content Creator");
    expect(claimAt(creator, "9.5%").flags).not.toContain("implausible_value");
  });

  it("dates a figure reached 'in 18 months' by no year before it, and quotes it without the next account", () => {
    const text = [
      "PERSONAL PROFILE",
      "At Larder & Co. I built the group's TikTok to 162K followers and turned it into a proper sales",
      "channel, and my own food account (@hannahcooksthrifty, 58K on TikTok) is where I test formats.",
      "",
      "EMPLOYMENT HISTORY",
      "Social Media Manager",
      "Larder & Co. (restaurant group, 42 sites across the South West and Wales) | March 2021 - present",
      "- Launched @larderandco on TikTok in April 2021 and took it from 0 to 126K followers in 18 months.",
    ].join("\n");
    const report = analyze(text, "Social Media Lead");
    const grown = claimAt(report, "126K followers");
    expect(grown.asOf).toBeNull();
    expect(grown.flags).not.toContain("stale");
    expect(grown.advice.reason).toContain("Larder & Co.");
    const group = claimAt(report, "162K followers");
    expect(group.evidence.handle).toBeNull();
    expect(group.advice.suggestion).not.toContain("@hannahcooksthrifty");
  });
});

describe("a bid's case study read as one (fourth blind reading, bids)", () => {
  it("ties a case study's audience to the result the next line attributes to it", () => {
    const bid = [
      "PROPOSAL: LinkedIn programme for Harbourline",
      "",
      "Finstack (payments API, Series B)",
      "Brief: build a LinkedIn presence that the sales team could use.",
      "Result: grew Finstack's LinkedIn company page from 4,100 to 38,000 followers (Jan 2021 – Dec 2023).",
      "1,140 demo requests in 2023 were attributed to organic LinkedIn.",
    ].join("\n");
    const page = claimAt(analyze(bid, "B2B Content Agency"), "38,000 followers");
    expect(page.flags).not.toContain("no_outcome");
    expect(page.advice.reason + page.advice.suggestion).toContain("1,140 demo requests");
  });

  it("reads a German campaign's redeemed codes as its result", () => {
    const bid = "ANGEBOT für die Brauerei Kesselberg\n\nReferenzen\nTikTok-Kampagne mit 4 Creatorn aus der Region: 2,1 Mio. Views, 11.500 eingelöste Gutscheincodes.";
    const views = claimAt(analyze(bid, "Influencer-Agentur", { documentType: "proposal" }), "2,1 Mio. Views");
    expect(views.flags).not.toContain("no_outcome");
  });

  it("takes a letter titled PROPOSAL for a bid, and asks a newsletter for its link, not a handle", () => {
    const letter = [
      "PROPOSAL: Legacy Giving Review for St Brennan's Hospice",
      "Dear Rachel,",
      "I have worked in fundraising for 19 years. My newsletter, \"Leaving Well\", has 5,300 subscribers.",
    ].join("\n");
    const report = analyze(letter, "Fundraising Consultant");
    expect(report.document.type).toBe("proposal");
    const newsletter = claimAt(report, "5,300 subscribers");
    expect(newsletter.advice.suggestion).not.toContain("@[handle]");
    expect(report.summary.headline).not.toMatch(/worked in fundraising/);
  });

  it("quotes a self-label with a modifier that holds digits whole", () => {
    const bid = "PROPOSAL\nOUR TEAM\nSarah Kell is one of the UK's B2B content thought leaders.";
    expect(claimAt(analyze(bid, "Content Agency", { documentType: "proposal" }), "thought leader").text).toBe("B2B content thought leaders");
  });
});

describe("the result to lead with (fourth blind reading)", () => {
  it("leads with a change from one figure to another in the current job, not a throughput of an old one", () => {
    const text = [
      "Priya Raman — Senior Backend Engineer",
      "Summary: I write about Go on X (12,000 followers).",
      "EXPERIENCE",
      "Staff Software Engineer, Billing Platform - Telvio, Kraków            2020 - present",
      "- Led the re-architecture of the rating engine; p99 latency for invoice",
      "  runs dropped from 41 min to 6 min for 3.2M subscribers.",
      "Senior Software Engineer - Marketplace, Poznań                    2016 - 2020",
      "- Owned the order-history service (Java 11, Kafka, Postgres), 9K requests/s at peak.",
    ].join("\n");
    const headline = analyze(text, "Senior Backend Engineer").summary.headline;
    expect(headline).toContain("dropped from 41 min to 6 min");
    expect(headline).not.toContain("order-history");
  });

  it("reads money saved a year and a change that 'went from' one figure to another", () => {
    const text = [
      "EXPERIENCE",
      "Staff Engineer, Payments Platform - Cardline          Jan 2021 - present",
      "- Settlement lag went from ~14 hours to under 4 minutes.",
      "- Led the move to RDS; saves roughly £240K a year in infrastructure and ops time.",
      "- I post on LinkedIn to 9,000 followers.",
    ].join("\n");
    expect(analyze(text, "Staff Engineer").summary.headline).toContain("saves roughly £240K a year");
  });

  it("leads a bid with the delivery result, not the social-value count", () => {
    const bid = [
      "TENDER RESPONSE: Outpatient Self-Booking Service",
      "",
      "2.1 Vale Community Hospitals: outpatient self-booking (2022–2024)",
      "We built the booking service; did-not-attend rate fell from 9.1% to 6.4% in the first year, saving the trust an estimated 11,000 clinic slots a year.",
      "",
      "Section 4 — Social value",
      "- 12 apprentices hired since 2020, 9 now in permanent roles.",
      "- Our social channels reach 35,000 people across X, LinkedIn and Mastodon.",
    ].join("\n");
    expect(analyze(bid, "Digital Health Supplier", { documentType: "proposal" }).summary.headline).toContain("fell from 9.1% to 6.4%");
  });
});

describe("what a rewrite asks the audience to have brought (fourth blind reading)", () => {
  it("asks a hotel group's account for bookings and a games studio's for pre-orders, not the role's orders", () => {
    const text = [
      "EXPERIENCE",
      "Social Media Manager, Hill Country Hotels, 2021 – 2024",
      "- Grew the group's Instagram from 9K to 38K followers.",
      "Community Manager, Pixelfabrik Games GmbH, 2019 – 2021",
      "- Built the studio's TikTok to 21,000 followers.",
    ].join("\n");
    const report = analyze(text, "Social Media Manager");
    expect(claimAt(report, "38K followers").advice.suggestion).toContain("[N] direct bookings");
    expect(claimAt(report, "21,000 followers").advice.suggestion).toContain("[N] pre-orders or wishlists");
  });

  it("asks a sponsored post what it did for the brand", () => {
    const text = "Highlights\n- Hovis: sponsored TikTok recipe, 410K views.";
    const post = claimAt(analyze(text, "Food Content Creator"), "410K views");
    expect(post.advice.suggestion).toContain("for the brand");
    expect(post.advice.suggestion).not.toContain("paid brand deals");
  });
});

describe("advice that agrees with itself (fourth blind reading)", () => {
  it("cuts a dead score out of scale without also asking to check it", () => {
    const report = analyze("Experience\nRegional VP Sales, Acme, 2015 – 2017\n- Klout score 850 in 2016.", "Regional VP Enterprise Sales");
    const klout = claimAt(report, "Klout score 850");
    expect(klout.advice.action).toBe("remove");
    expect(klout.advice.reason).not.toMatch(/out of proportion/);
    expect(report.summary.advice.join(" ")).not.toMatch(/Check a Klout score/);
  });

  it("asks a dated ranking only for its publisher", () => {
    const ranking = claimAt(analyze("Awards\n- Ranked #17 on the \"Top 50 Sales Influencers\" list (2016)", "Sales Director"), "Top 50 Sales Influencers");
    expect(ranking.advice.reason).not.toMatch(/or when/);
    expect(ranking.advice.suggestion).toMatch(/Name the publisher:/);
  });

  it("says back a threshold written 'an audience of your own, 100K+' when a figure meets it", () => {
    const jobDescription = "Creator Partnerships Lead\nWhat you'll bring\n- A creator background: you'll have built an audience of your own, 100K+ on at least one platform.";
    const report = analyze("Profile\nMy YouTube channel has 410K subscribers (2024).", "Creator Partnerships Lead", { jobDescription });
    expect(report.summary.advice.join(" ")).toMatch(/you meet it with 410,000 YouTube subscribers/);
  });

  it("does not hold a current undated figure against one from years ago", () => {
    const text = "Experience\n- Grew the YouTube channel to 390K subscribers in 2019.\nProfile\n- YouTube: 1.2M subscribers.";
    const report = analyze(text, "Creator Partnerships Lead");
    expect(claimAt(report, "1.2M subscribers").flags).not.toContain("inconsistent");
  });
});

describe("an employer's result and a closed service (fourth blind reading)", () => {
  it("does not lend the restaurant group's app orders to the writer's own TikTok", () => {
    const text = [
      "EXPERIENCE",
      "Social Media & Content Lead",
      "Lone Star Taqueria Group (14 locations) - Austin, TX                  Mar 2021 - Present",
      "- Took @lonestartaqueria on TikTok from 2,100 to 186K followers in 26 months; the series drove 3,200 app orders in its first weekend.",
      "",
      "PERSONAL BRAND",
      "- @jordanmakesreels - 52.4K followers on Instagram, 11K on TikTok (food, BBQ, behind-the-line content)",
    ].join("\n");
    const own = claimAt(analyze(text, "Social Media Manager"), "11K on TikTok");
    expect(own.advice.reason + own.advice.suggestion).not.toContain("3,200 app orders");
  });

  it("knows Periscope closed, and live coverage is reporting, not press coverage", () => {
    const text = "Experience\n- Live coverage of the 2017 earthquake on Periscope: 30,000 concurrent viewers.";
    const periscope = claimAt(analyze(text, "Investigations Editor"), "30,000 concurrent viewers");
    expect(periscope.flags).toContain("defunct_metric");
    expect(periscope.advice.reason).toMatch(/Periscope closed in March 2021/);
    expect(periscope.advice.reason).not.toMatch(/result a reader values/);
  });
});

describe("a bid's targets and its buyer (fifth blind reading)", () => {
  const bid = [
    "TIDEWATER CREATIVE LTD",
    "Response to Invitation to Tender",
    "Kelsford City Council - Destination Social Media Services 2025-2027",
    "",
    "We note the Council's current position: Instagram @visitkelsford 11,300 followers.",
    "",
    "Proposed KPIs (Year 1):",
    "  - Instagram @visitkelsford: 11,300 to 25,000 followers",
    "  - TikTok: launch and reach 30,000 followers",
  ].join("\n");

  it("reads a list of targets as no claims", () => {
    const report = analyze(bid, "Social Media Agency", { documentType: "proposal" });
    expect(report.claims.map((claim) => claim.text).join(" | ")).not.toMatch(/25,000|30,000/);
    expect(claimAt(report, "11,300 followers").flags).not.toContain("inconsistent");
  });

  it("does not take the buyer named under the letterhead for the bidder", () => {
    const council = claimAt(analyze(bid, "Social Media Agency", { documentType: "proposal" }), "11,300 followers");
    expect(council.advice.suggestion).not.toContain("new-business enquiries");
  });
});

describe("results and dates beside a claim (fifth blind reading)", () => {
  it("reads a legacy pledge as the newsletter's result, and its year as the pledge's", () => {
    const text = [
      "EXPERIENCE",
      "Major Gifts Officer, Severn Estuary Wetlands Trust, 2019 – present",
      "* Author of \"The Long Ask\", a fortnightly newsletter on donor relationships, 4,200",
      "  subscribers; a reader introduction led to a £75k legacy pledge in 2022",
    ].join("\n");
    const newsletter = claimAt(analyze(text, "Major Gifts Officer"), "4,200");
    expect(newsletter.flags).not.toContain("no_outcome");
    expect(newsletter.flags).not.toContain("stale");
  });

  it("does not date a channel by the year it started", () => {
    const text = "Projects\nDirt Road Agronomy (YouTube, started 2017) - 96,400 subscribers";
    const channel = claimAt(analyze(text, "Agronomist"), "96,400 subscribers");
    expect(channel.asOf).toBeNull();
    expect(channel.flags).not.toContain("stale");
  });

  it("reads a community the writer built for a firm as the firm's, and its pre-orders as its result", () => {
    const text = [
      "KURZPROFIL",
      "Ich habe für die Kranichstein Spiele GmbH die offizielle Discord-Community von null auf über 38.000 Mitglieder aufgebaut.",
      "BERUFSERFAHRUNG",
      "seit 03/2019   Community Lead, Kranichstein Spiele GmbH, Köln",
      "- Kickstarter-Kampagne (2022): davon rund 1.100 Vorbestellungen über unseren Discord-Link",
    ].join("\n");
    const discord = claimAt(analyze(text, "Community Managerin"), "38.000 Mitglieder");
    expect(discord.subject).toBe("organization");
    expect(discord.flags).not.toContain("no_outcome");
  });
});

describe("a teacher's own craft, and headings as people write them (fifth blind reading)", () => {
  const cv = [
    "Priya Patel",
    "Teacher of Chemistry",
    "",
    "Personal statement",
    "I am a chemistry specialist with seven years' experience teaching KS3-KS5. Outside the classroom I run a chemistry",
    "revision YouTube channel, MrsPatelChem, which has 58K subscribers.",
    "",
    "Teaching experience",
    "Teacher of Chemistry - Beaumont Park Academy, Leicester      Sept 2020 - present",
    "• Raised the proportion of A*-B grades in A-level Chemistry from 52% to 71% (2021-2024).",
    "",
    "Other",
    "• Resources on TES downloaded 250,000+ times (average rating 4.9/5).",
    "• Twitter: @MrsPatelChem, 7,800 followers.",
  ].join("\n");
  const report = () => analyze(cv, "Teacher of Chemistry");

  it("takes a teacher's revision channel and teaching resources for work in the craft", () => {
    for (const quote of ["58K", "250,000+"]) {
      const claim = claimAt(report(), quote);
      expect(claim.advice.rule).toBe("professional_platform");
      expect(claim.advice.action).not.toBe("remove");
    }
  });

  it("does not say a claim under 'Other' at the bottom sits where a reader looks first", () => {
    expect(claimAt(report(), "7,800 followers").flags).not.toContain("over_emphasis");
  });
});

describe("a score the job description asks for (fifth blind reading)", () => {
  it.each([
    ["A visible LinkedIn presence is a strong plus; LinkedIn SSI of 70+ preferred.", "Profile\nMy LinkedIn SSI is 87.", "Senior Technical Recruiter", /asks for LinkedIn SSI of 70\+: you meet it with a LinkedIn SSI score of 87/],
    ["Erfahrung mit Social Selling über LinkedIn wünschenswert; ein Social Selling Index (SSI) über 70 ist ein Plus.", "Profil\nVertriebsleiterin mit zwölf Jahren Erfahrung im Vertrieb von Industrieanlagen in der DACH-Region. Mein LinkedIn Social Selling Index liegt bei 82, und ich betreue über 40 Schlüsselkunden in Deutschland, Österreich und der Schweiz.", "Vertriebsleiter", /verlangt Social Selling Index \(SSI\) über 70: Das erfüllen Sie mit einem LinkedIn SSI-Score von 82/],
  ])("says back %j", (jobDescription, text, role, said) => {
    expect(analyze(text, role, { jobDescription }).summary.advice.join(" ")).toMatch(said);
  });
});

describe("who published a ranking (fifth blind reading, bids)", () => {
  it("does not take the platform the ranked creators post on for the list's publisher", () => {
    const ranking = claimAt(analyze("Highlights\n- Top 1% of creators on TikTok (2024).", "Content Creator"), "Top 1% of creators on TikTok");
    expect(ranking.advice.rule).toBe("ranking");
    expect(ranking.advice.suggestion).toMatch(/publisher/);
    expect(claimAt(analyze("Awards\n- LinkedIn Top Voice 2023.", "Content Creator"), "LinkedIn Top Voice").advice.rule).toBe("ranking_sourced");
  });
});
