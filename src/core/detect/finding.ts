import type { DetectedClaim } from "../types.ts";
import type { DetectContext } from "./context.ts";

/** What a detector reports; `detectClaims` adds the id, page, section, subject, date, evidence and flags. */
export type Finding = Pick<DetectedClaim, "kind" | "platform" | "metric" | "value" | "unit" | "approximate" | "span" | "confidence" | "previousValue"> & {
  /** Significant digits of the figure as written, for the "more precise than the platform shows" check. */
  significantDigits?: number;
  /** The platform was named by a name it no longer uses. */
  formerName?: boolean;
  subject?: DetectedClaim["subject"];
};

export type Detector = (context: DetectContext) => Finding[];
