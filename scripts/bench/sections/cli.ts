// The installed command as a user runs it, process start included: `--help`, one 2-page PDF,
// and every résumé PDF of the corpus in one run against a shell loop of pdftotext over the same
// files. Runs the built command (dist/, built here first) through bin/influence-audit.js.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildDist } from "../../build.ts";
import type { BenchContext } from "../context.ts";
import { filesIn, which } from "../context.ts";
import { resumePdf } from "../documents.ts";
import { SectionReport } from "../results.ts";
import { formatMs, median, now } from "../stats.ts";

interface Run {
  ms: number;
  /** Peak RSS in bytes, worker threads included. */
  rssBytes: number;
  status: number | null;
}

/** Runs a command to the end with its output discarded; times it and reads its peak RSS. */
function run(command: string, args: string[], usageFile?: string): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = now();
    const child = spawn(command, args, {
      stdio: ["ignore", "ignore", "ignore"],
      env: { ...process.env, ...(usageFile ? { BENCH_USAGE_FILE: usageFile } : {}) },
    });
    child.on("error", reject);
    child.on("close", (status) => {
      const ms = now() - started;
      let rssBytes = Number.NaN;
      if (usageFile) {
        try {
          rssBytes = Number(readFileSync(usageFile, "utf8")) * 1024;
        } catch {
          // The process died before writing it; the row says NaN.
        }
      }
      resolve({ ms, rssBytes, status });
    });
  });
}

export async function cliSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("cli");
  await buildDist();
  const work = mkdtempSync(join(tmpdir(), "bench-cli-"));
  const usageFile = join(work, "usage");
  const bin = join(ctx.root, "bin", "influence-audit.js");
  const preload = join(ctx.root, "scripts", "bench", "child-usage.cjs");
  const node = (args: string[]) => run(process.execPath, ["--require", preload, bin, ...args], usageFile);
  try {
    const repeats = ctx.quick ? 3 : 10;
    // Warm the file cache and the bytecode of Node itself first.
    await node(["--help"]);

    const help: Run[] = [];
    for (let i = 0; i < repeats; i++) help.push(await node(["--help"]));
    const helpMs = median(help.map((r) => r.ms));
    const helpRss = Math.max(...help.map((r) => r.rssBytes));
    report.check(`influence-audit --help, wall (median of ${repeats})`, formatMs(helpMs), "≤ 300 ms", helpMs <= 300);
    report.check("influence-audit --help, peak RSS (largest run)", `${(helpRss / 2 ** 20).toFixed(1)} MiB`, "≤ 150 MB", helpRss <= 150e6);

    const pdf = join(work, "resume-2-pages.pdf");
    const bytes = resumePdf(2);
    writeFileSync(pdf, bytes);
    const single: Run[] = [];
    for (let i = 0; i < repeats; i++) single.push(await node([pdf, "--json"]));
    const singleMs = median(single.map((r) => r.ms));
    report.check(
      `one 2-page PDF (${bytes.length} bytes), --json, process start included (median of ${repeats})`,
      `${formatMs(singleMs)}; peak RSS ${(Math.max(...single.map((r) => r.rssBytes)) / 2 ** 20).toFixed(1)} MiB; exit ${single[0]!.status}`,
      "≤ 600 ms",
      singleMs <= 600 && single.every((r) => r.status === 0),
    );
    report.data = { helpMs: help.map((r) => r.ms), helpRss: help.map((r) => r.rssBytes), singleMs: single.map((r) => r.ms), singleRss: single.map((r) => r.rssBytes) };

    const files = filesIn(join(ctx.corpus, "resumes-pdf"), ".pdf");
    const pdftotext = which("pdftotext");
    if (files.length === 0 || pdftotext === null) {
      report.row("corpus run against pdftotext", "skipped", "≤ 1.5×", "skipped");
      report.note(files.length === 0 ? "no résumé PDFs in ../shared/corpus/resumes-pdf" : "pdftotext is not installed (apt-get install poppler-utils)");
      return report;
    }
    // pdftotext one file at a time, as a shell loop would, to standard output.
    const loop = () => run("sh", ["-c", 'for f in "$@"; do pdftotext -q "$f" -; done >/dev/null', "sh", ...files]);
    const ours = () => node([...files, "--json"]);
    await loop();
    await ours();
    const rounds = ctx.quick ? 1 : 5;
    const oursMs: number[] = [];
    const loopMs: number[] = [];
    let exit: number | null = null;
    for (let round = 0; round < rounds; round++) {
      const result = await ours();
      exit = result.status;
      oursMs.push(result.ms);
      loopMs.push((await loop()).ms);
    }
    const ratios = oursMs.map((ms, round) => ms / loopMs[round]!);
    const ratio = median(ratios);
    report.row("corpus", `${files.length} résumé PDFs; ours: one run of the command, workers by default (one per core); exit ${exit}`);
    report.row("ours, all files, process start included", `${formatMs(median(oursMs))} (median of ${rounds}; best ${formatMs(Math.min(...oursMs))})`);
    report.row("shell loop of pdftotext -q FILE -, all files", `${formatMs(median(loopMs))} (median of ${rounds}; best ${formatMs(Math.min(...loopMs))})`);
    report.check(
      `ratio command line / pdftotext loop (median of ${rounds} rounds, in turn)`,
      `${ratio.toFixed(2)}× (rounds ${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)})`,
      "≤ 1.5×",
      ratio <= 1.5,
    );
    report.data = { ...report.data, corpusFiles: files.length, oursMs, loopMs, ratios, ratio };
    return report;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
