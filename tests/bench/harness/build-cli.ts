/*
 * Builds dist/cli.js the way tsup.config.ts does, without the library and its type declarations (the
 * slow part of `npm run build`), for scripts/bench.mjs. Bundled and run by the bench runner.
 */
import { build, type Options } from "tsup";
import tsupConfig from "../../../tsup.config.js";

const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
const cli = configs.find((c) => typeof c.entry === "object" && c.entry !== null && "cli" in c.entry);
if (!cli) throw new Error("tsup.config.ts has no `cli` entry");
await build({ ...cli, config: false, silent: true });
