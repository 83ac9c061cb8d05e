// Word comments on a document's claims. Each comment is anchored on the claim's own
// characters (commentRangeStart, commentRangeEnd, then a run with the commentReference), found
// through the text map rather than by searching the text, so a claim written twice is marked
// where it was read. Where a claim starts or ends inside a run, the run is split there into two
// with the same properties, which changes nothing a reader sees. The comments go into the
// document's comments part (made, or added to), which the main part's relationships and the
// package's content types are told about. Every other part of the archive is copied as it was.
import { AuditError } from "../errors.ts";
import type { DocxReadPart } from "../extract/docx.ts";
import { percentDecoded, relationshipsPartOf, resolveTarget } from "../extract/docx-parts.ts";
import { xmlOffsetOf, type DocxRun, type DocxTextElement } from "../extract/docx-runs.ts";
import type { DocxSource } from "../extract/positions.ts";
import type { SourceRange } from "../extract/text-map.ts";
import type { ZipEntry } from "../extract/zip.ts";
import type { Claim, Report } from "../types.ts";
import { claimNote, documentNote, NOTE_AUTHOR, NOTE_INITIALS } from "./notes.ts";
import { rewriteZip } from "./zip-write.ts";

const CONTENT_TYPES = "[Content_Types].xml";
const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
const RELATIONSHIPS_CONTENT_TYPE = "application/vnd.openxmlformats-package.relationships+xml";
const PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TRANSITIONAL_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const STRICT_MAIN = "http://purl.oclc.org/ooxml/wordprocessingml/main";
const COMMENTS_RELATIONSHIP = {
  transitional: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments",
  strict: "http://purl.oclc.org/ooxml/officeDocument/relationships/comments",
};
/** Word keeps comment ids in a signed 32-bit number. */
const MAX_COMMENT_ID = 0x7fffffff;
/**
 * Longest run properties copied when a run is split. Real ones are a few hundred characters;
 * a crafted run with megabytes of them, split for each of hundreds of claims, would multiply
 * the part. Such a run is not split: the comment then covers it whole.
 */
const MAX_COPIED_PROPERTIES = 16 * 1024;

export interface AnnotatedFile {
  bytes: Uint8Array;
  /** Claims with a note at their text, and claims whose note went into the document's note instead. */
  marked: Claim[];
  notMarked: Claim[];
}

/** One insertion into (or replacement of a stretch of) a part's XML. */
interface Edit {
  at: number;
  /** Characters replaced from `at`; 0 for an insertion. */
  remove: number;
  text: string;
  /** At one offset: comment ends before comment starts, both before a replaced tag. */
  rank: number;
  sequence: number;
}

