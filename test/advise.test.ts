import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { advise } from "../src/core/advise/index.ts";
import { detectDocumentType } from "../src/core/advise/document-type.ts";
import { classifyRole } from "../src/core/advise/role.ts";
import { ADVICE_RULES } from "../src/core/advise/rules.ts";
import type { DetectedClaim } from "../src/core/types.ts";
import { evaluateAdvice, evaluateAdviceCases } from "../scripts/eval-advice.ts";
import { detectedClaim, spanOf } from "./helpers/claims.ts";
import { expectRatchet } from "./helpers/ratchet.ts";

/** A detected claim for `quote` inside `text`, with the fields a detector would fill. */
function claimIn(text: string, quote: string, fields: Partial<DetectedClaim>): DetectedClaim {
  return detectedClaim(text, spanOf(text, quote), fields);
}

const BAKERY = "SOCIAL MEDIA MANAGER\nKlout score: 75.\nGrew @BrightBakes on Instagram from 3,000 to 95,000 followers, driving a 22% rise in online orders.\nTikTok: 12,000 followers.";

function bakeryClaims(): DetectedClaim[] {
  return [
    claimIn(BAKERY, "Klout score: 75", { kind: "influence_score", platform: "klout", metric: "score", value: 75, unit: "score", flags: ["defunct_metric"] }),
    claimIn(BAKERY, "95,000 followers", { platform: "instagram", value: 95000, subject: "organization", previousValue: 3000 }),
    claimIn(BAKERY, "12,000 followers", { platform: "tiktok", value: 12000 }),
  ];
}

describe("advise, per claim", () => {
  const role = classifyRole({ role: "Social Media Manager" });
  const { claims, summary } = advise({ text: BAKERY, claims: bakeryClaims(), role, documentType: "resume", currentYear: 2025 });
  const byText = (text: string) => claims.find((claim) => claim.text === text);

  it("removes a defunct score and says when it closed", () => {
    const klout = byText("Klout score: 75");
    expect(klout?.advice.action).toBe("remove");
    expect(klout?.advice.rule).toBe("defunct_score");
    expect(klout?.flags).toContain("defunct_metric");
    expect(klout?.advice.reason).toMatch(/2018/);
  });

  it("keeps an audience tied to an outcome", () => {
    const instagram = byText("95,000 followers");
    expect(instagram?.advice.action).toBe("keep");
    expect(instagram?.flags).not.toContain("no_outcome");
  });

  it("asks to strengthen an audience with no outcome, reusing its figure", () => {
    const tiktok = byText("12,000 followers");
    expect(tiktok?.advice.action).toBe("strengthen");
    expect(tiktok?.flags).toEqual(expect.arrayContaining(["no_outcome", "no_timeframe", "vanity_metric"]));
    expect(tiktok?.advice.suggestion).toContain("12,000");
  });

  it("puts the defunct score first in the summary", () => {
    expect(summary.headline).toMatch(/Klout/);
    expect(summary.advice[0]).toMatch(/Klout/);
    expect(summary.score).toBeGreaterThanOrEqual(0);
    expect(summary.score).toBeLessThanOrEqual(100);
  });

  it("returns claims in document order with a rule id that exists", () => {
    const ids = new Set(ADVICE_RULES.map((rule) => rule.id).concat("proposal_needs_evidence"));
    expect(claims.map((claim) => claim.span.start)).toEqual([...claims.map((claim) => claim.span.start)].sort((a, b) => a - b));
    for (const claim of claims) expect(ids.has(claim.advice.rule ?? "")).toBe(true);
  });

  it("keeps each claim's own key order, with the advice last", () => {
    const grown = claimIn(BAKERY, "95,000 followers", { platform: "instagram", value: 95000, previousValue: 3000 });
    const { flags, ...rest } = claimIn(BAKERY, "12,000 followers", { platform: "tiktok", value: 12000 });
    const reordered = { flags, ...rest, note: "kept" } as DetectedClaim;
    const advised = advise({ text: BAKERY, claims: [grown, reordered], role, documentType: "resume", currentYear: 2025 }).claims;
    expect(advised.map((claim) => Object.keys(claim))).toEqual([
      [...Object.keys(grown), "advice"],
      [...Object.keys(reordered), "advice"],
    ]);
    expect(advised[0]).toMatchObject({ ...grown, flags: expect.any(Array) });
    expect(advised[1]).toMatchObject({ ...reordered, flags: expect.any(Array) });
  });

  it("gives the same report for the same input", () => {
    const again = advise({ text: BAKERY, claims: bakeryClaims(), role, documentType: "resume", currentYear: 2025 });
    expect(again).toEqual({ claims, summary });
  });
});

