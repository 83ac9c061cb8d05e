// Summarises a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self
// time, and the project's own functions with the most total (inclusive) time.
//   npx tsx scripts/bench/profile-top.ts <file.cpuprofile> [count]
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, countArg] = process.argv.slice(2);
if (!file) {
  console.error("usage: profile-top.ts <file.cpuprofile> [count]");
  process.exit(2);
}
const count = Number(countArg ?? 25);
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const label = (n: Node) => {
  const url = n.callFrame.url.replace(/^file:\/\//, "").replace(/^.*\/work\/main\//, "");
  return `${n.callFrame.functionName || "(anonymous)"} ${url}:${n.callFrame.lineNumber + 1}`;
};

const self = new Map<string, number>();
const total = new Map<string, number>();
let all = 0;
profile.samples.forEach((id, i) => {
  const ms = (profile.timeDeltas[i] ?? 0) / 1000;
  all += ms;
  const node = byId.get(id)!;
  self.set(label(node), (self.get(label(node)) ?? 0) + ms);
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const l = label(byId.get(at)!);
    if (seen.has(l)) continue;
    seen.add(l);
    total.set(l, (total.get(l) ?? 0) + ms);
  }
});

const show = (title: string, entries: [string, number][]) => {
  console.log(`\n${title}`);
  for (const [name, ms] of entries.slice(0, count)) console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / all).toFixed(1).padStart(5)}%  ${name}`);
};
console.log(`profile: ${all.toFixed(0)} ms sampled`);
show("self time", [...self].sort((a, b) => b[1] - a[1]));
show("total time, project code (src/)", [...total].filter(([name]) => / src\//.test(name)).sort((a, b) => b[1] - a[1]));