function escapeXml(text: string): string {
  // Characters XML 1.0 does not allow are left out rather than written.
  return text.replace(/[^\t\n\r\x20-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, "").replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

function isBlank(xml: string, from: number, to: number): boolean {
  return from >= to || xml.slice(from, to).trim() === "";
}

const CHANGE_OPEN = "<w:rPrChange";
const CHANGE_CLOSE = "</w:rPrChange>";

/** A run's properties for the copy a split makes: a tracked formatting change (one at most) stays with the original only. */
function copiedProperties(run: DocxRun): string {
  const properties = run.properties;
  const start = properties.indexOf(CHANGE_OPEN);
  if (start < 0) return properties;
  const tagEnd = properties.indexOf(">", start);
  if (tagEnd < 0) return properties;
  let end = tagEnd + 1;
  if (properties[tagEnd - 1] !== "/") {
    const close = properties.indexOf(CHANGE_CLOSE, tagEnd);
    if (close < 0) return properties;
    end = close + CHANGE_CLOSE.length;
  }
  return properties.slice(0, start) + properties.slice(end);
}

/** Where a located claim sits: one part's text elements, and which of them hold its ends. */
interface Anchor {
  part: number;
  start: { element: DocxTextElement; offset: number };
  end: { element: DocxTextElement; offset: number };
}

function anchorOf(source: DocxSource, range: SourceRange | null): Anchor | null {
  if (range === null) return null;
  const first = source.pieces[range.start.piece];
  const last = source.pieces[range.end.piece];
  if (!first || !last || first.part !== last.part) return null;
  const part = source.docx.parts[first.part]!;
  // Word takes comments in the body only: not in a header or footer.
  if (part.kind !== "body") return null;
  const runs = part.runs.runs;
  // A comment may not run from a text box into the page or another box.
  if (runs[first.element.run]!.story !== runs[last.element.run]!.story) return null;
  if (first.element.open > last.element.open || (first.element === last.element && range.start.offset >= range.end.offset)) return null;
  return { part: first.part, start: { element: first.element, offset: range.start.offset }, end: { element: last.element, offset: range.end.offset } };
}

/** The first stretch of text in the body: where the note on the whole document is anchored. */
function firstBodyAnchor(source: DocxSource): Anchor | null {
  for (const piece of source.pieces) {
    const part = source.docx.parts[piece.part]!;
    if (part.kind !== "body") continue;
    const text = piece.element.text;
    const start = text.search(/\S/);
    if (start < 0) continue;
    const end = text.trimEnd().length;
    return { part: piece.part, start: { element: piece.element, offset: start }, end: { element: piece.element, offset: end } };
  }
  return null;
}

class PartEditor {
  readonly edits: Edit[] = [];
  private readonly preserved = new Set<DocxTextElement>();
  private sequence = 0;

  constructor(private readonly part: DocxReadPart) {}

  private add(at: number, text: string, rank: number, remove = 0): void {
    this.edits.push({ at, remove, text, rank, sequence: this.sequence++ });
  }

  /** Once per element split inside its text: both halves must keep their edge spaces. */
  private preserveSpaces(element: DocxTextElement): void {
    if (this.preserved.has(element)) return;
    this.preserved.add(element);
    const tag = this.part.xml.slice(element.open, element.openEnd);
    const attributes = tag.slice("<w:t".length, -1).replace(/xml:space\s*=\s*(?:"[^"]*"|'[^']*')/, "");
    this.add(element.open, `<w:t xml:space="preserve"${attributes}>`, 2, element.openEnd - element.open);
  }

  private splitInside(element: DocxTextElement, offset: number, markup: string, rank: number): void {
    const run = this.part.runs.runs[element.run]!;
    if (run.properties.length > MAX_COPIED_PROPERTIES) {
      this.add(rank === 1 ? run.start : run.end, markup, rank);
      return;
    }
    this.preserveSpaces(element);
    this.add(xmlOffsetOf(element, offset), `</w:t></w:r>${markup}<w:r>${copiedProperties(run)}<w:t xml:space="preserve">`, rank);
  }

  markStart(anchor: Anchor["start"], markup: string): void {
    const { element, offset } = anchor;
    const run = this.part.runs.runs[element.run]!;
    const xml = this.part.xml;
    if (offset > 0) return this.splitInside(element, offset, markup, 1);
    if (isBlank(xml, run.contentStart, element.open) || run.properties.length > MAX_COPIED_PROPERTIES) this.add(run.start, markup, 1);
    else this.add(element.open, `</w:r>${markup}<w:r>${copiedProperties(run)}`, 1);
  }

  markEnd(anchor: Anchor["end"], markup: string): void {
    const { element, offset } = anchor;
    const run = this.part.runs.runs[element.run]!;
    const xml = this.part.xml;
    if (offset < element.text.length) return this.splitInside(element, offset, markup, 0);
    if (isBlank(xml, element.closeEnd, run.close) || run.properties.length > MAX_COPIED_PROPERTIES) this.add(run.end, markup, 0);
    else this.add(element.closeEnd, `</w:r>${markup}<w:r>${copiedProperties(run)}`, 0);
  }

  /** A comment on no text, at the start of the part's first paragraph: for a document none of whose text can hold one. */
  markPoint(markup: string): boolean {
    const at = this.part.runs.firstParagraphContent;
    if (at < 0) return false;
    this.add(at, markup, 1);
    return true;
  }

  apply(): string {
    const xml = this.part.xml;
    const edits = [...this.edits].sort((left, right) => left.at - right.at || left.rank - right.rank || left.sequence - right.sequence);
    let result = "";
    let cursor = 0;
    for (const edit of edits) {
      if (edit.at < cursor) throw new Error("Overlapping edits of a Word part.");
      result += xml.slice(cursor, edit.at) + edit.text;
      cursor = edit.at + edit.remove;
    }
    return result + xml.slice(cursor);
  }
}

function commentMarkup(id: number): { start: string; end: string } {
  return {
    start: `<w:commentRangeStart w:id="${id}"/>`,
    end: `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`,
  };
}

function commentXml(id: number, paragraphs: readonly string[], declareNamespace: string | null): string {
  const namespace = declareNamespace ? ` xmlns:w="${declareNamespace}"` : "";
  const body = paragraphs.map((paragraph) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(paragraph)}</w:t></w:r></w:p>`).join("");
  return `<w:comment${namespace} w:id="${id}" w:author="${NOTE_AUTHOR}" w:initials="${NOTE_INITIALS}">${body}</w:comment>`;
}

/** The largest w:id in a part, so that new comments take ids no annotation of the document has. */
function largestId(xml: string): number {
  let largest = -1;
  for (const match of xml.matchAll(/\bw:id\s*=\s*["'](-?\d{1,10})["']/g)) largest = Math.max(largest, Number(match[1]));
  return largest;
}

/** Inserts `markup` before the closing tag of the root element named `root` (any prefix). */
function beforeRootClose(xml: string, root: string, markup: string): string {
  const pattern = new RegExp(`</(?:[\\w.-]+:)?${root}\\s*>\\s*$`);
  const match = pattern.exec(xml);
  if (!match) throw new AuditError("corrupt_document", `The Word document's ${root} part is damaged.`);
  return xml.slice(0, match.index) + markup + xml.slice(match.index);
}

function attributeOf(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return match ? (match[1] ?? match[2] ?? null) : null;
}

interface PackageParts {
  get(name: string): { entry: ZipEntry; text: string } | null;
  has(name: string): boolean;
}

/**
 * The comments part to write to: the one the main part already relates to, or a new one
 * beside it, with the relationship and content type a new one needs.
 */
function commentsTarget(mainPart: string, parts: PackageParts, strict: boolean) {
  const relationshipsName = relationshipsPartOf(mainPart);
  const relationships = parts.get(relationshipsName);
  const relationshipType = strict ? COMMENTS_RELATIONSHIP.strict : COMMENTS_RELATIONSHIP.transitional;
  const ids = new Set<string>();
  for (const match of (relationships?.text ?? "").matchAll(/<(?:[\w.-]+:)?Relationship\b[^<>]*>/g)) {
    const tag = match[0];
    const id = attributeOf(tag, "Id");
    if (id !== null) ids.add(id);
    const type = attributeOf(tag, "Type");
    const target = attributeOf(tag, "Target");
    if (target === null || attributeOf(tag, "TargetMode") === "External") continue;
    if (type === COMMENTS_RELATIONSHIP.transitional || type === COMMENTS_RELATIONSHIP.strict) {
      const name = resolveTarget(mainPart, percentDecoded(target));
      if (name !== null) return { name, relationshipsName, relationships, newRelationship: null };
    }
  }
  const folder = mainPart.slice(0, mainPart.lastIndexOf("/") + 1);
  let file = "comments.xml";
  for (let n = 1; parts.has(folder + file); n++) file = `comments${n}.xml`;
  let id = "rIdComments";
  for (let n = 1; ids.has(id); n++) id = `rIdComments${n}`;
  return {
    name: folder + file,
    relationshipsName,
    relationships,
    newRelationship: `<Relationship Id="${id}" Type="${relationshipType}" Target="${file}"/>`,
  };
}

function overridePresent(contentTypes: string, partName: string): boolean {
  const wanted = `/${partName}`.toLowerCase();
  for (const match of contentTypes.matchAll(/<(?:[\w.-]+:)?Override\b[^<>]*>/g)) {
    if (attributeOf(match[0], "PartName")?.toLowerCase() === wanted) return true;
  }
  return false;
}

function defaultPresent(contentTypes: string, extension: string): boolean {
  for (const match of contentTypes.matchAll(/<(?:[\w.-]+:)?Default\b[^<>]*>/g)) {
    if (attributeOf(match[0], "Extension")?.toLowerCase() === extension) return true;
  }
  return false;
}

export async function annotateDocx(bytes: Uint8Array, source: DocxSource, report: Report): Promise<AnnotatedFile> {
  const { docx } = source;
  const bodyIndex = docx.parts.findIndex((part) => part.kind === "body");
  if (bodyIndex < 0) throw new AuditError("corrupt_document", "The Word document has no main document part.");
  const body = docx.parts[bodyIndex]!;
  const decoder = new TextDecoder();
  const parts: PackageParts = {
    get: (name) => {
      const found = docx.xmlParts.get(name.toLowerCase());
      return found ? { entry: found.entry, text: decoder.decode(found.content) } : null;
    },
    has: (name) => docx.directory.entries.some((entry) => entry.name.toLowerCase() === name.toLowerCase()),
  };
  const namespace = attributeOf(/<(?:[\w.-]+:)?document\b[^<>]*>/.exec(body.xml)?.[0] ?? "", "xmlns:w") ?? TRANSITIONAL_MAIN;
  const strict = namespace === STRICT_MAIN;
  const target = commentsTarget(docx.mainPart, parts, strict);
  const existingComments = parts.get(target.name);

  let nextId = Math.max(largestId(body.xml), existingComments ? largestId(existingComments.text) : -1) + 1;
  const editor = new PartEditor(body);
  const comments: string[] = [];
  const declare = existingComments && !/\sxmlns:w\s*=/.test(/<(?:[\w.-]+:)?comments\b[^<>]*>/.exec(existingComments.text)?.[0] ?? "") ? namespace : null;
  const addComment = (anchor: Anchor | null, paragraphs: string[]): boolean => {
    const id = nextId;
    const markup = commentMarkup(id);
    if (anchor) {
      editor.markStart(anchor.start, markup.start);
      editor.markEnd(anchor.end, markup.end);
    } else if (!editor.markPoint(markup.start + markup.end)) {
      return false;
    }
    nextId++;
    comments.push(commentXml(id, paragraphs, declare));
    return true;
  };

  const marked: Claim[] = [];
  const notMarked: Claim[] = [];
  // Ids run from above the largest in use; claims past the last id Word can hold (a document
  // whose ids already reach it) go into the note on the whole document.
  const room = MAX_COMMENT_ID - nextId;
  const anchors = report.claims.map((claim, index) => (index < room ? anchorOf(source, source.map.locate(claim.span.start, claim.span.end)) : null));
  report.claims.forEach((claim, index) => (anchors[index] ? marked : notMarked).push(claim));
  // The note on the whole document first, so Word lists it first.
  if (nextId > MAX_COMMENT_ID) throw new AuditError("corrupt_document", "The Word document's annotation ids leave no room for a comment.");
  if (!addComment(firstBodyAnchor(source), documentNote(report, notMarked))) {
    throw new AuditError("corrupt_document", "The Word document has no paragraph a comment can be added to.");
  }
  report.claims.forEach((claim, index) => {
    const anchor = anchors[index];
    if (anchor) addComment(anchor, claimNote(claim, report.document.language));
  });

  const encoder = new TextEncoder();
  const replaced = new Map<ZipEntry, Uint8Array>();
  const added: { name: string; content: Uint8Array }[] = [];
  const mainEntry = docx.xmlParts.get(docx.mainPart.toLowerCase())?.entry;
  if (!mainEntry) throw new AuditError("corrupt_document", "The Word document has no main document part.");
  replaced.set(mainEntry, encoder.encode(editor.apply()));

  if (existingComments) {
    replaced.set(existingComments.entry, encoder.encode(beforeRootClose(existingComments.text, "comments", comments.join(""))));
  } else {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:comments xmlns:w="${namespace}">${comments.join("")}</w:comments>`;
    added.push({ name: target.name, content: encoder.encode(xml) });
  }

  if (target.newRelationship !== null) {
    if (target.relationships) {
      replaced.set(target.relationships.entry, encoder.encode(beforeRootClose(target.relationships.text, "Relationships", target.newRelationship)));
    } else {
      const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="${PACKAGE_RELATIONSHIPS}">${target.newRelationship}</Relationships>`;
      added.push({ name: target.relationshipsName, content: encoder.encode(xml) });
    }
  }

  const contentTypes = parts.get(CONTENT_TYPES);
  if (!contentTypes) throw new AuditError("corrupt_document", "The Word document has no [Content_Types].xml.");
  let types = contentTypes.text;
  if (!overridePresent(types, target.name)) {
    types = beforeRootClose(types, "Types", `<Override PartName="/${escapeXml(target.name)}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`);
  }
  if (!target.relationships && !defaultPresent(types, "rels") && !overridePresent(types, target.relationshipsName)) {
    types = beforeRootClose(types, "Types", `<Default Extension="rels" ContentType="${RELATIONSHIPS_CONTENT_TYPE}"/>`);
  }
  if (types !== contentTypes.text) replaced.set(contentTypes.entry, encoder.encode(types));

  return { bytes: await rewriteZip(bytes, docx.directory, replaced, added), marked, notMarked };
}
