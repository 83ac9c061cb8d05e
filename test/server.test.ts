// The Node server (`npm run serve`, and the container) as a process: PORT honoured, /healthz,
// and /docs with the same static files Workers serves from public/.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";

const root = join(import.meta.dirname, "..");

let server: ChildProcess;
let base: string;

beforeAll(async () => {
  execFileSync(process.execPath, [join(root, "scripts/copy-docs-assets.mjs")]);
  // PORT=0: the system picks a free port, which the server prints.
  server = spawn(process.execPath, ["--import", "tsx", join(root, "src/server.ts")], {
    cwd: root,
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  base = await new Promise<string>((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${output}`)), 60_000);
    server.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    server.on("exit", (code) => reject(new Error(`the server exited (${code}): ${output}`)));
  });
}, 90_000);

afterAll(() => {
  server?.kill();
});

describe("the Node server", () => {
  it("listens on the PORT it is given and answers /healthz", async () => {
    expect(Number(new URL(base).port)).toBeGreaterThan(0);
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("serves /docs and the same static files Workers serves from public/", async () => {
    const page = await fetch(`${base}/docs`);
    expect(page.status).toBe(200);
    expect(await page.text()).toBe(await (await createApp().request("/docs")).text());
    for (const file of ["docs/docs.js", "docs/docs.css", "docs/vendor/swagger-ui-bundle.js", "docs/vendor/swagger-ui.css"]) {
      const response = await fetch(`${base}/${file}`);
      expect(response.status, file).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(join(root, "public", file))), file).toBe(true);
    }
    expect((await fetch(`${base}/docs/vendor/swagger-ui-bundle.js`)).headers.get("content-type")).toMatch(/javascript/);
  });

  it("answers a missing file with 404 and another method with 405, never a file outside public/", async () => {
    expect((await fetch(`${base}/docs/vendor/missing.js`)).status).toBe(404);
    expect((await fetch(`${base}/docs/%2e%2e/%2e%2e/package.json`)).status).toBe(404);
    const posted = await fetch(`${base}/docs/docs.js`, { method: "POST" });
    expect(posted.status).toBe(405);
    expect(posted.headers.get("allow")).toBe("GET, HEAD");
  });
});
