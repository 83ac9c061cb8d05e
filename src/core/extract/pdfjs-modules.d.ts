// pdf-parse ships no type declarations for its worker module; it is imported for its side effect.
declare module "*/pdf.worker.mjs" {
  export const WorkerMessageHandler: unknown;
}
