// Splits a report's text into plain pieces and claim marks, so the page can show every
// claim where it sits. Pure data: the renderer escapes each piece. Spans come from the
// engine and should be sorted and disjoint; when they are not, a claim that sits wholly
// inside another is nested in it, and one that crosses another's edge is left out of the
// text (it is still listed below the text), so the pieces always rebuild the text exactly.

export interface SpannedClaim {
  id: string;
  span: { start: number; end: number };
}

export type Piece<C extends SpannedClaim> = { kind: "text"; text: string } | { kind: "mark"; claim: C; children: Piece<C>[] };

export interface Highlighted<C extends SpannedClaim> {
  pieces: Piece<C>[];
  /** Claims whose span is invalid or crosses another's edge: shown in the list only. */
  skipped: C[];
}

interface Node<C extends SpannedClaim> {
  claim: C;
  children: Node<C>[];
}

function validSpan(span: { start: number; end: number } | undefined, length: number): boolean {
  return (
    span !== undefined &&
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end <= length &&
    span.start < span.end
  );
}

export function highlightClaims<C extends SpannedClaim>(text: string, claims: readonly C[]): Highlighted<C> {
  const skipped: C[] = [];
  const usable: C[] = [];
  for (const claim of claims) (validSpan(claim.span, text.length) ? usable : skipped).push(claim);
  // Outer spans first at the same start, so a contained span finds its parent on the stack.
  const sorted = [...usable].sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);

  const roots: Node<C>[] = [];
  const stack: Node<C>[] = [];
  for (const claim of sorted) {
    while (stack.length > 0 && stack[stack.length - 1]!.claim.span.end <= claim.span.start) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent && claim.span.end > parent.claim.span.end) {
      skipped.push(claim);
      continue;
    }
    const node: Node<C> = { claim, children: [] };
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  }

  return { pieces: piecesOf(text, roots, 0, text.length), skipped };
}

function piecesOf<C extends SpannedClaim>(text: string, nodes: Node<C>[], from: number, to: number): Piece<C>[] {
  const pieces: Piece<C>[] = [];
  let cursor = from;
  for (const node of nodes) {
    const { start, end } = node.claim.span;
    if (start > cursor) pieces.push({ kind: "text", text: text.slice(cursor, start) });
    pieces.push({ kind: "mark", claim: node.claim, children: piecesOf(text, node.children, start, end) });
    cursor = end;
  }
  if (to > cursor) pieces.push({ kind: "text", text: text.slice(cursor, to) });
  return pieces;
}
