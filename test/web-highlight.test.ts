import { describe, expect, it } from "vitest";
import { highlightClaims, type Piece, type SpannedClaim } from "../src/http/web/highlight.ts";

function claim(id: string, start: number, end: number): SpannedClaim {
  return { id, span: { start, end } };
}

/** The text the pieces stand for, so no character is lost or repeated. */
function flatten(pieces: Piece<SpannedClaim>[]): string {
  return pieces.map((piece) => (piece.kind === "text" ? piece.text : flatten(piece.children))).join("");
}

function marks(pieces: Piece<SpannedClaim>[], depth = 0): string[] {
  return pieces.flatMap((piece) => (piece.kind === "mark" ? [`${depth}:${piece.claim.id}`, ...marks(piece.children, depth + 1)] : []));
}

const TEXT = "Klout score: 75 and 95,000 followers on Instagram.";

describe("highlightClaims", () => {
  it("marks disjoint spans in document order, whatever order they arrive in", () => {
    const result = highlightClaims(TEXT, [claim("c2", 20, 49), claim("c1", 0, 15)]);
    expect(marks(result.pieces)).toEqual(["0:c1", "0:c2"]);
    expect(flatten(result.pieces)).toBe(TEXT);
    const first = result.pieces[0];
    expect(first?.kind === "mark" && flatten(first.children)).toBe("Klout score: 75");
    expect(result.skipped).toEqual([]);
  });

  it("nests a span that sits wholly inside another", () => {
    const result = highlightClaims(TEXT, [claim("outer", 20, 49), claim("inner", 20, 26)]);
    expect(marks(result.pieces)).toEqual(["0:outer", "1:inner"]);
    expect(flatten(result.pieces)).toBe(TEXT);
  });

  it("leaves out a span that crosses another's edge, and reports it", () => {
    const result = highlightClaims(TEXT, [claim("a", 0, 15), claim("b", 10, 30)]);
    expect(marks(result.pieces)).toEqual(["0:a"]);
    expect(result.skipped.map((item) => item.id)).toEqual(["b"]);
    expect(flatten(result.pieces)).toBe(TEXT);
  });

  it("leaves out spans outside the text or empty", () => {
    const result = highlightClaims(TEXT, [claim("past", 40, TEXT.length + 5), claim("empty", 3, 3), claim("negative", -1, 4)]);
    expect(marks(result.pieces)).toEqual([]);
    expect(result.skipped.map((item) => item.id).sort()).toEqual(["empty", "negative", "past"]);
    expect(flatten(result.pieces)).toBe(TEXT);
  });

  it("gives one text piece for a text without claims, and none for an empty text", () => {
    expect(highlightClaims(TEXT, []).pieces).toEqual([{ kind: "text", text: TEXT }]);
    expect(highlightClaims("", []).pieces).toEqual([]);
  });
});
