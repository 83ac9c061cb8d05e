// The command line through its main(): exit codes, NDJSON order, the readable report, the
// worker count; and the built bin as a user runs it.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main as runMain, type Output } from "../src/cli.ts";
import { ReportSchema } from "../src/schemas/report.ts";
import { pdfPages } from "./helpers/annotations.ts";
import { BIN, BUILT_WORKER_URL } from "./helpers/built.ts";

const fixtures = join(import.meta.dirname, "..", "fixtures");
const main = (argv: string[], output: Output, env: Record<string, string | undefined> = {}) => runMain(argv, output, { workerUrl: BUILT_WORKER_URL, env });
/** A line of --json output: the file's name, then a report or an error. */
const reportOf = (line: string) => {
  const { file: _file, ...report } = JSON.parse(line) as Record<string, unknown>;
  return ReportSchema.parse(report);
};

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, output: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

const dir = mkdtempSync(join(tmpdir(), "influence-audit-cli-"));
const social = join(dir, "social.txt");
writeFileSync(social, "SOCIAL MEDIA MANAGER\nKlout score: 75.\nGrew our Instagram to 95,000 followers, driving a 22% rise in online orders.\n");
const engineer = join(dir, "engineer.md");
writeFileSync(engineer, "# Backend engineer\n\nGo, Postgres. Author of pgsnap, 2.4k stars on GitHub.\n");
const picture = join(dir, "photo.pdf");
writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));

