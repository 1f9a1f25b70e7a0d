import type { BenchModule } from "../harness/types.js";
import { coldStart } from "./cold-start.js";
import { loader } from "./loader.js";
import { memory } from "./memory.js";
import { packs } from "./packs.js";
import { peer } from "./peer.js";
import { reportSize } from "./report-size.js";
import { scaling } from "./scaling.js";
import { throughput } from "./throughput.js";
import { wholeProfileCli } from "./whole-profile-cli.js";

/**
 * The bench's modules, in the order their rows appear in the table. To add rows, write a module
 * (see harness/types.ts) and list it here.
 */
export const BENCH_MODULES: readonly BenchModule[] = [throughput, packs, peer, loader, coldStart, reportSize, memory, scaling, wholeProfileCli];
