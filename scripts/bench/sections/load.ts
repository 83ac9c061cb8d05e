// A hostile mix under load: good and bad documents from many clients at once against the
// real Worker bundle, with a low body limit so oversized bodies are cheap to send.
import { existsSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative } from "node:path";
import type { BenchContext } from "../context.ts";
import { filesIn } from "../context.ts";
import { buildZip } from "../../make-fixtures.ts";
import { resumeDocx, resumePdf, resumeText } from "../documents.ts";
import { runLoad, type RequestSpec } from "../http-client.ts";
import { SectionReport } from "../results.ts";
import { formatMs, percentile } from "../stats.ts";
import { startWorker } from "../worker.ts";

const BODY_LIMIT = 1024 * 1024;
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function seededBytes(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

function png(): Uint8Array {
  // The PNG signature and an IHDR chunk header: enough for any sniffer to say "PNG".
  const head = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 2, 0, 0, 0];
  const out = new Uint8Array(4096);
  out.set(head);
  out.set(seededBytes(4096 - head.length, 99), head.length);
  return out;
}

// A DOCX whose main part inflates to 200 MiB of one repeated paragraph: about 200 KiB on the wire.
function zipBombDocx(): Uint8Array {
  const paragraph = "<w:p><w:r><w:t>Grew the Instagram account to 200K followers.</w:t></w:r></w:p>";
  const document = Buffer.alloc(200 * 1024 * 1024, paragraph);
  return buildZip([
    { name: "[Content_Types].xml", data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>' },
    { name: "word/document.xml", data: new Uint8Array(document.buffer, document.byteOffset, document.byteLength) },
  ]);
}

function multipart(fields: Record<string, string>, file: { name: string; type: string; bytes: Uint8Array }): { body: Uint8Array; type: string } {
  const boundary = "----bench7d1f0e";
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  for (const [name, value] of Object.entries(fields)) parts.push(enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(enc.encode(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${file.name}"\r\ncontent-type: ${file.type}\r\n\r\n`));
  parts.push(file.bytes, enc.encode(`\r\n--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), type: `multipart/form-data; boundary=${boundary}` };
}

function buildMix(ctx: BenchContext): { specs: RequestSpec[]; sources: string[] } {
  const path = "/v1/analyze?role=Software%20Engineer";
  const enc = new TextEncoder();
  const pdf = resumePdf(2);
  const text = resumeText(5_000);
  const specs: RequestSpec[] = [
    { kind: "good: pdf (raw)", path, headers: { "content-type": "application/pdf" }, body: pdf },
    { kind: "good: text (json)", path: "/v1/analyze", headers: { "content-type": "application/json" }, body: enc.encode(JSON.stringify({ text, role: "Recruiter" })) },
    { kind: "good: text (raw)", path, headers: { "content-type": "text/plain; charset=utf-8" }, body: enc.encode(text) },
    { kind: "good: pdf (multipart)", path: "/v1/analyze", ...(() => { const m = multipart({ role: "Brand Manager" }, { name: "cv.pdf", type: "application/pdf", bytes: pdf }); return { headers: { "content-type": m.type }, body: m.body }; })() },
    { kind: "bad: truncated pdf", path, headers: { "content-type": "application/pdf" }, body: pdf.slice(0, Math.floor(pdf.byteLength / 2)) },
    { kind: "bad: random bytes", path, headers: { "content-type": "application/pdf" }, body: seededBytes(64 * 1024, 7) },
    { kind: "bad: png", path, headers: { "content-type": "image/png" }, body: png() },
    { kind: "bad: empty", path, headers: { "content-type": "application/pdf" }, body: new Uint8Array(0) },
    { kind: "bad: invalid json", path: "/v1/analyze", headers: { "content-type": "application/json" }, body: enc.encode('{"text": "Klout score of 7') },
    { kind: "bad: oversized (content-length)", path, headers: { "content-type": "application/pdf" }, body: seededBytes(BODY_LIMIT + 512 * 1024, 11) },
    { kind: "bad: oversized (chunked)", path, headers: { "content-type": "application/pdf" }, body: seededBytes(BODY_LIMIT + 512 * 1024, 13), chunked: true },
  ];
  const sources = ["generated: 2-page résumé PDF, 5,000-char résumé text, random bytes, PNG header, empty, oversized bodies"];

  specs.push({ kind: "good: docx (raw)", path, headers: { "content-type": DOCX_TYPE }, body: resumeDocx(2) });
  specs.push({ kind: "bad: zip bomb docx", path, headers: { "content-type": DOCX_TYPE }, body: zipBombDocx() });
  sources.push("generated: 2-page résumé DOCX, a DOCX whose document.xml inflates to 200 MiB");

  const corpusDocx = filesIn(join(ctx.corpus, "resumes-docx"), ".docx")[0];
  if (corpusDocx) {
    specs.push({ kind: "good: corpus docx", path, headers: { "content-type": DOCX_TYPE }, body: new Uint8Array(readFileSync(corpusDocx)) });
    sources.push(`corpus docx: ${basename(corpusDocx)}`);
  }
  const encrypted = join(ctx.corpus, "hard-pdf", "encrypted-userpw__issue6010_1.pdf");
  if (existsSync(encrypted)) {
    specs.push({ kind: "bad: corpus encrypted pdf", path, headers: { "content-type": "application/pdf" }, body: new Uint8Array(readFileSync(encrypted)) });
    sources.push(`corpus encrypted pdf: ${basename(encrypted)}`);
  }
  // Every document under fixtures/ and fixtures/bad/ joins the mix as a raw body of no declared type.
  const fixtureFiles = [ctx.fixtures, join(ctx.fixtures, "bad")].flatMap((dir) => filesIn(dir, "").filter((file) => statSync(file).isFile() && basename(file) !== "README.md"));
  for (const file of fixtureFiles.slice(0, 60)) {
    if (statSync(file).size > BODY_LIMIT) continue;
    const name = relative(ctx.fixtures, file);
    specs.push({ kind: `fixture: ${name}`, path, headers: { "content-type": "application/octet-stream" }, body: new Uint8Array(readFileSync(file)) });
  }
  if (fixtureFiles.length > 0) sources.push(`${Math.min(60, fixtureFiles.length)} files from fixtures/ and fixtures/bad/`);
  return { specs, sources };
}

export async function loadSection(ctx: BenchContext): Promise<SectionReport> {
  const report = new SectionReport("load");
  const { specs, sources } = buildMix(ctx);
  const worker = await startWorker({ MAX_BODY_BYTES: String(BODY_LIMIT) });
  try {
    const concurrency = 50;
    const maxMs = ctx.quick ? 10_000 : 30_000;
    // One of each kind first, one at a time and untimed, so the isolate's cold start is not in the figures.
    await runLoad({ base: worker.url, concurrency: 1, maxRequests: specs.length, maxMs: 120_000, next: (i) => specs[i]! });
    const { outcomes, wallMs } = await runLoad({
      base: worker.url,
      concurrency,
      maxRequests: 200_000,
      maxMs,
      next: (i) => specs[i % specs.length]!,
    });
    const failed = outcomes.filter((o) => o.status === null);
    const fiveHundreds = outcomes.filter((o) => o.status !== null && o.status >= 500);
    const byStatus = new Map<string, number>();
    const byKind = new Map<string, Map<string, number>>();
    for (const o of outcomes) {
      const status = o.status === null ? "failed" : String(o.status);
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      const kind = byKind.get(o.kind) ?? new Map<string, number>();
      kind.set(status, (kind.get(status) ?? 0) + 1);
      byKind.set(o.kind, kind);
    }
    const latencies = outcomes.map((o) => o.ms);
    report.row("load", `${concurrency} clients for ${maxMs / 1000} s, ${specs.length} kinds of request in rotation, body limit ${BODY_LIMIT} bytes`);
    report.row("requests served", `${outcomes.length} in ${formatMs(wallMs)} (${((outcomes.length * 1000) / wallMs).toFixed(1)}/s)`);
    report.row("per status", [...byStatus].sort().map(([s, c]) => `${s}: ${c}`).join(", "));
    report.row("p50 / p99 latency", `${formatMs(percentile(latencies, 50))} / ${formatMs(percentile(latencies, 99))}`);
    report.check("5xx responses", String(fiveHundreds.length), "0", fiveHundreds.length === 0);
    report.check("failed requests (network)", String(failed.length), "0", failed.length === 0);
    for (const [kind, counts] of [...byKind].sort()) report.row(`  ${kind}`, [...counts].map(([s, c]) => `${s}: ${c}`).join(", "));
    const serverErrors = [...new Set(fiveHundreds.map((o) => `${o.status} ${o.serverError ?? ""}`))];
    if (serverErrors.length > 0) report.note(`5xx answers: ${serverErrors.slice(0, 5).join("; ")}`);
    // wrangler's dev bundler rebuilds and restarts the Worker when a source file changes, even
    // with watching turned off: an edit during the run shows up as these 503s.
    if (serverErrors.some((error) => error.includes("restarted mid-request"))) {
      report.note("the local Worker was restarted during the run: were source files changed while it ran?");
    }
    if (failed.length > 0) report.note(`network errors: ${[...new Set(failed.map((o) => o.error))].slice(0, 5).join("; ")}`);
    for (const source of sources) report.note(source);
    report.data = {
      concurrency,
      wallMs,
      requests: outcomes.length,
      byStatus: Object.fromEntries(byStatus),
      byKind: Object.fromEntries([...byKind].map(([k, v]) => [k, Object.fromEntries(v)])),
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
    };
  } finally {
    await worker.dispose();
  }
  return report;
}
