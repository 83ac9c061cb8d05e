import { describe, expect, it } from "vitest";
import { detectClaims } from "./index.ts";

function claimsIn(text: string) {
  return detectClaims({ text, pages: [], hiddenSpans: [] }, { currentYear: 2026 }).map(({ kind, platform, metric, value, text: written }) => ({ kind, platform, metric, value, text: written }));
}

describe("figures whose measure a verb names", () => {
  it.each([
    ["My investigation was read 480,000 times online.", "reach", "reads", 480000, "read 480,000 times"],
    ["Der Beitrag wurde 480.000 Mal gelesen.", "reach", "reads", 480000, "480.000 Mal gelesen"],
    ["En X me siguen 41 mil personas.", "audience", "followers", 41000, "me siguen 41 mil personas"],
    ["The post was shared 12,000 times.", "engagement", "shares", 12000, "shared 12,000 times"],
  ])("%j", (text, kind, metric, value, written) => {
    expect(claimsIn(text)).toContainEqual(expect.objectContaining({ kind, metric, value, text: written }));
  });

  it.each(["Called the client 3 times.", "Read 12 books in 2023, 4 times more than planned."])("reads no claim in %j", (text) => {
    expect(claimsIn(text)).toEqual([]);
  });
});

describe("figures in a table whose header names the measure", () => {
  const table = "Platform | Handle | Followers | Avg. views\nInstagram | @lenalifts | 412K | 96K (Reels)\nTikTok | @lenalifts | 1.1M | 340K";

  it("takes the measure from the header and the platform from the row", () => {
    expect(claimsIn(table)).toEqual([
      expect.objectContaining({ kind: "audience", platform: "instagram", value: 412000 }),
      expect.objectContaining({ kind: "reach", platform: "instagram", value: 96000, metric: "views" }),
      expect.objectContaining({ kind: "audience", platform: "tiktok", value: 1100000 }),
      expect.objectContaining({ kind: "reach", platform: "tiktok", value: 340000 }),
    ]);
  });

  it("reads nothing from a table whose header names no measure", () => {
    expect(claimsIn("Year | Budget | Staff\n2021 | 40K | 12\n2022 | 55K | 15")).toEqual([]);
  });
});

describe("a figure whose measure is the one before it", () => {
  it("reads 'peak 3,900' as the viewers just named", () => {
    expect(claimsIn("Twitch Partner; 420 average concurrent viewers; peak 3,900.")).toEqual([
      expect.objectContaining({ platform: "twitch", metric: "concurrent_viewers", value: 420 }),
      expect.objectContaining({ platform: "twitch", metric: "concurrent_viewers", value: 3900, text: "peak 3,900" }),
    ]);
  });

  it("does not carry a measure into the next sentence", () => {
    expect(claimsIn("420 average concurrent viewers. Peak 3,900 feet climbed.").map((claim) => claim.value)).toEqual([420]);
  });
});

describe("a bare figure after a platform's name", () => {
  it.each([
    ["My TikTok has 96K followers, and my Instagram is at 58K.", "instagram", 58000],
    ["En Threads, 6.200.", "threads", 6200],
    ["Threads launch: 7K in week one", "threads", 7000],
    ["Facebook: 6400+ (likes and followers)", "facebook", 6400],
  ])("%j", (text, platform, value) => {
    expect(claimsIn(text)).toContainEqual(expect.objectContaining({ kind: "audience", platform, value }));
  });

  it.each(["Instagram: 2,500 posts scheduled", "Facebook, 2019", "LinkedIn is at 3 offices"])("reads no audience in %j", (text) => {
    expect(claimsIn(text).filter((claim) => claim.kind === "audience")).toEqual([]);
  });
});

