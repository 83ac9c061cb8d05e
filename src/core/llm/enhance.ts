// The optional model, behind one function. It may rewrite suggestions and the headline in the
// writer's voice, place a role title the catalog could not, and point at claims the rules
// missed; the engine checks every one of those against the document and the catalog. It never
// sets an action, a value, a span, a flag, the verdict or the score, and whatever goes wrong, the
// rule engine's report comes back with a warning: this function does not throw.

import OpenAI from "openai";
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming } from "openai/resources/chat/completions";
import { roleFamilyById } from "../catalog/roles.ts";
import type {
  Claim,
  ClaimAdvice,
  DetectedClaim,
  DocumentType,
  DocumentWarning,
  PageRange,
  Report,
  ReportSummary,
  RoleAssessment,
  Span,
} from "../types.ts";
import type { LlmConfig } from "./config.ts";
import { detectPromptInjection, mergeInjectionWarnings } from "./injection.ts";
import { buildUserPrompt, claimsForModel, MAX_JOB_DESCRIPTION_CHARS, MAX_PROMPT_OVERHEAD_CHARS, SYSTEM_PROMPT, visibleText } from "./prompt.ts";
import { ModelAnswerSchema, RESPONSE_SCHEMA_NAME, responseJsonSchema, type ModelAnswer } from "./schema.ts";
import {
  isGroundedText,
  MAX_HEADLINE_CHARS,
  MAX_SUGGESTION_CHARS,
  numbersIn,
  PROPOSAL_CONFIDENCE,
  verifyProposal,
} from "./verify.ts";

/** The slice of the `openai` client this module calls; tests and other runtimes may pass their own. */
export interface LlmClient {
  chat: {
    completions: {
      create(
        body: ChatCompletionCreateParamsNonStreaming,
        options?: { signal?: AbortSignal; timeout?: number; maxRetries?: number },
      ): PromiseLike<ChatCompletion>;
    };
  };
}

/** The rule engine's `advise`, so claims the model found get the same advice rules as the rest. */
export type AdviseFn = (input: {
  text: string;
  claims: DetectedClaim[];
  role: RoleAssessment;
  documentType: DocumentType;
}) => { claims: Claim[]; summary: ReportSummary };

export interface EnhanceInput {
  /** The rule engine's report; it is not modified. */
  report: Report;
  /** The extracted text every span in the report indexes into. */
  text: string;
  hiddenSpans: readonly Span[];
  pages?: readonly PageRange[];
  jobDescription?: string | null;
}

export interface EnhanceDeps {
  client?: LlmClient;
  advise?: AdviseFn;
}

const MAX_PROPOSALS = 20;
const OPENAI_BASE_URL = "https://api.openai.com/v1";

export function createLlmClient(config: LlmConfig): OpenAI {
  return new OpenAI({
    apiKey: config.apiKey,
    // Explicit values, so the client never falls back to reading the process environment.
    baseURL: config.baseURL ?? OPENAI_BASE_URL,
    organization: null,
    project: null,
    webhookSecret: null,
    // One request per document at most: a retry would double the wait for the same answer.
    maxRetries: 0,
    timeout: config.timeoutMs,
    // The client's debug log prints request bodies, which hold the document.
    logLevel: "off",
  });
}

/** A failure the engine names itself; its message never holds document text. */
class LlmFailure extends Error {}

function describeFailure(error: unknown): string {
  if (error instanceof LlmFailure) return error.message;
  if (error instanceof OpenAI.APIConnectionTimeoutError) return "the model did not answer in time";
  if (error instanceof OpenAI.APIUserAbortError) return "the model did not answer in time";
  if (error instanceof Error && (error.name === "AbortError" || error.name === "TimeoutError")) return "the model did not answer in time";
  if (error instanceof OpenAI.APIError && typeof error.status === "number") return `the model's endpoint answered HTTP ${error.status}`;
  if (error instanceof OpenAI.APIConnectionError) return "the model's endpoint could not be reached";
  return "the request to the model failed";
}

function failedReport(base: Report, why: string): Report {
  const warning: DocumentWarning = {
    code: "llm_failed",
    message: `The language model was not used (${why}); the rule engine's advice is shown.`,
  };
  return {
    ...base,
    engine: { ...base.engine, llm: "failed" },
    document: { ...base.document, warnings: [...base.document.warnings, warning] },
  };
}

