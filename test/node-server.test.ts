// The Node server as `npm run serve` starts it (built, in dist/): documents go to its worker
// pool, the extraction deadline is kept from outside the worker, and nothing from pdf.js is
// printed on start or on the first PDF.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIST } from "./helpers/built.ts";

const fixtures = path.join(import.meta.dirname, "..", "fixtures");

interface Running {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stderr: () => string;
}

async function startServer(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, [path.join(DIST, "server.js")], {
    env: { ...process.env, PORT: "0", HOST: "127.0.0.1", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (chunk) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${stderr}`)), 20_000);
    child.stdout!.on("data", (chunk) => {
      stdout += chunk;
      const match = /listening on (http:\/\/[\d.]+:\d+)/.exec(stdout);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.once("exit", (code) => reject(new Error(`the server exited with ${code}: ${stderr}`)));
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr };
}

function analyzePdf(url: string, name: string): Promise<Response> {
  return fetch(`${url}/v1/analyze?role=Recruiter`, {
    method: "POST",
    headers: { "content-type": "application/pdf" },
    body: readFileSync(path.join(fixtures, name)),
  });
}

describe("the Node server", () => {
  let server: Running;
  let strict: Running;

  beforeAll(async () => {
    [server, strict] = await Promise.all([startServer({ WORKERS: "2" }), startServer({ WORKERS: "1", EXTRACT_TIMEOUT_MS: "1" })]);
  });

  afterAll(() => {
    server?.child.kill("SIGTERM");
    strict?.child.kill("SIGTERM");
  });

  it("says how many worker threads it runs", () => {
    expect(server.stdout()).toMatch(/\(2 worker threads\)/);
  });

  it("analyses documents in its workers, several at once", async () => {
    const responses = await Promise.all(["social-media-manager.pdf", "backend-engineer.pdf", "consultant-bid.pdf"].map((name) => analyzePdf(server.url, name)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200]);
    const reports = (await Promise.all(responses.map((response) => response.json()))) as { document: { format: string } }[];
    expect(reports.map((report) => report.document.format)).toEqual(["pdf", "pdf", "pdf"]);
    const extracted = await fetch(`${server.url}/v1/extract`, { method: "POST", headers: { "content-type": "text/plain" }, body: "Grew our Instagram to 95,000 followers." });
    expect(extracted.status).toBe(200);
  });

  it("gives a document back with its advice from its workers", async () => {
    const pdf = readFileSync(path.join(fixtures, "claims-in-place.pdf"));
    const response = await fetch(`${server.url}/v1/annotate?role=Recruiter`, { method: "POST", headers: { "content-type": "application/pdf" }, body: pdf });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("x-influence-claims-marked")).toBe(response.headers.get("x-influence-claims"));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.subarray(0, pdf.length).equals(pdf)).toBe(true);
    expect(bytes.length).toBeGreaterThan(pdf.length);
  });

  it("answers 504 timeout past EXTRACT_TIMEOUT_MS, and goes on answering", async () => {
    for (let attempt = 0; attempt < 2; attempt++) {
      const response = await analyzePdf(strict.url, "consultant-bid.pdf");
      expect(response.status).toBe(504);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expect(((await response.json()) as { code: string }).code).toBe("timeout");
    }
  });

  it("prints nothing of pdf.js's start-up warnings", () => {
    expect(server.stderr()).toBe("");
    expect(server.stdout()).not.toMatch(/Warning/);
  });
});
