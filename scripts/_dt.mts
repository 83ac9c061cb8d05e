import { documentTypeScores } from "../src/core/advise/document-type.ts";
import { parseCsv } from "./eval-detect.ts";
import { readFileSync } from "node:fs";
const rows = parseCsv(readFileSync("/work/shared/corpus/resume-text/livecareer2484_pdftotext_dev.csv", "utf8"));
let proposals = 0;
const bad: string[] = [];
for (const row of rows.slice(1)) { const s = documentTypeScores(row[2] ?? ""); if (s.proposal > s.resume && s.proposal >= 3) { proposals++; bad.push(`${row[0]} ${row[1]} p=${s.proposal} r=${s.resume}`); } }
console.log("résumés read as proposals:", proposals, "of", rows.length - 1); console.log(bad.slice(0, 15).join("\n"));
