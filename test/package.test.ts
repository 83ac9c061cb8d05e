// The package as the registry would serve it: `npm pack` in a copy of the tracked files with no
// dist/ (so `prepare` has to build it, as on a clone, and the build in this tree, which other
// tests are using, is left alone), then the tarball installed into an empty folder with no
// network, and the installed command run from there on --help and a PDF.
//
// Offline, npm can only install what its cache holds. After `npm ci` the cache holds the
// tarball of every package in package-lock.json, but none of the registry's metadata, which a
// plain `npm install ./x.tgz` needs to resolve versions. So the empty folder gets a lock file
// too: the tarball as its one dependency, and the entries of this project's lock file that the
// runtime needs (every entry not marked dev), as an install from the registry would resolve
// them. `npm ci --offline` then takes each dependency from the cache by its integrity.
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ReportSchema } from "../src/schemas/report.ts";

const root = path.resolve(import.meta.dirname, "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
  [field: string]: unknown;
}

interface PackedFile {
  filename: string;
  files: { path: string }[];
}

/** A lock file for a folder that depends on the tarball alone. */
function lockForTarball(tarball: string, spec: string): object {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(path.join(root, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  const packages: Record<string, object> = {
    "": { name: "installed-from-tarball", dependencies: { [manifest.name]: spec } },
    [`node_modules/${manifest.name}`]: {
      version: manifest.version,
      resolved: spec,
      integrity: `sha512-${createHash("sha512").update(readFileSync(tarball)).digest("base64")}`,
      license: manifest.license,
      dependencies: manifest.dependencies,
      bin: manifest.bin,
      engines: manifest.engines,
    },
  };
  for (const [location, entry] of Object.entries(lock.packages)) {
    if (location === "" || entry.dev) continue;
    // Needed by the runtime only where the platform allows (optional) once dev tools are gone.
    const { devOptional, ...rest } = entry;
    packages[location] = devOptional ? { ...rest, optional: true } : rest;
  }
  return { name: "installed-from-tarball", lockfileVersion: 3, requires: true, packages };
}

/** The files git tracks, copied to `into`, with this tree's node_modules linked in. */
function copyOfTrackedFiles(into: string): void {
  const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: root, encoding: "utf8" }).split("\0").filter(Boolean);
  for (const file of tracked) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(into, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(into, file));
  }
  symlinkSync(path.join(root, "node_modules"), path.join(into, "node_modules"), "dir");
}

describe("the packed package, installed offline into an empty folder", () => {
  const work = mkdtempSync(path.join(tmpdir(), "influence-audit-pack-"));
  const source = path.join(work, "source");
  const app = path.join(work, "app");
  let packed: PackedFile;
  let installed: string;

  beforeAll(() => {
    copyOfTrackedFiles(source);
    expect(existsSync(path.join(source, "dist"))).toBe(false);
    const output = execFileSync(npm, ["pack", "--json", "--pack-destination", work], { cwd: source, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    packed = (JSON.parse(output) as PackedFile[])[0]!;
    const tarball = path.join(work, packed.filename);
    const spec = `file:../${packed.filename}`;
    mkdirSync(app);
    writeFileSync(path.join(app, "package.json"), JSON.stringify({ name: "installed-from-tarball", private: true, dependencies: { "influence-audit": spec } }));
    writeFileSync(path.join(app, "package-lock.json"), JSON.stringify(lockForTarball(tarball, spec)));
    execFileSync(npm, ["ci", "--offline", "--no-audit", "--no-fund", "--loglevel=error"], { cwd: app, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
    installed = path.join(app, "node_modules", ".bin", "influence-audit");
  }, 240_000);

  afterAll(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it("ships the built command line and nothing of the sources or tests", () => {
    const files = packed.files.map((file) => file.path);
    expect(files).toContain("bin/influence-audit.js");
    expect(files).toContain("dist/cli.js");
    expect(files).toContain("dist/analysis-worker.js");
    expect(files).toContain("package.json");
    expect(files.filter((file) => !/^(bin\/|dist\/[^/]+\.js$|package\.json$|README\.md$|LICENSE)/.test(file))).toEqual([]);
  });

  it("answers --help from the installed command", () => {
    const result = spawnSync(installed, ["--help"], { encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Usage: influence-audit FILE\.\.\./);
    expect(result.stderr).toBe("");
  });

  it("analyses a PDF with the installed command, its dependencies resolved from the install", () => {
    const result = spawnSync(installed, [path.join(root, "fixtures", "social-media-manager.pdf"), "--json"], { encoding: "utf8", timeout: 60_000, cwd: app });
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const { file, ...report } = JSON.parse(result.stdout) as { file: string };
    expect(file).toBe("social-media-manager.pdf");
    expect(ReportSchema.parse(report).claims.map((claim) => claim.platform)).toContain("klout");
  });
});
