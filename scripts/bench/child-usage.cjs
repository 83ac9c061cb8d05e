// Preloaded into a measured process (`node --require child-usage.cjs ...`): when it exits, writes
// its peak resident set size (KiB, worker threads included) to the file BENCH_USAGE_FILE names.
const { writeFileSync } = require("node:fs");

const target = process.env.BENCH_USAGE_FILE;
if (target) {
  process.on("exit", () => {
    writeFileSync(target, String(process.resourceUsage().maxRSS));
  });
}
