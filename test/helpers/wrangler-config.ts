// wrangler.toml without its static assets, for tests that trigger the cron locally. With
// [assets], the local runtime sends /cdn-cgi/handler/scheduled to the assets proxy, which has
// no scheduled handler, and answers "exception" (workers-sdk #9882, fixed after wrangler
// 4.86); deployed, the cron runs the Worker's own handler whether or not there are assets.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(import.meta.dirname, "..", "..");

let written: string | undefined;

export function wranglerConfigWithoutAssets(): string {
  if (written) return written;
  const source = readFileSync(join(root, "wrangler.toml"), "utf8");
  const withoutAssets = source
    .replace(/^\[build\]\ncommand = .*\n/m, "")
    .replace(/^\[assets\]\ndirectory = .*\n/m, "")
    // The copy lives elsewhere: the entry point by its absolute path.
    .replace(/^main = .*$/m, `main = ${JSON.stringify(join(root, "src/index.ts"))}`);
  if (/^\[(assets|build)\]/m.test(withoutAssets) || !withoutAssets.includes(join(root, "src/index.ts"))) {
    throw new Error("wrangler.toml changed shape: update test/helpers/wrangler-config.ts");
  }
  written = join(mkdtempSync(join(tmpdir(), "influence-audit-wrangler-")), "wrangler.toml");
  writeFileSync(written, withoutAssets);
  return written;
}
