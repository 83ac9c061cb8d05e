import { describe, expect, it } from "vitest";
import { detectClaims } from "./index.ts";
import { readMisdecodedSpaces, readWrappedLines } from "./wrapped-lines.ts";

function claimsIn(text: string) {
  return detectClaims({ text, pages: [], hiddenSpans: [] });
}

describe("readWrappedLines", () => {
  it("reads a break inside a sentence as a space, keeping every offset", () => {
    const text = "achieved an average engagement rate of\n12.2%. Grew the\nlist";
    const read = readWrappedLines(text);
    expect(read).toBe("achieved an average engagement rate of 12.2%. Grew the list");
    expect(read.length).toBe(text.length);
  });

  it("keeps the breaks of lists, tables, headings and blank lines", () => {
    for (const text of [
      "Followers\n12,000",
      "• Grew the page\n• reached 4,000 fans",
      "Instagram | 148K\nTikTok | 392K",
      "EXPERIENCE\nManaged the account",
      "Grew the following.\nreached 4,000",
      "rate of\n\n12.2%",
    ]) {
      expect(readWrappedLines(text)).toBe(text);
    }
  });

  it("returns the very string when nothing wraps", () => {
    const text = "Followers\n12,000";
    expect(readWrappedLines(text)).toBe(text);
  });
});

describe("claims across a wrapped line", () => {
  it("finds a rate whose figure the layout put on the next line, quoting the text as written", () => {
    const text = "and achieved an average engagement rate of\n12.2%.";
    const [claim] = claimsIn(text);
    expect(claim).toMatchObject({ kind: "engagement", value: 12.2, text: "average engagement rate of\n12.2%" });
    expect(text.slice(claim!.span.start, claim!.span.end)).toBe(claim!.text);
  });

  it("finds a rate whose words the layout split", () => {
    expect(claimsIn("achieved an engagement\nrate of 7.5% on Instagram")).toMatchObject([{ kind: "engagement", platform: "instagram", value: 7.5 }]);
  });

  it("does not read a list of figures under a label as one sentence", () => {
    expect(claimsIn("Budget\n12,000")).toEqual([]);
  });
});

describe("readMisdecodedSpaces", () => {
  it("reads an 'Â' before a space as a space, keeping every offset", () => {
    const text = "86K followers onÂ Instagram;Â 12,000Â\u00a0subscribers";
    const read = readMisdecodedSpaces(text);
    expect(read).toBe("86K followers on  Instagram;  12,000 \u00a0subscribers");
    expect(read.length).toBe(text.length);
  });

  it("keeps an 'Â' that is a letter of its word", () => {
    expect(readMisdecodedSpaces("ÂNGULO Â")).toBe("ÂNGULO Â");
  });
});