describe("advise, by role", () => {
  const text = "Go, gRPC, Postgres.\nOpen source: author of pgsnap, 2.4k stars on GitHub.\nTwitter: 22,000 followers.";
  const claims = () => [
    claimIn(text, "2.4k stars", { kind: "reach", platform: "github", metric: "stars", value: 2400 }),
    claimIn(text, "22,000 followers", { platform: "x", value: 22000 }),
  ];

  it("treats an engineer's GitHub stars as craft, not vanity, and removes a follower count", () => {
    const result = advise({ text, claims: claims(), role: classifyRole({ role: "Backend Engineer" }), documentType: "resume" });
    const [stars, followers] = result.claims;
    expect(stars?.advice.action).toBe("strengthen");
    expect(stars?.flags).not.toContain("vanity_metric");
    expect(followers?.advice.action).toBe("remove");
    expect(result.summary.verdict).not.toBe("suits");
  });

  it("gives role-independent advice when no role is given", () => {
    const result = advise({ text, claims: claims(), role: classifyRole({}), documentType: "resume" });
    expect(result.claims[1]?.advice.action).toBe("strengthen");
    expect(result.summary.headline).toMatch(/No target role/);
  });

  it("removes hidden text whatever the role, saying a reader cannot see it", () => {
    const hidden = claimIn(text, "22,000 followers", { platform: "x", value: 22000, flags: ["hidden_text"] });
    const result = advise({ text, claims: [hidden], role: classifyRole({ role: "Social Media Manager" }), documentType: "resume" });
    expect(result.claims[0]?.advice.action).toBe("remove");
    expect(result.claims[0]?.advice.reason).toMatch(/cannot see/);
  });

  it("reframes a self-label for a core role and removes it for a supporting one", () => {
    const line = "I'm a proven thought leader.";
    const label = () => [claimIn(line, "thought leader", { kind: "self_label", metric: "label", unit: null })];
    expect(advise({ text: line, claims: label(), role: classifyRole({ role: "Community Manager" }), documentType: "resume" }).claims[0]?.advice.action).toBe("reframe");
    expect(advise({ text: line, claims: label(), role: classifyRole({ role: "Sales Manager" }), documentType: "resume" }).claims[0]?.advice.action).toBe("remove");
  });

  it("asks a bid for evidence before a claim is kept", () => {
    const bid = "Our team grew the client's newsletter to 52,000 subscribers, lifting trial sign-ups 180%.";
    const claim = claimIn(bid, "52,000 subscribers", { platform: "newsletter", metric: "subscribers", value: 52000 });
    const result = advise({ text: bid, claims: [claim], role: classifyRole({ role: "Growth Marketer" }), documentType: "proposal" });
    expect(result.claims[0]?.advice.action).toBe("strengthen");
    expect(result.claims[0]?.advice.rule).toBe("proposal_needs_evidence");
    expect(result.claims[0]?.flags).toContain("unverifiable");
  });

  it("reads a list's source and year in brackets after its title", () => {
    const line = "Il nostro social media manager è tra i «Top 100 Social Media Manager italiani» (Social Media Marketing Day, 2023).";
    const ranking = claimIn(line, "Top 100 Social Media Manager", { kind: "ranking", platform: null, metric: "ranking", value: null, unit: null, asOf: "2023" });
    const result = advise({ text: line, claims: [ranking], role: classifyRole({ role: "Social Media Manager" }), documentType: "proposal" });
    expect(result.claims[0]?.advice.reason).not.toMatch(/who published it/);
    const bare = "Il nostro social media manager è tra i «Top 100 Social Media Manager italiani».";
    const unsourced = claimIn(bare, "Top 100 Social Media Manager", { kind: "ranking", platform: null, metric: "ranking", value: null, unit: null });
    expect(advise({ text: bare, claims: [unsourced], role: classifyRole({ role: "Social Media Manager" }), documentType: "proposal" }).claims[0]?.advice.reason).toMatch(/who published it/);
  });

  it("asks for a current figure only of an account the writer can still count", () => {
    const resume = "EXPERIENCE\nSocial Media Manager, Harbour Books, 2009 to 2012\nGrew the company's Facebook page to 1.1M fans in 2011.\n\nPERSONAL\nMy own Instagram had 40,000 followers in 2015.";
    const employer = claimIn(resume, "1.1M fans", { platform: "facebook", metric: "fans", value: 1100000, subject: "organization", asOf: "2011", flags: ["stale"] });
    const own = claimIn(resume, "40,000 followers", { platform: "instagram", value: 40000, subject: "self", asOf: "2015", flags: ["stale"] });
    const result = advise({ text: resume, claims: [employer, own], role: classifyRole({ role: "Social Media Manager" }), documentType: "resume" });
    expect(result.claims[0]?.advice.suggestion).toMatch(/Keep its year beside it/);
    expect(result.claims[1]?.advice.suggestion).toMatch(/Give a current figure/);
    const update = result.summary.advice.find((point) => /current figures/.test(point));
    expect(update).toMatch(/40,000 followers/);
    expect(update).not.toMatch(/1\.1M fans/);
  });

  it("takes an account named by its owner as evidence a client can check", () => {
    const bid = "Our team managed the Facebook page of the City Museum, growing it to 61,000 fans and 2,400 ticket sales.";
    const claim = claimIn(bid, "61,000 fans", { platform: "facebook", metric: "fans", value: 61000 });
    const result = advise({ text: bid, claims: [claim], role: classifyRole({ role: "Social Media Manager" }), documentType: "proposal" });
    expect(result.claims[0]?.advice.rule).not.toBe("proposal_needs_evidence");
    expect(result.claims[0]?.flags).not.toContain("unverifiable");
    const unnamed = "Our team managed the Facebook page of a dental clinic, growing it to 61,000 fans and 2,400 ticket sales.";
    const other = claimIn(unnamed, "61,000 fans", { platform: "facebook", metric: "fans", value: 61000 });
    expect(advise({ text: unnamed, claims: [other], role: classifyRole({ role: "Social Media Manager" }), documentType: "proposal" }).claims[0]?.advice.rule).toBe("proposal_needs_evidence");
  });

  it("flags two different figures for the same platform", () => {
    const twice = "Instagram: 95,000 followers.\nLater: Instagram 60,000 followers.";
    const result = advise({
      text: twice,
      claims: [
        claimIn(twice, "95,000 followers", { platform: "instagram", value: 95000 }),
        claimIn(twice, "60,000 followers", { platform: "instagram", value: 60000 }),
      ],
      role: classifyRole({ role: "Social Media Manager" }),
      documentType: "resume",
    });
    expect(result.claims.every((claim) => claim.flags.includes("inconsistent"))).toBe(true);
    expect(result.summary.advice.join(" ")).toMatch(/disagree/);
  });

  it("does not flag one figure repeated, or figures of another metric or owner", () => {
    const text = "Instagram: 95,000 followers.\nAgain: Instagram 95,000 followers.\nInstagram: 12,000 likes.\nOur Instagram: 60,000 followers.";
    const result = advise({
      text,
      claims: [
        claimIn(text, "95,000 followers", { platform: "instagram", value: 95000 }),
        detectedClaim(text, spanOf(text, "95,000 followers", 30), { platform: "instagram", value: 95000 }),
        claimIn(text, "12,000 likes", { platform: "instagram", metric: "likes", value: 12000 }),
        claimIn(text, "60,000 followers", { platform: "instagram", value: 60000, subject: "organization" }),
      ],
      role: classifyRole({ role: "Social Media Manager" }),
      documentType: "resume",
    });
    expect(result.claims.map((claim) => claim.flags.includes("inconsistent"))).toEqual([false, false, false, false]);
  });

  it("flags over-emphasis when influence fills a peripheral role's résumé", () => {
    const short = "Java developer.\nTwitter: 22,000 followers and 9,000 on Instagram.";
    const result = advise({
      text: short,
      claims: [claimIn(short, "22,000 followers", { platform: "x", value: 22000 }), claimIn(short, "9,000 on Instagram", { platform: "instagram", value: 9000 })],
      role: classifyRole({ role: "Java Developer" }),
      documentType: "resume",
    });
    expect(result.claims.every((claim) => claim.flags.includes("over_emphasis"))).toBe(true);
  });
});

