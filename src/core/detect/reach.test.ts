import { describe, expect, it } from "vitest";
import { buildContext } from "./context.ts";
import { detectReach } from "./reach.ts";

function findings(text: string) {
  return detectReach(buildContext({ text, pages: [], hiddenSpans: [] }));
}

describe("detectReach", () => {
  it.each([
    ["14.5 million views on YouTube", "youtube", 14500000, "views"],
    ["Impressions: 3.2M in Q3 2024.", null, 3200000, "impressions"],
    ["Podcast with 60k downloads", "podcast", 60000, "downloads"],
    ["Podcast episodes drew 250 plays each", "podcast", 250, "plays"],
    ["Blog: 40K monthly readers", "blog", 40000, "readers"],
    ["The site drew 120,000 unique visitors a month", null, 120000, "visitors"],
    ["2.4k stars on GitHub", "github", 2400, "stars"],
    ["Open-source library with 900 stars", "github", 900, "stars"],
    ["Twitch streams averaged 1,800 concurrent viewers", "twitch", 1800, "concurrent_viewers"],
    ["The event page reached 1.1M people", null, 1100000, "reach"],
    ["1,2 Mio. Aufrufe auf YouTube", "youtube", 1200000, "views"],
    ["500 000 vues sur TikTok", "tiktok", 500000, "views"],
    ["2 millones de visualizaciones en YouTube", "youtube", 2000000, "views"],
    ["Press coverage led to nearly 40 million media impressions", null, 40000000, "impressions"],
  ] as const)("finds %j", (text, platform, value, metric) => {
    expect(findings(text)[0]).toMatchObject({ kind: "reach", platform, value, metric });
  });

  it.each([
    "Installed 200 card readers across campus.",
    "Directed 3-4 plays per year for the school theater program.",
    "Conduct site visits to provide environmental support, assist in ISO 14001\n\nverification visits",
    "Hotel rated 4.5 stars on Google.",
    "Welcomed 30,000 museum visitors.",
    "App reached 1M users.",
    "3 views of the site plan.",
    "A print shop running 20 million label impressions a day.",
    "Edited the weekly employee newsletter with readership of 2,000.",
  ])("finds nothing in %j", (text) => {
    expect(findings(text)).toEqual([]);
  });
});
