// Where each character of a WordprocessingML part's text sits in its XML: the w:t element
// that holds it, the run around that, and the run's properties. This is what lets a comment
// be anchored on a claim's exact characters, splitting a run where the claim starts or ends
// inside it (see core/annotate/docx.ts).
//
// The text is read in the order mammoth renders it, so that it lines up with the extracted
// text (see text-map.ts): a text box's paragraphs come after the paragraph that anchors the
// box. Of the two copies Word writes of a drawing (mc:Choice for current readers, mc:Fallback
// for old ones), the Choice is read, since that is the copy Word and LibreOffice show and a
// comment must sit there to be seen; the two hold the same text. Deleted and moved-away text
// (w:del, w:moveFrom) is skipped, as mammoth skips it.
//
// Like hidden-text.ts, the part is read as a stream of tags, and only XML that xml-budget.ts
// has checked is given to it.

/** A run (w:r) as it stands in the part's XML. */
export interface DocxRun {
  /** Offset of "<w:r". */
  start: number;
  /** Offset just after the run's properties (or its opening tag when it has none): where its content starts. */
  contentStart: number;
  /** Offset of "</w:r>", and just after it. */
  close: number;
  end: number;
  /** The run's own properties as written ("<w:rPr>…</w:rPr>"), or "". */
  properties: string;
  /** Which story the run belongs to: 0 for the part's own text, another number for each text box. */
  story: number;
}

/** The characters of one w:t element. */
export interface DocxTextElement {
  /** The decoded text. */
  text: string;
  /**
   * Where each UTF-16 unit of `text` is written in the XML, and one more entry for the end of
   * the content; null where the content holds no entity, and unit k is then at `openEnd + k`.
   * Kept only where needed: most text has no entity, and an offset per character would cost
   * four bytes for each one.
   */
  entityOffsets: Int32Array | null;
  /** The opening tag's start and end, and the closing tag's start and end. */
  open: number;
  openEnd: number;
  close: number;
  closeEnd: number;
  /** Index of its run in `DocxPartRuns.runs`. */
  run: number;
}

/** Where unit `offset` of an element's text (or its end, for `text.length`) is written in the XML. */
export function xmlOffsetOf(element: DocxTextElement, offset: number): number {
  return element.entityOffsets ? element.entityOffsets[offset]! : element.openEnd + offset;
}