describe("advise, with no claims", () => {
  it("tells a core role what to add", () => {
    const result = advise({ text: "Scheduled posts.", claims: [], role: classifyRole({ role: "Social Media Manager" }), documentType: "resume" });
    expect(result.summary.verdict).toBe("no_claims");
    expect(result.summary.advice.join(" ")).toMatch(/Add one or two measured results/);
  });

  it("tells a peripheral role nothing needs changing", () => {
    const result = advise({ text: "Built Spark pipelines.", claims: [], role: classifyRole({ role: "Data Engineer" }), documentType: "resume" });
    expect(result.summary.verdict).toBe("no_claims");
    expect(result.summary.advice).toEqual([]);
    expect(result.summary.score).toBeGreaterThan(80);
  });
});

describe("detectDocumentType", () => {
  it.each([
    ["We propose a three-phase programme. Scope of work and deliverables below. Our team has run 40 campaigns. Fee: fixed.", "proposal"],
    ["In response to your RFP, our agency will deliver the pricing and milestones below.", "proposal"],
    ["Jane Doe\nEXPERIENCE\nLed a team of 9 (2019 – present).\nEDUCATION\nBSc Computer Science", "resume"],
    ["Java developer, 7 years. Reduced batch runtime from 6 hours to 40 minutes.", "resume"],
  ])("%s", (text, expected) => {
    expect(detectDocumentType(text)).toBe(expected);
  });
});

