// What every section receives: the flags, and where the corpus and the fixtures live.
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { spawnSync } from "node:child_process";

export interface BenchContext {
  quick: boolean;
  root: string;
  corpus: string;
  fixtures: string;
}

export function makeContext(quick: boolean): BenchContext {
  const root = resolve(import.meta.dirname, "..", "..");
  return { quick, root, corpus: resolve(root, "..", "shared", "corpus"), fixtures: join(root, "fixtures") };
}

/** Sorted full paths of the files in `dir` ending with `ext`; empty where the folder is missing. */
export function filesIn(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.toLowerCase().endsWith(ext))
    .sort()
    .map((name) => join(dir, name));
}

/** The path of a command on PATH, or null. */
export function which(command: string): string | null {
  const found = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  const path = found.stdout.trim();
  return found.status === 0 && path !== "" ? path : null;
}
