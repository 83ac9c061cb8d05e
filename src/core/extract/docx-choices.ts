// Word writes drawings, text boxes and shapes twice inside <mc:AlternateContent>: an
// <mc:Choice> for new readers and an <mc:Fallback> for old ones. mammoth keeps only the
// first fallback's children and drops every choice, yet its XML parser still builds a tree
// for each choice first; on résumés laid out with text boxes that is a fifth of the main
// part. Removing the choices from the text beforehand gives mammoth the same document to
// read, provided the removal is exact, so anything unusual is left as it is:
//   - "mc" must be bound once, on the root element, to the markup-compatibility namespace
//     (mammoth recognises the namespace, not the prefix);
//   - no comments or CDATA sections, where "<mc:Choice" might be text;
//   - a choice is removed only as a direct child of <mc:AlternateContent> (after the
//     opening tag or another choice, with only whitespace between) and only when the tags
//     inside it balance, so the parser would have read it as one element.

const MARKUP_COMPATIBILITY = "http://schemas.openxmlformats.org/markup-compatibility/2006";
const CHOICE_OPEN = "<mc:Choice";
const OPENING_PARENT = /^<mc:AlternateContent(?:\s[^<>]*)?>\s*$/;
const CLOSED_SIBLING = /^<\/mc:Choice\s*>\s*$/;

function mcBoundOnRootOnly(xml: string): boolean {
  const declaration = `xmlns:mc="${MARKUP_COMPATIBILITY}"`;
  const first = xml.indexOf("xmlns:mc=");
  if (first === -1 || xml.indexOf("xmlns:mc=", first + 1) !== -1 || !xml.startsWith(declaration, first)) return false;
  // The root element is the first tag that is not the XML declaration or a processing instruction.
  const root = /<[A-Za-z_]/.exec(xml);
  if (root === null) return false;
  const rootEnd = xml.indexOf(">", root.index);
  return first > root.index && first < rootEnd && !xml.slice(root.index, first).includes("<", 1);
}

/**
 * Whether the choice at `at` follows its <mc:AlternateContent> opening tag, or a sibling choice
 * that was itself removed (it ended at or after `removedUpTo`'s tag), with only whitespace between.
 */
function isDirectChildOfAlternateContent(xml: string, at: number, removedUpTo: number): boolean {
  const tagStart = xml.lastIndexOf("<", at - 1);
  if (tagStart === -1) return false;
  const between = xml.slice(tagStart, at);
  return OPENING_PARENT.test(between) || (CLOSED_SIBLING.test(between) && removedUpTo > tagStart);
}

/**
 * Where the <mc:Choice> element opening at `at` ends, when every tag inside it is closed in
 * order; -1 otherwise.
 */
function endOfBalancedElement(xml: string, at: number): number {
  // Created per call: a global pattern carries its position from one search to the next.
  const tag = new RegExp("<(/?)([A-Za-z_][\\w.:-]*)(?:\\s[^<>]*)?/?>|<", "g");
  tag.lastIndex = at;
  const open: string[] = [];
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const name = match[2];
    if (name === undefined) return -1; // a "<" that starts no plain tag: leave it to the parser
    const closing = match[1] === "/";
    const selfClosing = !closing && match[0].endsWith("/>");
    if (closing) {
      if (open.pop() !== name) return -1;
    } else if (!selfClosing) {
      open.push(name);
    }
    if (open.length === 0) return name === "mc:Choice" ? tag.lastIndex : -1;
  }
  return -1;
}

/** The XML with every <mc:Choice> that mammoth would drop removed; the XML itself when in doubt. */
export function withoutAlternateChoices(xml: string): string {
  if (!xml.includes(CHOICE_OPEN)) return xml;
  if (xml.includes("<!--") || xml.includes("<![CDATA[") || !mcBoundOnRootOnly(xml)) return xml;
  const kept: string[] = [];
  let copiedUpTo = 0;
  for (let at = xml.indexOf(CHOICE_OPEN); at !== -1; at = xml.indexOf(CHOICE_OPEN, at + 1)) {
    if (at < copiedUpTo) continue;
    const after = xml[at + CHOICE_OPEN.length];
    if (after !== ">" && after !== "/" && after !== " " && after !== "\t" && after !== "\n" && after !== "\r") continue;
    if (!isDirectChildOfAlternateContent(xml, at, copiedUpTo)) continue;
    const end = endOfBalancedElement(xml, at);
    if (end === -1) continue;
    kept.push(xml.slice(copiedUpTo, at));
    copiedUpTo = end;
  }
  if (copiedUpTo === 0) return xml;
  kept.push(xml.slice(copiedUpTo));
  return kept.join("");
}
