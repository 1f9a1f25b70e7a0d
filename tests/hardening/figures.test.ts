import fc from "fast-check";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/engine/audit.js";
import { formatCount, formatUsd } from "../../src/exposure/words.js";
import { parseProfile } from "../../src/practices/load.js";
import { grouped, usd } from "../../src/report/format/shared.js";
import { useCli } from "../cli/helpers/cli.js";
import { profileArb } from "../helpers/arbitraries.js";
import { AS_OF, expectUnusable, timed } from "./helpers.js";

/**
 * Issue 15, "Wrong figures instead of exit 2": money is formatted by one function that cannot print
 * an exponent, and a figure that is not a finite number never reaches a report.
 */

const cli = useCli();

/** The violating fixture (a fingerprint timeclock without releases) with its counts or scan rate changed. */
const violating = (edit: (text: string) => string) => edit(readFileSync(join(cli.dir, "profiles", "violating.yaml"), "utf8"));

describe("money and counts never print an exponent", () => {
  it("formatUsd and formatCount write every digit", () => {
    expect(formatUsd(6.739972677595629e21)).toBe("$6,739,972,677,595,629,092,864"); // every digit of the double
    expect(formatUsd(6.739972677595629e21)).not.toBe("$6.739,972,677,595,629e+21"); // what it printed
    expect(formatCount(1e21)).toBe("1,000,000,000,000,000,000,000");
    expect(formatUsd(-1234.5)).toBe("-$1,234");
    expect(usd(1e25)).toBe("$10,000,000,000,000,000,905,969,664");
    expect(grouped(1.5e22)).toBe("15,000,000,000,000,000,000,000");
    expect(grouped(0.25)).toBe("0.25");
    expect(grouped(1e-7)).toBe("0.0000001");
  });

  it("never for any finite number, and never 'Infinity' or 'NaN'", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: false }), (n) => {
        for (const text of [formatUsd(n), formatCount(n), usd(n), grouped(n)]) {
          expect(text).not.toMatch(/e[+-]?\d|Infinity|NaN/);
        }
      }),
      { seed: 20261122, numRuns: 2_000 },
    );
  });

  it("huge counts print as whole numbers in the text and Markdown reports", () => {
    const max = String(Number.MAX_SAFE_INTEGER); // the schema's ceiling for counts
    writeFileSync(join(cli.dir, "huge.yaml"), violating((t) => t.replace("count: 120", `count: ${max}`).replace("illinoisCount: 120", `illinoisCount: ${max}`)));
    for (const format of ["text", "markdown"]) {
      const r = cli.run(["audit", "huge.yaml", ...AS_OF, "-f", format, "--fail-on", "never"], { cwd: cli.dir });
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toMatch(/\$\d{1,3}(,\d{3}){6,}/);
      expect(r.stdout).not.toMatch(/\$[\d,.]*e[+-]?\d|Infinity|NaN/);
    }
  });
});

describe("a figure that is not finite is exit 2, with the field and its line", () => {
  it("scansPerSubjectPerYear: 1e308 (it printed $Infinity, and null in JSON)", () => {
    writeFileSync(join(cli.dir, "inf.yaml"), violating((t) => t.replace("scansPerSubjectPerYear: 1000", "scansPerSubjectPerYear: 1e308")));
    for (const format of ["text", "json", "sarif"]) {
      const r = timed(() => cli.run(["audit", "inf.yaml", ...AS_OF, "-f", format], { cwd: cli.dir }));
      expectUnusable(r, [/^inf\.yaml:\d+:\d+: .*(at \/systems\/0\/collection\/scansPerSubjectPerYear)/]);
    }
  });
});

describe("the exposure arithmetic", () => {
  /**
   * For every profile the schema accepts, every figure is finite. Today the schema accepts counts and
   * rates up to 1e308, and their products overflow: the property fails, and the CLI refuses such
   * reports (exit 2, above). The bounds on counts and rates belong in src/practices/primitives.ts
   * (issue 15, point 4, the lead's); once they are there this test passes, and `it.fails` must become `it`.
   */
  const huge = fc.oneof(fc.constant(1e308), fc.double({ min: 1e150, max: 1e308, noNaN: true, noDefaultInfinity: true }));
  it("never yields a non-finite number for a profile the schema accepts (fails until the schema bounds counts and rates)", () => {
    fc.assert(
      fc.property(profileArb, huge, huge, (input, count, scans) => {
        const data = JSON.parse(JSON.stringify(input)) as { systems: Array<Record<string, unknown>> };
        for (const s of data.systems) {
          s.subjects = [{ population: "employees", count, illinoisCount: count }];
          s.collection = { ...(s.collection as object), scansPerSubjectPerYear: scans };
        }
        const loaded = parseProfile(data);
        fc.pre(loaded.ok);
        if (!loaded.ok) return;
        const report = audit(loaded, { asOf: "2026-11-22" });
        const numbers: number[] = [];
        JSON.stringify(report.exposure ?? {}, (_k, v: unknown) => {
          if (typeof v === "number") numbers.push(v);
          return v;
        });
        for (const n of numbers) expect(Number.isFinite(n)).toBe(true);
      }),
      { seed: 20261122, numRuns: 100, endOnFailure: true },
    );
  });
});
