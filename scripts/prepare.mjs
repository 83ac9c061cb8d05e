// `prepare`: builds dist/ on an install from a clone (and before `npm pack`). An install without
// the development dependencies (`npm ci --omit=dev`) has no esbuild or tsx to build with; it is
// told so and completes, and the command line says it is not built until `npm run build` runs
// where they are installed. A tarball or the registry ships dist/ already and runs none of this.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const tools = ["esbuild", "tsx"].filter((name) => !existsSync(path.join(root, "node_modules", name, "package.json")));
if (tools.length > 0) {
  console.warn(`influence-audit: ${tools.join(" and ")} not installed (development dependencies), so dist/ was not built; run \`npm run build\` with them installed.`);
} else {
  const build = spawnSync(process.execPath, ["--import", "tsx", path.join(root, "scripts", "build.ts")], { cwd: root, stdio: "inherit" });
  process.exitCode = build.status ?? 1;
}
