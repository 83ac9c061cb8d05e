// Fixed-seed mutations of the project's own fixtures: flipped bytes, truncations, repeated
// and spliced stretches, inserted noise. The same seed gives the same inputs on every run,
// so a failure names an input anyone can make again:
//   npx tsx scripts/mutate.ts [count] [dir]
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";

export interface Mutant {
  name: string;
  bytes: Uint8Array;
}

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures");
const SOURCES = [
  "social-media-manager.pdf",
  "backend-engineer.pdf",
  "hidden-text.pdf",
  "owner-password-rc4-128.pdf",
  "social-media-manager.docx",
  "hidden-text.docx",
  "hidden-styles.docx",
  "social-media-manager.md",
  "social-media-manager.html",
  "texts/consultant-bid.txt",
];

/** xorshift32: small, fast and the same everywhere. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state / 0x100000000;
  };
}

type Mutation = (bytes: Uint8Array, next: () => number, other: Uint8Array) => Uint8Array;

const MUTATIONS: Record<string, Mutation> = {
  "flip-bytes": (bytes, next) => {
    const copy = bytes.slice();
    const flips = 1 + Math.floor(next() * 8);
    for (let flip = 0; flip < flips; flip++) {
      const at = Math.floor(next() * copy.length);
      copy[at] = copy[at]! ^ (1 << Math.floor(next() * 8));
    }
    return copy;
  },
  "set-bytes": (bytes, next) => {
    const copy = bytes.slice();
    const at = Math.floor(next() * copy.length);
    copy.fill([0x00, 0xff, 0x20, 0x30, 0x3c, 0x28][Math.floor(next() * 6)]!, at, Math.min(copy.length, at + 1 + Math.floor(next() * 64)));
    return copy;
  },
  truncate: (bytes, next) => bytes.slice(0, Math.floor(next() * bytes.length)),
  "repeat-stretch": (bytes, next) => {
    const start = Math.floor(next() * bytes.length);
    const length = 1 + Math.floor(next() * Math.min(4096, bytes.length - start));
    const times = 2 + Math.floor(next() * 200);
    const stretch = bytes.subarray(start, start + length);
    const out = new Uint8Array(bytes.length + stretch.length * (times - 1));
    out.set(bytes.subarray(0, start), 0);
    for (let copy = 0; copy < times; copy++) out.set(stretch, start + copy * stretch.length);
    out.set(bytes.subarray(start + length), start + times * stretch.length);
    return out;
  },
  "insert-noise": (bytes, next) => {
    const at = Math.floor(next() * bytes.length);
    const noise = Uint8Array.from({ length: 1 + Math.floor(next() * 512) }, () => Math.floor(next() * 256));
    const out = new Uint8Array(bytes.length + noise.length);
    out.set(bytes.subarray(0, at), 0);
    out.set(noise, at);
    out.set(bytes.subarray(at), at + noise.length);
    return out;
  },
  splice: (bytes, next, other) => {
    const cut = Math.floor(next() * bytes.length);
    const from = Math.floor(next() * other.length);
    const out = new Uint8Array(cut + other.length - from);
    out.set(bytes.subarray(0, cut), 0);
    out.set(other.subarray(from), cut);
    return out;
  },
};

export function buildMutants(count: number, seed = 0x5eed18): Mutant[] {
  const next = random(seed);
  const sources = SOURCES.map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES, name))) }));
  const kinds = Object.keys(MUTATIONS);
  const mutants: Mutant[] = [];
  for (let index = 0; index < count; index++) {
    const source = sources[index % sources.length]!;
    const other = sources[Math.floor(next() * sources.length)]!;
    const kind = kinds[Math.floor(next() * kinds.length)]!;
    const extension = path.extname(source.name);
    mutants.push({ name: `${String(index).padStart(3, "0")}-${kind}-${path.basename(source.name, extension)}${extension}`, bytes: MUTATIONS[kind]!(source.bytes, next, other.bytes) });
  }
  return mutants;
}

function main(): void {
  const count = Number(process.argv[2] ?? 300);
  const target = process.argv[3] ? path.resolve(process.argv[3]) : mkdtempSync(path.join(tmpdir(), "influence-audit-mutants-"));
  mkdirSync(target, { recursive: true });
  for (const mutant of buildMutants(count)) writeFileSync(path.join(target, mutant.name), mutant.bytes);
  console.log(`wrote ${count} mutants to ${target}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
