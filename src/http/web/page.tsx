// The page around the form and the result. Everything is served by this Worker (no CDN,
// no fonts, no inline script or style), so it works offline and under a strict CSP.
import type { Child } from "hono/jsx";
import type { FieldError } from "../../core/errors.ts";
import { ROLE_FAMILIES } from "../../core/catalog/roles.ts";
import { APP_CSS } from "./app-css.ts";
import { APP_JS } from "./app-js.ts";
import { DOCUMENT_TYPE_LABEL, errorWords } from "./words.ts";

/** FNV-1a of the stylesheet and script, so a changed asset gets a new URL past any cache. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const ASSET_VERSION = fingerprint(APP_CSS + APP_JS);

export interface FormValues {
  role: string;
  jobDescription: string;
  documentType: string;
}

export const EMPTY_FORM: FormValues = { role: "", jobDescription: "", documentType: "auto" };

export interface FormOptions {
  values: FormValues;
  maxBodyBytes: number;
  accessKeyRequired: boolean;
  /** Field names to mark invalid, from the error being shown. */
  invalid: ReadonlySet<string>;
  /** Where the document's text also goes when a language model is configured; null when none is. */
  modelHost: string | null;
}

const ACCEPT = [".pdf", ".docx", ".txt", ".text", ".md", ".markdown", ".html", ".htm", "application/pdf", "text/plain", "text/markdown", "text/html"].join(",");

