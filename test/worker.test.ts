// The real wrangler bundle in local workerd: what only breaks once bundled (pdf.js's
// worker, mammoth's Buffer-less path, node_compat) fails here.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { unstable_startWorker } from "wrangler";
import { annotateDocument } from "../src/core/annotate/index.ts";
import { extractDocument } from "../src/core/extract/index.ts";
import { docxComments, pdfPages, readZipParts } from "./helpers/annotations.ts";
import { asMultipart, createInfluenceAuditClient, type Problem, type Report } from "../client/index.ts";
import { buildDocx } from "../scripts/make-fixtures.ts";

const root = join(import.meta.dirname, "..");
const fixtures = join(root, "fixtures");

function fixture(path: string): { name: string; bytes: Uint8Array<ArrayBuffer> } {
  return { name: basename(path), bytes: new Uint8Array(readFileSync(join(fixtures, path))) };
}

const BODY_LIMIT = 1024 * 1024;

// Real résumé PDFs embed their fonts, which the generated fixtures do not; pdf.js loads them
// through the stand-ins of pdfjs-env.ts, which only the bundle can show working in workerd.
const corpusPdfs = join(root, "../shared/corpus/resumes-pdf");

let worker: Awaited<ReturnType<typeof unstable_startWorker>>;
let base: string;

// Everything the local runtime prints (wrangler relays the Worker's console) while this file runs.
const printed: string[] = [];
const restoreOutput: (() => void)[] = [];
function recordOutput(): void {
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write;
    stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
      printed.push(String(chunk));
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
    restoreOutput.push(() => (stream.write = write));
  }
  for (const method of ["log", "info", "warn", "error"] as const) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      printed.push(args.map(String).join(" "));
      original.apply(console, args);
    };
    restoreOutput.push(() => (console[method] = original));
  }
}

beforeAll(async () => {
  recordOutput();
  worker = await unstable_startWorker({
    config: join(root, "wrangler.toml"),
    // A low body limit keeps the oversized-body test cheap; every fixture is far below it.
    bindings: { MAX_BODY_BYTES: { type: "plain_text", value: String(BODY_LIMIT) } },
    dev: { server: { hostname: "127.0.0.1", port: 0 }, inspector: false, persist: false, logLevel: "warn", watch: false },
  });
  base = (await worker.url).toString();
}, 120_000);

afterAll(async () => {
  await worker?.dispose();
  for (const restore of restoreOutput.splice(0)) restore();
});

async function post(path: string, file: { name: string; bytes: Uint8Array<ArrayBuffer> }, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new File([file.bytes], file.name));
  for (const [key, value] of Object.entries(fields)) form.append(key, value);
  return fetch(new URL(path, base), { method: "POST", body: form });
}

