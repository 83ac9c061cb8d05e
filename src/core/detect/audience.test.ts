import { describe, expect, it } from "vitest";
import { detectAudience } from "./audience.ts";
import { buildContext } from "./context.ts";

function findings(text: string) {
  return detectAudience(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectAudience", () => {
  it.each([
    ["Grew the account to 180,000 followers on Instagram.", "instagram", 180000, "followers"],
    ["My Instagram has 180K followers.", "instagram", 180000, "followers"],
    // A list followed by who is on it, or who it goes out to.
    ["Email list of 61K creators (ConvertKit)", "newsletter", 61000, "subscribers"],
    ["Her newsletter reaches 48,000 marketers every Tuesday.", "newsletter", 48000, "subscribers"],
    ["My newsletter goes out to 22,000 founders.", "newsletter", 22000, "subscribers"],
    ["Brings a LinkedIn audience of 30,000 HR leaders.", "linkedin", 30000, "audience"],
    // "X" after "on" with a lower-case word after it is the network; "on X-ray" is not.
    ["Had 70K followers on X before leaving in 2023.", "x", 70000, "followers"],
    ["TikTok: 1.2M followers", "tiktok", 1200000, "followers"],
    // A bare figure the writer has on a platform named before it.
    ["Now on Bluesky (moved over from X, where I had 19K).", "x", 19000, "followers"],
    ["On TikTok I have 19K.", "tiktok", 19000, "followers"],
    // An account grown to a bare figure.
    ["Took the zoo's TikTok to 410K.", "tiktok", 410000, "followers"],
    ["Grew Halden Bakehouse's Instagram to 80K in three years.", "instagram", 80000, "followers"],
    ["1.2 million YouTube subscribers", "youtube", 1200000, "subscribers"],
    ["Twitter following of 2.1 mil", "x", 2100000, "followers"],
    ["X (Twitter): 1.3MM followers", "x", 1300000, "followers"],
    ["~3,400 LinkedIn followers", "linkedin", 3400, "followers"],
    ["over 25k followers on Threads", "threads", 25000, "followers"],
    ["Instagram 520k | TikTok 1.1M", "instagram", 520000, "followers"],
    ["12.500 Follower auf Instagram", "instagram", 12500, "followers"],
    ["8 200 abonnés sur TikTok", "tiktok", 8200, "followers"],
    ["3,4 Mio. Abonnenten auf YouTube", "youtube", 3400000, "subscribers"],
    ["45.000 seguidores en Instagram", "instagram", 45000, "followers"],
    ["7,500 connections", "linkedin", 7500, "connections"],
    ["LinkedIn: 2013 Connections", "linkedin", 2013, "connections"],
    ["2013 connections on LinkedIn and growing", "linkedin", 2013, "connections"],
    ["Followers: 12,000 (Bluesky)", "bluesky", 12000, "followers"],
    ["Her weekly newsletter has 52,000 subscribers", "newsletter", 52000, "subscribers"],
    ["Email list of 9,000 subscribers", "newsletter", 9000, "subscribers"],
    ["Ran the brand's Facebook page (41k likes).", "facebook", 41000, "page_likes"],
    ["Mastodon (@ana@hachyderm.io): 6,100 followers", "mastodon", 6100, "followers"],
    ["my 12k followers", null, 12000, "followers"],
    ["The podcast has 3,000 monthly listeners", "podcast", 3000, "listeners"],
  ] as const)("finds %j", (text, platform, value, metric) => {
    const [first] = findings(text);
    expect(first).toMatchObject({ kind: "audience", platform, value, metric });
  });

  it("keeps the earlier figure of a stated growth", () => {
    const [first] = findings("Took the zoo's TikTok from 12K to 240K followers.");
    expect(first).toMatchObject({ value: 240000, previousValue: 12000, platform: "tiktok" });
  });

  it("gives a figure after a list of platforms no platform", () => {
    expect(findings("Launched profiles on Facebook, YouTube and Twitter, gaining over 3 million fans.")[0]).toMatchObject({ platform: null, value: 3000000 });
  });

  it("reads growth with the noun repeated", () => {
    expect(findings("Grew the blog from an average of 300 followers a month to 5,000 followers.")).toMatchObject([{ value: 5000, previousValue: 300 }]);
  });

  it("gives a figure summed across platforms no platform", () => {
    expect(findings("A combined following of 250,000 across X, LinkedIn and Instagram.")[0]?.platform).toBeNull();
    expect(findings("1.4 million combined followers")[0]?.platform).toBeNull();
  });

  it.each([
    "Managed a $4.2M budget.",
    "Revenue grew to 180K.",
    "Sold 12,000 units.",
    "Panel of 1,400 patients.",
    "GPA 3.9 of 4.0.",
    "Followed up with 80 vendors.",
    "Analyzed 10 million Instagram posts for a classifier.",
    "Implemented LinkedIn OAuth sign-in for 1M users.",
    "Built on Twitter Bootstrap 3 and Facebook React 18.",
    "Instagram Graph API integration for 2,000 stores.",
    "Call 555-123-4567.",
    "Twitter: @jdoe",
    "Telecom network serving 2M subscribers.",
    "Parent newsletter sent to 900 families weekly.",
    "Our internal newsletter reaches 3,000 employees.",
    "Worked on X-ray imaging for 5,000 patients.",
    "Presented to an audience of 300 students.",
    "Spent $880K on Instagram ads.",
    "Member of PRSA (21,000 members).",
    "Joined LinkedIn in 2019.",
    "Gave the keynote presentation to an audience of 300.",
    "Michael Beckwith Program 2019\nDr. Joe Dispenza Follower",
    "In this role I accomplished the following: 1) Immediately cut costs",
    "Community outreach 2021\n\nFollowers of the program met weekly",
    "Coordinator for Alpha Delta Pi 2013 Connections leader 2013, 2014 Step Sing show director",
    "Grew Instagram ad spend to 80K.",
    "Moved Facebook to 12,000 stores.",
  ])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});

describe("a list read by its people", () => {
  it("is reach on the list, not its audience", () => {
    expect(findings("A weekly newsletter read by 12,000 product managers.")[0]).toMatchObject({ kind: "reach", platform: "newsletter", metric: "readers", value: 12000 });
  });
});

describe("a bare figure before a platform's preposition", () => {
  it("is read in the languages the detector reads", () => {
    expect(findings("Je rassemble 245 000 abonnés sur Instagram et 1,1 million sur TikTok.")).toContainEqual(
      expect.objectContaining({ platform: "tiktok", value: 1100000, metric: "followers" }),
    );
  });
});
