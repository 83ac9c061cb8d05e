import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { detectSelfLabels } from "./self-label.ts";

function labels(text: string): string[] {
  return detectSelfLabels(buildContext({ text, pages: [], hiddenSpans: [] })).map((finding) => text.slice(finding.span.start, finding.span.end));
}

describe("detectSelfLabels", () => {
  it.each([
    ["I'm a proven thought leader and sales guru.", ["thought leader", "sales guru"]],
    ["We are PR influencers with a combined following.", ["PR influencers"]],
    ["Marketing ninja and growth rockstar", ["Marketing ninja", "growth rockstar"]],
    ["Growth Guru, speaker and author", ["Growth Guru"]],
    ["Influencer | Creator | Speaker", ["Influencer"]],
    ["UGC creator + micro-influencer based in Austin.", ["micro-influencer"]],
    ["Lifestyle influencer, natural leader", ["Lifestyle influencer"]],
    ["A highly influential voice in fintech", ["highly influential"]],
    ["Lifestyle influencer | speaker | author", ["Lifestyle influencer"]],
    ["Recognized as an influencer in HR tech", ["influencer"]],
    ["Named a key opinion leader in oncology", ["key opinion leader"]],
    ["I am the resident thought leader on pricing", ["thought leader"]],
    ["SEO Guru\nContent Strategist at Acme", ["SEO Guru"]],
    // What the writer is styled or considered counts as saying they are one.
    ["Science communicator and self-styled science influencer", ["science influencer"]],
    ["Considerata un'opinion leader del settore vinicolo", ["opinion leader"]],
  ] as const)("finds %j", (text, expected) => {
    expect(labels(text)).toEqual(expected);
  });

  it.each([
    "Ran influencer marketing campaigns for 12 brands.",
    "Managed 40 influencers across three markets.",
    "Worked with micro influencers on product seeding.",
    "Wrote thought leadership articles for the CEO.",
    "QA at Rockstar Games.",
    "Partnered with influencers in beauty.",
    "Published a highly influential paper on graph theory.",
    "Research influencers and initiate collaborations.",
    "Scout and photograph influencers and models to feature on social media.",
    "Develop weekly social & influencer programming across accounts.",
    "Build relationships with thought leaders to grow industry awareness.",
    "Led executive eminence and influencer/media relations programs.",
    "* Key Opinion Leader Development",
    "Bachelor's Commerce India Guru Nanak high school",
    "Electrical Engineering, Guru Gobind Singh College of Engineering",
    "Delivery lead at Ninja Van, Singapore",
    "Launched a thought leader\nprogram for our executives.",
    "Strong business relationships with healthcare executives and key opinion leaders.",
    "Proven Sales Success\nInfluencer, Organizer, Team Builder\nEngaging Public Speaker",
    "Motivator • Influencer • Strong Communicator",
    // A job title with "Influencer" in it (the labelling rules).
    "Senior Influencer Executive, Glowbox (2021–present)",
    "Influencer Lead at Acme",
    // Another's recognition, not the writer's own label.
    "Considerada una influencer del sector de eventos por la revista Eventoplus (2023).",
    "Named a thought leader by Forbes in 2021.",
  ])("finds nothing in %j", (text) => {
    expect(labels(text)).toEqual([]);
  });
});

describe("detectSelfLabels, beyond English and one word", () => {
  it.each([
    ["Hi, I'm Priya — a food micro-influencer from Pune.", "food micro-influencer"],
    ["I'm a recruiting influencer with 67,000 followers on LinkedIn.", "recruiting influencer"],
    ["Micro-influenceuse lifestyle basée à Lyon.", "Micro-influenceuse"],
    ["Nicolás es reconocido como líder de opinión en marketing digital.", "líder de opinión"],
    ["Social media guru with a passion for brands.", "Social media guru"],
    ["Legal tech thought leader and speaker.", "Legal tech thought leader"],
    ["Ich bin Influencerin für nachhaltige Mode.", "Influencerin"],
  ])("finds the whole label in %j", (text, expected) => {
    expect(labels(text)).toEqual([expected]);
  });

  it.each([
    "Recruited a micro-influencer for the spring launch.",
    "Briefed 30 micro-influencers on the product.",
    "Gestión de influenciadores para 12 marcas.",
  ])("finds nothing in %j", (text) => {
    expect(labels(text)).toEqual([]);
  });
});
