import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { employer, employees, NO_RELEASE } from "./helpers.js";

/*
 * bipa-reference.md §1.5(c): Sec. 25(c) takes a financial institution (or affiliate) subject to
 * Title V of the GLBA outside the Act "in any manner". With Title V status unknown, the system is
 * audited as covered (an exclusion applies on a stated fact only), so its figure is the figure if no
 * exclusion applies: the estimate says beside it that it is $0 if the exclusion applies.
 * AS_OF 2026-11-22; capture from 2025-01-06 (after PA 103-0769): 100 people × 1 pair.
 */
const AS_OF = "2026-11-22";
const bank = (titleVSubject: boolean | "unknown") =>
  employer({ subjects: [employees(100)], release: NO_RELEASE, collection: { firstCaptureDate: "2025-01-06" } }, { glba: { titleVSubject, role: "financial-institution" } });

describe("a figure resting on an open exclusion says so (§1.5(c))", () => {
  it("Title V status unknown: the figure stands, with a note that it is $0 if the exemption applies", () => {
    const e = audit(bank("unknown"), { asOf: AS_OF }).exposure!;
    // 15(b): 100 × 1 pair = 100; low 100 × $1,000 = $100,000.
    expect(e.totalUsd.low).toBe(100_000);
    expect(e.notes.join(" ")).toContain(
      "Fingerprint timeclock: its figure assumes BIPA reaches it, but the profile leaves open a fact that could put it outside the Act (bipa/scope-glba-exemption: see that finding); if the exclusion applies, its figure is $0.",
    );
  });

  it("Title V stated false: no such note", () => {
    const e = audit(bank(false), { asOf: AS_OF }).exposure!;
    expect(e.totalUsd.low).toBe(100_000);
    expect(e.notes.join(" ")).not.toContain("assumes BIPA reaches it");
  });

  it("Title V stated true: out of scope, nothing counted", () => {
    expect(audit(bank(true), { asOf: AS_OF }).exposure!.totalUsd).toEqual({ low: 0, high: 0 });
  });
});
