// Maps offsets of the normalised text back to where each character sits in the source file:
// which w:t element of a Word part, which pdf.js text item of a page, and where inside it.
//
// The normalised text is not built from the source pieces one to one: mammoth renders a Word
// part through HTML (footnotes move to the end, a text box follows its paragraph), pdf-parse
// inserts line breaks and tabs between items, and normalisation joins hyphenated words and
// folds ligatures. Both sides are therefore reduced to a skeleton (no whitespace, no
// invisible characters, compatibility forms folded, as hidden-text.ts does) and the
// skeletons are aligned in one forward pass: equal characters map to each other, and where
// they differ the pass looks a short way ahead on both sides for the next stretch they share,
// or, past that, for the text's next few characters anywhere later in the source. The
// alignment only moves forward, so a claim whose words occur twice is placed where its own
// occurrence lies, never at the other one. Its cost is bounded by a budget proportional to
// the two lengths; once spent, the rest of the text is left unplaced.

import { skeletonOf } from "./hidden-text.ts";

/** A place in the source: a piece (by index) and a UTF-16 offset in its text. */
export interface SourcePoint {
  piece: number;
  offset: number;
}

/** From the first character of a stretch to just after its last (both in source pieces). */
export interface SourceRange {
  start: SourcePoint;
  /** `offset` is one past the last character, in the piece that holds it. */
  end: SourcePoint;
}

/** The normalised text's skeleton, with the text offsets each skeleton unit came from. */
interface TextSkeleton {
  units: string;
  starts: Int32Array;
  ends: Int32Array;
}

/** The source pieces' skeleton, with the piece and offset each unit came from. */
interface PieceSkeleton {
  units: string;
  pieces: Int32Array;
  offsets: Int32Array;
  widths: Uint8Array;
}

function isAsciiWhitespace(unit: number): boolean {
  return unit === 0x20 || (unit >= 0x09 && unit <= 0x0d);
}

/** Calls `emit` with each skeleton unit of `text` and the span of the character it came from. */
function walkSkeleton(text: string, emit: (unit: number, start: number, width: number) => void): void {
  let index = 0;
  while (index < text.length) {
    const unit = text.charCodeAt(index);
    // Printable ASCII is its own skeleton, whitespace aside: most text takes this path.
    if (unit < 0x80) {
      if (!isAsciiWhitespace(unit) && unit >= 0x20 && unit !== 0x7f) emit(unit, index, 1);
      index++;
      continue;
    }
    const codePoint = text.codePointAt(index)!;
    const width = codePoint > 0xffff ? 2 : 1;
    const folded = skeletonOf(String.fromCodePoint(codePoint));
    for (let at = 0; at < folded.length; at++) emit(folded.charCodeAt(at), index, width);
    index += width;
  }
}

/**
 * Skeleton units and two numbers for each, in typed arrays grown as units arrive (the final
 * length is not known in advance): about eleven bytes a unit, where arrays of numbers would
 * take several times that.
 */
class UnitBuffer {
  length = 0;
  private units = new Uint16Array(1024);
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  c = new Uint8Array(1024);

  push(unit: number, a: number, b: number, c: number): void {
    if (this.length === this.units.length) {
      const size = this.units.length * 2;
      const grow = <T extends Int32Array | Uint16Array | Uint8Array>(array: T, next: T): T => {
        next.set(array);
        return next;
      };
      this.units = grow(this.units, new Uint16Array(size));
      this.a = grow(this.a, new Int32Array(size));
      this.b = grow(this.b, new Int32Array(size));
      this.c = grow(this.c, new Uint8Array(size));
    }
    const at = this.length++;
    this.units[at] = unit;
    this.a[at] = a;
    this.b[at] = b;
    this.c[at] = c;
  }

  text(): string {
    let text = "";
    for (let start = 0; start < this.length; start += 8192) {
      text += String.fromCharCode(...this.units.subarray(start, Math.min(this.length, start + 8192)));
    }
    return text;
  }
}

function textSkeleton(text: string): TextSkeleton {
  const buffer = new UnitBuffer();
  walkSkeleton(text, (unit, start, width) => buffer.push(unit, start, start + width, 0));
  const length = buffer.length;
  return { units: buffer.text(), starts: buffer.a.subarray(0, length), ends: buffer.b.subarray(0, length) };
}

function pieceSkeleton(pieces: readonly string[]): PieceSkeleton {
  const buffer = new UnitBuffer();
  pieces.forEach((piece, index) => walkSkeleton(piece, (unit, start, width) => buffer.push(unit, index, start, width)));
  const length = buffer.length;
  return { units: buffer.text(), pieces: buffer.a.subarray(0, length), offsets: buffer.b.subarray(0, length), widths: buffer.c.subarray(0, length) };
}

