// What giving the document back with its notes costs over the analysis alone, on the corpus's
// résumés (PDF and DOCX): the time of the two passes, taking turns, over every file, how much
// the files grow, and how many claims carry a note where they stand.
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { BenchContext } from "../context.ts";
import { filesIn } from "../context.ts";
import { SectionReport } from "../results.ts";
import { formatBytes, formatMs, median, timeAsync } from "../stats.ts";

export async function annotateSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("annotate");
  const { analyzeDocument } = await import("../../../src/core/analyze.ts");
  const { annotateDocument } = await import("../../../src/core/annotate/index.ts");
  const options = { id: "bench", role: "Marketing Manager" };
  for (const [label, folder, ext] of [
    ["PDF", join(ctx.corpus, "resumes-pdf"), ".pdf"],
    ["DOCX", join(ctx.corpus, "resumes-docx"), ".docx"],
  ] as const) {
    const documents = filesIn(folder, ext).map((file) => ({ name: basename(file), bytes: new Uint8Array(readFileSync(file)) }));
    if (documents.length === 0) {
      report.note(`no ${ext} files in ${folder}`);
      continue;
    }
    const source = (doc: (typeof documents)[number]) => ({ kind: "bytes" as const, bytes: doc.bytes, fileName: doc.name });
    let claims = 0;
    let marked = 0;
    let before = 0;
    let after = 0;
    const failures: string[] = [];
    const analysePass = async () => {
      for (const doc of documents) await analyzeDocument(source(doc), options).catch(() => undefined);
    };
    const annotatePass = async () => {
      claims = marked = before = after = 0;
      failures.length = 0;
      for (const doc of documents) {
        try {
          const result = await annotateDocument(source(doc), options);
          claims += result.report.claims.length;
          marked += result.marked.length;
          before += doc.bytes.length;
          after += result.bytes.length;
        } catch (error) {
          failures.push(`${doc.name}: ${(error as { code?: string }).code ?? "error"}`);
        }
      }
    };
    // One untimed pass each, then rounds in which each takes its turn (the host's speed drifts).
    await analysePass();
    await annotatePass();
    const rounds = ctx.quick ? 1 : 3;
    const analyseMs: number[] = [];
    const annotateMs: number[] = [];
    for (let round = 0; round < rounds; round++) {
      analyseMs.push(await timeAsync(analysePass));
      annotateMs.push(await timeAsync(annotatePass));
    }
    const analyse = median(analyseMs);
    const annotate = median(annotateMs);
    report.row(`${label}: ${documents.length} résumés, analysed / given back with notes (all files, median of ${rounds})`, `${formatMs(analyse)} / ${formatMs(annotate)} (×${(annotate / analyse).toFixed(2)})`);
    report.row(`${label}: per file, analysed / with notes`, `${formatMs(analyse / documents.length)} / ${formatMs(annotate / documents.length)}`);
    report.row(`${label}: files' size, before / after`, `${formatBytes(before)} / ${formatBytes(after)} (${after >= before ? "+" : "−"}${formatBytes(Math.abs(after - before))})`);
    report.check(`${label}: claims with a note where they stand`, `${marked} of ${claims}`, "all", marked === claims);
    if (failures.length > 0) report.note(`${label} failures: ${failures.join(", ")}`);
    report.data[label] = { files: documents.length, analyseMs, annotateMs, claims, marked, bytesBefore: before, bytesAfter: after, failures };
  }
  return report;
}
