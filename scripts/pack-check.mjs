#!/usr/bin/env node
// Packs the package, installs the tarball into an empty project, and checks that `import`,
// `require` and `npx bipa-check` all work there, as a user would see them. Exits non-zero on failure.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = mkdtempSync(join(tmpdir(), "bipa-pack-"));
const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
const check = (label, fn) => {
  try {
    const out = fn();
    console.log(`ok   ${label}${out ? `: ${out}` : ""}`);
  } catch (error) {
    console.error(`FAIL ${label}\n${error.stderr ?? error.message}`);
    process.exitCode = 1;
  }
};

try {
  const tarball = run("npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").pop();
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "pack-check", private: true, type: "commonjs" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, tarball)], work);
  check("tarball contents", () => {
    const files = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], root))[0].files.map((f) => f.path);
    const stray = files.filter((f) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(f));
    if (stray.length) throw new Error(`unexpected files in the tarball: ${stray.join(", ")}`);
    return `${files.length} files`;
  });
  check("require('bipa-check')", () =>
    run("node", ["-e", "const b=require('bipa-check'); if(!b.rules.length||typeof b.audit!=='function') process.exit(1); console.log(b.rules.length+' rules')"], work).trim(),
  );
  check("import 'bipa-check'", () =>
    run("node", ["--input-type=module", "-e", "import {rules, audit, VERSION} from 'bipa-check'; if(!rules.length||typeof audit!=='function') process.exit(1); console.log(VERSION)"], work).trim(),
  );
  check("npx bipa-check --version", () => run("npx", ["--no-install", "bipa-check", "--version"], work).trim());
} finally {
  rmSync(work, { recursive: true, force: true });
}
