// The command line through its main(): exit codes, NDJSON order, the readable report.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { main } from "../src/cli.ts";
import { ReportSchema } from "../src/schemas/report.ts";

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
    const reports = out.map((line) => ReportSchema.parse(JSON.parse(line)));
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
    expect(ReportSchema.safeParse(JSON.parse(out[1]!)).success).toBe(true);
    expect(JSON.parse(out[2]!).error.code).toBe("file_not_readable");
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

  it("runs as the installed bin", () => {
    const bin = join(import.meta.dirname, "..", "bin", "influence-audit.js");
    const result = spawnSync(process.execPath, [bin, social, "--json", "--role", "Recruiter"], { encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(0);
    expect(ReportSchema.parse(JSON.parse(result.stdout.trim())).role.input).toBe("Recruiter");
    const usage = spawnSync(process.execPath, [bin], { encoding: "utf8", timeout: 60_000 });
    expect(usage.status).toBe(2);
  });

  it("exits 2 on usage errors", async () => {
    for (const argv of [[], ["--type", "letter", social], ["--bogus", social]]) {
      const { err, output } = capture();
      expect(await main(argv, output)).toBe(2);
      expect(err.join("\n")).toMatch(/Usage:/);
    }
  });
});
