// The core must run in a Worker, in Node and in a test: no HTTP framework, no runtime
// bindings, no Node built-ins. This is the lint rule that says so.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const FORBIDDEN = [/^node:/, /^hono(\/|$)/, /^@hono\//, /^cloudflare:/, /^(fs|path|os|http|https|crypto|buffer|stream|child_process)$/];
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

describe("src/core", () => {
  it("imports nothing from HTTP, bindings or Node", () => {
    const offences: string[] = [];
    for (const file of sourceFiles(join(root, "src", "core"))) {
      const source = readFileSync(file, "utf8");
      for (const match of source.matchAll(IMPORT)) {
        const specifier = match[1] ?? match[2]!;
        if (FORBIDDEN.some((pattern) => pattern.test(specifier))) offences.push(`${relative(root, file)} imports ${specifier}`);
      }
    }
    expect(offences).toEqual([]);
  });
});
