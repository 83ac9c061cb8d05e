import type { ClaimKind, ClaimSubject, ClaimUnit, Span } from "../types.ts";
import type { DetectContext } from "./context.ts";

/** What a detector reports; `detectClaims` adds the id, page, section, subject, date, evidence and flags. */
export interface Finding {
  kind: ClaimKind;
  platform: string | null;
  metric: string;
  value: number | null;
  unit: ClaimUnit;
  approximate: boolean;
  span: Span;
  confidence: number;
  previousValue?: number | null;
  /** Significant digits of the figure as written, for the "more precise than the platform shows" check. */
  significantDigits?: number;
  /** The platform was named by a name it no longer uses. */
  formerName?: boolean;
  subject?: ClaimSubject;
}

export type Detector = (context: DetectContext) => Finding[];
