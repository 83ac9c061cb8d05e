// A worker thread starts without the test runner's TypeScript loader: this registers tsx's
// loader in the thread, then loads the worker itself.
import { register } from "tsx/esm/api";

register();
await import("./budget-worker.ts");
