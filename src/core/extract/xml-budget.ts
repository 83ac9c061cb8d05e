// A Word document's XML parts, read once before mammoth builds a DOM of them: every element
// and text node is counted against a budget, and the markup is checked to be closed and
// nested. mammoth (through @xmldom/xmldom) holds about 1.3 KB per node while it converts and
// re-indexes children as it appends them, so a 17 KB file of 300,000 tiny runs reached
// 1.5 GB; here it costs one pass over the characters and a 422.
//
// The check that every comment, CDATA section and processing instruction ends, that no "<"
// stands inside a tag and that elements close in order is what keeps the part-reading
// patterns of hidden-text.ts and docx-parts.ts linear: each of their scans ends at its own
// tag or its own closing element, which well-formed XML always has.
import { AuditError } from "../errors.ts";

export interface XmlBudget {
  /** Elements and text nodes still allowed, across every part counted with this budget. */
  remainingNodes: number;
  readonly maxNodes: number;
  /** Characters of text still allowed (markup excluded). */
  remainingText: number;
  readonly maxText: number;
}

export function xmlBudget(maxNodes: number, maxText: number): XmlBudget {
  return { remainingNodes: maxNodes, maxNodes, remainingText: maxText, maxText };
}

/** Deeper than any Word document nests; mammoth reads children recursively. */
export const MAX_XML_DEPTH = 256;

const LESS_THAN = 0x3c;
const GREATER_THAN = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

function malformed(what: string): AuditError {
  return new AuditError("corrupt_document", `A part of the Word document is not well-formed XML: ${what}.`);
}

function spendNodes(budget: XmlBudget, nodes: number): void {
  budget.remainingNodes -= nodes;
  if (budget.remainingNodes < 0) {
    throw new AuditError("limits_exceeded", `The Word document holds more than ${budget.maxNodes} XML elements and text nodes (MAX_XML_NODES).`);
  }
}

function spendText(budget: XmlBudget, characters: number): void {
  budget.remainingText -= characters;
  if (budget.remainingText < 0) {
    throw new AuditError("limits_exceeded", `The Word document holds more than ${budget.maxText} characters of raw text (MAX_CHARACTERS).`);
  }
}

/** Where a section that ends with `terminator` ends, past it; a section never closed is malformed. */
function skipPast(xml: string, from: number, terminator: string, what: string): number {
  const end = xml.indexOf(terminator, from);
  if (end === -1) throw malformed(`${what} is never closed`);
  return end + terminator.length;
}

function isNameCharacter(code: number): boolean {
  return code > 0x7f || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x3a || code === 0x5f || code === 0x2d || code === 0x2e;
}

/**
 * Reads one tag from its "<" (not "</"): its name, where it ends and whether it closes
 * itself. Quoted attribute values may hold ">", never "<".
 */
function readStartTag(xml: string, at: number): { name: string; end: number; selfClosing: boolean } {
  let cursor = at + 1;
  while (cursor < xml.length && isNameCharacter(xml.charCodeAt(cursor))) cursor++;
  if (cursor === at + 1) throw malformed("a '<' opens no tag");
  const name = xml.slice(at + 1, cursor);
  let quote = 0;
  for (; cursor < xml.length; cursor++) {
    const code = xml.charCodeAt(cursor);
    if (quote !== 0) {
      if (code === quote) quote = 0;
      else if (code === LESS_THAN) throw malformed("a '<' inside an attribute value");
    } else if (code === QUOTE || code === APOSTROPHE) quote = code;
    else if (code === LESS_THAN) throw malformed("a '<' inside a tag");
    else if (code === GREATER_THAN) return { name, end: cursor + 1, selfClosing: xml.charCodeAt(cursor - 1) === SLASH };
  }
  throw malformed("a tag is never closed");
}

/**
 * Counts one part's nodes and text against `budget` and checks its markup, in one pass:
 * each character is read once, whatever the part holds.
 */
export function countXmlNodes(xml: string, budget: XmlBudget): void {
  const open: string[] = [];
  let nodes = 0;
  let text = 0;
  let cursor = 0;
  while (cursor < xml.length) {
    const tag = xml.indexOf("<", cursor);
    const textEnd = tag === -1 ? xml.length : tag;
    if (textEnd > cursor) {
      // Text before the root element or after it is whitespace in any real part; it is counted all the same.
      nodes++;
      text += textEnd - cursor;
    }
    if (tag === -1) break;
    if (xml.startsWith("<!--", tag)) {
      cursor = skipPast(xml, tag + 4, "-->", "a comment");
      nodes++;
    } else if (xml.startsWith("<![CDATA[", tag)) {
      const end = skipPast(xml, tag + 9, "]]>", "a CDATA section");
      nodes++;
      text += end - tag - 12;
      cursor = end;
    } else if (xml.startsWith("<?", tag)) {
      cursor = skipPast(xml, tag + 2, "?>", "a processing instruction");
    } else if (xml.startsWith("<!", tag)) {
      // The ZIP guard refuses DTDs as the part inflates; anything else starting "<!" is no XML.
      throw malformed("a declaration inside a part");
    } else if (xml.charCodeAt(tag + 1) === SLASH) {
      const end = xml.indexOf(">", tag);
      if (end === -1) throw malformed("an end tag is never closed");
      const name = xml.slice(tag + 2, end).trimEnd();
      if (open.pop() !== name) throw malformed("elements do not close in the order they open");
      cursor = end + 1;
    } else {
      const start = readStartTag(xml, tag);
      nodes++;
      if (!start.selfClosing) {
        if (open.length >= MAX_XML_DEPTH) throw new AuditError("limits_exceeded", `A part of the Word document nests elements more than ${MAX_XML_DEPTH} deep.`);
        open.push(start.name);
      }
      cursor = start.end;
    }
    // Spent as the pass goes, so a part far over the budget is refused without reading it all.
    if (nodes >= 1024) {
      spendNodes(budget, nodes);
      nodes = 0;
    }
    if (text >= 65_536) {
      spendText(budget, text);
      text = 0;
    }
  }
  spendNodes(budget, nodes);
  spendText(budget, text);
  if (open.length > 0) throw malformed("an element is never closed");
}
