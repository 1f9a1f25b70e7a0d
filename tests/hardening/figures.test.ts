import fc from "fast-check";
import { MAX_COUNT } from "../../src/practices/primitives.js";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { formatCount, formatUsd } from "../../src/packs/bipa/exposure/words.js";
import { parseProfile } from "../../src/practices/load.js";
import { grouped, usd } from "../../src/format/shared.js";
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

  // The fast path below 2^53 (String and a grouping loop) must write what the BigInt path writes.
  it("formatCount groups digits exactly as the BigInt reference does, below and above 2^53", () => {
    const reference = (n: number) => {
      const whole = Math.round(n);
      return (whole < 0 ? "-" : "") + BigInt(Math.abs(whole)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
    };
    for (const n of [0, -0, 1, 12, 123, 999, 1000, 1234, 12345, 123456, 1234567, -1234567, 0.5, -0.5, 2 ** 53 - 1, 2 ** 53, 2 ** 53 + 2, 1e21]) {
      expect(formatCount(n)).toBe(reference(n));
    }
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.double({ noNaN: true, noDefaultInfinity: true })), (n) => {
        expect(formatCount(n)).toBe(reference(n));
      }),
      { seed: 20261203, numRuns: 2_000 },
    );
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

  // 1e10 people × 1e6 scans a year × 2.70 years before 2 Aug 2024 (look-back from 2021-11-22) × $5,000
  // ≈ $1.35e20: twenty-one digits, printed in full.
  it("huge counts print as whole numbers in the text and Markdown reports", () => {
    const max = String(MAX_COUNT); // the schema's ceiling for counts (10,000,000,000)
    writeFileSync(join(cli.dir, "huge.yaml"), violating((t) => t.replace("count: 120", `count: ${max}`).replace("illinoisCount: 120", `illinoisCount: ${max}`).replace("scansPerSubjectPerYear: 1000", "scansPerSubjectPerYear: 1000000")));
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
   * For every profile the schema accepts, every figure is finite: the schema bounds counts at
   * 10,000,000,000 and scans at 1,000,000 a year (src/practices/primitives.ts, docs/limits.md), so the
   * largest product, 1e10 people × 1e6 scans × 5 years × $5,000 = 5e23, stays far below 1.8e308.
   */
  const count = fc.oneof(fc.constant(MAX_COUNT), fc.integer({ min: 0, max: MAX_COUNT }));
  const rate = fc.oneof(fc.constant(1_000_000), fc.double({ min: 0, max: 1_000_000, noNaN: true }));
  it("never yields a non-finite number for a profile the schema accepts (counts and rates at their bounds)", () => {
    fc.assert(
      fc.property(profileArb, count, rate, (input, count, scans) => {
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
