// Builds dist/ once before the tests: the command line and the Node server run their documents
// in worker threads started from the built analysis-worker.js, and the package tests install
// what was built. Building first means no test runs against an older build than the source.
import { buildDist } from "../../scripts/build.ts";

export default async function setup(): Promise<void> {
  await buildDist();
}
