/**
 * A string built mostly from ranges of a source string, for a pass whose output is mostly its
 * input unchanged. It holds closed pieces, then a few loose code units, then an open range of
 * the source. Copying the next range of the source extends the open range, so a stretch with
 * nothing to change costs no allocation; taking back the last unit (a trailing space, a
 * line-end hyphen) shortens it. A short range or a replacement goes to the loose units rather
 * than becoming a piece of its own, so that a text where nearly every word changes costs about
 * what copying unit by unit would. Only the last few units are meant to be read back.
 */
export class SliceBuilder {
  private readonly pieces: string[] = [];
  private piecesLength = 0;
  private readonly loose: number[] = [];
  private openStart = 0;
  private openEnd = 0;

  constructor(private readonly source: string) {}

  get length(): number {
    return this.piecesLength + this.loose.length + this.openEnd - this.openStart;
  }

  /** The code unit `back` places from the end (1 is the last), or undefined before the start. */
  unitFromEnd(back: number): number | undefined {
    const open = this.openEnd - this.openStart;
    if (back <= open) return this.source.charCodeAt(this.openEnd - back);
    let rest = back - open;
    if (rest <= this.loose.length) return this.loose[this.loose.length - rest];
    rest -= this.loose.length;
    for (let index = this.pieces.length - 1; index >= 0; index--) {
      const piece = this.pieces[index]!;
      if (rest <= piece.length) return piece.charCodeAt(piece.length - rest);
      rest -= piece.length;
    }
    return undefined;
  }

  /** Appends source[from, to) as it stands. */
  copy(from: number, to: number): void {
    if (from !== this.openEnd) {
      this.close();
      this.openStart = from;
    }
    this.openEnd = to;
  }

  /** Appends one code unit: a copy when the source holds that unit at `at`. */
  appendUnit(unit: number, at: number): void {
    if (this.source.charCodeAt(at) === unit) {
      this.copy(at, at + 1);
      return;
    }
    this.close();
    this.pushLoose(unit);
  }

  append(text: string): void {
    this.close();
    for (let index = 0; index < text.length; index++) this.pushLoose(text.charCodeAt(index));
  }

  removeLast(): void {
    if (this.openEnd > this.openStart) {
      this.openEnd -= 1;
    } else if (this.loose.length > 0) {
      this.loose.pop();
    } else {
      const last = this.pieces.length - 1;
      const piece = this.pieces[last]!;
      if (piece.length === 1) this.pieces.pop();
      else this.pieces[last] = piece.slice(0, -1);
      this.piecesLength -= 1;
    }
  }

  toString(): string {
    this.close();
    this.closeLoose();
    return this.pieces.length === 1 ? this.pieces[0]! : this.pieces.join("");
  }

  private close(): void {
    const open = this.openEnd - this.openStart;
    if (open >= SHORT_RANGE) {
      this.closeLoose();
      this.pieces.push(this.source.slice(this.openStart, this.openEnd));
      this.piecesLength += open;
    } else {
      for (let at = this.openStart; at < this.openEnd; at++) this.pushLoose(this.source.charCodeAt(at));
    }
    this.openStart = this.openEnd;
  }

  private pushLoose(unit: number): void {
    // Bounded, so that the units can be spread into one call.
    if (this.loose.length === MAX_LOOSE) this.closeLoose();
    this.loose.push(unit);
  }

  private closeLoose(): void {
    if (this.loose.length === 0) return;
    this.pieces.push(String.fromCharCode(...this.loose));
    this.piecesLength += this.loose.length;
    this.loose.length = 0;
  }
}

const SHORT_RANGE = 24;
const MAX_LOOSE = 4096;