describe("the wrangler bundle", () => {
  it("serves /healthz", async () => {
    const response = await fetch(new URL("/healthz", base));
    expect(response.status).toBe(200);
  });

  it("extracts and analyses a PDF", async () => {
    const pdf = fixture("social-media-manager.pdf");
    const response = await post("/v1/analyze", pdf, { role: "Social Media Manager", include: "text" });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { document: { format: string; pages: number }; text: string; claims: Array<{ platform: string | null; text: string; span: { start: number; end: number }; page: number | null }> };
    expect(report.document.format).toBe("pdf");
    expect(report.document.pages).toBeGreaterThanOrEqual(1);
    expect(report.claims.some((claim) => claim.platform === "klout")).toBe(true);
    for (const claim of report.claims) {
      expect(report.text.slice(claim.span.start, claim.span.end)).toBe(claim.text);
      expect(claim.page).not.toBeNull();
    }
  });

  it.skipIf(!existsSync(corpusPdfs))("reads real PDFs, fonts embedded, to the same text as Node", async () => {
    const names = readdirSync(corpusPdfs).filter((name) => name.endsWith(".pdf")).sort().slice(0, 3);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) {
      const file = { name, bytes: new Uint8Array(readFileSync(join(corpusPdfs, name))) };
      const response = await post("/v1/extract", file);
      expect(response.status, name).toBe(200);
      const body = (await response.json()) as { text: string };
      const inNode = await extractDocument(file.bytes.slice(), { fileName: name });
      expect(body.text.length, name).toBeGreaterThan(0);
      expect(body.text, name).toBe(inNode.text);
    }
  }, 60_000);

  it("extracts a DOCX", async () => {
    const docx = fixture("social-media-manager.docx");
    const response = await post("/v1/extract", docx);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { document: { format: string }; text: string };
    expect(body.document.format).toBe("docx");
    expect(body.text).toMatch(/Klout/);
  });

  it("reads a DOCX's header and footer as Node does", async () => {
    const bytes = buildDocx(["Summary", "Led the payments team."], {
      margins: [
        { kind: "header", blocks: ["Jane Doe · 120K Instagram followers"] },
        { kind: "footer", blocks: ["jane@example.com"] },
      ],
    }) as Uint8Array<ArrayBuffer>;
    const response = await post("/v1/extract", { name: "header.docx", bytes });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { text: string };
    expect(body.text).toBe((await extractDocument(bytes)).text);
    expect(body.text).toMatch(/^Jane Doe · 120K Instagram followers\n\n[\s\S]*\n\njane@example\.com$/);
  });

  it("serves concurrent documents without cancelling the ones that wait for a turn", async () => {
    const pdf = fixture("social-media-manager.pdf");
    const responses = await Promise.all(Array.from({ length: 8 }, () => post("/v1/analyze", pdf, { role: "Recruiter" })));
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(200));
  });

  it("refuses chunked bodies over the limit without upsetting the requests beside them", async () => {
    const chunk = new Uint8Array(BODY_LIMIT / 2).fill(65);
    const oversized = () =>
      fetch(new URL("/v1/analyze", base), {
        method: "POST",
        headers: { "content-type": "application/pdf" },
        // A stream has no length, so it goes out chunked.
        body: new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < 3; i++) controller.enqueue(chunk);
            controller.close();
          },
        }),
        duplex: "half",
      } as RequestInit);
    const pdf = fixture("social-media-manager.pdf");
    const statuses: number[] = [];
    for (let round = 0; round < 3; round++) {
      const responses = await Promise.all([
        ...Array.from({ length: 20 }, oversized),
        ...Array.from({ length: 4 }, () => post("/v1/analyze", pdf)),
      ]);
      statuses.push(...responses.map((response) => response.status));
    }
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status === 413)).toHaveLength(60);
  });

  it("gives a PDF and a Word document back with their notes, as Node does", async () => {
    const options = { id: "worker-annotate", role: "Social Media Manager" };
    const pdf = fixture("claims-in-place.pdf");
    const pdfResponse = await post("/v1/annotate", pdf, { role: options.role });
    expect(pdfResponse.status).toBe(200);
    expect(pdfResponse.headers.get("content-type")).toBe("application/pdf");
    const pdfBytes = new Uint8Array(await pdfResponse.arrayBuffer());
    expect(Buffer.from(pdfBytes.subarray(0, pdf.bytes.length)).equals(Buffer.from(pdf.bytes))).toBe(true);
    const inNode = await annotateDocument({ kind: "bytes", bytes: pdf.bytes.slice(), fileName: pdf.name }, options);
    const highlights = (await pdfPages(pdfBytes)).flatMap((page) => page.highlights);
    expect(highlights.map((highlight) => highlight.contents)).toEqual((await pdfPages(inNode.bytes)).flatMap((page) => page.highlights).map((highlight) => highlight.contents));
    expect(highlights).toHaveLength(inNode.report.claims.length + 1);

    const docx = fixture("claims-in-place.docx");
    const docxResponse = await post("/v1/annotate", docx, { role: options.role });
    expect(docxResponse.status).toBe(200);
    const docxBytes = new Uint8Array(await docxResponse.arrayBuffer());
    expect((await extractDocument(docxBytes)).text).toBe((await extractDocument(docx.bytes.slice())).text);
    const parts = await readZipParts(docxBytes);
    const decoder = new TextDecoder();
    const comments = docxComments(decoder.decode(parts.get("word/document.xml")!.content), decoder.decode(parts.get("word/comments.xml")!.content));
    const expected = await annotateDocument({ kind: "bytes", bytes: docx.bytes.slice(), fileName: docx.name }, options);
    expect(comments).toHaveLength(expected.marked.length + 1);
  }, 60_000);

  it("answers a bad file with a problem, then serves the next request", async () => {
    const bad = fixture("bad/truncated.pdf");
    const response = await post("/v1/analyze", bad);
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toMatch(/problem\+json/);
    expect(((await response.json()) as { code: string }).code).toBe("corrupt_document");
    expect((await fetch(new URL("/healthz", base))).status).toBe(200);
  });

  // Last, so that pdf.js (loaded with the first PDF) and mammoth have been loaded by now.
  it("prints none of pdf.js's known-harmless start-up warnings", () => {
    expect(printed.filter((line) => /Cannot polyfill|Cannot access the `require` function|Cannot load "@napi-rs/.test(line))).toEqual([]);
  });
});

describe("the generated client against the bundle", () => {
  it("analyses a fixture, batches two, and reads a problem, every answer typed by the OpenAPI document", async () => {
    const api = createInfluenceAuditClient({ baseUrl: base });
    const pdf = fixture("social-media-manager.pdf");

    const analysed = await api.POST("/v1/analyze", {
      params: { query: { include: "text" } },
      body: { file: new File([pdf.bytes], pdf.name, { type: "application/pdf" }), role: "Social Media Manager" },
      bodySerializer: asMultipart,
    });
    expect(analysed.response.status).toBe(200);
    const report: Report = analysed.data!;
    expect(report.document.format).toBe("pdf");
    expect(report.role.relevance).toBe("core");
    expect(report.claims.some((claim) => claim.platform === "klout" && claim.advice.action === "remove")).toBe(true);
    for (const claim of report.claims) expect(report.text!.slice(claim.span.start, claim.span.end)).toBe(claim.text);

    const docx = fixture("backend-engineer.docx");
    const batch = await api.POST("/v1/batch", {
      body: { files: [new File([pdf.bytes], pdf.name), new File([docx.bytes], docx.name)], role: "Backend Engineer" },
      bodySerializer: asMultipart,
    });
    expect(batch.data!.results.map((result) => result.file)).toEqual([pdf.name, docx.name]);

    const refused = await api.POST("/v1/analyze", {
      body: { file: new File([fixture("bad/legacy.doc").bytes], "cv.doc") },
      bodySerializer: asMultipart,
    });
    expect(refused.response.status).toBe(415);
    const problem: Problem = refused.error!;
    expect(problem.code).toBe("unsupported_media_type");

    const catalog = await api.GET("/v1/catalog");
    expect(catalog.data!.platforms.map((platform) => platform.id)).toContain("klout");
  });
});
