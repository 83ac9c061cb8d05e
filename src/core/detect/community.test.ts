import { describe, expect, it } from "vitest";
import { detectCommunities } from "./community.ts";
import { buildContext } from "./context.ts";

function findings(text: string) {
  return detectCommunities(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectCommunities", () => {
  it.each([
    ["Built a Discord server of 22,000 members.", "discord", 22000],
    ["Moderated a subreddit with 480k subscribers.", "reddit", 480000],
    ["Grew our Meetup network to 12 chapters and 9,000 members.", "meetup", 9000],
    ["Founded a Slack community of 3,400 members.", "slack", 3400],
    ["Admin of a Facebook group with 15k members", "facebook", 15000],
    ["Runs an online community of 5,000 members", null, 5000],
    // Who the members are may follow the figure, and a verb may close the phrase after them.
    ["Built a community of 4,000 developers on Discord", "discord", 4000],
    ["Built a Discord community of 4,000 developers who ship weekly", "discord", 4000],
    ["• Slack-community van 6.500 ontwikkelaars opgezet", "slack", 6500],
    ["Ho creato una community Discord di 4.000 sviluppatori", "discord", 4000],
    // A team in one item of a list does not make the next item's group a team.
    ["We moderate two communities: an internal WhatsApp community for 1,200 ward staff, and a public Facebook group for carers with 5,700 members.", "facebook", 5700],
  ] as const)("finds %j", (text, platform, value) => {
    expect(findings(text)[0]).toMatchObject({ kind: "community", platform, value });
  });

  it.each([
    ["Host of #HRchat, a weekly Twitter chat.", "x"],
    ["Co-founded the Boston UX Meetup group.", "meetup"],
    ["Moderate r/dataengineering.", "reddit"],
  ] as const)("finds a named community without a count in %j", (text, platform) => {
    expect(findings(text)[0]).toMatchObject({ kind: "community", platform, value: null });
  });

  it.each([
    "Member of the American Marketing Association (30,000 members).",
    "Led a team of 12 members.",
    "Board of 9 members.",
    "Migrated the team from Slack to Teams.",
    "Built a Discord bot for moderation.",
    "Built new revenue streams via LinkedIn and Meetups.",
    "Led recruiting through Facebook groups and Slack communities.",
    // A group followed by who is in it is as often a team; a community of residents is a town.
    "Ran a group of 12 volunteers on the Facebook page.",
    // A Telegram channel is broadcast to followers, not a community of members.
    "I run a Telegram channel on crypto tax with 17,500 subscribers.",
    "Set up an internal WhatsApp community for ward staff.",
    "Served a community of 20,000 residents.",
  ])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});
