import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { detectRankings } from "./ranking.ts";

function findings(text: string) {
  return detectRankings(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectRankings", () => {
  it.each([
    ["Named in Onalytica's Top 100 B2B Marketing Influencers 2022.", null, "Top 100 B2B Marketing Influencers"],
    ["A LinkedIn Top Voice in Marketing.", "linkedin", "LinkedIn Top Voice"],
    ["Named to Forbes Top Creators 2024.", null, "Top Creators"],
    ["Forbes 30 Under 30 (2019)", null, "30 Under 30"],
    ["One of the 25 Most Influential People in HR Tech", null, "Most Influential"],
    ["Medium: top writer in Marketing (2021).", "medium", "top writer"],
    ["Listed among the top 50 influencers in fintech", null, "top 50 influencers"],
    ["Kaggle Competitions Grandmaster", "kaggle", "Grandmaster"],
    // A list name broken across lines, as PDF text often is.
    ["One of the 25 Most\nInfluential People in HR Tech", null, "Most\nInfluential"],
    ["Recognised as a LinkedIn  Top Voice", "linkedin", "LinkedIn  Top Voice"],
    // A place named as a spot, a place among the top of a chart, a named list of people to follow.
    ["The show hit the #2 spot on the Apple Podcasts Home & Garden chart in March 2022.", "podcast", "#2 spot"],
    ["Ed è stato tra i primi 10 della classifica Apple Podcast Arte.", "podcast", "primi 10"],
    ["Reached the top 10 of the Apple Podcasts chart.", "podcast", "top 10"],
    ["Named in the '50 HR influencers to follow' in 2022.", null, "50 HR influencers to follow"],
    ["Classé parmi les « 50 influenceurs RH à suivre » en 2022.", null, "influenceurs RH à suivre"],
    // A list named in quotes, of online voices.
    ["Named in Business Insider's \"Rising Stars of the Creator Economy\" list, 2019.", null, "Rising Stars of the Creator Economy"],
    ["Principal Karin Moe was listed among Architizer's \"Top 50 Architects Online\" (2019).", null, "Top 50 Architects Online"],
  ] as const)("finds %j", (text, platform, part) => {
    const [first] = findings(text);
    expect(first).toMatchObject({ kind: "ranking", platform, value: null });
    expect(text.slice(first?.span.start, first?.span.end)).toContain(part);
  });

  it.each(["Top 3% this year.", "Top performer in Q3.", "Top 10 accounts by revenue.", "Under 30 minutes per ticket.", "Top Gun training.", "I have 3 speakers to watch for next week.", "Managed 20 creators to follow the brief.", "Named in Forbes' \"30 Best Places to Work\" list."])(
    "finds nothing in %j",
    (text) => {
      expect(findings(text)).toEqual([]);
    },
  );
});

describe("detectRankings, charts and lists in several languages", () => {
  it.each([
    ["Top 1% of podcasts globally (Listen Notes)", "podcast", "Top 1% of podcasts"],
    ["Reached #4 in Apple Podcasts Entrepreneurship (US), March 2023", "podcast", "#4 in Apple Podcasts"],
    ["Platz 2 in den Apple-Podcast-Charts Wissenschaft", "podcast", "Platz 2 in den Apple-Podcast-Charts"],
    ["Ranked #3 among cybersecurity creators on LinkedIn in Favikon's 2024 list.", "linkedin", "Ranked #3 among cybersecurity creators"],
    ["Named to the ABA Journal Blawg 100 (2015).", "blog", "Blawg 100"],
    ["Named one of Babble's Top 100 Mom Bloggers (2012).", "blog", "Top 100 Mom Bloggers"],
    ["Figure dans le classement « Top 20 des influenceurs tourisme ».", null, "Top 20 des influenceurs"],
    ["È tra i «Top 100 Social Media Manager italiani».", null, "Top 100 Social Media Manager"],
    ["Named one of the most influential tech journalists in Kenya.", null, "most influential tech journalists"],
    ["Most influential women in business 2020", null, "Most influential women"],
    ["Top 10 skate influencer in Portugal", null, "Top 10 skate influencer"],
  ] as const)("finds %j", (text, platform, part) => {
    const [first] = findings(text);
    expect(first).toMatchObject({ kind: "ranking", platform, value: null });
    expect(text.slice(first?.span.start, first?.span.end)).toContain(part);
  });

  it.each([
    "Ranked #1 in the District 2007 and #2 2006.",
    "Top 10 sales rep in the region for 3 years.",
    "Graduated in the top 5% of my class.",
    "Ranked in Chambers USA, Band 3 (2024).",
    "No. 1 in sales for the Northeast.",
    "Published the most influential paper on graph theory.",
    "Podcast 2019 season recap.",
    // A table's row label before its figure, cells joined by a tab or a space.
    "Podcast\t38,000 downloads per episode",
    "Newsletter 42,000 subscribers",
  ])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("detectRankings, 'most influential' in other languages", () => {
  it.each([
    ["Nominada entre los 100 líderes de opinión más influyentes", "100 líderes de opinión más influyentes"],
    ["Classée parmi les 50 femmes les plus influentes du numérique (2022)", "50 femmes les plus influentes"],
    ["Eine der 50 einflussreichsten Köpfe im Marketing", "50 einflussreichsten Köpfe"],
  ])("finds %j", (text, part) => {
    const [first] = findings(text);
    expect(text.slice(first?.span.start, first?.span.end)).toBe(part);
  });

  it.each(["The most influential factor was price.", "Los factores más influyentes fueron el precio y el plazo."])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});
