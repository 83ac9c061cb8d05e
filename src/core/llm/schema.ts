// The one shape the model may answer in. The JSON schema sent as `response_format` is generated
// from this zod schema, and the answer is parsed with it: whatever does not fit is discarded.
// Kinds and family ids are plain strings here so that one wrong item is dropped on its own
// instead of failing the whole answer; the engine checks each against its catalog.

import { z } from "zod";
import { CLAIM_KINDS } from "../types.ts";

const CLAIM_KINDS_TEXT = CLAIM_KINDS.join(", ");

export const ProposalSchema = z.object({
  quote: z.string().describe("Copied exactly, character for character, from the document: the shortest stretch holding the figure and what it counts."),
  kind: z.string().describe(`One of: ${CLAIM_KINDS_TEXT}.`),
  platform: z.string().nullable().describe("A platform id from <platforms>, or null where none applies."),
  metric: z.string().describe("Lower snake case: followers, subscribers, members, views, impressions, engagement_rate, score, …"),
  value: z.number().nullable().describe("The figure as written, normalised (180K → 180000, 4.5% → 4.5); null only for a self-label or an unnumbered ranking."),
  unit: z.enum(["count", "score", "percent"]).nullable(),
  subject: z.enum(["self", "organization", "unknown"]).describe("Whose audience it is: the writer's own, an employer's or client's, or unclear."),
});

export const SuggestionSchema = z.object({
  claimId: z.string().describe("The id of a claim from <claims>, exactly as given."),
  suggestion: z.string().describe("The rewrite in the writer's voice, under 300 characters."),
});

export const ModelAnswerSchema = z.object({
  roleFamily: z.string().nullable().describe("Only when asked in <role>: a family id from <role_families>; otherwise null."),
  headline: z.string().nullable().describe("One sentence saying why the verdict is what it is; null to keep the current one."),
  suggestions: z.array(SuggestionSchema),
  proposals: z.array(ProposalSchema),
});

export type ModelAnswer = z.infer<typeof ModelAnswerSchema>;
export type ModelProposal = z.infer<typeof ProposalSchema>;

export const RESPONSE_SCHEMA_NAME = "influence_audit_edits";

/** The JSON schema for `response_format`, in the subset strict structured outputs accept. */
export function responseJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ModelAnswerSchema, { target: "draft-7" }) as Record<string, unknown>;
  // Strict mode rejects keywords it does not know; the draft marker is one of them on some servers.
  delete schema.$schema;
  return schema;
}
