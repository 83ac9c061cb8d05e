// The cron's cleanup: walks the expiry index in time order and deletes every job whose time
// has passed, a page at a time. One run deletes at most `maxJobs` (each deletion is several
// requests to R2, and an invocation may make only so many); when more are due, the run says
// so and the caller queues a `cleanup` message, whose consumer runs the next stretch, and so
// on until none is left. However many jobs expire, cleanup keeps up.
import { deleteJob, keys, readManifest } from "./store.ts";

const PAGE = 100;
export const MAX_JOBS_PER_RUN = 150;

export interface CleanupRun {
  deleted: number;
  /** Expired jobs remain past this run's share. */
  more: boolean;
}

export async function deleteExpiredJobs(bucket: R2Bucket, now = Date.now(), maxJobs = MAX_JOBS_PER_RUN): Promise<CleanupRun> {
  let deleted = 0;
  let cursor: string | undefined;
  for (;;) {
    const listed = await bucket.list({ prefix: keys.expiryPrefix, limit: PAGE, ...(cursor ? { cursor } : {}) });
    for (const object of listed.objects) {
      const [, time, id] = object.key.split("/");
      // Keys sort by expiry time, so the first one still in the future ends the walk.
      if (!time || !id || Number(time) > now) return { deleted, more: false };
      if (deleted >= maxJobs) return { deleted, more: true };
      await deleteJob(bucket, id, await readManifest(bucket, id), object.key);
      deleted++;
    }
    if (!listed.truncated) return { deleted, more: false };
    cursor = listed.cursor;
  }
}
