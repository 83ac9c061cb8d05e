// Runs an external extractor once per file, to its standard output, which is discarded.
import { spawn } from "node:child_process";

export function runTool(command: string, args: string[]): Promise<{ ok: boolean; bytes: number }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "ignore"] });
    let bytes = 0;
    child.stdout.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ ok: code === 0, bytes });
    });
    child.on("error", () => {
      clearTimeout(timer);
      resolve({ ok: false, bytes });
    });
  });
}
