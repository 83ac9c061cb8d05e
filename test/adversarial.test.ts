// The adversarial run: every crafted attack (scripts/make-attacks.ts) and 300 fixed-seed
// mutations of the fixtures (scripts/mutate.ts), each analysed through the app in a worker
// thread whose heap may grow by at most 256 MB past what the loaded app holds. A document
// that needs more ends its worker (and is named); each must be answered 2xx or 4xx within 5 s.
// The attacks and 100 of the mutations go through /v1/annotate the same way, since writing a
// file back reads it once more.
import { Worker } from "node:worker_threads";
import { describe, expect, it } from "vitest";
import { buildAttacks } from "../scripts/make-attacks.ts";
import { buildMutants } from "../scripts/mutate.ts";

const HEADROOM_MB = 256;

interface Outcome {
  name: string;
  status: number;
  ms: number;
}

function startWorker(heapLimitMb?: number): Worker {
  return new Worker(new URL("./helpers/budget-worker-entry.mjs", import.meta.url), {
    ...(heapLimitMb ? { resourceLimits: { maxOldGenerationSizeMb: heapLimitMb } } : {}),
  });
}

/** The heap a worker holds once the app is loaded and has read a document of each kind, after a full collection. */
async function loadedAppHeapMb(route?: string): Promise<number> {
  const worker = startWorker();
  const baseline = await new Promise<number>((resolve, reject) => {
    worker.on("message", (message: { baselineMb?: number }) => message.baselineMb !== undefined && resolve(message.baselineMb));
    worker.on("error", reject);
    worker.postMessage({ baseline: true, route });
  });
  await worker.terminate();
  return baseline;
}

/** Sends each document in turn; a worker that dies is replaced and the document that killed it recorded. */
async function runAll(documents: { name: string; bytes: Uint8Array }[], heapLimitMb: number, route?: string): Promise<{ outcomes: Outcome[]; deaths: string[] }> {
  const outcomes: Outcome[] = [];
  const deaths: string[] = [];
  let next = 0;
  while (next < documents.length) {
    const worker = startWorker(heapLimitMb);
    await new Promise<void>((resolve) => {
      let current = -1;
      const send = () => {
        if (next >= documents.length) {
          void worker.terminate().then(() => resolve());
          return;
        }
        current = next++;
        const document = documents[current]!;
        worker.postMessage({ index: current, name: document.name, bytes: document.bytes, route });
      };
      worker.on("message", (message: { index?: number; status?: number; ms?: number }) => {
        if (message.index === undefined) return;
        outcomes.push({ name: documents[message.index]!.name, status: message.status!, ms: message.ms! });
        send();
      });
      worker.on("error", (error: Error & { code?: string }) => {
        deaths.push(`${documents[current]?.name ?? "?"}: ${error.code ?? error.name}`);
        resolve();
      });
      worker.on("exit", () => resolve());
      send();
    });
  }
  return { outcomes, deaths };
}

function expectAllAnswered(documents: readonly { name: string }[], outcomes: Outcome[], deaths: string[], label: string): void {
  const slowest = outcomes.reduce((worst, outcome) => (outcome.ms > worst.ms ? outcome : worst), outcomes[0]!);
  const counts = outcomes.reduce<Record<number, number>>((tally, outcome) => ({ ...tally, [outcome.status]: (tally[outcome.status] ?? 0) + 1 }), {});
  console.log(`${label}: ${outcomes.length} answered ${JSON.stringify(counts)}, slowest ${slowest.ms.toFixed(0)} ms (${slowest.name})`);
  expect(deaths).toEqual([]);
  expect(outcomes).toHaveLength(documents.length);
  expect(outcomes.filter((outcome) => outcome.status >= 500).map((outcome) => `${outcome.name}: ${outcome.status}`)).toEqual([]);
  expect(outcomes.filter((outcome) => outcome.ms >= 5000).map((outcome) => `${outcome.name}: ${outcome.ms.toFixed(0)} ms`)).toEqual([]);
  // Most mutations still read as documents: the run is not a list of trivial refusals.
  expect(outcomes.filter((outcome) => outcome.status === 200).length).toBeGreaterThan(documents.length / 3);
}

describe("the adversarial run", () => {
  it("answers every attack and 300 mutations of the fixtures with 2xx or 4xx, within 5 s and 256 MB each", async () => {
    const documents = [
      ...buildAttacks().map((attack) => ({ name: `attack ${attack.name}`, bytes: attack.bytes })),
      ...buildMutants(300).map((mutant) => ({ name: `mutant ${mutant.name}`, bytes: mutant.bytes })),
    ];
    const baseline = await loadedAppHeapMb();
    expect(baseline).toBeGreaterThan(20);
    console.log(`adversarial run: loaded app ${baseline.toFixed(0)} MB, heap limit ${(baseline + HEADROOM_MB).toFixed(0)} MB`);
    const { outcomes, deaths } = await runAll(documents, Math.ceil(baseline + HEADROOM_MB));
    expectAllAnswered(documents, outcomes, deaths, "adversarial run");
  }, 300_000);

  it("answers the same attacks and 100 mutations through /v1/annotate, within 5 s and 256 MB each", async () => {
    const route = "/v1/annotate";
    const documents = [
      ...buildAttacks().map((attack) => ({ name: `attack ${attack.name}`, bytes: attack.bytes })),
      ...buildMutants(100).map((mutant) => ({ name: `mutant ${mutant.name}`, bytes: mutant.bytes })),
    ];
    const baseline = await loadedAppHeapMb(route);
    const { outcomes, deaths } = await runAll(documents, Math.ceil(baseline + HEADROOM_MB), route);
    expectAllAnswered(documents, outcomes, deaths, "adversarial run, annotating");
  }, 300_000);
});