function roleSuggestions(): { value: string; label: string }[] {
  const seen = new Set<string>();
  const options: { value: string; label: string }[] = [];
  for (const family of ROLE_FAMILIES) {
    for (const title of family.titles) {
      const key = title.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      options.push({ value: title, label: family.label });
    }
  }
  return options;
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB`;
}

/** What happens to the document, for the configuration this server runs under. */
export function PrivacyNote({ modelHost }: { modelHost: string | null }) {
  return modelHost === null ? (
    <p class="privacy" id="privacy">
      Your document is read in memory to write this report and is not stored, logged or sent anywhere else.
    </p>
  ) : (
    <p class="privacy" id="privacy">
      Your document is read in memory to write this report and is not stored or logged. This server also sends its text to a
      language model at <strong>{modelHost}</strong>, which helps word the advice.
    </p>
  );
}

export function FormView({ values, maxBodyBytes, accessKeyRequired, invalid, modelHost }: FormOptions) {
  return (
    <section class="panel" aria-labelledby="form-title">
      <h2 id="form-title">Check a document</h2>
      <form id="audit-form" method="post" action="/" enctype="multipart/form-data" data-max-bytes={String(maxBodyBytes)}>
        {/* First, so that a browser without script sends the key before the document: the
            server checks it from the body's first bytes and reads no further without it. */}
        {accessKeyRequired ? (
          <div class="field">
            <label for="accessKey">Access key</label>
            <input type="password" id="accessKey" name="accessKey" autocomplete="off" aria-describedby="key-hint" aria-invalid={invalid.has("accessKey") ? "true" : undefined} />
            <p class="hint" id="key-hint">
              This server is private: enter the key you were given.
            </p>
          </div>
        ) : null}

        <div class="field field--file" id="drop-zone">
          <label for="file">Your résumé, CV or bid</label>
          <input
            type="file"
            id="file"
            name="file"
            accept={ACCEPT}
            aria-describedby="file-hint"
            aria-invalid={invalid.has("file") ? "true" : undefined}
          />
          <p class="hint" id="file-hint">
            PDF, Word (.docx), plain text, Markdown or HTML, up to {megabytes(maxBodyBytes)}.{" "}
            <span class="js-only">You can also drop the file anywhere on this page.</span>
          </p>
          <p class="hint file-chosen" id="file-chosen" aria-live="polite"></p>
        </div>

        <details class="field">
          <summary>Or paste the text instead</summary>
          <label for="text">The document's text</label>
          <textarea id="text" name="text" rows={8} aria-describedby="text-hint"></textarea>
          <p class="hint" id="text-hint">
            Used only when no file is chosen.
          </p>
        </details>

        <div class="field">
          <label for="role">The role you are going for</label>
          <input
            type="text"
            id="role"
            name="role"
            list="role-suggestions"
            maxlength={200}
            autocomplete="organization-title"
            value={values.role}
            aria-describedby="role-hint"
            aria-invalid={invalid.has("role") ? "true" : undefined}
          />
          <datalist id="role-suggestions">
            {roleSuggestions().map((option) => (
              <option value={option.value} label={option.label}></option>
            ))}
          </datalist>
          <p class="hint" id="role-hint">
            A job title, e.g. “Recruiter” or “Senior Backend Engineer”. Optional, but the advice depends on it.
          </p>
        </div>

        <div class="field">
          <label for="documentType">What kind of document is it?</label>
          <select id="documentType" name="documentType" aria-invalid={invalid.has("documentType") ? "true" : undefined}>
            {["auto", "resume", "proposal"].map((type) => (
              <option value={type} selected={values.documentType === type}>
                {DOCUMENT_TYPE_LABEL[type]}
              </option>
            ))}
          </select>
        </div>

        <div class="field">
          <label for="jobDescription">The job description or brief (optional)</label>
          <textarea
            id="jobDescription"
            name="jobDescription"
            rows={5}
            maxlength={50000}
            aria-describedby="jd-hint"
            aria-invalid={invalid.has("jobDescription") ? "true" : undefined}
          >
            {/* The parser drops one newline right after <textarea>, so one is given to it to drop. */}
            {"\n" + values.jobDescription}
          </textarea>
          <p class="hint" id="jd-hint">
            When given, it outweighs the title: “grow our TikTok” makes a coordinator role about audiences.
          </p>
        </div>

        {/* Said before the button, so it is read before anything is sent. */}
        <PrivacyNote modelHost={modelHost} />

        <div class="actions">
          <button type="submit" aria-describedby="privacy">
            Check my document
          </button>
          <div class="progress" id="progress" hidden>
            <progress id="progress-bar" max={100} aria-labelledby="status"></progress>
          </div>
          <p id="status" class="status" role="status" aria-live="polite"></p>
        </div>
      </form>
    </section>
  );
}

export interface ErrorViewProps {
  code: string;
  status: number;
  detail: string;
  requestId: string;
  errors?: FieldError[];
  maxBodyBytes: number;
  /** The fields could not be read back (the body was refused before it was read). */
  formLost: boolean;
  /** The page's script sent the form and keeps it, file and all; only this message is swapped in. */
  formUntouched?: boolean;
}

const FIELD_LABEL: Record<string, string> = {
  file: "File",
  text: "Text",
  role: "Role",
  jobDescription: "Job description",
  documentType: "Document type",
  accessKey: "Access key",
};

export function ErrorView(props: ErrorViewProps) {
  const words = errorWords(props.code, props.maxBodyBytes);
  return (
    <section class="problem" role="alert" aria-labelledby="problem-title" data-code={props.code} data-status={String(props.status)}>
      <h2 id="problem-title" tabindex={-1}>
        <span aria-hidden="true">⚠ </span>
        {words.title}
      </h2>
      <p>{words.advice}</p>
      {props.detail && props.code !== "internal_error" ? <p class="problem__detail">{props.detail}</p> : null}
      {props.errors && props.errors.length > 0 ? (
        <ul>
          {props.errors.map((error) => (
            <li>
              {FIELD_LABEL[error.field] ?? error.field}: {error.message}
            </li>
          ))}
        </ul>
      ) : null}
      <p class="problem__refill">
        {props.formUntouched
          ? "The form below still holds what you entered: change the file or the fields and send it again."
          : props.formLost
          ? "The form could not be filled in again, because the upload was refused before it was read. Choose the file and fill in the fields again."
          : "Your other answers are still in the form below. Browsers do not let a page put a file back, so choose the file again."}
      </p>
      <p class="reference">
        Reference: {props.requestId} (error {String(props.status)}, {props.code})
      </p>
    </section>
  );
}

export function Layout({ title, children }: { title: string; children: Child }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        {/* An empty icon, so the browser does not ask for /favicon.ico. */}
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href={`/assets/app.css?v=${ASSET_VERSION}`} />
        <script src={`/assets/app.js?v=${ASSET_VERSION}`} defer></script>
      </head>
      <body>
        <a class="skip" href="#main">
          Skip to the main content
        </a>
        <header class="site-header">
          <h1 class="brand">
            <a href="/">influence-audit</a>
          </h1>
          <p class="tagline">Does your follower count help you get this job? Claim by claim: keep, strengthen, reframe or remove.</p>
        </header>
        <main id="main" tabindex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <p>
            Nothing you upload is stored. For scripts and HR systems: <a href="/docs">the API</a>.
          </p>
        </footer>
      </body>
    </html>
  );
}

export function Page(props: { title: string; result: Child | null; form: FormOptions }) {
  return (
    <Layout title={props.title}>
      <div id="result" class="result">
        {props.result}
      </div>
      <FormView {...props.form} />
    </Layout>
  );
}
