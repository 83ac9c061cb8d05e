// The command line: a thin shell over core/analyze, no server involved.
//   influence-audit FILE... [--role TITLE] [--jd FILE] [--type resume|proposal|auto] [--json]
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { parseArgs } from "node:util";
import { analyzeDocument, ENGINE_VERSION, type DocumentSource } from "./core/analyze.ts";
import { llmConfigFromEnv } from "./core/llm/config.ts";
import type { Report } from "./core/types.ts";
import { problemFromUnknown } from "./http/problem.ts";
import { MAX_JOB_DESCRIPTION_CHARS, MAX_ROLE_CHARS } from "./schemas/request.ts";

const USAGE = `Usage: influence-audit FILE... [--role TITLE] [--jd FILE] [--type resume|proposal|auto] [--json]

Finds every claim of online influence in each résumé or bid (PDF, DOCX, text, Markdown, HTML)
and says whether it helps for the role.

  --role TITLE   the role the document is for, e.g. "Social Media Manager"
  --jd FILE      a job description to read the role from (outweighs --role)
  --type TYPE    resume, proposal or auto (default auto)
  --json         one JSON report per line (NDJSON), in the order of the files
  -h, --help     this text
  --version      the engine version

Exit status: 0 when every file was analysed, 1 when any failed, 2 on a usage error.`;

interface Output {
  out: (line: string) => void;
  err: (line: string) => void;
}

const defaultOutput: Output = {
  out: (line) => process.stdout.write(line + "\n"),
  err: (line) => process.stderr.write(line + "\n"),
};

class UsageError extends Error {}

function parseCommandLine(argv: string[]) {
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
        help: { type: "boolean", short: "h", default: false },
        version: { type: "boolean", default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help || values.version) return { ...values, files: positionals };
  if (positionals.length === 0) throw new UsageError("Name at least one file.");
  if (!["resume", "proposal", "auto"].includes(values.type!)) throw new UsageError(`--type must be resume, proposal or auto, not "${values.type}".`);
  if (values.role !== undefined && values.role.length > MAX_ROLE_CHARS) throw new UsageError(`--role takes at most ${MAX_ROLE_CHARS} characters.`);
  return { ...values, files: positionals };
}

async function readSource(file: string): Promise<DocumentSource> {
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

export async function main(argv: string[], output: Output = defaultOutput): Promise<number> {
  let options;
  try {
    options = parseCommandLine(argv);
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
  const llm = llmConfigFromEnv(process.env);
  let failures = 0;
  for (const file of options.files) {
    const id = crypto.randomUUID();
    try {
      const report = await analyzeDocument(await readSource(file), {
        id,
        role: options.role ?? null,
        jobDescription,
        documentType: options.type as "resume" | "proposal" | "auto",
        llm,
      });
      output.out(options.json ? JSON.stringify(report) : formatReport(file, report) + "\n");
    } catch (error) {
      failures++;
      const problem = isMissingFile(error)
        ? { type: "about:blank", title: "File not readable", status: 400, code: "file_not_readable", detail: `Cannot read "${file}".`, instance: id }
        : problemFromUnknown(error, id);
      if (options.json) output.out(JSON.stringify({ file, error: problem }));
      output.err(`influence-audit: ${file}: ${problem.code}: ${problem.detail}`);
    }
  }
  return failures > 0 ? 1 : 0;
}

function isMissingFile(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "ENOENT" || code === "EISDIR" || code === "EACCES";
}