export interface DocxPartRuns {
  runs: DocxRun[];
  /** The w:t elements in the order their text is read. */
  texts: DocxTextElement[];
  /** Where the part's first paragraph's content starts (after its properties), or -1 where it has none. */
  firstParagraphContent: number;
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const MAX_ENTITY = 12;

/** The decoded content of a w:t, with the XML offset of each decoded unit where entities move them. */
function decodeWithOffsets(xml: string, start: number, end: number): { text: string; entityOffsets: Int32Array | null } {
  const ampersand = xml.indexOf("&", start);
  if (ampersand < 0 || ampersand >= end) return { text: xml.slice(start, end), entityOffsets: null };
  let text = "";
  const offsets: number[] = [];
  let index = start;
  while (index < end) {
    if (xml.charCodeAt(index) === 0x26 /* & */) {
      const semicolon = xml.indexOf(";", index);
      if (semicolon > index && semicolon < end && semicolon - index <= MAX_ENTITY) {
        const body = xml.slice(index + 1, semicolon);
        let decoded: string | undefined = NAMED[body];
        if (decoded === undefined && body.startsWith("#")) {
          const value = body.startsWith("#x") ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
          decoded = value > 0 && value <= 0x10ffff && !(value >= 0xd800 && value <= 0xdfff) ? String.fromCodePoint(value) : "";
        }
        if (decoded !== undefined) {
          text += decoded;
          for (let at = 0; at < decoded.length; at++) offsets.push(index);
          index = semicolon + 1;
          continue;
        }
      }
    }
    // Up to the next entity, characters are written as they read.
    let next = xml.indexOf("&", index + 1);
    if (next < 0 || next > end) next = end;
    text += xml.slice(index, next);
    for (let at = index; at < next; at++) offsets.push(at);
    index = next;
  }
  offsets.push(end);
  return { text, entityOffsets: Int32Array.from(offsets) };
}

interface OpenParagraph {
  /** Text elements of text boxes anchored in this paragraph: read after it, as mammoth does. */
  deferred: DocxTextElement[];
}

interface OpenRun {
  run: DocxRun;
  /** Nesting of w:rPr while its properties are read (a w:rPrChange holds a w:rPr). */
  propertiesDepth: number;
  propertiesStart: number;
}

/** Elements whose content mammoth does not read: deleted or moved-away text, and the old copy of a drawing. */
const SKIPPED = new Set(["w:del", "w:moveFrom", "mc:Fallback"]);
const TEXT_BOX = "w:txbxContent";

export function readDocxRuns(xml: string): DocxPartRuns {
  const runs: DocxRun[] = [];
  const texts: DocxTextElement[] = [];
  const paragraphs: OpenParagraph[] = [];
  const openRuns: OpenRun[] = [];
  // Text elements whose run is still open: they learn its index when it closes.
  const pendingTexts = new Map<DocxRun, DocxTextElement[]>();
  // Text boxes: the stories open around the current position, and the paragraph each box sits in.
  const stories: { id: number; paragraphDepth: number; collected: DocxTextElement[] }[] = [];
  let nextStory = 1;
  let skipping = 0;
  let skippingName = "";
  let textOpen: { open: number; openEnd: number } | null = null;
  let firstParagraphContent = -1;
  // Whether the first paragraph has just opened, and while its properties are read, their
  // nesting (a w:pPrChange holds a w:pPr).
  let firstParagraphJustOpened = false;
  let firstPropertiesDepth = 0;
  let previous = "";
  const tags = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^<>"']|"[^<"]*"|'[^<']*')*?)(\/?)>|<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>/g;

  const emit = (element: DocxTextElement) => {
    const story = stories[stories.length - 1];
    if (story) story.collected.push(element);
    else texts.push(element);
  };

  for (const tag of xml.matchAll(tags)) {
    const name = tag[2];
    if (name === undefined) continue;
    const closing = tag[1] === "/";
    const selfClosing = tag[4] === "/";
    const at = tag.index;
    const end = at + tag[0].length;
    const follows = previous;
    previous = closing || selfClosing ? "" : name;
    if (follows !== "w:p") firstParagraphJustOpened = false;

    if (skipping > 0) {
      if (name === skippingName && !selfClosing) skipping += closing ? -1 : 1;
      continue;
    }
    if (SKIPPED.has(name) && !closing && !selfClosing) {
      skipping = 1;
      skippingName = name;
      continue;
    }

    switch (name) {
      case "w:pPr":
        if (firstPropertiesDepth > 0 && !selfClosing) {
          firstPropertiesDepth += closing ? -1 : 1;
          if (firstPropertiesDepth === 0) firstParagraphContent = end;
        } else if (!closing && follows === "w:p" && firstParagraphJustOpened) {
          firstParagraphJustOpened = false;
          if (selfClosing) firstParagraphContent = end;
          else firstPropertiesDepth = 1;
        }
        break;
      case "w:p":
        if (selfClosing) break;
        if (!closing) {
          if (firstParagraphContent < 0 && paragraphs.length === 0 && stories.length === 0) {
            firstParagraphContent = end;
            firstParagraphJustOpened = true;
          }
          paragraphs.push({ deferred: [] });
          break;
        }
        {
          const paragraph = paragraphs.pop();
          if (paragraph) for (const element of paragraph.deferred) emit(element);
        }
        break;
      case TEXT_BOX:
        if (selfClosing) break;
        if (!closing) {
          stories.push({ id: nextStory++, paragraphDepth: paragraphs.length, collected: [] });
          break;
        }
        {
          const story = stories.pop();
          if (!story) break;
          // After the paragraph the box is anchored in; a box outside any paragraph is read where it stands.
          const anchor = paragraphs[story.paragraphDepth - 1];
          if (anchor) anchor.deferred.push(...story.collected);
          else for (const element of story.collected) emit(element);
        }
        break;
      case "w:r":
        if (selfClosing) break;
        if (!closing) {
          const run: DocxRun = { start: at, contentStart: end, close: end, end, properties: "", story: stories[stories.length - 1]?.id ?? 0 };
          openRuns.push({ run, propertiesDepth: 0, propertiesStart: -1 });
          break;
        }
        {
          const open = openRuns.pop();
          if (!open) break;
          open.run.close = at;
          open.run.end = end;
          runs.push(open.run);
          // Text elements point at their run by index once the run is complete.
          const index = runs.length - 1;
          for (const element of pendingTexts.get(open.run) ?? []) element.run = index;
          pendingTexts.delete(open.run);
        }
        break;
      case "w:rPr": {
        const open = openRuns[openRuns.length - 1];
        if (!open) break;
        if (!closing && open.propertiesDepth === 0) {
          // Only the run's own properties, its first child.
          if (follows !== "w:r" || open.run.properties !== "") break;
          if (selfClosing) {
            open.run.properties = tag[0];
            open.run.contentStart = end;
            break;
          }
          open.propertiesDepth = 1;
          open.propertiesStart = at;
        } else if (open.propertiesDepth > 0 && !selfClosing) {
          open.propertiesDepth += closing ? -1 : 1;
          if (open.propertiesDepth === 0) {
            open.run.properties = xml.slice(open.propertiesStart, end);
            open.run.contentStart = end;
          }
        }
        break;
      }
      case "w:t": {
        const open = openRuns[openRuns.length - 1];
        if (!open || open.propertiesDepth > 0) break;
        if (selfClosing) break;
        if (!closing) {
          textOpen = { open: at, openEnd: end };
          break;
        }
        if (!textOpen) break;
        const decoded = decodeWithOffsets(xml, textOpen.openEnd, at);
        const element: DocxTextElement = { ...decoded, open: textOpen.open, openEnd: textOpen.openEnd, close: at, closeEnd: end, run: -1 };
        textOpen = null;
        const waiting = pendingTexts.get(open.run);
        if (waiting) waiting.push(element);
        else pendingTexts.set(open.run, [element]);
        emit(element);
        break;
      }
    }
  }
  // A w:t in a run that never closed has no run to split: it is not offered for placing.
  return { runs, texts: texts.filter((element) => element.run >= 0), firstParagraphContent };
}
