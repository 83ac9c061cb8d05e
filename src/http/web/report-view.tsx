// The report as HTML: verdict and headline first, then the document text with every claim
// marked, then each claim's advice, then the advice for the whole document. The same
// fragment is the whole-page answer without JavaScript and the piece the script swaps in,
// so there is one renderer. hono/jsx escapes every string it is given.
import { platformById } from "../../core/catalog/platforms.ts";
import type { Claim, Report } from "../../core/types.ts";
import { highlightClaims, type Piece } from "./highlight.ts";
import { ACTION_LABEL, ACTIONS, actionOf, KIND_LABEL, RELEVANCE_LABEL, VERDICT_LABEL } from "./words.ts";

const FORMAT_LABEL: Record<string, string> = { pdf: "PDF", docx: "Word document", text: "Plain text", markdown: "Markdown", html: "HTML" };

function ActionBadge({ claim, link }: { claim: Claim; link: boolean }) {
  const action = actionOf(claim.advice.action);
  const label = ACTION_LABEL[action];
  const content = (
    <>
      <span aria-hidden="true">{label.icon}</span> {label.word}
    </>
  );
  if (!link) return <span class={`badge badge--${action}`}>{content}</span>;
  return (
    <a class={`badge badge--${action}`} href={`#claim-${claim.id}`} data-claim-link={claim.id} aria-label={`${label.word}: “${claim.text}”. Why, and what to write instead`}>
      {content}
    </a>
  );
}

function Pieces({ pieces }: { pieces: Piece<Claim>[] }) {
  return (
    <>
      {pieces.map((piece) =>
        piece.kind === "text" ? (
          piece.text
        ) : (
          <mark id={`mark-${piece.claim.id}`} class={`claim claim--${actionOf(piece.claim.advice.action)}`} data-claim-id={piece.claim.id} data-action={actionOf(piece.claim.advice.action)}>
            <Pieces pieces={piece.children} />
            <ActionBadge claim={piece.claim} link={true} />
          </mark>
        ),
      )}
    </>
  );
}

function describeClaim(claim: Claim): string {
  const parts = [KIND_LABEL[claim.kind] ?? claim.kind];
  if (claim.platform) parts.push(platformById(claim.platform)?.label ?? claim.platform.replace(/_/g, " "));
  if (claim.page !== null) parts.push(`page ${claim.page}`);
  if (claim.section) parts.push(`under “${claim.section}”`);
  if (claim.asOf) parts.push(`as of ${claim.asOf}`);
  return parts.join(" · ");
}

function ClaimCard({ claim, inText }: { claim: Claim; inText: boolean }) {
  const action = actionOf(claim.advice.action);
  return (
    <li id={`claim-${claim.id}`} class={`claim-card claim-card--${action}`} data-claim-id={claim.id} data-action={action}>
      <p class="claim-card__head">
        <ActionBadge claim={claim} link={false} /> <q class="claim-card__text">{claim.text}</q>
      </p>
      <p class="claim-card__meta">{describeClaim(claim)}</p>
      <p>
        <strong>Why: </strong>
        {claim.advice.reason}
      </p>
      {claim.advice.suggestion ? (
        <p>
          <strong>Try instead: </strong>
          {claim.advice.suggestion}
        </p>
      ) : null}
      {claim.flags.length > 0 ? (
        <ul class="flags" aria-label="Flags">
          {claim.flags.map((flag) => (
            <li>{flag.replace(/_/g, " ")}</li>
          ))}
        </ul>
      ) : null}
      {inText ? (
        <p class="claim-card__back">
          <a href={`#mark-${claim.id}`}>Show it in the text</a>
        </p>
      ) : null}
    </li>
  );
}

function countsLine(claims: Claim[]): string {
  if (claims.length === 0) return "No claims of online influence were found.";
  const counts = ACTIONS.map((action) => [action, claims.filter((claim) => actionOf(claim.advice.action) === action).length] as const)
    .filter(([, count]) => count > 0)
    .map(([action, count]) => `${count} to ${ACTION_LABEL[action].word.toLowerCase()}`);
  return `${claims.length} ${claims.length === 1 ? "claim" : "claims"}: ${counts.join(", ")}.`;
}

function documentLine(report: Report): string {
  const { document } = report;
  const parts = [FORMAT_LABEL[document.format] ?? document.format];
  if (document.pages !== null) parts.push(`${document.pages} ${document.pages === 1 ? "page" : "pages"}`);
  parts.push(`${document.words} words`);
  const type = document.type === "proposal" ? "bid" : "résumé";
  parts.push(`read as a ${type}${document.typeSource === "detected" ? " (worked out from the text)" : " (as you said)"}`);
  return parts.join(" · ");
}

function roleLine(report: Report): string {
  const { role } = report;
  const relevance = RELEVANCE_LABEL[role.relevance] ?? role.relevance;
  if (!role.input && role.source === "none") return `No target role given, so ${relevance}. Add a role for sharper advice.`;
  const family = role.family ? role.family.replace(/_/g, " ") : "no known role family";
  return `${role.input ? `“${role.input}”` : "The job description"} reads as ${family}: ${relevance}.`;
}

