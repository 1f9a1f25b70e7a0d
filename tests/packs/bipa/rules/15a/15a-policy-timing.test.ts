import { describe, expect, it } from "vitest";
import { policyTiming } from "../../../../../src/packs/bipa/rules/15a/15a-policy-timing.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

/**
 * First capture in the compliant profile is 2020-01-06. Gaps of 2020 are audited as of 2024-06-01,
 * whose five-year look-back (Tims; bipa-reference.md §1.6, §1.7) starts 2019-06-01 and so still
 * reaches them; audited as of 2026-11-22 the look-back starts 2021-11-22 and a gap that closed in 2020
 * or 2021 is time-barred.
 */
const IN_WINDOW = "2024-06-01";
const adopted = (adoptedDate: string) => ({ retention: { policy: { adoptedDate } } });

testRule(policyTiming, {
  fires: [
    {
      description: "adopted the day after first capture (the boundary)",
      system: adopted("2020-01-07"),
      asOf: IN_WINDOW,
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/policy/adoptedDate",
      messageIncludes: ["first captured biometric data on 2020-01-06", "adopted only on 2020-01-07, 1 day later", "Mora v. J&M Plating"],
    },
    {
      description: "adopted 17 months after first capture (the Mora pattern)",
      system: adopted("2021-06-01"),
      asOf: IN_WINDOW,
      severity: "violation",
      // 2020-01-06 → 2021-06-01: 361 days to 2021-01-01 (2020 is a leap year: 366 − 5) + 151 days to 1 June = 512.
      messageIncludes: ["2020-01-06", "2021-06-01", "512 days later", "does not cure the gap"],
    },
    {
      description: "point 5: a gap that closed before the five-year look-back is information, not a violation: a claim for it is time-barred (Tims; §1.6)",
      system: { retention: { policy: { adoptedDate: "2016-03-01" } }, collection: { firstCaptureDate: "2015-01-05" } },
      asOf: "2026-11-22",
      severity: "info",
      // Look-back from 2026-11-22 starts 2021-11-22; the gap ended 2016-03-01, before it.
      messageIncludes: ["Tims v. Black Horse", "closed before 2021-11-22", "would now be time-barred", "counts nothing"],
    },
    {
      description: "point 8: dates known only to the year decide when the years differ",
      system: { retention: { policy: { adoptedDate: "2021" } }, collection: { firstCaptureDate: "2019" } },
      asOf: IN_WINDOW,
      severity: "violation",
      messageIncludes: ["first captured biometric data in 2019", "adopted only in 2021"],
    },
    {
      description: "point 8: dates that overlap (the same year) cannot be ordered: a risk asking for exact dates",
      system: { retention: { policy: { adoptedDate: "2019-06" } }, collection: { firstCaptureDate: "2019" } },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["known only to the year", "Record the exact dates"],
    },
    {
      description: "a policy only planned for after the audit date is still late",
      system: adopted("2027-01-01"),
      severity: "violation",
      messageIncludes: ["is to be adopted only on 2027-01-01"],
    },
    {
      description: "adoption date unknown",
      system: adopted("unknown"),
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/policy/adoptedDate",
      messageIncludes: ["the policy's adoption date", "cannot be checked"],
    },
    {
      description: "first-capture date unknown",
      system: { collection: { firstCaptureDate: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/collection/firstCaptureDate",
      messageIncludes: ["the date of first capture"],
    },
    {
      description: "both dates unknown: one finding naming both",
      system: { retention: { policy: { adoptedDate: "unknown" } }, collection: { firstCaptureDate: "unknown" } },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["the policy's adoption date or the date of first capture"],
    },
    {
      description: "existence unknown but a stated adoption date shows the gap",
      system: { retention: { policy: { exists: "unknown", adoptedDate: "2021-06-01" } } },
      asOf: IN_WINDOW,
      severity: "violation",
    },
  ],
  silent: [
    { description: "adopted before first capture", system: {} },
    { description: "adopted on the day of first capture (the boundary)", system: adopted("2020-01-06") },
    {
      description: "adopted ten years before first capture, audited soon after",
      system: adopted("2010-01-01"),
      asOf: "2020-02-01",
    },
    {
      description: "no policy at all: the public-policy rule reports it",
      system: { retention: { policy: { exists: false, adoptedDate: "unknown" } } },
    },
    {
      description: "existence unknown and dates unknown: the public-policy rule already asks",
      system: { retention: { policy: { exists: "unknown", adoptedDate: "unknown" } } },
    },
  ],
});

describe("bipa/15a-policy-timing", () => {
  it("omits the limitations note while the gap is inside the 5-year window", () => {
    const [finding] = runRule(policyTiming, { description: "recent gap", system: adopted("2021-06-01") }, "2026-05-31");
    expect(finding?.message).not.toContain("Tims");
  });

  it("cites both dates as evidence and points to adoption first", () => {
    const [finding] = runRule(policyTiming, { description: "late", system: adopted("2021-06-01") }, IN_WINDOW);
    expect(finding?.evidence.map((e) => [e.pointer, e.value])).toEqual([
      ["/systems/0/retention/policy/adoptedDate", "2021-06-01"],
      ["/systems/0/collection/firstCaptureDate", "2020-01-06"],
    ]);
    expect(finding?.remedies).toEqual(["adopt-policy-before-collection"]);
  });

  it("keeps one identity for the unknown-date risk whichever date is missing", () => {
    const a = runRule(policyTiming, { description: "a", system: adopted("unknown") });
    const b = runRule(policyTiming, { description: "b", system: { collection: { firstCaptureDate: "unknown" } } });
    expect(a[0]?.fingerprint).toBe(b[0]?.fingerprint);
    expect(a[0]?.remedies).toContain("establish-unknown-facts");
  });
});
