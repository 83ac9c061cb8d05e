import { describe, expect, it } from "vitest";
import { detectClaims } from "../index.ts";
import { LEXICON_LANGUAGES } from "./languages.ts";
import { FOLLOW_VERBS, MEASURES, RATES, TIMES_VERBS } from "./measures.ts";

function claimsIn(text: string) {
  return detectClaims({ text, pages: [], hiddenSpans: [] }, { currentYear: 2026 });
}

const examples = [
  ...MEASURES.flatMap((entry) => entry.examples.map((example) => ({ entry, ...example }))),
  ...RATES.flatMap((rate) => rate.examples.map((example) => ({ entry: { kind: "engagement", metric: rate.metric }, ...example }))),
  ...TIMES_VERBS.flatMap((verb) => verb.examples.map((example) => ({ entry: verb, ...example }))),
];
const falseFriends = [...MEASURES, ...TIMES_VERBS].flatMap((entry) => (entry.falseFriends ?? []).map((text) => ({ entry, text })));

describe("the measure lexicon", () => {
  it.each(examples.map((example) => [example.entry.metric, example.text, example] as const))("%s: reads %j", (_metric, text, example) => {
    const expected: Record<string, unknown> = { kind: example.entry.kind, value: example.value };
    if (example.platform !== undefined) expected.platform = example.platform;
    expect(claimsIn(text)).toEqual(expect.arrayContaining([expect.objectContaining(expected)]));
  });

  it.each(falseFriends.map((friend) => [friend.entry.metric, friend.text, friend.entry.kind] as const))("%s: no claim in %j", (_metric, text, kind) => {
    expect(claimsIn(text).filter((claim) => claim.kind === kind)).toEqual([]);
  });

  it("gives every entry an example and only known languages", () => {
    for (const entry of MEASURES) {
      expect(entry.examples.length, entry.metric).toBeGreaterThan(0);
      for (const language of Object.keys(entry.forms)) expect(LEXICON_LANGUAGES).toContain(language);
    }
    for (const forms of [...RATES.map((rate) => rate.forms), ...TIMES_VERBS.map((verb) => verb.verbs), FOLLOW_VERBS]) {
      for (const language of Object.keys(forms)) expect(LEXICON_LANGUAGES).toContain(language);
    }
  });
});