describe("platforms and figures as people write them", () => {
  it.each([
    ["Admin of 3.2K members in the companion LinkedIn group", "community", "linkedin", 3200],
    ["instagram.com/harvestandco — 12k", "audience", "instagram", 12000],
    ["Google+ 2,300 followers (2016)", "audience", "google_plus", 2300],
    ["Klout-Score 61", "influence_score", "klout", 61],
    ["Score PeerIndex de 64", "influence_score", "peerindex", 64],
    ["Nextdoor: 2,000 neighbours reached", "reach", "nextdoor", 2000],
    ["hundreds of millions of impressions", "reach", null, null],
    ["Tengo 64.000 seguidores en X y mi pódcast supera las 900.000 descargas.", "reach", "podcast", 900000],
    ["72.000 follower su Instagram, 15.000 iscritti al canale YouTube", "audience", "youtube", 15000],
    ["numa newsletter com 4.300 subscritores", "audience", "newsletter", 4300],
    // A newsletter named in the language of the text, nearer than a platform named before it.
    ["Het Instagram-account groeide naar 16.400 volgers; de digitale nieuwsbrief telt nu 22.000 abonnees.", "audience", "newsletter", 22000],
    // Polish: the noun, the platform in the locative, then the figure; a verb of reaching before users.
    ["Zwiększyliśmy liczbę fanów na Facebooku do 41 000.", "audience", "facebook", 41000],
    ["Kampania na TikToku dotarła do 2,1 mln użytkowników.", "reach", "tiktok", 2100000],
    // "accounts" after a figure is what was reached, not the writer's accounts summed.
    ["My explainers on Instagram reached 2.8M accounts in 2024 and were saved 140,000 times.", "reach", "instagram", 2800000],
    ["My explainers on Instagram reached 2.8M accounts in 2024 and were saved 140,000 times.", "engagement", "instagram", 140000],
  ])("%j", (text, kind, platform, value) => {
    expect(claimsIn(text)).toContainEqual(expect.objectContaining({ kind, platform, value }));
  });

  it("keeps the plus of a name out of the figure", () => {
    expect(claimsIn("Google+ 2,300 followers")[0]?.text).toBe("2,300 followers");
  });
});

describe("growth given only as a share", () => {
  it.each([
    ["Increased YouTube subscribers by 20%", "audience", "youtube", "Increased YouTube subscribers by 20%"],
    ["grew our following 400%", "audience", null, "grew our following 400%"],
    ["Adding 45 boards on Pinterest and resulting in 47% follower growth", "audience", "pinterest", "47% follower growth"],
    ["Implemented local PR strategies increasing our impressions by 200%.", "reach", null, "increasing our impressions by 200%"],
    ["200% increase in Instagram followers", "audience", "instagram", "200% increase in Instagram followers"],
    ["Steigerte die Abonnenten des Newsletters um 40 %", "audience", "newsletter", "Steigerte die Abonnenten des Newsletters um 40 %"],
    // A noun that never leads a figure still takes a share.
    ["Increased Pinterest repins 75%", "engagement", "pinterest", "Increased Pinterest repins 75%"],
    // The verb after the measure.
    ["Since I took over the LinkedIn page in 2022, followers have grown 140%.", "audience", "linkedin", "followers have grown 140%"],
  ])("%j", (text, kind, platform, written) => {
    expect(claimsIn(text)).toContainEqual(expect.objectContaining({ kind, platform, value: null, text: written }));
  });

  it("leaves the share out where the sentence gives the figure", () => {
    expect(claimsIn("Organically increased Instagram following over 200% from 1k to 3.5k in four months.")).toEqual([
      expect.objectContaining({ kind: "audience", platform: "instagram", value: 3500 }),
    ]);
  });

  it.each(["Increased sales by 20%.", "Improved employee engagement from 77% to 85%.", "Grew revenue 30% year over year.", "Increased membership by 12%."])(
    "reads no claim in %j",
    (text) => {
      expect(claimsIn(text)).toEqual([]);
    },
  );
});

describe("a figure shared by several channels", () => {
  it.each([
    "Cyclone response: SMS alerts and Facebook posts reached 2.3 million people in 48 hours.",
    "Alcance médio mensal: 3,1 milhões de contas (Instagram + Facebook)",
    "Facebook and radio spots reached 400,000 listeners",
  ])("names no platform in %j", (text) => {
    expect(claimsIn(text).map((claim) => claim.platform)).toEqual([null]);
  });

  it("still reads one platform named alone", () => {
    expect(claimsIn("Grew Facebook to 12K followers and ran 30 events")[0]?.platform).toBe("facebook");
  });
});

