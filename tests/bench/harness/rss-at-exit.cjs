// Preloaded into a measured CLI run (`node -r`): writes the process's peak RSS, in bytes, to
// $BENCH_RSS_FILE.<pid> when it exits normally. A run that hands a large profile to a second Node
// process (src/cli/heap.ts) passes its flags on, so each process writes its own file and the bench
// adds them up. (A killed or crashed run writes nothing; the bench then reports the peak it sampled.)
const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on("exit", () => {
    require("node:fs").writeFileSync(`${file}.${process.pid}`, String(process.resourceUsage().maxRSS * 1024));
  });
}
