import { detectDocumentType } from "../src/core/advise/document-type.ts";
import { readCases } from "./eval-detect.ts";
import { inPart } from "./eval/split.ts";
import { readFileSync, readdirSync } from "node:fs";
const cases = await readCases();
for (const part of ["tuning", "held_out"] as const) {
  const cs = cases.filter((c: any) => inPart(c.id, part));
  const wrong = cs.filter((c: any) => detectDocumentType(c.text) !== c.type);
  console.log(part, "types wrong", wrong.length, "of", cs.length, part === "tuning" ? wrong.map((c: any) => `${c.id}:${c.type}`).join(" ") : "");
}
const dir = "/tmp/influence-audit-corpus-text";
for (const f of readdirSync(dir).filter((f) => f.startsWith("proposals__"))) console.log(f, detectDocumentType(readFileSync(`${dir}/${f}`, "utf8")));