describe("a default platform read from the line a list item hangs from", () => {
  it("reads downloads under a podcast's entry as the podcast's", () => {
    const text = "Host & Producer, 'Small Batch Founders' podcast (2020–present)\n• 212 episodes; 1.6 million all-time downloads";
    expect(claimsIn(text)).toContainEqual(expect.objectContaining({ platform: "podcast", value: 1600000 }));
  });

  it("does not reach past a line that is no list item", () => {
    const text = "Podcast guest appearances: 12\nThe app reached 40,000 downloads on the web.";
    expect(claimsIn(text).map((claim) => claim.platform)).not.toContain("podcast");
  });
});

describe("growth from one figure to another, in other languages", () => {
  it.each([
    ["Gerenciei o perfil no Instagram, que passou de 10 mil para 95 mil seguidores", 95000, 10000],
    ["YouTube: von 8.900 auf 47.000 Abonnenten", 47000, 8900],
    ["Pagina Facebook passata da 15.000 a 61.000 fan", 61000, 15000],
    ["Abonnés Instagram : de 5 000 à 12 000", 12000, 5000],
  ])("%j", (text, value, previousValue) => {
    const [claim] = detectClaims({ text, pages: [], hiddenSpans: [] }, { currentYear: 2026 });
    expect(claim).toMatchObject({ kind: "audience", value, previousValue });
  });

  it("keeps 'más de' an approximation, not a growth", () => {
    expect(claimsIn("más de 900 mil lecturas")).toEqual([expect.objectContaining({ value: 900000 })]);
  });
});

describe("a figure joined by 'and' to a counted one", () => {
  it("counts the same measure, on the platform read for it", () => {
    expect(claimsIn("Instagram: 120k followers and 85k on Twitter/X")).toEqual([
      expect.objectContaining({ platform: "instagram", value: 120000 }),
      expect.objectContaining({ platform: "x", value: 85000 }),
    ]);
    expect(claimsIn("over 3 million fans in 2 yrs for USA and over 1 million for History and A&E.")).toContainEqual(
      expect.objectContaining({ kind: "audience", metric: "fans", value: 1000000 }),
    );
  });

  it("leaves a small or a dated figure alone", () => {
    expect(claimsIn("Grew the account to 12K followers and 40 in the team").map((claim) => claim.value)).toEqual([12000]);
    expect(claimsIn("Grew the account to 12K followers and 2019 was a record").map((claim) => claim.value)).toEqual([12000]);
  });
});

describe("from real résumés", () => {
  it("reads the platform named after a date", () => {
    expect(claimsIn("ex: 180k followers in 2013 vs 2.2m followers in 2017 on our Instagram)")).toContainEqual(
      expect.objectContaining({ platform: "instagram", value: 2200000 }),
    );
  });

  it("reads a named list grown to a bare figure", () => {
    expect(claimsIn("Created weekly e-newsletter and e-mail list of runners, which has grown from 1,500 to more than 10,000.")).toEqual([
      expect.objectContaining({ kind: "audience", platform: "newsletter", value: 10000 }),
    ]);
    expect(claimsIn("Budget grew from 1,500 to 10,000 on LinkedIn ads")).toEqual([]);
  });
});

describe("media kits", () => {
  it("reads each row's label, not the next row's, as what its figure counts", () => {
    const kit = "Media kit — Jan 2024\nFollowers\t\t112,480\nAvg. reach/post\t\t38,900\nEngagement rate\t\t5.6 %";
    expect(claimsIn(kit).map((claim) => [claim.kind, claim.metric, claim.value])).toEqual([
      ["audience", "followers", 112480],
      ["reach", "reach", 38900],
      ["engagement", "engagement_rate", 5.6],
    ]);
  });

  it("reads a measure counted per post or per video", () => {
    expect(claimsIn("Avg. views per video: 12K on TikTok")).toEqual([expect.objectContaining({ kind: "reach", platform: "tiktok", value: 12000 })]);
  });

  it("ends a phrase at a column's edge", () => {
    expect(claimsIn("Grew Facebook following to 9,200      REFERENCES AVAILABLE UPON REQUEST")).toEqual([
      expect.objectContaining({ kind: "audience", platform: "facebook", value: 9200 }),
    ]);
  });
});

