// Preloaded into a measured CLI run (`node -r`): writes the process's peak RSS, in bytes, to
// $BENCH_RSS_FILE when it exits normally. (A killed or crashed run writes nothing; the bench then
// reports the peak it sampled from /proc.)
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    require("node:fs").writeFileSync(file, String(process.resourceUsage().maxRSS * 1024));
  });
}
