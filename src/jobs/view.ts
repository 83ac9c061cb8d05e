// What `GET /v1/jobs/:id` shows and what a callback carries: one shape, built in one place.
import { keys, readJson, readProgress, readResults, type CallbackOutcome, type JobManifest, type JobResult, type JobStatus } from "./store.ts";

export interface JobView {
  id: string;
  status: JobStatus;
  documents: number;
  completed: number;
  failed: number;
  createdAt: string;
  expiresAt: string;
  callback: { url: string; status: "pending" | "delivered" | "failed"; attempts: number } | null;
  results: Array<JobResult | null>;
}

export async function buildJobView(bucket: R2Bucket, manifest: JobManifest, options: { withCallback: boolean }): Promise<JobView> {
  const progress = await readProgress(bucket, manifest);
  const [results, outcome] = await Promise.all([
    readResults(bucket, manifest, progress),
    options.withCallback && manifest.callbackUrl ? readJson<CallbackOutcome>(bucket, keys.callback(manifest.id)) : Promise.resolve(null),
  ]);
  const view: JobView = {
    id: manifest.id,
    status: progress.status,
    documents: manifest.documents,
    completed: progress.completed,
    failed: progress.failed,
    createdAt: manifest.createdAt,
    expiresAt: manifest.expiresAt,
    callback: null,
    results,
  };
  if (options.withCallback && manifest.callbackUrl) {
    view.callback = outcome
      ? { url: manifest.callbackUrl, status: outcome.status, attempts: outcome.attempts }
      : { url: manifest.callbackUrl, status: "pending", attempts: 0 };
  }
  return view;
}
