// HTML to text with a small tokenizer rather than a chain of regular expressions: a regex
// chain cannot tell a "<" inside a script from a tag, nor drop a <style> without eating
// the text after it. The tokenizer walks the markup once, skips what a reader never sees
// (head, script, style, template, comments), and turns the layout into line structure:
// blocks and <br> end lines, list items become lines, table cells are separated by tabs.

const SKIPPED_ELEMENTS = new Set(["script", "style", "head", "template", "noscript", "svg", "math", "object", "iframe", "title"]);

const BLOCK_ELEMENTS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
  "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead",
  "tr", "ul", "menu", "option", "select", "textarea",
]);

const NAMED_ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  shy: "\u00ad", zwnj: "\u200c", zwj: "\u200d", lrm: "\u200e", rlm: "\u200f", ndash: "\u2013", mdash: "\u2014",
  lsquo: "\u2018", rsquo: "\u2019", sbquo: "\u201a", ldquo: "\u201c", rdquo: "\u201d", bdquo: "\u201e", bull: "\u2022",
  hellip: "\u2026", middot: "\u00b7", copy: "\u00a9", reg: "\u00ae", trade: "\u2122", deg: "\u00b0", plusmn: "\u00b1",
  times: "\u00d7", divide: "\u00f7", euro: "\u20ac", pound: "\u00a3", yen: "\u00a5", cent: "\u00a2", sect: "\u00a7",
  para: "\u00b6", laquo: "\u00ab", raquo: "\u00bb", iexcl: "\u00a1", iquest: "\u00bf", frac12: "\u00bd", frac14: "\u00bc",
  frac34: "\u00be", sup2: "\u00b2", sup3: "\u00b3", micro: "\u00b5", larr: "\u2190", rarr: "\u2192", uarr: "\u2191",
  darr: "\u2193", harr: "\u2194", check: "\u2713", star: "\u2606", hearts: "\u2665", prime: "\u2032", Prime: "\u2033",
  agrave: "\u00e0", aacute: "\u00e1", acirc: "\u00e2", atilde: "\u00e3", auml: "\u00e4", aring: "\u00e5", aelig: "\u00e6",
  ccedil: "\u00e7", egrave: "\u00e8", eacute: "\u00e9", ecirc: "\u00ea", euml: "\u00eb", igrave: "\u00ec", iacute: "\u00ed",
  icirc: "\u00ee", iuml: "\u00ef", ntilde: "\u00f1", ograve: "\u00f2", oacute: "\u00f3", ocirc: "\u00f4", otilde: "\u00f5",
  ouml: "\u00f6", oslash: "\u00f8", ugrave: "\u00f9", uacute: "\u00fa", ucirc: "\u00fb", uuml: "\u00fc", yacute: "\u00fd",
  yuml: "\u00ff", szlig: "\u00df", Agrave: "\u00c0", Aacute: "\u00c1", Acirc: "\u00c2", Atilde: "\u00c3", Auml: "\u00c4",
  Aring: "\u00c5", AElig: "\u00c6", Ccedil: "\u00c7", Egrave: "\u00c8", Eacute: "\u00c9", Ecirc: "\u00ca", Euml: "\u00cb",
  Igrave: "\u00cc", Iacute: "\u00cd", Icirc: "\u00ce", Iuml: "\u00cf", Ntilde: "\u00d1", Ograve: "\u00d2", Oacute: "\u00d3",
  Ocirc: "\u00d4", Otilde: "\u00d5", Ouml: "\u00d6", Oslash: "\u00d8", Ugrave: "\u00d9", Uacute: "\u00da", Ucirc: "\u00db",
  Uuml: "\u00dc", Yacute: "\u00dd", oelig: "\u0153", OElig: "\u0152", scaron: "\u0161", Scaron: "\u0160",
};

// Numeric references that the HTML standard maps to Windows-1252 punctuation or replaces.
function decodeCodePoint(value: number): string {
  if (!Number.isFinite(value) || value === 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return "\ufffd";
  return String.fromCodePoint(value);
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[a-zA-Z][a-zA-Z0-9]{1,31});?/g, (whole, body: string) => {
    if (body.startsWith("#x") || body.startsWith("#X")) return decodeCodePoint(Number.parseInt(body.slice(2), 16));
    if (body.startsWith("#")) return decodeCodePoint(Number.parseInt(body.slice(1), 10));
    // Own keys only: "&constructor;" is no entity, whatever Object.prototype holds.
    return Object.hasOwn(NAMED_ENTITIES, body) ? NAMED_ENTITIES[body]! : whole;
  });
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  end: number;
}

