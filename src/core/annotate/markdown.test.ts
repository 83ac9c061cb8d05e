import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { annotateDocument } from "./index.ts";
import { annotateText } from "./markdown.ts";
import type { Claim, Report } from "../types.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/${name}`, import.meta.url)));
const OPTIONS = { id: "markdown-test", role: "Recruiter", currentYear: 2026 };

/** The Markdown body back to the text it was written from: markers, references and escapes taken out. */
function unmarked(markdown: string): string {
  const body = markdown
    .split("\n")
    .filter((line) => !line.startsWith(">") && !/^\[\^[^\]]+\]: /.test(line))
    .join("\n")
    .trim();
  return body
    .replace(/\[\^[A-Za-z0-9_-]+\]/g, "")
    .replace(/\*\*/g, "")
    .replace(/ {2}$/gm, "")
    .replace(/&amp;(?=#?[A-Za-z0-9]+;)/g, "&")
    .replace(/\\(.)/g, "$1");
}

function report(text: string, claims: Array<Pick<Claim, "id" | "span" | "text">>): Report {
  return {
    id: "r",
    engine: { version: "0", llm: "off" },
    document: { format: "text", type: "resume", typeSource: "detected", pages: null, characters: text.length, words: 0, language: "en", warnings: [] },
    role: { input: null, family: null, relevance: "unknown", source: "none", evidence: [] },
    claims: claims.map((claim) => ({
      ...claim,
      kind: "audience",
      platform: null,
      metric: "followers",
      value: null,
      unit: "count",
      approximate: false,
      page: null,
      section: null,
      subject: "self",
      asOf: null,
      evidence: { handle: null, url: null },
      confidence: 1,
      flags: [],
      advice: { action: "remove", reason: `Why ${claim.id}.`, suggestion: `Instead ${claim.id}.`, rule: "test" },
    })),
    summary: { verdict: "partly_suits", score: 50, headline: "Headline.", advice: [] },
  } as Report;
}

describe("the Markdown copy", () => {
  it.each(["social-media-manager.md", "social-media-manager.html", "texts/social-media-manager.txt", "unicode-resume.utf16le.txt"])(
    "%s: every claim in bold with its footnote, and the text as it was read",
    async (name) => {
      const result = await annotateDocument({ kind: "bytes", bytes: fixture(name), fileName: name.split("/").pop()! }, OPTIONS);
      expect(result.extension).toBe("md");
      expect(result.mediaType).toBe("text/markdown; charset=utf-8");
      const markdown = new TextDecoder().decode(result.bytes);
      expect(result.report.claims.length).toBeGreaterThan(0);
      expect(result.marked).toEqual(result.report.claims.map((claim) => claim.id));
      expect(markdown.startsWith("> influence-audit: ")).toBe(true);
      for (const claim of result.report.claims) {
        expect(markdown).toContain(`[^${claim.id}]: ${claim.advice.action[0]!.toUpperCase()}${claim.advice.action.slice(1)}: `);
        expect(markdown.split(`[^${claim.id}]`).length - 1, claim.text).toBe(2);
      }
      const text = (await import("../extract/index.ts")).extractDocument(fixture(name), { fileName: name.split("/").pop()! });
      expect(unmarked(markdown)).toBe((await text).text);
    },
  );

  it("escapes what Markdown would read as markup, so the text reads as written", () => {
    const text = "# Not a heading\n*stars* and _under_ [link](x) <b>tag</b> a|b ~~s~~ &amp; AT&T\n---\nKlout 70";
    const { bytes } = annotateText(text, report(text, [{ id: "c1", span: { start: text.length - 8, end: text.length }, text: "Klout 70" }]));
    const markdown = new TextDecoder().decode(bytes);
    expect(markdown).toContain("\\# Not a heading");
    expect(markdown).toContain("\\*stars\\* and \\_under\\_ \\[link\\](x) \\<b\\>tag\\</b\\> a\\|b \\~\\~s\\~\\~ &amp;amp; AT&T");
    expect(markdown).toContain("\\---");
    expect(markdown).toContain("**Klout 70**[^c1]");
    expect(unmarked(markdown)).toBe(text);
  });

  it("nests a claim inside another and gives each its footnote, bold only once", () => {
    const text = "Reached 12k followers on X in 2020.";
    const outer = { id: "c1", span: { start: 8, end: 26 }, text: "12k followers on X" };
    const inner = { id: "c2", span: { start: 8, end: 21 }, text: "12k followers" };
    const markdown = new TextDecoder().decode(annotateText(text, report(text, [outer, inner])).bytes);
    expect(markdown).toContain("Reached **12k followers[^c2] on X**[^c1] in 2020.");
    expect(unmarked(markdown)).toBe(text);
  });
});