const sharedDir = resolve(process.cwd(), "../shared");

/**
 * The advice against ../shared/eval, as a ratchet: what main reaches, measured on 2026-12-07, each
 * figure raised by the change that improves it and never lowered. The target (issue 15, and
 * `npm run eval`'s output) is 95% for actions and for flags.
 */
const FLOOR = { roleRelevance: 1, actions: 0.95, flags: 1 };

/**
 * The project's advice probe (eval/advice-probe), measured on 2026-12-07 before any of it was read
 * (0.793), and raised by each change since: 0.921 once a result naming the claim's platform
 * anywhere in the document was read as that account's.
 */
const ADVICE_PROBE_FLOOR = { actions: 0.921, flags: 1 };

describe("evaluation against the advice probe", () => {
  it("holds its action and flag accuracy with the real detector", async () => {
    const result = await evaluateAdviceCases(resolve(__dirname, "..", "eval", "advice-probe", "cases.jsonl"));
    expect(result.detector).toBe("loaded");
    expectRatchet("advice probe actions", result.actions.accuracy, ADVICE_PROBE_FLOOR.actions);
    expectRatchet("advice probe flags", result.flags.accuracy, ADVICE_PROBE_FLOOR.flags);
  });
});

describe.skipIf(!existsSync(resolve(sharedDir, "eval/cases.jsonl")))("evaluation against the labelled data", () => {
  it("holds its role relevance accuracy", async () => {
    const result = await evaluateAdvice(sharedDir);
    expectRatchet("role relevance", result.roles.accuracy, FLOOR.roleRelevance);
  });

  it("holds its action and flag accuracy with the real detector", async () => {
    const result = await evaluateAdvice(sharedDir);
    expect(result.detector).toBe("loaded");
    expectRatchet("actions", result.actions.accuracy, FLOOR.actions);
    expectRatchet("flags", result.flags.accuracy, FLOOR.flags);
  });
});