/** Reads the tag that starts at `start` ("<"), honouring quoted attribute values that may hold ">". */
function readTag(html: string, start: number): Tag | null {
  let cursor = start + 1;
  const closing = html[cursor] === "/";
  if (closing) cursor++;
  const nameStart = cursor;
  while (cursor < html.length && /[A-Za-z0-9:-]/.test(html[cursor]!)) cursor++;
  if (cursor === nameStart) return null;
  const name = html.slice(nameStart, cursor).toLowerCase();
  let quote: string | null = null;
  while (cursor < html.length) {
    const character = html[cursor]!;
    if (quote) {
      if (character === quote) quote = null;
    } else if (character === '"' || character === "'") {
      quote = character;
    } else if (character === ">") {
      return { name, closing, selfClosing: html[cursor - 1] === "/", end: cursor + 1 };
    }
    cursor++;
  }
  return { name, closing, selfClosing: false, end: html.length };
}

export function htmlToText(html: string): string {
  const parts: string[] = [];
  let preDepth = 0;
  let cursor = 0;
  // Cells of the current row: a tab goes before every cell but the first.
  let cellsInRow = 0;
  let cellDepth = 0;

  // Blocks end lines; nested blocks (a <p> in an <li> in a <td>) end only one.
  const lineBreak = () => {
    const last = parts[parts.length - 1];
    // Inside a cell, paragraphs stay on the row's line so that cells stay side by side.
    if (cellDepth > 0) {
      parts.push(" ");
      return;
    }
    if (last !== "\n" || preDepth > 0) parts.push("\n");
  };
  const appendText = (raw: string) => {
    const decoded = decodeEntities(raw);
    parts.push(preDepth > 0 ? decoded : decoded.replace(/[ \t\r\n\f]+/g, " "));
  };

  while (cursor < html.length) {
    const next = html.indexOf("<", cursor);
    if (next < 0) {
      appendText(html.slice(cursor));
      break;
    }
    if (next > cursor) appendText(html.slice(cursor, next));

    if (html.startsWith("<!--", next)) {
      const close = html.indexOf("-->", next + 4);
      cursor = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html.startsWith("<![CDATA[", next)) {
      const close = html.indexOf("]]>", next + 9);
      appendText(html.slice(next + 9, close < 0 ? html.length : close));
      cursor = close < 0 ? html.length : close + 3;
      continue;
    }
    if (html[next + 1] === "!" || html[next + 1] === "?") {
      const close = html.indexOf(">", next);
      cursor = close < 0 ? html.length : close + 1;
      continue;
    }

    const tag = readTag(html, next);
    if (!tag) {
      // A "<" that starts no tag ("5 < 7") is text.
      appendText("<");
      cursor = next + 1;
      continue;
    }
    cursor = tag.end;

    if (!tag.closing && !tag.selfClosing && SKIPPED_ELEMENTS.has(tag.name)) {
      // Raw-text elements end at their own closing tag, whatever lies between.
      const closePattern = new RegExp(`</${tag.name}\\s*>`, "i");
      const rest = html.slice(cursor);
      const match = closePattern.exec(rest);
      cursor = match ? cursor + match.index + match[0].length : html.length;
      continue;
    }

    switch (tag.name) {
      case "br":
        parts.push("\n");
        break;
      case "pre":
        lineBreak();
        preDepth = Math.max(0, preDepth + (tag.closing ? -1 : 1));
        break;
      case "tr":
        cellDepth = 0;
        lineBreak();
        cellsInRow = 0;
        break;
      case "table":
        cellDepth = 0;
        lineBreak();
        break;
      case "td":
      case "th":
        if (tag.closing) {
          cellDepth = Math.max(0, cellDepth - 1);
        } else {
          if (cellsInRow > 0) parts.push("\t");
          cellsInRow++;
          cellDepth++;
        }
        break;
      default:
        if (BLOCK_ELEMENTS.has(tag.name)) lineBreak();
    }
  }

  // Each line is trimmed of the spaces that markup indentation left at its edges.
  return parts
    .join("")
    .split("\n")
    .map(trimSpaces)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
}

/** Spaces (only U+0020) off both ends, read once from each end; a trailing-space pattern retried at every space of a long run is quadratic. */
function trimSpaces(line: string): string {
  let start = 0;
  let end = line.length;
  while (start < end && line.charCodeAt(start) === 0x20) start++;
  while (end > start && line.charCodeAt(end - 1) === 0x20) end--;
  return start === 0 && end === line.length ? line : line.slice(start, end);
}
