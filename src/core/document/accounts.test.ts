import { describe, expect, it } from "vitest";
import { accountOf, handleMatches } from "./accounts.ts";
import { buildDocument } from "./index.ts";

function ownerOf(text: string, figure: string, options: { handle?: string; language?: string; proposal?: boolean } = {}) {
  const model = buildDocument(text);
  const start = text.indexOf(figure);
  if (start === -1) throw new Error(`not in text: ${figure}`);
  return accountOf(model, { start, end: start + figure.length }, options);
}

describe("accountOf", () => {
  it.each([
    ["Our team managed the Facebook page of the City Museum, growing it from 15,000 to 61,000 fans.", "61,000 fans", "client"],
    ["Il nostro team ha gestito la pagina Facebook del Museo Civico, passata da 15.000 a 61.000 fan.", "61.000 fan", "client"],
    ["We grew the Instagram account of our agency to 40,000 followers.", "40,000 followers", "organization"],
  ])("in a bid: %s", (text, figure, owner) => {
    expect(ownerOf(text, figure, { proposal: true }).owner).toBe(owner);
  });

  it.each([
    ["Took the park's TikTok from 1,900 to 410K followers.", "410K followers", "organization"],
    ["Ran the brand's Facebook page (41k likes).", "41k likes", "organization"],
    ["My TikTok @priyacooks has 96K followers.", "96K followers", "self"],
    ["I post about Rust internals on X to roughly 9k followers.", "9k followers", "self"],
    ["Personal profile (@hannahpr on X): 12k+ followers, mostly UK journalists.", "12k+ followers", "self"],
    ["TikTok 'Turtle Tuesdays': 260K followers on the charity account.", "260K followers", "organization"],
    ["Our Instagram (instagram.com/shelterpawsrescue, 63.2K followers) drove 27% of online donations.", "63.2K followers", "organization"],
    ["Co-founded @nightshiftnurses on Instagram (48K followers); our burnout resources were adopted by 3 hospitals.", "48K followers", "self"],
    ["Our founder, Mei Tan, has 120K followers on TikTok, where her explainers drew 420 calls.", "120K followers", "self"],
    ["Our team grew the client's newsletter to 52,000 subscribers.", "52,000 subscribers", "client"],
    ["Handled FB page of a dental clinic in Texas which now have 25k likes from 3k when I started.", "25k likes", "organization"],
  ])("%s", (text, figure, owner) => {
    expect(ownerOf(text, figure).owner).toBe(owner);
  });

  it.each([
    ["fr", "Animation de la page Facebook de la ville : 48 000 abonnés", "48 000 abonnés"],
    ["fr", "Lancement du compte LinkedIn de la marque (9 200 abonnés)", "9 200 abonnés"],
    ["pt", "Instagram da marca: de 22 mil para 148 mil seguidores em 2 anos", "148 mil seguidores"],
    ["es", "La cuenta de Instagram de la agencia (@matedigital) tiene 47,5 mil seguidores.", "47,5 mil seguidores"],
  ])("reads an organisation's account in %s: %s", (language, text, figure) => {
    expect(ownerOf(text, figure, { language }).owner).toBe("organization");
  });

  it("reads an account grown inside an employer's entry as the employer's", () => {
    const text = [
      "BERUFSERFAHRUNG",
      "Social-Media-Managerin, Stadtwerke Lindau (seit 03/2020)",
      "– Aufbau des Instagram-Kanals von 0 auf 12.500 Follower",
      "DEVELOPER RELATIONS",
      "Developer Advocate, Tessellate — 2019–2023",
      "- Grew the Tessellate Discord from 900 to 14,200 members",
    ].join("\n");
    expect(ownerOf(text, "12.500 Follower", { language: "de" })).toEqual({ owner: "organization", name: "Stadtwerke Lindau", cue: "des … instagram", phrase: "des Instagram" });
    expect(ownerOf(text, "14,200 members")).toMatchObject({ owner: "organization", name: "Tessellate", phrase: "the Tessellate Discord" });
  });

  it("reads a handle that spells the employer's name as the employer's account", () => {
    const text = "EXPERIENCE\nHarvest & Co. — Social Media Lead (2021–present)\n• Instagram (@harvestandco): 74.5K followers";
    expect(ownerOf(text, "74.5K followers", { handle: "@harvestandco" })).toMatchObject({ owner: "organization", name: "Harvest & Co." });
    expect(handleMatches("instagram.com/harvestandco", "Harvest & Co.")).toBe(true);
    expect(handleMatches("@sam.shoots", "Harvest & Co.")).toBe(false);
  });

  it("reads an unclaimed account in a social media job as the employer's", () => {
    const text = "SOCIAL MEDIA COORDINATOR — HALDEN ZOOLOGICAL PARK\n★ Twitter/X: 18.3K followers; Threads launch: 7K in week one";
    expect(ownerOf(text, "18.3K followers")).toMatchObject({ owner: "organization", name: "HALDEN ZOOLOGICAL PARK" });
    expect(ownerOf("I am the founder of @eats, a foodie Instagram brand with over 3.5k followers.", "3.5k followers").owner).toBe("self");
  });

  it("leaves an account nobody is named for as unknown", () => {
    expect(ownerOf("TikTok: 12,000 followers.", "12,000 followers").owner).toBe("unknown");
  });
});

describe("an entry for the writer's own work", () => {
  it("makes an account nobody else claims the writer's own", () => {
    const text = "EXPERIENCE\nCreator, self-employed (2018–present)\n- Also on Twitch: 312 followers.";
    expect(ownerOf(text, "312 followers").owner).toBe("self");
  });

  it("leaves an employer's entry to the employer", () => {
    const text = "EXPERIENCE\nSocial Media Manager, Solvida Swim (2022–present)\n- Also on Twitch: 312 followers.";
    expect(ownerOf(text, "312 followers").owner).toBe("organization");
  });
});
