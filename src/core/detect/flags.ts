// Flags that need no role: read from the catalog and from the other claims in the same document.

import { platformById } from "../catalog/platforms.ts";
import type { ClaimFlag, DetectedClaim, Span } from "../types.ts";
import { isInside } from "./context.ts";

/** Figures tied to a year this many years before the current one are dated. */
export const STALE_AFTER_YEARS = 5;
/** YouTube has shown public subscriber counts to three significant digits since September 2019. */
const YOUTUBE_PUBLIC_DIGITS = 3;
const YOUTUBE_ROUNDING_SINCE = 2019;

export interface FlagOptions {
  currentYear: number;
  hiddenSpans: Span[];
}

interface ClaimFacts {
  claim: DetectedClaim;
  significantDigits?: number;
  formerName?: boolean;
}

function add(claim: DetectedClaim, flag: ClaimFlag): void {
  if (!claim.flags.includes(flag)) claim.flags.push(flag);
}

function yearOf(asOf: string | null): number | null {
  const match = asOf ? /(?:19|20)\d\d/u.exec(asOf) : null;
  return match ? Number(match[0]) : null;
}

export function applyFlags(facts: ClaimFacts[], options: FlagOptions): void {
  // Platform and metric pairs written under a current name; only figures under a former name ask.
  const currentNames = facts.some((fact) => fact.formerName)
    ? new Set(facts.filter((fact) => !fact.formerName).map((fact) => `${fact.claim.platform}|${fact.claim.metric}`))
    : new Set<string>();
  for (const { claim, significantDigits, formerName } of facts) {
    const entry = claim.platform ? platformById(claim.platform) : undefined;
    if (entry?.status === "defunct") add(claim, "defunct_metric");
    if (claim.value !== null && claim.unit === "score" && entry?.scale) {
      const { min, max } = entry.scale;
      if (claim.value < min || (max !== null && claim.value > max)) add(claim, "implausible_value");
    }
    if (claim.value !== null && claim.unit === "percent" && claim.value > 100) add(claim, "implausible_value");
    const year = yearOf(claim.asOf);
    if (year !== null && options.currentYear - year >= STALE_AFTER_YEARS) add(claim, "stale");
    if (formerName && claim.value !== null && (year === null || year < 2023)) {
      if (!currentNames.has(`${claim.platform}|${claim.metric}`)) add(claim, "stale");
    }
    if (
      claim.platform === "youtube" &&
      claim.metric === "subscribers" &&
      significantDigits !== undefined &&
      significantDigits > YOUTUBE_PUBLIC_DIGITS &&
      (year === null || year >= YOUTUBE_ROUNDING_SINCE)
    ) {
      add(claim, "unverifiable");
    }
    if (options.hiddenSpans.length > 0 && isInside(claim.span, options.hiddenSpans)) add(claim, "hidden_text");
  }
  flagInconsistent(facts.map((fact) => fact.claim));
}

/** Beyond this many figures for one platform and metric, compare each with the extremes instead of every other. */
const PAIRWISE_LIMIT = 64;

function differsBeyondRounding(a: number, b: number): boolean {
  return Math.abs(a - b) / Math.max(a, b) > 0.02;
}

function flagOutliers(group: DetectedClaim[]): void {
  const values = group.map((claim) => claim.value as number);
  const smallest = Math.min(...values);
  const largest = Math.max(...values);
  if (!differsBeyondRounding(smallest, largest)) return;
  for (const claim of group) {
    const value = claim.value as number;
    if (differsBeyondRounding(value, smallest) || differsBeyondRounding(value, largest)) add(claim, "inconsistent");
  }
}

/** Two different figures for the same platform and metric, not explained by a stated growth. */
function flagInconsistent(claims: DetectedClaim[]): void {
  const groups = new Map<string, DetectedClaim[]>();
  for (const claim of claims) {
    if (claim.platform === null || claim.value === null) continue;
    const key = `${claim.kind}|${claim.platform}|${claim.metric}`;
    const group = groups.get(key) ?? [];
    group.push(claim);
    groups.set(key, group);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    if (group.length > PAIRWISE_LIMIT) {
      flagOutliers(group);
      continue;
    }
    for (const claim of group) {
      const differs = group.some((other) => {
        if (other === claim || other.value === null || claim.value === null) return false;
        if (other.asOf !== null && claim.asOf !== null && other.asOf !== claim.asOf) return false;
        if (other.previousValue === claim.value || claim.previousValue === other.value) return false;
        const larger = Math.max(other.value, claim.value);
        return Math.abs(other.value - claim.value) / larger > 0.02;
      });
      if (differs) add(claim, "inconsistent");
    }
  }
}
