#!/usr/bin/env node
// Packs the package, installs the tarball into an empty project, and checks that `import`,
// `require` and `npx bipa-check` all work there, as a user would see them; then lints the package
// (publint, strict), checks its types for every resolution mode (@arethetypeswrong/cli) and asks
// `npm audit` for high or critical advisories in the runtime dependencies. Exits non-zero on failure.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";

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

/**
 * High and critical advisories in the runtime dependencies fail the check; a registry that cannot be
 * reached (offline, or a mirror without the advisories endpoint) is reported as skipped, not passed.
 */
function npmAudit() {
  let out;
  try {
    out = run("npm", ["audit", "--omit=dev", "--audit-level=high", "--json"], root);
  } catch (error) {
    out = error.stdout ?? "";
  }
  let report;
  try {
    report = JSON.parse(out);
  } catch {
    return "skipped (registry unreachable)";
  }
  const counts = report.metadata?.vulnerabilities;
  if (!counts) return "skipped (registry unreachable)";
  const serious = (counts.high ?? 0) + (counts.critical ?? 0);
  if (serious > 0) throw new Error(`${counts.high ?? 0} high and ${counts.critical ?? 0} critical advisories: run npm audit --omit=dev`);
  return `no high or critical advisories (${counts.total ?? 0} in all)`;
}

let tarball;
try {
  // Plain `npm pack`, as pre-commit (language: node) runs it: it takes standard output as the file name.
  const packed = run("npm", ["pack", "--pack-destination", work], root);
  tarball = packed.trim().split("\n").pop();
  check("npm pack prints only the tarball name (pre-commit reads it)", () => {
    if (packed.trim() !== tarball || !/^bipa-check-.+\.tgz$/.test(tarball)) throw new Error(`npm pack printed:\n${packed.slice(0, 500)}`);
    return tarball;
  });
  writeFileSync(join(work, "package.json"), JSON.stringify({ name: "pack-check", private: true, type: "commonjs" }));
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, tarball)], work);
  check("tarball contents", () => {
    const files = JSON.parse(run("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], root))[0].files.map((f) => f.path);
    const stray = files.filter((f) => !/^(dist\/|docs\/|examples\/|README\.md$|LICENSE$|package\.json$)/.test(f));
    if (stray.length) throw new Error(`unexpected files in the tarball: ${stray.join(", ")}`);
    return `${files.length} files`;
  });
  check("require('bipa-check')", () =>
    run("node", ["-e", "const b=require('bipa-check'); if(!b.rules.length||typeof b.audit!=='function') process.exit(1); console.log(b.rules.length+' rules')"], work).trim(),
  );
  check("import 'bipa-check'", () =>
    run("node", ["--input-type=module", "-e", "import {rules, audit, VERSION} from 'bipa-check'; if(!rules.length||typeof audit!=='function') process.exit(1); console.log(VERSION)"], work).trim(),
  );
  check("npx --no-install bipa-check --version", () => run("npx", ["--no-install", "bipa-check", "--version"], work).trim());
  const installed = join(work, "node_modules", "bipa-check");
  check("every relative link in the installed README and docs resolves inside the package", () => {
    const pages = ["README.md", "examples/README.md", ...readdirSync(join(installed, "docs"), { recursive: true }).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
    const broken = [];
    for (const page of pages) {
      for (const [, target] of readFileSync(join(installed, page), "utf8").matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)) {
        if (/^[a-z]+:/i.test(target)) continue;
        const resolved = resolve(dirname(join(installed, page)), target);
        if (!resolved.startsWith(installed) || !existsSync(resolved)) broken.push(`${page} → ${target}`);
      }
    }
    if (broken.length) throw new Error(broken.join("\n"));
    return `${pages.length} pages`;
  });
  check("init writes schema modelines that resolve in the installed package", () => {
    run("npx", ["--no-install", "bipa-check", "init"], work);
    const lines = ["bipa-profile.yaml", "bipa-check.config.yaml"].map((f) => readFileSync(join(work, f), "utf8").split("\n")[0]);
    for (const line of lines) {
      const path = /^# yaml-language-server: \$schema=(\S+)$/.exec(line)?.[1];
      if (!path || !path.startsWith("./node_modules/bipa-check/docs/") || !existsSync(join(work, path))) throw new Error(`modeline does not resolve: ${line}`);
    }
    return lines.map((l) => l.split("=")[1]).join(", ");
  });
  check("publint --strict", () => {
    const out = run("npx", ["--no-install", "publint", "--strict"], root);
    if (!/All good/.test(out)) throw new Error(out);
    return "all good";
  });
  check("attw (node10, node16 CJS and ESM, bundler)", () => {
    // attw exits non-zero on any problem; its JSON report lists them either way.
    let out;
    try {
      out = run("npx", ["--no-install", "attw", join(work, tarball), "--format", "json"], root);
    } catch (error) {
      out = error.stdout ?? "";
    }
    const report = JSON.parse(out);
    const problems = report.problems ?? report.analysis?.problems ?? [];
    if (problems.length) throw new Error(JSON.stringify(problems, null, 2));
    return "no problems";
  });
  check("npm audit --omit=dev (high or critical)", () => npmAudit());
} finally {
  rmSync(work, { recursive: true, force: true });
}