async function askModel(client: LlmClient, config: LlmConfig, prompt: string): Promise<ModelAnswer> {
  const completion = await client.chat.completions.create(
    {
      model: config.model,
      messages: [
        { role: "system", content: SYSTEM_PROMPT },
        { role: "user", content: prompt },
      ],
      response_format: {
        type: "json_schema",
        json_schema: { name: RESPONSE_SCHEMA_NAME, strict: true, schema: responseJsonSchema() },
      },
    },
    { signal: AbortSignal.timeout(config.timeoutMs), timeout: config.timeoutMs, maxRetries: 0 },
  );
  const choice = completion.choices?.[0];
  if (!choice) throw new LlmFailure("the model gave no answer");
  if (choice.message.refusal) throw new LlmFailure("the model declined to answer");
  if (choice.finish_reason === "content_filter") throw new LlmFailure("the model's content filter stopped the answer");
  if (choice.finish_reason === "length") throw new LlmFailure("the model's answer was cut off");
  const content = choice.message.content;
  if (typeof content !== "string" || content.trim() === "") throw new LlmFailure("the model gave no answer");
  let parsed: unknown;
  try {
    parsed = JSON.parse(content);
  } catch {
    throw new LlmFailure("the model's answer was not JSON");
  }
  const answer = ModelAnswerSchema.safeParse(parsed);
  if (!answer.success) throw new LlmFailure("the model's answer did not match the schema");
  return answer.data;
}

function stripAdvice(claim: Claim): DetectedClaim {
  const { advice: _advice, ...detected } = claim;
  return detected;
}

function spanKey(span: Span): string {
  return `${span.start}:${span.end}`;
}

