// pdf.js's bundled core-js replaces Array.prototype.push process-wide when it loads; the
// extractor puts the native one back. Checked in a fresh process, since a test worker
// may already have loaded pdf.js.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

describe("loading the PDF extractor", () => {
  it("leaves Array.prototype.push native", () => {
    const script = [
      'import { readFileSync } from "node:fs";',
      "const native = Array.prototype.push;",
      `const { extractDocument } = await import(${JSON.stringify(join(root, "src/core/extract/index.ts"))});`,
      // pdf.js loads with the first PDF.
      `await extractDocument(new Uint8Array(readFileSync(${JSON.stringify(join(root, "fixtures/social-media-manager.pdf"))})));`,
      "process.stdout.write(String(Array.prototype.push === native));",
    ].join("\n");
    const result = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], {
      cwd: root,
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("true");
  });
});
