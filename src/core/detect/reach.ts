// Reach: how many saw or used the work — views, impressions, downloads, readers, visitors, plays,
// GitHub stars, concurrent viewers, "reached 1.1M people" — read from the measure lexicon
// (lexicon/measures.ts) in every language it holds.

import type { DetectContext } from "./context.ts";
import { countsOfKind } from "./counted.ts";
import type { Finding } from "./finding.ts";

export function detectReach(context: DetectContext): Finding[] {
  return countsOfKind(context, "reach");
}
