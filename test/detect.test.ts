import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAbbreviationBefore, mayNameTechnology, TECHNICAL_AFTER } from "../src/core/detect/context.ts";
import { detectClaims } from "../src/core/detect/index.ts";
import type { Span } from "../src/core/types.ts";

function claims(text: string, hiddenSpans: Span[] = []) {
  return detectClaims({ text, pages: [], hiddenSpans }, { currentYear: 2026 });
}

describe("detectClaims", () => {
  it("numbers claims in document order and quotes the text exactly", () => {
    const text = "SOCIAL MEDIA\nKlout score: 75. Kred: 812.\nGrew @BrightBakes on Instagram from 3,000 to 95,000 followers.";
    const found = claims(text);
    expect(found.map((claim) => claim.id)).toEqual(["c1", "c2", "c3"]);
    for (const claim of found) expect(claim.text).toBe(text.slice(claim.span.start, claim.span.end));
    expect(found.map((claim) => claim.platform)).toEqual(["klout", "kred", "instagram"]);
    expect(found[2]).toMatchObject({ section: "SOCIAL MEDIA", previousValue: 3000, evidence: { handle: "@BrightBakes", url: null } });
  });

  it("assigns pages from the page ranges", () => {
    const text = "Page one text.\nTikTok: 2.3M followers.";
    const [claim] = detectClaims({ text, pages: [{ page: 1, start: 0, end: 15 }, { page: 2, start: 15, end: text.length }], hiddenSpans: [] });
    expect(claim?.page).toBe(2);
  });

  it("reads sections from headings", () => {
    const text = "Summary\nBuilt things.\nExperience\nGrew the brand's TikTok to 410K followers.";
    expect(claims(text)[0]?.section).toBe("Experience");
  });

  it.each([
    ["ONLINE PRESENCE", "ONLINE PRESENCE"],
    ["  SOCIAL & COMMUNITY  ", "SOCIAL & COMMUNITY"],
    ["PRESS & TALKS (EU)", "PRESS & TALKS (EU)"],
    ["ÉQUIPE ET RÉSEAUX", "ÉQUIPE ET RÉSEAUX"],
    // Not headings: a lower-case letter, a three-digit run, closing punctuation, too many words, too few letters.
    ["SOCIAL Reach", "Experience"],
    ["TOP 100 LIST", "Experience"],
    ["PRESS (2019-2024)", "Experience"],
    ["SOCIAL MEDIA.", "Experience"],
    ["ONE TWO THREE FOUR FIVE SIX SEVEN", "Experience"],
    ["A-B", "Experience"],
  ])("reads %j as the section %j or not at all", (line, section) => {
    const text = `Experience\nBuilt things.\n${line}\nGrew the brand's TikTok to 410K followers.`;
    expect(claims(text)[0]?.section).toBe(section);
  });

  it("tells whose audience it is", () => {
    expect(claims("Grew the zoo's TikTok to 410K followers.")[0]?.subject).toBe("organization");
    expect(claims("My 12k followers on Instagram trust my picks.")[0]?.subject).toBe("self");
  });

  it("ties a year to the figure", () => {
    expect(claims("Klout score peaked at 82 in 2014.")[0]?.asOf).toBe("2014");
    expect(claims("Instagram: 40k followers (as of March 2025).")[0]?.asOf).toBe("2025");
  });

  it("does not date a figure said to be today's by the year of what came before", () => {
    expect(claims("Started the firm's Instagram account in 2021 (now 4,200 followers).")[0]?.asOf).toBeNull();
    expect(claims("Organiser, Bengaluru meetup (2,900 members on Meetup, monthly since 2021).")[0]?.asOf).toBeNull();
    expect(claims("Community: 2.900 Mitglieder auf Meetup, monatlich seit 2021.")[0]?.asOf).toBeNull();
  });

  it("dates a figure by a range's end, months named or not", () => {
    expect(claims("Took @halden on Instagram from 12K to 86K followers (Mar 2021 - Oct 2026).")[0]?.asOf).toBe("2026");
    expect(claims("Took Crunchwell's Instagram from 9K to 410K followers between 2019 and 2023.")[0]?.asOf).toBe("2023");
  });

  it("leaves a year to the claim it is nearer, unless the year opens the clause", () => {
    const [followers, klout] = claims("James has 38,000 followers on X, and was a Klout 72 in 2014.");
    expect(followers?.asOf).toBeNull();
    expect(klout?.asOf).toBe("2014");
    const [ranking, audience] = claims("Catherine was named a LinkedIn Top Voice in 2019, has 22,000 followers on LinkedIn.");
    expect(ranking?.asOf).toBe("2019");
    expect(audience?.asOf).toBeNull();
    expect(claims("In 2019 I had 12K followers on X and a Klout score of 60.").map((claim) => claim.asOf)).toEqual(["2019", "2019"]);
  });

  it("gives each figure the handle nearest before it, not the first of its line", () => {
    const [first, second] = claims("We will work with @kernowkitchen (Cornish food, 38,000 Instagram followers) and @falmouthfamilyadventures (family days out, 12,500 followers).");
    expect(first?.evidence.handle).toBe("@kernowkitchen");
    expect(second?.evidence.handle).toBe("@falmouthfamilyadventures");
  });

  it("picks up profile links and fediverse handles as evidence", () => {
    expect(claims("instagram.com/brightbakes — 95k followers")[0]?.evidence.url).toBe("instagram.com/brightbakes");
    expect(claims("@ana@hachyderm.io: 6,100 followers on Mastodon")[0]?.evidence.handle).toBe("@ana@hachyderm.io");
  });

  it("flags defunct scores, and scores outside their scale", () => {
    expect(claims("Klout 66")[0]?.flags).toContain("defunct_metric");
    expect(claims("PeerIndex score 55")[0]?.flags).toContain("defunct_metric");
    expect(claims("Klout score of 850")[0]?.flags).toContain("implausible_value");
    expect(claims("Kred 850")[0]?.flags).not.toContain("implausible_value");
    expect(claims("Engagement rate of 140% on TikTok")[0]?.flags).toContain("implausible_value");
  });

  it("flags two different figures for the same platform and metric", () => {
    const found = claims("Instagram: 52k followers.\nBuilt an Instagram following of 85,000 followers.");
    expect(found).toHaveLength(2);
    for (const claim of found) expect(claim.flags).toContain("inconsistent");
    expect(claims("Instagram: 52k followers.\nTikTok: 85k followers.").flatMap((claim) => claim.flags)).not.toContain("inconsistent");
  });

  it("flags figures from long ago and under an old platform name", () => {
    expect(claims("Twitter: 22,000 followers (2015).")[0]?.flags).toContain("stale");
    expect(claims("Twitter: 22,000 followers.")[0]?.flags).toContain("stale");
    expect(claims("X: 22,000 followers (2025).")[0]?.flags).not.toContain("stale");
  });

  it("flags YouTube subscriber counts more precise than YouTube shows", () => {
    expect(claims("YouTube channel with 1,234,567 subscribers")[0]?.flags).toContain("unverifiable");
    expect(claims("YouTube channel with 1.23M subscribers")[0]?.flags).not.toContain("unverifiable");
  });

  it("flags claims that lie entirely in hidden text", () => {
    const text = "Engineer.\nInstagram: 2.3M followers.";
    const start = text.indexOf("Instagram");
    expect(claims(text, [{ start, end: text.length }])[0]?.flags).toContain("hidden_text");
    expect(claims(text, [{ start: 0, end: 5 }])[0]?.flags).not.toContain("hidden_text");
  });

  it("never reads a list of influencers as a self-label as well", () => {
    const found = claims("Named in Onalytica's Top 100 B2B Marketing Influencers 2022.");
    expect(found.map((claim) => claim.kind)).toEqual(["ranking"]);
  });

  it("finds nothing in a document of false friends", () => {
    const text = [
      "Managed a $6M budget and 38 staff; revenue up 12% to $4.2M.",
      "GPA 3.8. SAT 1450. Credit score 790. NPS 62. Lighthouse score 98. F1 score 0.91.",
      "Built the front end on Twitter Bootstrap and Facebook React; Instagram Graph API integration.",
      "Followed up with 80 vendors. Call (555) 123-4567. Joined in March 2019.",
      "Member of the American Marketing Association, 30,000 members strong.",
      "Twitter: @jdoe. Analyzed 10 million Instagram posts.",
    ].join("\n");
    expect(claims(text)).toEqual([]);
  });

  it("keeps spans exact, ids sequential and order stable on any mix of phrases", () => {
    const phrases = [
      "Klout 66. ", "12k LinkedIn connections, ", "4,100 followers on X. ", "Kred: 812\n", "480k subscribers on a subreddit. ",
      "Engagement rate: 6.4%. ", "Top 50 Marketing Influencers 2020. ", "thought leader ", "$4.2M budget ", "GPA 3.9 ",
      "über 12.500 Follower auf Instagram ", "in the upper 70s ", "\n", "Instagram 520k | TikTok 1.1M ", "@someone ", "🙂 ",
    ];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...phrases), fc.string({ maxLength: 12 })), { maxLength: 30 }), (parts) => {
        const text = parts.join("");
        const found = claims(text);
        found.forEach((claim, index) => {
          expect(claim.id).toBe(`c${index + 1}`);
          expect(claim.text).toBe(text.slice(claim.span.start, claim.span.end));
          expect(claim.span.end).toBeGreaterThan(claim.span.start);
          if (claim.value !== null) expect(Number.isFinite(claim.value) && claim.value > 0).toBe(true);
          if (index > 0) expect(claim.span.start).toBeGreaterThanOrEqual(found[index - 1]?.span.start ?? 0);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe("whose claim it is", () => {
  const subjects = (text: string) => detectClaims({ text, pages: [], hiddenSpans: [] }, { currentYear: 2026 }).map((claim) => [claim.kind, claim.subject]);

  it("gives scores and rankings to the writer unless the sentence names an owner", () => {
    expect(subjects("Klout score of 78.")).toEqual([["influence_score", "self"]]);
    expect(subjects("Named to Forbes Top Creators 2024.")).toEqual([["ranking", "self"]]);
  });

  it("reads an audience's owner from the sentence, and leaves it unknown when the sentence does not say", () => {
    expect(subjects("Grew the zoo's TikTok to 410K followers.")).toEqual([["audience", "organization"]]);
    expect(subjects("My 12k followers on Instagram.")).toEqual([["audience", "self"]]);
    expect(subjects("Instagram: 12k followers.")).toEqual([["audience", "unknown"]]);
  });

  it("reads an abbreviation before a full stop as the plain pattern does", () => {
    // The pattern the look-up stands in for, run on the eight characters before the dot.
    const reference = /(?:^|[^\p{L}])(?:Mio|Mrd|Tsd|ca|approx|appr|e\.g|i\.e|vs|etc|Nr|No|St|Mr|Mrs|Ms|Dr|Inc|Ltd|Co|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;
    const pieces = ["Mio", "Mrd", "ca", "approx", "e.g", "i.e", "Sept", "Dec", "Co", "St", "x", "Mr", "s", " ", "(", "é", "É", "ſ", "3", "-", ".", "\u00a0", "日", "\ud83d\ude00", "\ud800"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const text = `${parts.join("")}. Next`;
        const dotAt = text.length - ". Next".length;
        expect(isAbbreviationBefore(text, dotAt)).toBe(reference.test(text.slice(Math.max(0, dotAt - 8), dotAt)));
      }),
      { numRuns: 5000 },
    );
  });

  it("never rules out a technology name the pattern would find after a platform", () => {
    const pieces = [" ", "-", "\t", "\n", "\u00a0", "\u2003", "API", "SDK", "Bootstrap", "integration", "plugin", "bot", "Pay", "followers", "account", ",", "(", "é", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 6 }), (parts) => {
        const after = parts.join("");
        if (TECHNICAL_AFTER.test(after)) expect(mayNameTechnology(after)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe("claims as written in the fourth blind reading's documents", () => {
  const kinds = (text: string) => claims(text).map((claim) => [claim.kind, claim.platform, claim.value, claim.text]);

  it.each([
    ["Run the brand Instagram (41K) and Facebook page (18K) for a hotel group.", [["audience", "instagram", 41000, "Instagram (41K)"], ["audience", "facebook", 18000, "Facebook page (18K)"]]],
    ["I run @nurse.sam on Instagram (48K followers) and TikTok (212K), where I explain A&E.", [["audience", "instagram", 48000, "48K followers"], ["audience", "tiktok", 212000, "TikTok (212K)"]]],
    ["- Named one of the UK's top fitness influencers by Women's Health UK (2020)", [["ranking", null, null, "one of the UK's top fitness influencers"]]],
    ["- Featured in Nursing Times' \"Nurses to follow on social media\" list (2021)", [["ranking", null, null, "\"Nurses to follow on social media\" list (2021)"]]],
    ["- Empire Avenue share price e(RICK) 118.40 - top 1% of sales professionals (2012)", [["influence_score", "empire_avenue", 118.4, "Empire Avenue share price e(RICK) 118.40"]]],
    ["I use LinkedIn properly: my Social\nSelling Index is 84 (top 1% in Staffing).", [["influence_score", "linkedin_ssi", 84, "Social\nSelling Index is 84"]]],
    ["- Durchschnittliche Engagement-Rate unserer Kampagnen auf Instagram: 9,8 %", [["engagement", "instagram", 9.8, "Engagement-Rate unserer Kampagnen auf Instagram: 9,8 %"]]],
    ["Our project lead is a recognised community heritage influencer.", [["self_label", null, null, "community heritage influencer"]]],
  ])("finds %j", (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    "- New-hire engagement score rose from 61% to 74% after the onboarding redesign.",
    "KEY SKILLS\n- Influencer and creator partnerships (briefing, contracts, usage rights)",
    "We will recruit 10 creators from the North and Midlands with 20K–150K followers each.",
  ])("finds no claim in %j", (text) => {
    expect(claims(text)).toEqual([]);
  });

  it("keeps a roster's range of followers, which is no plan", () => {
    expect(kinds("Our roster includes five food creators with 50K–200K followers each.")).toEqual([["audience", null, null, "50K–200K followers"]]);
  });
});

describe("rankings by the firms that rank influencers", () => {
  it.each([
    ["ranked #3 on Favikon's list", "ranked #3 on Favikon's list"],
    ["#12 in Onalytica's ranking of B2B voices", "#12 in Onalytica's ranking"],
  ])("finds %j", (text, quote) => {
    expect(claims(text).map((claim) => [claim.kind, claim.text])).toEqual([["ranking", quote]]);
  });
});

describe("an account grown from the figure just before it", () => {
  it("claims the figure it grew to, with the one it grew from as its earlier value", () => {
    const found = claims("  * Took over the branch's Instagram in 2021 (1,100 followers) and grew it to 9,800; runs a weekly spotlight.");
    expect(found.map((claim) => [claim.kind, claim.platform, claim.value, claim.previousValue, claim.text])).toEqual([["audience", "instagram", 9800, 1100, "grew it to 9,800"]]);
  });

  it("leaves a smaller figure after 'grew it to' alone", () => {
    expect(claims("My Instagram has 12,000 followers; I grew it to 300 posts.").map((claim) => claim.value)).toEqual([12000]);
  });
});
