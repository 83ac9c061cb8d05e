// Claims built by hand for tests that must not depend on the detector: the fields a detector
// would fill, with a span that indexes the given text exactly.
import type { Claim, ClaimAdvice, DetectedClaim, Span } from "../../src/core/types.ts";

/** The span of `quote` in `text` (its first occurrence from `from`); throws if it is not there. */
export function spanOf(text: string, quote: string, from = 0): Span {
  const start = text.indexOf(quote, from);
  if (start === -1) throw new Error(`quote not in text: ${quote}`);
  return { start, end: start + quote.length };
}

/** A detected audience claim on `span` of `text`, overridden by `fields`. */
export function detectedClaim(text: string, span: Span, fields: Partial<DetectedClaim> = {}): DetectedClaim {
  return {
    id: `c${span.start}`,
    kind: "audience",
    platform: null,
    metric: "followers",
    value: null,
    unit: "count",
    approximate: false,
    text: text.slice(span.start, span.end),
    span,
    page: null,
    section: null,
    subject: "self",
    asOf: null,
    evidence: { handle: null, url: null },
    confidence: 0.9,
    flags: [],
    ...fields,
  };
}

/** The same with advice, as a report carries it. */
export function advisedClaim(text: string, span: Span, advice: ClaimAdvice, fields: Partial<Claim> = {}): Claim {
  return { ...detectedClaim(text, span), advice, ...fields };
}