describe("a newsletter named before its noun", () => {
  it("outranks a platform the line carries", () => {
    expect(claimsIn("Blog: thefrugalnest.com — 180K monthly pageviews, 22K email subscribers")).toEqual([
      expect.objectContaining({ platform: "blog", value: 180000 }),
      expect.objectContaining({ platform: "newsletter", value: 22000 }),
    ]);
  });

  it("gives way to a platform named beside the figure", () => {
    expect(claimsIn("Grew 22K Instagram email subscribers")).toEqual([expect.objectContaining({ platform: "instagram", value: 22000 })]);
  });
});

describe("a breakdown by platform", () => {
  it("leaves the total to no platform and gives each part its own", () => {
    expect(claimsIn("Total social following: 2.8M (TikTok 2.1M, Instagram 540K, YouTube 160K)").map((claim) => [claim.platform, claim.value])).toEqual([
      [null, 2800000],
      ["tiktok", 2100000],
      ["instagram", 540000],
      ["youtube", 160000],
    ]);
  });

  it("gives each channel of a list after a summing word its own figure, but not an example of the sum", () => {
    expect(claimsIn("The existing channels (Facebook 12,400 followers; Instagram 3,100) will be kept.").map((claim) => [claim.platform, claim.value])).toEqual([
      ["facebook", 12400],
      ["instagram", 3100],
    ]);
    expect(claimsIn("Across all channels, including Instagram, we reached 2M followers.").map((claim) => claim.platform)).toEqual([null]);
  });

  it("reads 'X' as the network in a list of channels, and after an owner ('the force's X account')", () => {
    expect(claimsIn("X 8,900; Instagram 3,100").map((claim) => [claim.platform, claim.value])).toEqual([
      ["x", 8900],
      ["instagram", 3100],
    ]);
    expect(claimsIn("Managed the force's X account (412K followers) during major incidents.").map((claim) => claim.platform)).toEqual(["x"]);
    expect(claimsIn("Rows: A 12, B 14, X 8,900, Y 12")).toEqual([]);
  });

  it("still reads a platform named with a year after the figure", () => {
    expect(claimsIn("12K followers (Instagram 2023)")).toEqual([expect.objectContaining({ platform: "instagram", value: 12000 })]);
  });
});

describe("a table row named by its first cell", () => {
  it("counts only the row's last figure, the value now", () => {
    const text = "KPI | Baseline | Result\nTwitter followers | 3,200 | 5,950\nPress enquiries handled | 12 | 30";
    expect(claimsIn(text).map((claim) => [claim.kind, claim.platform, claim.value])).toEqual([["audience", "x", 5950]]);
  });

  it("reads nothing from a row whose label is no measure", () => {
    expect(claimsIn("Name | Team | Budget\nFollowers of the plan | 12 | 4,000")).toEqual([]);
  });

  it("reads a label with a qualifier in brackets, and people reached named before the verb, in a table of two columns", () => {
    const results = "Measure\tResult\nResidents reached (Meta, geo-targeted)\t184,000\nExtra vaccination bookings vs. previous winter\t3,100";
    expect(claimsIn(results).map((claim) => [claim.kind, claim.value])).toEqual([["reach", 184000]]);
    const before = "Metric | Before (Jan 2021) | After (Dec 2022)\nInstagram followers (@harbourbrewco) | 3,200 | 41,000";
    expect(claimsIn(before).map((claim) => [claim.kind, claim.platform, claim.value])).toEqual([["audience", "instagram", 41000]]);
  });
});

describe("a platform's analytics cited as the source", () => {
  it.each([
    ["Reach: 2.3M accounts reached in the last 30 days (Instagram Insights, Feb 2024)", "instagram"],
    ["41,000 views in March (source: YouTube Analytics)", "youtube"],
  ])("%j", (text, platform) => {
    expect(claimsIn(text)).toEqual([expect.objectContaining({ platform })]);
  });
});

describe("a measure noun in quotes", () => {
  it("counts the figure and quotes the noun whole", () => {
    expect(claimsIn("Tasa de interacción del 7,3 % en TikTok; 1,4 M de «me gusta» en total")).toContainEqual(
      expect.objectContaining({ kind: "engagement", platform: "tiktok", value: 1400000, text: "1,4 M de «me gusta»" }),
    );
  });
});
