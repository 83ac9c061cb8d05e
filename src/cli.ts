// The command line: a thin shell over core/analyze, no server involved.
//   influence-audit FILE... [--role TITLE] [--jd FILE] [--type resume|proposal|auto] [--json] [--jobs N] [--annotate OUT_DIR]
//
// Arguments are read, and --help, --version and usage errors answered, before anything heavy
// is loaded: the documents are read by a pool of worker threads (node/pool.ts), which load the
// engine, and pdf.js or mammoth only with the first document that needs them.
import { mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { basename, extname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import type { DocumentSource } from "./core/analyze.ts";
import { reportLabels } from "./core/annotate/notes.ts";
import { AuditError } from "./core/errors.ts";
import { llmConfigFromEnv } from "./core/llm/config.ts";
import type { Report } from "./core/types.ts";
import { ENGINE_VERSION } from "./core/version.ts";
import { DEFAULT_MAX_BODY_BYTES } from "./config.ts";
import { problemFromUnknown, type Problem } from "./http/problem.ts";
import { AnalysisPool, workerCount } from "./node/pool.ts";
import { MAX_JOB_DESCRIPTION_CHARS, MAX_ROLE_CHARS } from "./schemas/field-limits.ts";

const USAGE = `Usage: influence-audit FILE... [--role TITLE] [--jd FILE] [--type resume|proposal|auto] [--json] [--jobs N]
                       [--annotate OUT_DIR]

Finds every claim of online influence in each résumé or bid (PDF, DOCX, text, Markdown, HTML)
and says whether it helps for the role.

  --role TITLE   the role the document is for, e.g. "Social Media Manager"
  --jd FILE      a job description to read the role from (outweighs --role)
  --type TYPE    resume, proposal or auto (default auto)
  --json         one JSON report per line (NDJSON), in the order of the files, each with
                 the file's name as "file"
  --jobs N       files read at once, each in its own worker thread (default: WORKERS from
                 the environment, or one per core)
  --annotate DIR also write each document back into DIR with the advice in it: a DOCX with
                 a comment on each claim, a PDF with a highlight and note on each, a Markdown
                 copy with footnotes for text, Markdown and HTML (cv.pdf -> DIR/cv-annotated.pdf;
                 DIR is made if missing, a file of that name replaced)
  -h, --help     this text
  --version      the engine version

Files larger than MAX_BODY_BYTES (default 10 MiB) are refused, as the API refuses them.
Exit status: 0 when every file was analysed, 1 when any failed, 2 on a usage error.`;

export interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

export interface CliEnvironment {
  /** The built worker module; by default the one beside this file once built (dist/). */
  workerUrl?: URL;
  env?: Record<string, string | undefined>;
}

const defaultOutput: Output = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

class UsageError extends Error {}

function parseCommandLine(argv: string[], env: Record<string, string | undefined>) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        role: { type: "string" },
        jd: { type: "string" },
        type: { type: "string", default: "auto" },
        json: { type: "boolean", default: false },
        jobs: { type: "string" },
        annotate: { type: "string" },
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { ...values, files: positionals, jobs: 1 };
  if (positionals.length === 0) throw new UsageError("Name at least one file.");
  if (!["resume", "proposal", "auto"].includes(values.type!)) throw new UsageError(`--type must be resume, proposal or auto, not "${values.type}".`);
  if (values.role !== undefined && values.role.length > MAX_ROLE_CHARS) throw new UsageError(`--role takes at most ${MAX_ROLE_CHARS} characters.`);
  if (values.annotate !== undefined && values.annotate.trim() === "") throw new UsageError("--annotate needs the folder to write into.");
  let jobs: number;
  try {
    jobs = values.jobs !== undefined ? workerCount(values.jobs, "--jobs") : workerCount(env.WORKERS, "WORKERS");
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  return { ...values, files: positionals, jobs };
}

function positiveInteger(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

async function readSource(file: string, maxBytes: number): Promise<DocumentSource> {
  // Checked before reading, so a huge file is never held in memory.
  if ((await stat(file)).size > maxBytes) {
    throw new AuditError("payload_too_large", `The file is larger than ${maxBytes} bytes.`);
  }
  const bytes = new Uint8Array(await readFile(file));
  const isUtf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (extname(file).toLowerCase() === ".txt" && !isUtf16) {
    return { kind: "text", text: new TextDecoder("utf-8", { ignoreBOM: false }).decode(bytes) };
  }
  return { kind: "bytes", bytes, fileName: basename(file) };
}

export function formatReport(file: string, report: Report): string {
  // The verdict and the actions in the document's language, like the advice itself.
  const labels = reportLabels(report.document.language);
  const lines = [
    `${file}`,
    `  ${labels.verdictShort[report.summary.verdict]} (${report.summary.score}/100): ${report.summary.headline}`,
    `  role: ${report.role.input ?? "(none given)"} → ${report.role.family ?? "unknown family"}, influence is ${report.role.relevance}`,
  ];
  for (const claim of report.claims) {
    const where = claim.page ? `p.${claim.page} ` : "";
    lines.push(`  [${labels.action[claim.advice.action].toUpperCase()}] ${where}"${claim.text}"${claim.flags.length ? `  (${claim.flags.join(", ")})` : ""}`);
    lines.push(`      ${claim.advice.reason}`);
    if (claim.advice.suggestion) lines.push(`      → ${claim.advice.suggestion}`);
  }
  if (report.summary.advice.length) {
    lines.push("  advice:");
    for (const point of report.summary.advice) lines.push(`   - ${point}`);
  }
  for (const warning of report.document.warnings) lines.push(`  warning (${warning.code}): ${warning.message}`);
  return lines.join("\n");
}

type Outcome = { file: string; report: Report; annotated?: string } | { file: string; problem: Problem };

/**
 * The name each file's annotated copy starts with: its own name without the extension, numbered
 * from the second file of a run with the same one ("cv", "cv-2"), in the order the files were named.
 */
export function annotatedStems(files: readonly string[]): string[] {
  const taken = new Set<string>();
  return files.map((file) => {
    const own = basename(file).replace(/\.[^.]{1,10}$/, "") || "document";
    let stem = own;
    for (let n = 2; taken.has(stem.toLowerCase()); n++) stem = `${own}-${n}`;
    taken.add(stem.toLowerCase());
    return stem;
  });
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "EISDIR" || code === "EACCES";
}

export async function main(argv: string[], output: Output = defaultOutput, environment: CliEnvironment = {}): Promise<number> {
  const env = environment.env ?? process.env;
  let options;
  try {
    options = parseCommandLine(argv, env);
  } catch (error) {
    output.err(`influence-audit: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    output.out(USAGE);
    return 0;
  }
  if (options.version) {
    output.out(ENGINE_VERSION);
    return 0;
  }
  let jobDescription: string | null = null;
  if (options.jd !== undefined) {
    try {
      jobDescription = (await readFile(options.jd, "utf8")).slice(0, MAX_JOB_DESCRIPTION_CHARS);
    } catch {
      output.err(`influence-audit: cannot read the job description file "${options.jd}".`);
      return 2;
    }
  }
  const llm = llmConfigFromEnv(env);
  const maxBytes = positiveInteger(env.MAX_BODY_BYTES, DEFAULT_MAX_BODY_BYTES);
  const files = options.files;
  const annotateInto = options.annotate;
  if (annotateInto !== undefined) {
    try {
      await mkdir(annotateInto, { recursive: true });
    } catch {
      output.err(`influence-audit: cannot make the folder "${annotateInto}" for --annotate.`);
      return 2;
    }
  }
  const stems = annotatedStems(files);
  if (annotateInto !== undefined) {
    // A copy must never land on a file of the run, read or still to be read.
    const inputs = new Set(files.map((file) => resolve(file)));
    for (const stem of stems) {
      const clash = ["pdf", "docx", "md"].map((extension) => resolve(annotateInto, `${stem}-annotated.${extension}`)).find((target) => inputs.has(target));
      if (clash !== undefined) {
        output.err(`influence-audit: --annotate would write over "${clash}", one of the files to read; choose another folder.`);
        return 2;
      }
    }
  }
  const pool = new AnalysisPool({
    size: Math.min(options.jobs, files.length),
    workerUrl: environment.workerUrl ?? new URL("./analysis-worker.js", import.meta.url),
  });

  const analyse = async (file: string, index: number): Promise<Outcome> => {
    const id = crypto.randomUUID();
    try {
      const source = await readSource(file, maxBytes);
      const analyzeOptions = {
        id,
        role: options.role ?? null,
        jobDescription,
        documentType: options.type as "resume" | "proposal" | "auto",
        llm,
      };
      if (annotateInto === undefined) return { file, report: await pool.analyze(source, analyzeOptions) };
      const annotated = await pool.annotate(source, analyzeOptions);
      const target = join(annotateInto, `${stems[index]}-annotated.${annotated.extension}`);
      await writeFile(target, annotated.bytes);
      return { file, report: annotated.report, annotated: target };
    } catch (error) {
      const problem = isMissingFile(error)
        ? { type: "about:blank", title: "File not readable", status: 400, code: "file_not_readable", detail: `Cannot read "${basename(file)}".`, instance: id }
        : problemFromUnknown(error, id);
      return { file, problem };
    }
  };

  // Files are read ahead of the one printed next, at most two per worker: enough to keep every
  // worker busy while a slow file holds up the output, and a bound on what waits in memory.
  const lookahead = Math.max(2, 2 * options.jobs);
  const outcomes: (Promise<Outcome> | undefined)[] = [];
  let started = 0;
  const startNext = () => {
    if (started < files.length) {
      outcomes[started] = analyse(files[started]!, started);
      started++;
    }
  };
  while (started < Math.min(lookahead, files.length)) startNext();

  let failures = 0;
  try {
    for (let index = 0; index < files.length; index++) {
      const outcome = await outcomes[index]!;
      outcomes[index] = undefined;
      startNext();
      const name = basename(outcome.file);
      if ("report" in outcome) {
        const annotated = outcome.annotated !== undefined ? { annotated: outcome.annotated } : {};
        if (options.json) output.out(JSON.stringify({ file: name, ...annotated, ...outcome.report }));
        else output.out(formatReport(outcome.file, outcome.report) + (outcome.annotated !== undefined ? `\n  with the advice in it: ${outcome.annotated}` : "") + "\n");
      } else {
        failures++;
        if (options.json) output.out(JSON.stringify({ file: name, error: outcome.problem }));
        output.err(`influence-audit: ${outcome.file}: ${outcome.problem.code}: ${outcome.problem.detail}`);
      }
    }
  } finally {
    await pool.close();
  }
  return failures > 0 ? 1 : 0;
}
