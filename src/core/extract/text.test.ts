// classifyText slices and tests only the lines that can match a Markdown pattern, and tries
// the HTML patterns only on text that starts with a tag. These tests hold it to the version
// it replaced (below, as it was: every pattern on every line), on random documents and on
// the inputs where a shortcut could go wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { classifyText, markdownToText, startsLikeHtmlPage, withoutClosingHashes, type TextFlavour } from "./text.ts";

const PIECES = [
  "Summary", "word", "Led a team of 12", "# ", "#", "## Heading", "####### seven", "#\t", "=", "===", "-", "---", "- ", "-- ", "- item", "=-",
  "*", "**", "**bold**", "__", "__u__", "_x_", "@jane_doe", "** x**", "**x **", "`", "```", "```js", "~~~", "|", "| a | b |", "|---|",
  ">", "> ", ">quote", "[", "]", "(", ")", "[x](http://a.b)", "[a b](c d)", "](", "![alt](i.png)", "<", "<p>", "</p>", "<div>", "<br>",
  "<a href=x>", "<html>", "<HTML>", "<!doctype html>", "<!-- c -->", "<head>", "<body>", "<span>", " ", "  ", "\t", "\r", "\u00a0",
  "\u2028", "\ufeff", "\u3000", "\u00e9", "\u65e5", "\ud83d\ude00",
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 6 }).map((parts) => parts.join(""));
const document = fc
  .tuple(fc.array(line, { maxLength: 40 }), fc.constantFrom("\n", "\r\n", "\n\n"))
  .map(([lines, separator]) => lines.join(separator));

describe("classifyText against the every-line version", () => {
  it("gives the same flavour on random documents (property)", () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(classifyText(text)).toBe(referenceClassify(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("tries the HTML patterns after exactly the whitespace trimStart removes", () => {
    for (let unit = 0; unit < 0x10000; unit++) {
      const text = `${String.fromCharCode(unit)}<p>a</p><p>b</p><div>c</div>`;
      if (classifyText(text) !== referenceClassify(text)) expect(unit.toString(16)).toBe("a unit where both agree");
    }
  });

  it.each([
    ["list items are no underline", "Summary\n- one\n- two\n**a** and **b** and **c**"],
    ["an underline with trailing spaces", "Title\n===  \nText with [a](b)"],
    ["an underline with a non-ASCII space after it", "Title\n---\u00a0\nText with [a](b)"],
    ["an underline ending in CR", "Title\r\n---\r\nText with [a](b)"],
    ["a hash heading needs a space", "#Title\n##\tTitle\n[a](b)"],
    ["seven hashes are no heading", "####### Title\n[a](b)"],
    ["signals past the sample are not read", `${"x\n".repeat(10_000)}# A\n**b**\n**c**`],
    ["a line cut by the sample end", `${"x".repeat(19_995)}\n# Ab\n`],
    ["three links on one line count once", "[a](b) [c](d) [e](f)\nplain"],
    ["a bold needle spanning no line feed", "*\n*x**\n**y*"],
    ["HTML after a comment", "  <!-- note --> <html><body>Hi</body></html>"],
    ["three tags in the first 4,096 characters", `<p>a</p><p>b</p>${"x".repeat(5000)}`],
    ["tags past the first 4,096 characters", `<p>${"x".repeat(5000)}</p><p>b</p>`],
    ["a text that is one long line", "word ".repeat(30_000)],
  ])("%s", (_name, text) => {
    expect(classifyText(text)).toBe(referenceClassify(text));
  });
});

// The version classifyText replaced, kept as the reference.
const HTML_START = /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;
// Attributes and URLs stop at the character that opens the next candidate, as in text.ts.
const HTML_TAG_PATTERN = String.raw`<\/?(p|div|br|li|ul|ol|table|tr|td|h[1-6]|span|section|article|strong|em|a)\b[^<>]*>`;

function referenceClassify(text: string): TextFlavour {
  const head = text.slice(0, 4096);
  if (HTML_START.test(head)) return "html";
  const tagCount = [...head.matchAll(new RegExp(HTML_TAG_PATTERN, "gi"))].length;
  if (head.trimStart().startsWith("<") && tagCount >= 3) return "html";

  const lines = text.slice(0, 20000).split("\n");
  let headings = 0;
  let signals = 0;
  for (const line of lines) {
    if (/^#{1,6}\s+\S/.test(line) || /^(=+|-+)\s*$/.test(line)) headings++;
    if (/\[[^\][\n]+\]\([^()[\]\s]+\)/.test(line)) signals++;
    if (/(\*\*|__)\S[^*\n]*\S?(\*\*|__)/.test(line)) signals++;
    if (/^\s*```/.test(line)) signals++;
    if (/^\s*\|.*\|\s*$/.test(line)) signals++;
    if (/^\s*>\s/.test(line)) signals++;
  }
  if (headings > 0 && headings + signals >= 2) return "markdown";
  if (signals >= 3) return "markdown";
  return "text";
}

describe("Markdown in linear time", () => {
  // Each input made the old patterns backtrack quadratically or worse (200 KB of spaces took
  // 40 s); read linearly it takes milliseconds, so a second is a margin no loaded machine
  // comes near, and a return of the old cost cannot pass.
  it.each([
    ["a line of spaces", " ".repeat(200_000) + "x"],
    ["a line of tabs", "\t".repeat(200_000) + "x"],
    ["spaces between pipes", "|" + " ".repeat(100_000) + "x"],
    ["a run of comments", "<!---->".repeat(600) + "x"],
  ])("%s is read in well under a second", (_name, text) => {
    const started = performance.now();
    markdownToText(text);
    classifyText(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("strips closing hashes as `\\s+#+\\s*$` did", () => {
    for (const line of ["Title ##", "Title ## ", "Title#", "#", "Title # #", "a \u00a0#\t", "   ###", "no hashes  "]) {
      expect(withoutClosingHashes(line)).toBe(line.replace(/\s+#+\s*$/, ""));
    }
  });

  it("reads an HTML page after comments as the comment pattern did", () => {
    for (const head of ["<!-- a --> <html>", "<!-- a --> x --> <html>", "  <!---->\n<!doctype html>", "<!--> <html>", "<!-- open <html>", "x <html>"]) {
      expect(startsLikeHtmlPage(head)).toBe(/^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head));
    }
  });
});
