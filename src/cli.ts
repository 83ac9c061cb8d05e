// The command line: a thin shell over core/analyze, no server involved.
//   influence-audit FILE... [--role TITLE] [--jd FILE] [--type resume|proposal|auto] [--json] [--jobs N]
//
// Arguments are read, and --help, --version and usage errors answered, before anything heavy
// is loaded: the documents are read by a pool of worker threads (node/pool.ts), which load the
// engine, and pdf.js or mammoth only with the first document that needs them.
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import type { DocumentSource } from "./core/analyze.ts";
import { AuditError } from "./core/errors.ts";
import { llmConfigFromEnv } from "./core/llm/config.ts";
import type { Report } from "./core/types.ts";
import { ENGINE_VERSION } from "./core/version.ts";
import { DEFAULT_MAX_BODY_BYTES } from "./config.ts";
import { problemFromUnknown, type Problem } from "./http/problem.ts";
import { AnalysisPool, workerCount } from "./node/pool.ts";
import { MAX_JOB_DESCRIPTION_CHARS, MAX_ROLE_CHARS } from "./schemas/field-limits.ts";

const USAGE = `Usage: influence-audit FILE... [--role TITLE] [--jd FILE] [--type resume|proposal|auto] [--json] [--jobs N]

Finds every claim of online influence in each résumé or bid (PDF, DOCX, text, Markdown, HTML)
and says whether it helps for the role.

  --role TITLE   the role the document is for, e.g. "Social Media Manager"
  --jd FILE      a job description to read the role from (outweighs --role)
  --type TYPE    resume, proposal or auto (default auto)
  --json         one JSON report per line (NDJSON), in the order of the files, each with
                 the file's name as "file"
  --jobs N       files read at once, each in its own worker thread (default: WORKERS from
                 the environment, or one per core)
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

const ACTION_MARK: Record<string, string> = { keep: "KEEP", strengthen: "STRENGTHEN", reframe: "REFRAME", remove: "REMOVE" };

export function formatReport(file: string, report: Report): string {
  const lines = [
    `${file}`,
    `  ${report.summary.verdict.replaceAll("_", " ")} (${report.summary.score}/100): ${report.summary.headline}`,
    `  role: ${report.role.input ?? "(none given)"} → ${report.role.family ?? "unknown family"}, influence is ${report.role.relevance}`,
  ];
  for (const claim of report.claims) {
    const where = claim.page ? `p.${claim.page} ` : "";
    lines.push(`  [${ACTION_MARK[claim.advice.action]}] ${where}"${claim.text}"${claim.flags.length ? `  (${claim.flags.join(", ")})` : ""}`);
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

type Outcome = { file: string; report: Report } | { file: string; problem: Problem };

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
  const pool = new AnalysisPool({
    size: Math.min(options.jobs, files.length),
    workerUrl: environment.workerUrl ?? new URL("./analysis-worker.js", import.meta.url),
  });

  const analyse = async (file: string): Promise<Outcome> => {
    const id = crypto.randomUUID();
    try {
      const report = await pool.analyze(await readSource(file, maxBytes), {
        id,
        role: options.role ?? null,
        jobDescription,
        documentType: options.type as "resume" | "proposal" | "auto",
        llm,
      });
      return { file, report };
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
    if (started < files.length) outcomes[started] = analyse(files[started++]!);
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
        output.out(options.json ? JSON.stringify({ file: name, ...outcome.report }) : formatReport(outcome.file, outcome.report) + "\n");
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
