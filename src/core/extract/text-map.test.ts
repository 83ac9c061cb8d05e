import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize.ts";
import { alignSkeletons, TextMap } from "./text-map.ts";

/** The source characters a located stretch covers, joined across pieces. */
function sourceText(pieces: readonly string[], map: TextMap, start: number, end: number): string | null {
  const range = map.locate(start, end);
  if (range === null) return null;
  let text = "";
  for (let piece = range.start.piece; piece <= range.end.piece; piece++) {
    const from = piece === range.start.piece ? range.start.offset : 0;
    const to = piece === range.end.piece ? range.end.offset : pieces[piece]!.length;
    text += pieces[piece]!.slice(from, to);
  }
  return text;
}

function spanOf(text: string, needle: string, from = 0): [number, number] {
  const start = text.indexOf(needle, from);
  expect(start).toBeGreaterThanOrEqual(0);
  return [start, start + needle.length];
}

describe("TextMap", () => {
  it("places a stretch across pieces, whatever the whitespace between them", () => {
    const pieces = ["Built a Discord server of ", "12,000", " members"];
    const text = "Built a Discord server of 12,000 members";
    const map = new TextMap(text, pieces);
    expect(map.coverage).toBe(1);
    expect(map.locate(...spanOf(text, "12,000 members"))).toEqual({ start: { piece: 1, offset: 0 }, end: { piece: 2, offset: 8 } });
    expect(sourceText(pieces, map, ...spanOf(text, "server of 12"))).toBe("server of 12");
  });

  it("places the second of two equal stretches at the second, by position, not by search", () => {
    const pieces = ["Summary: Klout score of 64.", "Awards: Klout score of 64."];
    const text = "Summary: Klout score of 64.\n\nAwards: Klout score of 64.";
    const map = new TextMap(text, pieces);
    const second = spanOf(text, "Klout score of 64", 20);
    expect(map.locate(...second)).toEqual({ start: { piece: 1, offset: 8 }, end: { piece: 1, offset: 25 } });
    expect(map.locate(...spanOf(text, "Klout score of 64"))).toEqual({ start: { piece: 0, offset: 9 }, end: { piece: 0, offset: 26 } });
  });

  it("follows normalisation: a hyphenated word joined, a ligature folded, invisible characters removed", () => {
    const pieces = ["Led the develop-", "ment of a \ufb01ve-city tour; 8\u200b200 followers"];
    const text = normalizeText(pieces.join("\n")).text;
    expect(text).toContain("development");
    const map = new TextMap(text, pieces);
    expect(sourceText(pieces, map, ...spanOf(text, "development"))).toBe("develop-ment");
    expect(sourceText(pieces, map, ...spanOf(text, "five-city"))).toBe("\ufb01ve-city");
    expect(sourceText(pieces, map, ...spanOf(text, "8200 followers"))).toBe("8\u200b200 followers");
  });

  it("skips what the text has and the source lacks (a footnote mammoth moved, a list number), and the reverse", () => {
    const pieces = ["Ran a meetup of 300 members.", "Hidden drawing text that the extractor never read.", "Klout 70 in 2013."];
    const text = "1. Ran a meetup of 300 members.\n[1]\nKlout 70 in 2013.\nFootnote: something only the text has, quite long indeed, longer than the window.";
    const map = new TextMap(text, pieces);
    expect(sourceText(pieces, map, ...spanOf(text, "300 members"))).toBe("300 members");
    expect(sourceText(pieces, map, ...spanOf(text, "Klout 70"))).toBe("Klout 70");
    expect(map.locate(...spanOf(text, "only the text has"))).toBeNull();
  });

  it("offsets a page's map by where the page starts in the document", () => {
    const page = "Klout 70";
    const map = new TextMap(page, ["Klout 70"], 100);
    expect(map.locate(100, 108)).toEqual({ start: { piece: 0, offset: 0 }, end: { piece: 0, offset: 8 } });
    expect(map.locate(0, 8)).toBeNull();
  });

  it("refuses a stretch whose characters lie far apart in the source", () => {
    const filler = "x".repeat(200);
    const pieces = ["Klout", filler, "score 70"];
    // The text lacks the filler: "Klout score" is one stretch in it, two far-apart ones in the source.
    const map = new TextMap("Klout score 70", pieces);
    expect(map.locate(0, 14)).toBeNull();
    expect(map.locate(6, 14)).not.toBeNull();
  });

  it("stays within its work budget on sides that share nothing", () => {
    const text = "ab".repeat(50_000);
    const source = "cd".repeat(50_000);
    const started = performance.now();
    const map = alignSkeletons(text, source);
    expect(map.every((unit) => unit === -1)).toBe(true);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it("maps only forwards", () => {
    const map = alignSkeletons("abcxyzdef", "abcdefxyz");
    let previous = -1;
    for (const unit of map) {
      if (unit < 0) continue;
      expect(unit).toBeGreaterThan(previous);
      previous = unit;
    }
  });
});
