import { describe, expect, it } from "vitest";
import { policyTiming } from "../../../../src/rules/bipa/15a/15a-policy-timing.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

/** First capture in the compliant profile is 2020-01-06. */
const adopted = (adoptedDate: string) => ({ retention: { policy: { adoptedDate } } });

testRule(policyTiming, {
  fires: [
    {
      description: "adopted the day after first capture (the boundary)",
      system: adopted("2020-01-07"),
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/policy/adoptedDate",
      messageIncludes: ["first captured biometric data on 2020-01-06", "adopted only on 2020-01-07, 1 day later", "Mora v. J&M Plating"],
    },
    {
      description: "adopted 17 months after first capture (the Mora pattern)",
      system: adopted("2021-06-01"),
      severity: "violation",
      messageIncludes: ["2020-01-06", "2021-06-01", "512 days later", "does not cure the gap"],
    },
    {
      description: "a gap that closed more than 5 years before the audit notes Tims, but stays a violation",
      system: { retention: { policy: { adoptedDate: "2016-03-01" } }, collection: { firstCaptureDate: "2015-01-05" } },
      asOf: "2026-11-22",
      severity: "violation",
      messageIncludes: ["Tims v. Black Horse", "may be time-barred", "confirm with counsel"],
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
    const [finding] = runRule(policyTiming, { description: "late", system: adopted("2021-06-01") });
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
