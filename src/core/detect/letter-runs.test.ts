// The letter runs, and the detectors that look for their words only at them. Each detector's
// run words are held to the pattern they stand for: on texts built from the patterns' own words
// and the characters at their edges, every position where the pattern matches must be one the
// runs offer (or the detector must fall back to trying every position).
import { describe, expect, it } from "vitest";
import { PLATFORMS } from "../catalog/platforms.ts";
import { keywordStarts } from "./community.ts";
import { aliasCandidateStarts, buildContext, MENTION_SOURCE_ANY_CASE, MENTION_SOURCE_EXACT_CASE } from "./context.ts";
import { scanCandidates, wordHash } from "../pattern-scan.ts";
import { findLetterRuns, matchesAt, RunWords, scanTextWords, wordEdgesAround } from "./letter-runs.ts";
import { RANKING_RULES, rulesPresent } from "./ranking.ts";
import { LABEL_SOURCE, labelCandidateStarts } from "./self-label.ts";
import { LABELS } from "./lexicon/labels.ts";

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = Math.imul(state ^ (state >>> 15), state | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

const EDGES = [" ", " ", " ", "", "", "2", "30 ", "_", "é", "-", "\u00a0", "\n", ".", "(", "@", "/", "#", ":", "’s ", "ß"];
const WORDS = [
  ...PLATFORMS.flatMap((platform) => [...platform.aliases, ...(platform.caseSensitiveAliases ?? [])]),
  ...["thought leader", "Thought-Leaders", "thoughtful", "guru", "Gurus", "ninjas", "NINJA", "rock star", "Rockstars", "rockstar", "influencer"],
  ...["Influencers", "highly influential", "Very Influential", "extremely influential", "hugely influential", "widely influential"],
  ...["key opinion leaders", "Key Opinion Leader", "social media star", "Social Media Personality", "internet famous", "Internet Sensation"],
  ...["Top", "TOP", "top", "Top 50", "top 10 influencers", "Top Voice", "LinkedIn Top Voices", "top writer", "Top Writer in AI", "Most Influential"],
  ...["30 Under 30", "2030 under 30", "40\u00a0Under\u00a040", "Kaggle Grandmaster", "Kaggle Notebooks Expert", "LinkedIn Influencer", "LinkedIn Top Company"],
  ...["Discord", "Slack", "subreddit", "r/", "Meetup", "group", "chat", "Chat", "Spaces", "Telegram", "WhatsApp", "Clubhouse", "online community"],
  ...["Bloggers", "Creators", "Forbes", "to Follow", "2022", "(2019)", "on Twitter", "in Fintech"],
  ...["#4 in Apple Podcasts", "# 1 among bloggers", "No. 3 on Spotify", "Platz 2 in den Apple-Podcast-Charts", "Apple Podcasts", "podcasts", "most influential", "women", "Blawg 100", "Podcasts 50", "in", "among"],
  ...["Top 5 no Spotify", "top 10 on Apple Podcasts", "1st place on Apple Podcasts", "1. miejsce w rankingu Apple Podcasts", "Most Viewed Writer", "place", "most influential women"],
  ...["Named in Business Insider's \"Rising Stars of the Creator Economy\" list", "listed among Architizer's \"Top 50 Architects Online\""],
  ...["the 50 HR influencers to follow", "« 50 influenceurs RH à suivre »", "primi 10 della classifica Apple Podcast", "top 10 of the Apple Podcasts chart", "#2 spot on the Apple Podcasts"],
  ...["one of the UK's top fitness influencers", "One of the top creators", "one of the"],
  ...["100 líderes de opinión más influyentes", "les 50 femmes les plus influentes", "die 50 einflussreichsten Köpfe", "meest invloedrijke", "più influenti"],
  ...LABELS.flatMap((entry) => Object.values(entry.forms).flat()),
];

function randomTexts(count: number, seed: number): string[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  return Array.from({ length: count }, () => {
    let text = "";
    const parts = 1 + Math.floor(random() * 12);
    for (let part = 0; part < parts; part += 1) text += pick(EDGES) + pick(WORDS) + pick(EDGES);
    return text;
  });
}

/** Every position where the sticky `pattern` matches. */
function matchStarts(text: string, pattern: RegExp): number[] {
  const starts: number[] = [];
  for (let at = 0; at <= text.length; at += 1) {
    pattern.lastIndex = at;
    if (pattern.test(text)) starts.push(at);
  }
  return starts;
}

const TEXTS = randomTexts(1500, 7);

describe("findLetterRuns and RunWords", () => {
  it("offers exactly the runs of ASCII letters that are words of some set, with their edges", () => {
    const words = new RunWords(["alpha", "beta"]);
    const text = "Alpha,alphabet BETA2 _beta é-alpha xbeta beta";
    const found: Array<[number, number, string]> = [];
    words.forEachIn(text, findLetterRuns(text), (start, end, word) => found.push([start, end, word]));
    expect(found.map(([start, end, word]) => [text.slice(start, end), word])).toEqual([
      ["Alpha", "alpha"],
      ["BETA", "beta"],
      ["beta", "beta"],
      ["alpha", "alpha"],
      ["beta", "beta"],
    ]);
    // "BETA2" and "_beta" are runs of letters but not \b-words.
    expect(found.map(([start, end]) => wordEdgesAround(text, start, end))).toEqual([true, false, false, true, true]);
  });

  it("are the maximal runs of ASCII letters, with their hashes, among them every run that is a set's word", () => {
    const setWords = ["guru", "top", "linkedin", "twitter"];
    new RunWords(setWords);
    const texts = [...TEXTS, "B2B 2guru guru2 _top top_ x_y linkedin9twitter 3M 1st", "", "a", "9", "é", "Top"];
    for (const text of texts) {
      const maximal = [...text.matchAll(/[A-Za-z]+/g)].map((match) => [match.index, match.index + match[0].length, wordHash(match[0].toLowerCase())].join());
      const runs = findLetterRuns(text);
      const found = new Set<string>();
      for (let index = 0; index < runs.length; index += 3) found.add(runs.slice(index, index + 3).join());
      for (const run of found) expect(maximal, JSON.stringify(text)).toContain(run);
      for (const run of maximal) {
        const [start, end] = run.split(",").map(Number) as [number, number];
        if (setWords.includes(text.slice(start, end).toLowerCase())) expect(found, `${JSON.stringify(text)} ${run}`).toContain(run);
      }
      const shared = scanTextWords(text);
      expect(shared.letterRuns.runs).toEqual(runs);
      expect(shared.candidates).toEqual(scanCandidates(text));
    }
  });

  it("refuses words that are not lower-case ASCII letters", () => {
    expect(() => new RunWords(["Alpha"])).toThrow();
    expect(() => new RunWords(["web3"])).toThrow();
  });
});

describe("matchesAt", () => {
  it("finds what a global scan finds, from every possible start or from none", () => {
    const sticky = /ab+a|ba/y;
    const text = "abba baba abbba xba abab";
    const scan = [...text.matchAll(/ab+a|ba/g)].map((match) => `${match.index}:${match[0]}`);
    const possibleStarts = [...text.matchAll(/[ab]/g)].map((match) => match.index);
    for (const starts of [possibleStarts, null]) {
      const found: string[] = [];
      matchesAt(text, sticky, starts, (match) => found.push(`${match.index}:${match[0]}`));
      expect(found).toEqual(scan);
    }
  });
});

describe("the detectors' run words", () => {
  it("offer every position where a platform name can start", () => {
    for (const [source, ignoreCase] of [
      [MENTION_SOURCE_ANY_CASE, true],
      [MENTION_SOURCE_EXACT_CASE, false],
    ] as const) {
      const pattern = new RegExp(source, ignoreCase ? "iuy" : "uy");
      let offered = 0;
      for (const text of TEXTS) {
        const candidates = aliasCandidateStarts(text, findLetterRuns(text), ignoreCase);
        if (candidates === null) continue;
        offered += 1;
        for (const start of matchStarts(text, pattern)) expect(candidates, `${JSON.stringify(text)} at ${start}`).toContain(start);
      }
      expect(offered).toBeGreaterThan(TEXTS.length / 2);
    }
  });

  it("offer every position where a self-label can start", () => {
    const pattern = new RegExp(LABEL_SOURCE, "iuy");
    let matched = 0;
    for (const text of TEXTS) {
      const candidates = labelCandidateStarts(text, findLetterRuns(text));
      expect(candidates).not.toBeNull();
      for (const start of matchStarts(text, pattern)) {
        matched += 1;
        expect(candidates, `${JSON.stringify(text)} at ${start}`).toContain(start);
      }
    }
    expect(matched).toBeGreaterThan(500);
  });

  it("leave the long s and the Kelvin sign, which the patterns fold to ASCII, to a scan of every position", () => {
    const text = "ſocial media star, \u212aey opinion leader";
    expect(labelCandidateStarts(text, findLetterRuns(text))).toBeNull();
    expect(aliasCandidateStarts(text, findLetterRuns(text), true)).toBeNull();
  });

  it("find every ranking rule's cue wherever the rule matches", () => {
    const rules = RANKING_RULES.map((rule) => new RegExp(rule.source, rule.flags.replace("g", "") + "y"));
    const matchedRules = new Set<number>();
    for (const text of TEXTS) {
      const present = rulesPresent(buildContext({ text, pages: [], hiddenSpans: [] }));
      rules.forEach((rule, index) => {
        if (matchStarts(text, rule).length === 0) return;
        matchedRules.add(index);
        expect(present[index], `rule ${index} in ${JSON.stringify(text)}`).toBe(true);
      });
    }
    expect([...RANKING_RULES.keys()].filter((index) => !matchedRules.has(index))).toEqual([]);
  });

  it("find the community keywords where their alternation does", () => {
    const alternation = /Discord|Slack|subreddit|r\/|Meetup|group|chat|Chat|Spaces|Telegram|WhatsApp|Clubhouse|online community/gu;
    for (const text of [...TEXTS, "Chatgroup chat r/r/ Slackgroup online community group"]) {
      expect(keywordStarts(text), JSON.stringify(text)).toEqual([...text.matchAll(alternation)].map((match) => match.index));
    }
  });
});