describe("influence-audit command line", () => {
  it("prints one JSON report per line, in file order, and exits 0", async () => {
    const { out, output } = capture();
    const code = await main([social, engineer, "--role", "Recruiter", "--json"], output);
    expect(code).toBe(0);
    expect(out).toHaveLength(2);
    const reports = out.map(reportOf);
    expect(out.map((line) => JSON.parse(line).file)).toEqual(["social.txt", "engineer.md"]);
    expect(reports[0]!.document.format).toBe("text");
    expect(reports[1]!.document.format).toBe("markdown");
    expect(reports.every((report) => report.role.input === "Recruiter")).toBe(true);
  });

  it("keeps going past a bad file and exits 1", async () => {
    const { out, err, output } = capture();
    const code = await main([picture, social, join(dir, "missing.pdf"), "--json"], output);
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(JSON.parse(out[0]!).error.code).toBe("unsupported_media_type");
    expect(reportOf(out[1]!).document.format).toBe("text");
    expect(JSON.parse(out[2]!).error.code).toBe("file_not_readable");
    // The file's base name, never the path it was given by.
    expect(out.map((line) => JSON.parse(line).file)).toEqual(["photo.pdf", "social.txt", "missing.pdf"]);
    expect(out.join("\n")).not.toContain(dir);
    expect(err.join("\n")).toMatch(/photo\.pdf: unsupported_media_type/);
  });

  it("prints a readable report without --json", async () => {
    const { out, output } = capture();
    expect(await main([social, "--role", "Social Media Manager"], output)).toBe(0);
    const text = out.join("\n");
    expect(text).toContain(social);
    expect(text).toMatch(/role: Social Media Manager/);
    expect(text).toMatch(/^  (suits|partly suits|does not suit|no claims) \(\d+\/100\): /m);
  });

  it("prints the verdict and the actions in the document's language", async () => {
    const german = join(dir, "lebenslauf.txt");
    writeFileSync(german, "LEBENSLAUF\nBerufserfahrung\nSocial-Media-Managerin, Stadtwerke Leipzig, 2019 – 2023\n- Instagram-Kanal der Stadtwerke von 3.200 auf 48.000 Follower ausgebaut (2023).\n- Klout-Score 61 im Jahr 2015.");
    const { out, output } = capture();
    expect(await main([german, "--role", "Social-Media-Managerin"], output)).toBe(0);
    const text = out.join("\n");
    expect(text).toMatch(/^  (passt|passt teilweise|passt nicht) \(\d+\/100\): /m);
    expect(text).toContain("[STREICHEN]");
    expect(text).not.toMatch(/partly suits|\[REMOVE\]/);
  });

  it("runs as the installed bin, built, with nothing from pdf.js on the terminal", () => {
    const result = spawnSync(process.execPath, [BIN, social, join(fixtures, "social-media-manager.pdf"), join(fixtures, "backend-engineer.docx"), "--json", "--role", "Recruiter"], {
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines.map((line) => reportOf(line).document.format)).toEqual(["text", "pdf", "docx"]);
    expect(reportOf(lines[0]!).role.input).toBe("Recruiter");
    expect(result.stderr).toBe("");
    const usage = spawnSync(process.execPath, [BIN], { encoding: "utf8", timeout: 60_000 });
    expect(usage.status).toBe(2);
  });

  it("keeps the order of the files whatever the number of workers, and past bad files", async () => {
    const names = ["social-media-manager.pdf", "bad/truncated.pdf", "consultant-bid.docx", "bad/image.png", "backend-engineer.pdf", "white-on-dark.pdf", "social-media-manager.md"];
    const files = names.map((name) => join(fixtures, name));
    const runs = [];
    for (const jobs of ["1", "3"]) {
      const { out, output } = capture();
      expect(await main([...files, "--json", "--jobs", jobs], output)).toBe(1);
      // Ids are fresh for every file; everything else must match.
      runs.push(out.map((line) => JSON.parse(line.replace(/"(id|instance)":"[0-9a-f-]{36}"/g, '"$1":"-"'))));
    }
    expect(runs[0]!.map((line) => line.file)).toEqual(names.map((name) => name.replace("bad/", "")));
    expect(runs[0]!.map((line) => line.error?.code ?? line.document.format)).toEqual(["pdf", "corrupt_document", "docx", "unsupported_media_type", "pdf", "pdf", "markdown"]);
    // Every report is the same whether one worker read them all or three shared them.
    expect(runs[1]).toEqual(runs[0]);
  });

  it("takes the worker count from --jobs, else WORKERS, and refuses a count that is not one", async () => {
    for (const [argv, env] of [
      [["--jobs", "0", social], {}],
      [["--jobs", "two", social], {}],
      [["--jobs", "65", social], {}],
      [[social], { WORKERS: "-1" }],
    ] as const) {
      const { err, output } = capture();
      expect(await main([...argv], output, env)).toBe(2);
      expect(err.join("\n")).toMatch(/(--jobs|WORKERS) must be a whole number from 1 to 64/);
    }
    const { out, output } = capture();
    expect(await main([social, "--json"], output, { WORKERS: "2" })).toBe(0);
    expect(out).toHaveLength(1);
  });

  it("refuses a file larger than MAX_BODY_BYTES without reading it", async () => {
    const big = join(dir, "big.txt");
    copyFileSync(social, big);
    const { out, output } = capture();
    expect(await main([big, "--json"], output, { MAX_BODY_BYTES: "16" })).toBe(1);
    expect(JSON.parse(out[0]!).error.code).toBe("payload_too_large");
  });

  it("writes each document back with its advice into the --annotate folder, named after it, and says where", async () => {
    const out = join(dir, "annotated", "nested");
    const copies = join(dir, "copies");
    mkdirSync(copies, { recursive: true });
    // Two files of one name from two folders: the second copy is numbered.
    const pdf = join(fixtures, "social-media-manager.pdf");
    copyFileSync(pdf, join(copies, "social-media-manager.pdf"));
    const files = [pdf, join(fixtures, "claims-in-place.docx"), social, picture, join(copies, "social-media-manager.pdf")];
    const captured = capture();
    expect(await main([...files, "--role", "Recruiter", "--json", "--annotate", out], captured.output)).toBe(1);
    const lines = captured.out.map((line) => JSON.parse(line) as { file: string; annotated?: string; error?: { code: string }; claims?: Array<{ id: string; text: string }> });
    expect(lines.map((line) => line.annotated ?? line.error?.code)).toEqual([
      join(out, "social-media-manager-annotated.pdf"),
      join(out, "claims-in-place-annotated.docx"),
      join(out, "social-annotated.md"),
      "unsupported_media_type",
      join(out, "social-media-manager-2-annotated.pdf"),
    ]);
    expect(readdirSync(out).sort()).toEqual(["claims-in-place-annotated.docx", "social-annotated.md", "social-media-manager-2-annotated.pdf", "social-media-manager-annotated.pdf"]);
    const original = readFileSync(pdf);
    const written = readFileSync(join(out, "social-media-manager-annotated.pdf"));
    expect(written.subarray(0, original.length).equals(original)).toBe(true);
    expect((await pdfPages(new Uint8Array(written))).flatMap((page) => page.highlights)).toHaveLength(lines[0]!.claims!.length + 1);
    const markdown = readFileSync(join(out, "social-annotated.md"), "utf8");
    expect(lines[2]!.claims!.length).toBeGreaterThan(0);
    for (const claim of lines[2]!.claims!) expect(markdown).toContain(`**${claim.text}**[^${claim.id}]`);

    const readable = capture();
    expect(await main([social, "--annotate", out], readable.output)).toBe(0);
    expect(readable.out.join("\n")).toContain(`with the advice in it: ${join(out, "social-annotated.md")}`);
  });

  it("refuses an --annotate folder that would write over a file it reads, or none at all", async () => {
    const victim = join(dir, "victim-annotated.md");
    writeFileSync(victim, "Klout score: 75");
    const source = join(dir, "victim.txt");
    writeFileSync(source, "Klout score: 75");
    const clash = capture();
    expect(await main([source, victim, "--annotate", dir], clash.output)).toBe(2);
    expect(clash.err.join("\n")).toMatch(/would write over/);
    expect(readFileSync(victim, "utf8")).toBe("Klout score: 75");
    const empty = capture();
    expect(await main([social, "--annotate", ""], empty.output)).toBe(2);
  });

  it("exits 2 on usage errors", async () => {
    for (const argv of [[], ["--type", "letter", social], ["--bogus", social]]) {
      const { err, output } = capture();
      expect(await main(argv, output)).toBe(2);
      expect(err.join("\n")).toMatch(/Usage:/);
    }
  });
});
