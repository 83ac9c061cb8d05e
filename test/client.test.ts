// The typed client's types are generated from the OpenAPI document (`npm run client`): the
// committed client/schema.ts must be what generating gives now. The client itself is tried
// against the wrangler bundle in test/worker.test.ts.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { asMultipart } from "../client/index.ts";
import { buildClientSchema, CLIENT_SCHEMA_PATH } from "../scripts/make-client.ts";

describe("the generated client", () => {
  it("is generated from the current OpenAPI document (run `npm run client` if this fails)", async () => {
    expect(readFileSync(CLIENT_SCHEMA_PATH, "utf8")).toBe(await buildClientSchema());
  });

  it("sends each field as a part, each file under its name, and a list as repeated parts", async () => {
    const form = asMultipart({ files: [new File(["a"], "a.txt"), new File(["b"], "b.pdf")], role: "Recruiter", include: undefined });
    const names: string[] = [];
    form.forEach((_value, name) => names.push(name));
    expect(names).toEqual(["files", "files", "role"]);
    expect((form.getAll("files") as File[]).map((file) => file.name)).toEqual(["a.txt", "b.pdf"]);
    expect(form.get("role")).toBe("Recruiter");
  });
});
