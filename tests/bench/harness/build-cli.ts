/*
 * Builds dist/cli.js and its bundle the way tsup.config.ts does, without the library and its type declarations (the
 * slow part of `npm run build`), for scripts/bench.mjs. Bundled and run by the bench runner.
 */
import { build, type Options } from "tsup";
import tsupConfig from "../../../tsup.config.js";

const configs = (Array.isArray(tsupConfig) ? tsupConfig : [tsupConfig]) as Options[];
const named = (name: string) => {
  const found = configs.find((c) => typeof c.entry === "object" && c.entry !== null && name in c.entry);
  if (!found) throw new Error(`tsup.config.ts has no \`${name}\` entry`);
  return found;
};
// The bundle (and its code cache) first, then the bin entry that loads it.
for (const name of ["cli-bundle", "cli"]) await build({ ...named(name), config: false, silent: true });