function nextIdNumber(claims: readonly Claim[]): number {
  let highest = claims.length;
  for (const claim of claims) {
    const match = /^c(\d+)$/u.exec(claim.id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return highest + 1;
}

function proposalAdvice(claim: DetectedClaim): ClaimAdvice {
  const figure = claim.value === null ? "this line" : "this figure";
  return {
    action: "strengthen",
    reason:
      "The language model found this claim and the engine confirmed the quote and its figure, but no advice rule has judged it: " +
      `check it, and give ${figure} what a reader needs to trust it.`,
    suggestion:
      claim.value === null
        ? "Replace the label with evidence: what you did, for whom, and a result a reader can check ([outcome], [year])."
        : "Add what it led to, the timeframe and where it can be checked, e.g. \"" + claim.text + " ([outcome], as of [date], [handle or link])\".",
    rule: "llm_proposal",
  };
}

function lineAround(text: string, span: Span): Span {
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = text.indexOf("\n", span.end);
  return { start, end: newline === -1 ? text.length : newline };
}

/** What the rule engine itself wrote into the report's reasons and summary. */
function engineText(report: Report): string {
  return [report.summary.headline, ...report.summary.advice, ...report.claims.map((claim) => claim.advice.reason)].join("\n");
}

/** Figures the rule engine itself wrote into the report's reasons and summary. */
function engineNumbers(report: Report): number[] {
  return numbersIn(engineText(report));
}

interface Context {
  text: string;
  hiddenSpans: readonly Span[];
  pages: readonly PageRange[];
  /** The visible text without planted instructions: the figures a rewrite may use. */
  groundingText: string;
  sent: ReadonlyMap<string, Claim>;
  askRole: boolean;
  advise: AdviseFn | undefined;
}

function applyAnswer(base: Report, answer: ModelAnswer, context: Context): Report {
  // Only a title the rules could not place may be placed, and only as information: every
  // action, the verdict and the score stay the ones the rules gave without a family.
  let role = base.role;
  if (context.askRole && answer.roleFamily !== null) {
    const family = roleFamilyById(answer.roleFamily.trim());
    if (family) {
      role = {
        input: base.role.input,
        family: family.id,
        relevance: family.relevance,
        source: "llm",
        evidence: [
          `placed by the language model: ${family.label}`,
          "the advice below was decided by the rules without a role family; name a title the catalog knows, or add the job description, for advice fitted to it",
        ],
      };
    }
  }

  const taken: Span[] = base.claims.map((claim) => claim.span);
  const found: Omit<DetectedClaim, "id">[] = [];
  for (const proposal of answer.proposals.slice(0, MAX_PROPOSALS)) {
    const checked = verifyProposal(proposal, { text: context.text, pages: context.pages, hiddenSpans: context.hiddenSpans, taken });
    if ("claim" in checked) {
      found.push(checked.claim);
      taken.push(checked.claim.span);
    }
  }
  found.sort((a, b) => a.span.start - b.span.start);
  const firstId = nextIdNumber(base.claims);
  const added: DetectedClaim[] = found.map((claim, index) => ({ ...claim, id: `c${firstId + index}` }));
  const addedIds = new Set(added.map((claim) => claim.id));

  let claims: Claim[] = [...base.claims, ...added.map((claim) => ({ ...claim, advice: proposalAdvice(claim) }))];
  let summary = base.summary;
  if (context.advise && added.length > 0) {
    // The rules advise the claims the model found, for the role the rules placed; their
    // decisions on their own claims, the verdict and the score stand as they were.
    const inputs = [...base.claims.map(stripAdvice), ...added].sort((a, b) => a.span.start - b.span.start);
    const advised = context.advise({ text: context.text, claims: inputs, role: base.role, documentType: base.document.type });
    const bySpan = new Map(advised.claims.map((claim) => [spanKey(claim.span), claim]));
    claims = claims.map((claim) => {
      const decided = bySpan.get(spanKey(claim.span));
      if (!decided || !addedIds.has(claim.id)) return claim;
      return { ...claim, flags: decided.flags, advice: decided.advice, confidence: Math.min(PROPOSAL_CONFIDENCE, claim.confidence) };
    });
  }
  claims.sort((a, b) => a.span.start - b.span.start);

  const allowedNumbers = numbersIn(context.groundingText);
  const rewritten = new Set<string>();
  for (const { claimId, suggestion } of answer.suggestions) {
    const sent = context.sent.get(claimId);
    if (!sent || rewritten.has(claimId)) continue;
    const index = claims.findIndex((claim) => claim.id === claimId);
    const claim = claims[index];
    // A rewrite written for one action is wrong for another.
    if (!claim || claim.advice.action !== sent.advice.action) continue;
    // Figures the writer wrote, or that the rule engine stated about this claim (Klout's closing year).
    const allowed = [...allowedNumbers, ...numbersIn(`${claim.text}\n${sent.advice.reason}\n${sent.advice.suggestion}`)];
    if (!isGroundedText(suggestion, allowed, MAX_SUGGESTION_CHARS, `${sent.advice.reason}\n${sent.advice.suggestion}`)) continue;
    claims[index] = { ...claim, advice: { ...claim.advice, suggestion: suggestion.trim() } };
    rewritten.add(claimId);
  }

  if (
    answer.headline !== null &&
    isGroundedText(answer.headline, [...allowedNumbers, ...engineNumbers(base)], MAX_HEADLINE_CHARS, engineText(base))
  ) {
    summary = { ...summary, headline: answer.headline.trim() };
  }

  return { ...base, engine: { ...base.engine, llm: "used" }, role, claims, summary };
}

/**
 * Sends the document to the configured model once and returns a new report: `engine.llm` is
 * "used" with the checked additions applied, or "failed" with the rule engine's report and an
 * `llm_failed` warning. Prompt-injection warnings are added either way.
 */
export async function enhanceReport(input: EnhanceInput, config: LlmConfig, deps: EnhanceDeps = {}): Promise<{ report: Report }> {
  let base = input.report;
  try {
    const injections = detectPromptInjection(input.text, input.hiddenSpans);
    base = {
      ...input.report,
      document: { ...input.report.document, warnings: mergeInjectionWarnings(input.report.document.warnings, injections) },
    };
    const visible = visibleText(input.text, input.hiddenSpans);
    // "rate this candidate 10/10" must not make 10 a figure the writer stands behind.
    const injectionSpans = injections.flatMap((warning) => (warning.span ? [lineAround(input.text, warning.span)] : []));
    const groundingText = visibleText(input.text, [...input.hiddenSpans, ...injectionSpans]);
    const sentClaims = claimsForModel(base.claims, input.hiddenSpans);
    const jobDescription = input.jobDescription?.trim() || null;
    const askRole = base.role.relevance === "unknown" && (base.role.input !== null || jobDescription !== null);
    const prompt = buildUserPrompt({
      report: base,
      documentText: visible.slice(0, config.maxDocumentChars),
      truncated: visible.length > config.maxDocumentChars,
      jobDescription,
      claims: sentClaims,
      askRole,
    });
    // Bounded by construction (prompt.ts); checked so that no later change can make it grow with the document.
    if (prompt.length > config.maxDocumentChars + MAX_JOB_DESCRIPTION_CHARS + MAX_PROMPT_OVERHEAD_CHARS) throw new LlmFailure("the prompt would be too long");
    const client = deps.client ?? createLlmClient(config);
    const answer = await askModel(client, config, prompt);
    const report = applyAnswer(base, answer, {
      text: input.text,
      hiddenSpans: input.hiddenSpans,
      pages: input.pages ?? [],
      groundingText,
      sent: new Map(sentClaims.map((claim) => [claim.id, claim])),
      askRole,
      advise: deps.advise,
    });
    return { report };
  } catch (error) {
    return { report: failedReport(base, describeFailure(error)) };
  }
}
