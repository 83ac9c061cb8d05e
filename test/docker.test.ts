// The container for self-hosting, built and run where a Docker engine answers: healthy by
// its HEALTHCHECK, serving on the PORT it is given, as a user other than root, with /docs's
// files. Where only the client is installed, or none, the test is skipped and says why.
import { execFileSync, spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = join(import.meta.dirname, "..");

function dockerEngine(): { ok: true } | { ok: false; reason: string } {
  const info = spawnSync("docker", ["info", "--format", "{{.ServerVersion}}"], { encoding: "utf8", timeout: 20_000 });
  if (info.error) return { ok: false, reason: `no docker client (${info.error.message})` };
  if (info.status !== 0) return { ok: false, reason: `no Docker engine answers: ${(info.stderr || info.stdout).trim().split("\n").at(-1)}` };
  return { ok: true };
}

const docker = (...args: string[]) => execFileSync("docker", args, { encoding: "utf8", cwd: root, timeout: 600_000 }).trim();

describe("the container", () => {
  it("builds, runs as a non-root user on the PORT it is given, becomes healthy and serves the API and /docs", async (context) => {
    const engine = dockerEngine();
    if (!engine.ok) context.skip(engine.reason);
    const tag = `influence-audit-test:${process.pid}`;
    const name = `influence-audit-test-${process.pid}`;
    docker("build", "--tag", tag, ".");
    try {
      docker("run", "--detach", "--name", name, "--env", "PORT=9000", "--publish", "127.0.0.1::9000", tag);
      const published = docker("port", name, "9000/tcp").split("\n")[0]!;
      const base = `http://${published.replace("0.0.0.0", "127.0.0.1")}`;
      const deadline = Date.now() + 120_000;
      let health = "";
      while (Date.now() < deadline && health !== "healthy") {
        health = docker("inspect", "--format", "{{.State.Health.Status}}", name);
        if (health === "unhealthy") break;
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      expect(health).toBe("healthy");
      expect(docker("exec", name, "id", "-u")).not.toBe("0");
      expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: "ok" });
      expect((await fetch(`${base}/docs/vendor/swagger-ui-bundle.js`)).status).toBe(200);
      const form = new FormData();
      form.append("text", "Klout score of 78. 12k followers on X.");
      form.append("role", "Java Developer");
      const report = (await (await fetch(`${base}/v1/analyze`, { method: "POST", body: form })).json()) as { claims: unknown[] };
      expect(report.claims.length).toBeGreaterThan(0);
    } finally {
      spawnSync("docker", ["rm", "--force", name]);
      spawnSync("docker", ["rmi", "--force", tag]);
    }
  }, 900_000);
});
