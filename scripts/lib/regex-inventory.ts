// Every regular expression of src/core: the literals, read from the sources with the
// TypeScript parser, and the ones built at run time with `new RegExp`, recorded while the
// pipeline reads a few documents. Each is named by the module that wrote it.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

export interface FoundPattern {
  source: string;
  flags: string;
  /** "extract/text.ts:142": the module (under src/core) and line that wrote it. */
  where: string;
}

export const CORE = path.resolve(import.meta.dirname, "../../src/core");
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const file = path.join(folder, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".d.ts") ? [file] : [];
  });
}

export function literalPatterns(): FoundPattern[] {
  const found: FoundPattern[] = [];
  for (const file of sourceFiles(CORE)) {
    const tree = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(tree);
        const slash = text.lastIndexOf("/");
        const line = tree.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${path.relative(CORE, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(tree);
  }
  return found;
}

/**
 * Runs `work` with the global RegExp replaced by a recorder, and returns every pattern built
 * through it from a module of src/core. A pattern compiled by pattern-scan.ts is credited to
 * the module that handed it the source.
 */
export async function recordBuiltPatterns(work: () => Promise<void>): Promise<FoundPattern[]> {
  const original = RegExp;
  const found = new Map<string, FoundPattern>();
  const record = (made: RegExp): RegExp => {
    const frames = (new Error().stack ?? "").split("\n").filter((frame) => frame.includes(`${path.sep}src${path.sep}core${path.sep}`) || frame.includes("/src/core/"));
    const frame = frames.find((line) => !line.includes("pattern-scan.ts")) ?? frames[0];
    const where = frame ? /src\/core\/([^:)]+:\d+)/.exec(frame)?.[1] : undefined;
    if (where) found.set(`${made.flags}/${made.source}`, { source: made.source, flags: made.flags, where });
    return made;
  };
  const recorder: RegExpConstructor = new Proxy(original, {
    construct: (target, args, newTarget): RegExp => record(Reflect.construct(target, args, newTarget === recorder ? target : newTarget) as RegExp),
    apply: (target, self, args): RegExp => record(Reflect.apply(target, self, args) as RegExp),
  });
  (globalThis as { RegExp: RegExpConstructor }).RegExp = recorder;
  try {
    await work();
  } finally {
    (globalThis as { RegExp: RegExpConstructor }).RegExp = original;
  }
  return [...found.values()];
}

/** Literals first, then built ones not already found, one entry per source and flags. */
export function mergePatterns(...lists: FoundPattern[][]): FoundPattern[] {
  const merged = new Map<string, FoundPattern>();
  for (const list of lists) for (const pattern of list) if (!merged.has(keyOf(pattern))) merged.set(keyOf(pattern), pattern);
  return [...merged.values()];
}

/** Flags that change what a pattern matches; g and y only change where matching starts. */
export function keyOf(pattern: Pick<FoundPattern, "source" | "flags">): string {
  return `${pattern.flags.replace(/[gyd]/g, "")}/${pattern.source}`;
}

/** Reads a few documents of every format through the whole pipeline, so that lazily built patterns are built. */
export async function exercisePipeline(): Promise<void> {
  const { analyzeDocument } = await import("../../src/core/analyze.ts");
  for (const name of ["social-media-manager.txt", "backend-engineer.txt", "consultant-bid.txt", "unicode-resume.txt"]) {
    const text = readFileSync(path.join(FIXTURES, "texts", name), "utf8");
    await analyzeDocument({ kind: "text", text }, { id: "x", role: "Recruiter", jobDescription: "Grow our TikTok to 10,000 followers; no on-call." });
  }
  for (const name of ["social-media-manager.docx", "social-media-manager.md", "social-media-manager.html", "hidden-text.docx", "social-media-manager.pdf", "hidden-text.pdf"]) {
    const bytes = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
    await analyzeDocument({ kind: "bytes", bytes, fileName: name }, { id: "x", role: "Data Engineer" });
  }
}

/** Every pattern of src/core: the literals and those the pipeline builds. */
export async function allPatterns(): Promise<FoundPattern[]> {
  return mergePatterns(literalPatterns(), await recordBuiltPatterns(exercisePipeline));
}
