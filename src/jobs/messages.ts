// The queue's two kinds of message. Both carry ids only: documents and results stay in R2.
export interface AnalyzeMessage {
  type: "analyze";
  jobId: string;
  /** The document's position in the job, from 0. */
  index: number;
}

export interface DeliverCallbackMessage {
  type: "deliver-callback";
  jobId: string;
  /** 1 for the first delivery; each failed attempt sends the next one, delayed. */
  attempt: number;
}

/** Deletes the next stretch of expired jobs; queued by a cleanup run that could not finish. */
export interface CleanupMessage {
  type: "cleanup";
  jobId: "";
}

export type JobMessage = AnalyzeMessage | DeliverCallbackMessage | CleanupMessage;

export function isJobMessage(value: unknown): value is JobMessage {
  if (typeof value !== "object" || value === null) return false;
  const message = value as Record<string, unknown>;
  if (typeof message.jobId !== "string") return false;
  if (message.type === "analyze") return Number.isInteger(message.index);
  if (message.type === "deliver-callback") return Number.isInteger(message.attempt);
  return message.type === "cleanup";
}
