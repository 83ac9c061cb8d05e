// The report renderer on its own, with claims shaped the way the engine should never send
// them (nested, crossing, out of range), to show it degrades without losing a claim.
import { describe, expect, it } from "vitest";
import type { Claim, Report } from "../src/core/types.ts";
import { escapeHtml } from "../src/http/html.ts";
import { ReportView } from "../src/http/web/report-view.tsx";
import { actionOf } from "../src/http/web/words.ts";
import { advisedClaim } from "./helpers/claims.ts";

const TEXT = "Top 50 <Influencer> with 95,000 followers on Instagram & a Klout score of 80.";

function claim(id: string, phrase: string, action: Claim["advice"]["action"], span?: { start: number; end: number }): Claim {
  const start = span?.start ?? TEXT.indexOf(phrase);
  const end = span?.end ?? start + phrase.length;
  return advisedClaim(TEXT, { start, end }, { action, reason: `Reason for ${id} <b>`, suggestion: `Suggestion for ${id}` }, { id, unit: null });
}

function report(claims: Claim[]): Report {
  return {
    id: "req-1",
    engine: { version: "0.0.0", llm: "off" },
    document: { format: "text", type: "resume", typeSource: "detected", pages: null, characters: TEXT.length, words: 14, language: "en", warnings: [] },
    role: { input: "Recruiter", family: "recruiting", relevance: "supporting", source: "title", evidence: [] },
    claims,
    summary: { verdict: "partly_suits", score: 50, headline: "A <headline>", advice: ["One & two"] },
    text: TEXT,
  };
}

async function render(value: Report): Promise<string> {
  return String(await ReportView({ report: value }).toString());
}

describe("actionOf", () => {
  it("knows the four actions and reads anything else, Object.prototype's names too, as reframe", () => {
    for (const action of ["keep", "strengthen", "reframe", "remove"]) expect(actionOf(action)).toBe(action);
    for (const other of ["constructor", "toString", "__proto__", ""]) expect(actionOf(other)).toBe("reframe");
  });
});

describe("ReportView", () => {
  it("nests a claim inside another and keeps every character of the text, escaped", async () => {
    const outer = claim("c1", "95,000 followers on Instagram", "reframe");
    const inner = claim("c2", "95,000 followers", "keep");
    const html = await render(report([outer, inner]));
    expect(html).toContain(
      `<mark id="mark-c1" class="claim claim--reframe" data-claim-id="c1" data-action="reframe"><mark id="mark-c2" class="claim claim--keep" data-claim-id="c2" data-action="keep">95,000 followers<a`,
    );
    expect(html).toContain(escapeHtml("Top 50 <Influencer> with "));
    expect(html).not.toContain("<Influencer>");
    expect(html).toContain(escapeHtml("Reason for c1 <b>"));
    expect(html).toContain(escapeHtml("A <headline>"));
  });

  it("lists a crossing or out-of-range claim without marking it, and without a link into the text", async () => {
    const kept = claim("c1", "95,000 followers", "keep");
    const crossing = claim("c2", "followers on Instagram & a Klout", "remove");
    const outside = claim("c3", "", "remove", { start: TEXT.length - 2, end: TEXT.length + 10 });
    const html = await render(report([kept, crossing, outside]));
    expect([...html.matchAll(/<mark /g)]).toHaveLength(1);
    for (const id of ["c1", "c2", "c3"]) expect(html).toContain(`<li id="claim-${id}"`);
    expect(html).toContain(`href="#mark-c1"`);
    expect(html).not.toContain(`href="#mark-c2"`);
    expect(html).not.toContain(`href="#mark-c3"`);
  });

  it("labels each action with a word and a symbol, not colour alone", async () => {
    const actions = ["keep", "strengthen", "reframe", "remove"] as const;
    const phrases = ["Top 50", "95,000 followers", "Instagram", "Klout score of 80"];
    const html = await render(report(actions.map((action, index) => claim(`c${index + 1}`, phrases[index]!, action))));
    for (const [index, action] of actions.entries()) {
      const word = action[0]!.toUpperCase() + action.slice(1);
      expect(html).toMatch(new RegExp(`data-claim-link="c${index + 1}"[^>]*><span aria-hidden="true">[^<]+</span> ${word}</a>`));
    }
  });
});