// How far ahead, on either side, a difference is looked past; how many units must then agree
// for the two sides to be taken as back in step; and how long a stretch of the text is looked
// for anywhere later in the source when they are not.
const RESYNC_WINDOW = 48;
const RESYNC_AGREEMENT = 8;
const ANCHOR_LENGTH = 24;
/** Skeleton units of work allowed per unit of either side, on top of a fixed allowance. */
const WORK_PER_UNIT = 64;
const WORK_ALLOWANCE = 1 << 20;
/** A claim whose characters lie further apart than this in the source is not placed: it crosses something else. */
const MAX_SOURCE_GAP = 64;

/**
 * For each unit of `text`, the unit of `source` it matches, or -1. The mapping only increases.
 * Exported for tests.
 */
export function alignSkeletons(text: string, source: string): Int32Array {
  const map = new Int32Array(text.length).fill(-1);
  let work = WORK_ALLOWANCE + WORK_PER_UNIT * (text.length + source.length);
  const agree = (i: number, j: number): boolean => {
    // Near the end of either side, what is left of it must agree in full.
    const length = Math.min(RESYNC_AGREEMENT, text.length - i, source.length - j);
    if (length <= 0) return false;
    for (let at = 0; at < length; at++) {
      work--;
      if (text.charCodeAt(i + at) !== source.charCodeAt(j + at)) return false;
    }
    return true;
  };
  let i = 0;
  let j = 0;
  while (i < text.length && j < source.length && work > 0) {
    if (text.charCodeAt(i) === source.charCodeAt(j)) {
      map[i++] = j++;
      continue;
    }
    let resynced = false;
    // Nearest first: the fewest units skipped on both sides together.
    for (let distance = 1; distance <= 2 * RESYNC_WINDOW && !resynced; distance++) {
      for (let skipText = Math.max(0, distance - RESYNC_WINDOW); skipText <= Math.min(distance, RESYNC_WINDOW); skipText++) {
        const skipSource = distance - skipText;
        if (agree(i + skipText, j + skipSource)) {
          i += skipText;
          j += skipSource;
          resynced = true;
          break;
        }
      }
    }
    if (resynced) continue;
    const found = source.indexOf(text.slice(i, i + ANCHOR_LENGTH), j + 1);
    work -= (found < 0 ? source.length : found) - j;
    if (found >= 0) {
      j = found;
    } else {
      // This stretch of the text is not in the source (a footnote mammoth moved, a list
      // number): step past part of it; the window above finds the source again after it.
      i += ANCHOR_LENGTH >> 1;
    }
  }
  return map;
}

/** First index in `sorted` whose value is at least `value`. */
function lowerBound(sorted: Int32Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * Where stretches of a normalised text (or of a slice of it, from `offset`) lie in the source
 * pieces it was read from.
 */
export class TextMap {
  private readonly text: TextSkeleton;
  private readonly source: PieceSkeleton;
  private readonly map: Int32Array;

  constructor(
    normalised: string,
    pieces: readonly string[],
    private readonly offset = 0,
  ) {
    this.text = textSkeleton(normalised);
    this.source = pieceSkeleton(pieces);
    this.map = alignSkeletons(this.text.units, this.source.units);
  }

  /** Share of the text's skeleton units placed in the source, from 0 to 1 (1 for a text with none). */
  get coverage(): number {
    if (this.map.length === 0) return 1;
    let placed = 0;
    for (const unit of this.map) if (unit >= 0) placed++;
    return placed / this.map.length;
  }

  /**
   * The source range of the text between `start` and `end` (offsets in the whole normalised
   * text), or null where it cannot be placed exactly: its first or last character was not
   * found in the source, or its characters lie far apart there.
   */
  locate(start: number, end: number): SourceRange | null {
    const first = lowerBound(this.text.starts, start - this.offset);
    const after = lowerBound(this.text.starts, end - this.offset);
    if (first >= after) return null;
    const last = after - 1;
    if (this.text.ends[last]! > end - this.offset) return null;
    const from = this.map[first]!;
    const to = this.map[last]!;
    if (from < 0 || to < 0) return null;
    let previous = from;
    for (let unit = first + 1; unit <= last; unit++) {
      const at = this.map[unit]!;
      if (at < 0) continue;
      if (at - previous > MAX_SOURCE_GAP) return null;
      previous = at;
    }
    const source = this.source;
    return {
      start: { piece: source.pieces[from]!, offset: source.offsets[from]! },
      end: { piece: source.pieces[to]!, offset: source.offsets[to]! + source.widths[to]! },
    };
  }
}
