// Places text a reader cannot see (found in a PDF's operator list or a DOCX's runs) in the
// normalised text that every span indexes into.
//
// Locating is done on a "skeleton": the text with whitespace and invisible characters
// removed and compatibility forms folded, so that layout differences between the source
// stream and the extracted text do not matter. In order of preference:
// 1. the extracted text's skeleton starts with the source stream's: every hidden character
//    maps to one exact offset (the usual case for both formats);
// 2. the run's text occurs exactly once in the extracted text;
// 3. the run's block (its paragraph) occurs in the extracted text, searched in block order:
//    the run is placed inside that occurrence, so a run whose words also appear earlier in
//    visible text is not placed there;
// otherwise the run is counted as unlocated and reported without a span rather than with a
// wrong one.

import type { Span } from "../types.ts";

/** A hidden run as offsets into the source stream's skeleton. */
export interface HiddenRunInStream {
  start: number;
  end: number;
  reason?: string;
  /** The run's block (paragraph) as offsets into the same skeleton, where the format has blocks. */
  blockStart?: number;
  blockEnd?: number;
}

export interface StreamHiddenText {
  /** Skeleton of all text the source stream shows, in order. */
  skeleton: string;
  runs: HiddenRunInStream[];
}

/** Characters that take part in locating: no whitespace, no invisible characters, compatibility forms folded. */
export function skeletonOf(text: string): string {
  return text.normalize("NFKC").replace(/[\s\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u{e0000}-\u{e007f}]/gu, "");
}

/** A page's normalised text as a skeleton, with the offset in the text of every skeleton unit. */
interface TextSkeleton {
  skeleton: string;
  starts: number[];
  ends: number[];
}

function textSkeleton(text: string): TextSkeleton {
  let skeleton = "";
  const starts: number[] = [];
  const ends: number[] = [];
  let index = 0;
  while (index < text.length) {
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = skeletonOf(String.fromCodePoint(codePoint));
    for (let unit = 0; unit < folded.length; unit++) {
      starts.push(index);
      ends.push(index + width);
    }
    skeleton += folded;
    index += width;
  }
  return { skeleton, starts, ends };
}

export interface LocatedHiddenText {
  spans: Span[];
  /** Hidden runs that could not be placed exactly: reported without a span. */
  unlocated: number;
}

/**
 * Places hidden runs in a stretch of normalised text (a page, or a whole document). `offset`
 * is where the stretch starts in the document text; the spans returned are document offsets.
 */
export function locateHiddenRuns(pageText: string, offset: number, hidden: StreamHiddenText): LocatedHiddenText {
  if (hidden.runs.length === 0) return { spans: [], unlocated: 0 };
  const page = textSkeleton(pageText);
  const spans: Span[] = [];
  let unlocated = 0;
  const sameOrder = page.skeleton.startsWith(hidden.skeleton);
  let blockCursor = 0;
  for (const run of hidden.runs) {
    // Hidden punctuation or symbols alone say nothing and are not reported.
    if (!/[\p{L}\p{N}]/u.test(hidden.skeleton.slice(run.start, run.end))) continue;
    let start = -1;
    if (sameOrder) {
      start = run.start;
    } else {
      const needle = hidden.skeleton.slice(run.start, run.end);
      const first = page.skeleton.indexOf(needle);
      if (first >= 0 && page.skeleton.indexOf(needle, first + 1) < 0) {
        start = first;
      } else if (first >= 0 && run.blockStart !== undefined && run.blockEnd !== undefined) {
        const block = hidden.skeleton.slice(run.blockStart, run.blockEnd);
        const at = page.skeleton.indexOf(block, blockCursor);
        if (at >= 0) {
          start = at + (run.start - run.blockStart);
          blockCursor = at;
        }
      }
    }
    if (start < 0) {
      unlocated++;
      continue;
    }
    const end = start + (run.end - run.start);
    const span = { start: offset + page.starts[start]!, end: offset + page.ends[end - 1]! };
    const previous = spans[spans.length - 1];
    // Runs hidden in different ways but side by side on one line are one stretch of hidden text.
    if (previous && span.start >= previous.end && /^[ \t]*$/.test(pageText.slice(previous.end - offset, span.start - offset))) previous.end = Math.max(previous.end, span.end);
    else spans.push(span);
  }
  return { spans, unlocated };
}
