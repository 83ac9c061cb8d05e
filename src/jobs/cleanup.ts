// The cron's cleanup: walks the expiry index in time order and deletes every job whose
// time has passed. Bounded per run; what is left waits for the next run (reads of an
// expired job delete it too).
import { deleteJob, keys, readManifest } from "./store.ts";

const PAGE = 100;
const MAX_PAGES = 5;

export async function deleteExpiredJobs(bucket: R2Bucket, now = Date.now()): Promise<number> {
  let deleted = 0;
  for (let page = 0; page < MAX_PAGES; page++) {
    // Each page starts from the front again: the entries before it are deleted by now.
    const listed = await bucket.list({ prefix: keys.expiryPrefix, limit: PAGE });
    for (const object of listed.objects) {
      const [, time, id] = object.key.split("/");
      // Keys sort by expiry time, so the first one still in the future ends the walk.
      if (!time || !id || Number(time) > now) return deleted;
      await deleteJob(bucket, id, await readManifest(bucket, id), object.key);
      deleted++;
    }
    if (!listed.truncated) break;
  }
  return deleted;
}