/** What the writer gets back, for the format they sent. */
const ANNOTATED_LABEL: Record<string, string> = {
  docx: "your Word document with a comment on each claim, and one on its first line with the verdict",
  pdf: "your PDF with each claim highlighted and its advice in a note, and the verdict in a note on page 1",
};
const MARKDOWN_COPY = "a Markdown copy of your text with each claim marked and the advice as footnotes";

/**
 * "Download your document with comments": the page's form sent again, to /annotate. Nothing of
 * the document was kept, so the file is sent once more: the page's script sends the file the
 * form still holds; without script the form is empty after the report, and the file is chosen again.
 */
function AnnotatedDownload({ format }: { format: string }) {
  return (
    <div class="download download--annotated">
      <button type="submit" form="audit-form" formaction="/annotate" formenctype="multipart/form-data" data-annotate="" aria-describedby="annotated-hint">
        Download your document with comments
      </button>
      <p class="hint" id="annotated-hint">
        You get {ANNOTATED_LABEL[format] ?? MARKDOWN_COPY}. <span class="no-js-only">Choose the file again in the form below first: without script, this page cannot keep it.</span>
      </p>
      <p class="hint" data-annotate-status="" role="status" aria-live="polite"></p>
    </div>
  );
}

/** Base64 of the UTF-8 JSON, built in chunks so a long report does not overflow the call stack. */
export function jsonDataUrl(value: unknown): string {
  const bytes = new TextEncoder().encode(JSON.stringify(value, null, 2));
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:application/json;base64,${btoa(binary)}`;
}

export function ReportView({ report }: { report: Report }) {
  const text = report.text;
  const highlighted = text === undefined ? null : highlightClaims(text, report.claims);
  const skipped = new Set(highlighted ? highlighted.skipped.map((claim) => claim.id) : report.claims.map((claim) => claim.id));
  const verdict = report.summary.verdict;
  return (
    <section class="report" aria-labelledby="report-title" data-verdict={verdict}>
      <div class={`verdict verdict--${verdict}`}>
        <h2 id="report-title" tabindex={-1}>
          {VERDICT_LABEL[verdict] ?? verdict}
        </h2>
        <p class="headline">{report.summary.headline}</p>
        <p class="score">
          <label for="report-score">Score</label> <meter id="report-score" min={0} max={100} low={40} high={70} optimum={100} value={report.summary.score}></meter>{" "}
          <span>{report.summary.score} / 100</span>
        </p>
        <p class="counts">{countsLine(report.claims)}</p>
        <p class="facts">{roleLine(report)}</p>
        <p class="facts">{documentLine(report)}</p>
        {report.engine.llm === "used" ? <p class="facts">Some of the advice was worded with the help of a language model.</p> : null}
      </div>

      <AnnotatedDownload format={report.document.format} />

      {report.document.warnings.length > 0 ? (
        <div class="warnings">
          <h3>Worth knowing about this file</h3>
          <ul>
            {report.document.warnings.map((warning) => (
              <li>{warning.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {highlighted && text !== undefined ? (
        <div class="doc">
          <h3 id="doc-title">Your document, with each claim marked</h3>
          <ul class="legend" aria-label="What the marks mean">
            {ACTIONS.map((action) => (
              <li class={`badge badge--${action}`}>
                <span aria-hidden="true">{ACTION_LABEL[action].icon}</span> {ACTION_LABEL[action].word}: {ACTION_LABEL[action].hint}
              </li>
            ))}
          </ul>
          <p class="hint">Select a marked claim to see why, and what to write instead.</p>
          <div class="doc__layout">
            <div class="doc__text">
              <Pieces pieces={highlighted.pieces} />
            </div>
            <aside id="claim-detail" class="detail" aria-live="polite" aria-label="The selected claim">
              <p class="detail__empty">Select a marked claim to see its advice here.</p>
            </aside>
          </div>
        </div>
      ) : null}

      <h3 id="claims-title">Every claim, and what to do with it</h3>
      {report.claims.length > 0 ? (
        <ol class="claims" aria-labelledby="claims-title">
          {report.claims.map((claim) => (
            <ClaimCard claim={claim} inText={!skipped.has(claim.id)} />
          ))}
        </ol>
      ) : (
        <p>No claims of online influence were found in this document.</p>
      )}

      {report.summary.advice.length > 0 ? (
        <>
          <h3>Advice for the whole document</h3>
          <ul class="advice">
            {report.summary.advice.map((line) => (
              <li>{line}</li>
            ))}
          </ul>
        </>
      ) : null}

      <p class="download">
        <a href={jsonDataUrl(report)} download="influence-audit-report.json" data-json-download="">
          Download this report as JSON
        </a>{" "}
        <span class="hint">(made in this page; nothing of your document is kept on the server)</span>
      </p>
      <p class="reference">Reference: {report.id}</p>
    </section>
  );
}
