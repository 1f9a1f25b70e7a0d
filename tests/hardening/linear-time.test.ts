import fc from "fast-check";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { applyWaivers, isExpired, waiverMatches } from "../../src/gate/waivers/apply.js";
import type { Waiver } from "../../src/gate/waivers/schema.js";
import type { Finding, Report } from "../../src/report/types.js";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { ROOT } from "../cli/helpers/cli.js";

/**
 * Linear time outside src/packs/bipa/exposure: no large array spread into a call (V8 throws past about 100,000
 * arguments), and waivers matched through an index rather than a scan of every waiver per finding.
 * The growth itself is measured by `npm run bench` (the scaling rows); these tests check the code.
 */

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** Whether the call whose arguments start at `start` has a spread among them (not inside an array or object literal). */
function spreadsAnArgument(text: string, start: number): boolean {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === "'" || c === "`") {
      // Skip a string (template expressions in calls are rare enough to treat as text).
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === "\\") i++;
      continue;
    }
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return false;
      depth--;
    } else if (depth === 0 && text.startsWith("...", i)) return true;
  }
  return false;
}

describe("no spread of an array into a call", () => {
  it("src/ (but the exposure arithmetic and the rules, which are rewritten apart) has no push(...x), Math.max(...x) or fn(...x)", () => {
    const offenders: string[] = [];
    for (const file of sources(join(ROOT, "src"))) {
      const rel = relative(ROOT, file);
      if (rel.startsWith("src/packs/bipa/exposure/") || rel.startsWith("src/packs/")) continue;
      const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
      for (const m of text.matchAll(/(\.push|\.unshift|Math\.(?:max|min)|\.concat|String\.fromCharCode)\s*\(/g)) {
        if (spreadsAnArgument(text, m.index + m[0].length)) offenders.push(`${rel}:${text.slice(0, m.index).split("\n").length}: ${m[1]}(...)`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("the check itself finds a spread argument and passes literals", () => {
    expect(spreadsAnArgument('"", ...lines);', 0)).toBe(true);
    expect(spreadsAnArgument("...items)", 0)).toBe(true);
    expect(spreadsAnArgument("{ ...a, b: [...c] });", 0)).toBe(false);
    expect(spreadsAnArgument('"...", x);', 0)).toBe(false);
  });
});

describe("waivers through the index match exactly what the scan matched", () => {
  const loaded = parseProfile(
    JSON.parse(readFileSync(join(ROOT, "tests", "fixtures", "profiles", "risky.json"), "utf8")) as unknown,
    { file: "risky.json" },
  );
  if (!loaded.ok) throw new Error("fixture does not load");
  const report = audit(loaded, { asOf: "2026-11-22" });
  const findings = report.findings;
  const targets = [...new Set(findings.flatMap((f) => [f.systemId ?? "", ...f.evidence.map((e) => e.pointer)]))].filter(Boolean);
  const prefixes = [...new Set(targets.flatMap((t) => (t.startsWith("/") ? t.split("/").map((_, i, a) => a.slice(0, i + 1).join("/")).filter((p) => p.length > 1) : [t])))];
  const waiverArb = fc.record({
    rule: fc.constantFrom(...new Set(findings.map((f) => f.ruleId)), "bipa/15c-profit"),
    target: fc.constantFrom(...prefixes, "/nowhere", "other-system"),
    file: fc.option(fc.constantFrom("risky.json", "./risky.json", "other.json"), { nil: undefined }),
    justification: fc.constant("accepted"),
    approvedBy: fc.constant("counsel"),
    expires: fc.constantFrom("2026-01-01", "2027-01-01"),
  });

  /** The scan the index replaced: every waiver against every finding. */
  function reference(reports: readonly Report[], waivers: readonly Waiver[], asOf: string) {
    const counts = waivers.map(() => 0);
    const suppressed: string[] = [];
    for (const r of reports) {
      for (const f of r.findings as Finding[]) {
        let first = -1;
        waivers.forEach((w, i) => {
          if (!waiverMatches(w, f, r.file)) return;
          counts[i]! += 1;
          if (first === -1 && !isExpired(w, asOf)) first = i;
        });
        if (first !== -1) suppressed.push(`${f.fingerprint}:${first}`);
      }
    }
    return { counts, suppressed };
  }

  it("for random waiver sets", () => {
    fc.assert(
      fc.property(fc.array(waiverArb, { maxLength: 30 }), (raw) => {
        const waivers = raw.map((w) => ({ ...w, ...(w.file === undefined ? {} : { file: w.file }) })) as Waiver[];
        const got = applyWaivers([report], waivers, "2026-11-22");
        const want = reference([report], waivers, "2026-11-22");
        expect(got.outcomes.map((o) => o.matched)).toEqual(want.counts);
        const byWaiver = got.reports[0]!.suppressed.map((s) => {
          const w = waivers.findIndex((x) => s.suppression.kind === "waiver" && x.justification.trim() === s.suppression.justification && waiverMatches(x, s, report.file) && !isExpired(x, "2026-11-22"));
          return `${s.fingerprint}:${w}`;
        });
        expect(byWaiver.sort()).toEqual([...want.suppressed].sort());
      }),
      { seed: 20261122, numRuns: 300 },
    );
  });
});
