import { describe, expect, it } from "vitest";
import { audit } from "../../../../../src/audit.js";
import { parseProfile } from "../../../../../src/practices/load.js";
import { compliantProfile } from "../../../../../src/packs/bipa/compliant-profile.js";
import { offshoreAffiliates } from "../../../../../src/packs/bipa/rules/nexus/offshore-affiliates.js";
import { scopeRules } from "../../../../helpers/scope-rules.js";
import { AS_OF, testRule } from "../../../../helpers/rule-tester.js";

const panama = { name: "Prairie Panama S.A.", country: "Panama", purpose: "serves foreign customers", accessToBiometricData: true };

testRule(offshoreAffiliates, {
  fires: [
    {
      description: "an offshore affiliate that can reach biometric data",
      organization: { offshoreAffiliates: [panama] },
      severity: "risk",
      basis: "fact",
      pointer: "/organization/offshoreAffiliates/0/accessToBiometricData",
      messageIncludes: [
        "Prairie Fabrication LLC's offshore affiliate Prairie Panama S.A. (Panama; serves foreign customers) holds or can reach biometric data",
        "no exception for affiliates",
        "did not show likely irreparable harm",
      ],
    },
    {
      description: "an affiliate whose access is unknown",
      organization: { offshoreAffiliates: [{ name: "Prairie Asia Pte. Ltd.", country: "Singapore" }] },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["may hold or be able to reach biometric data; the profile does not say"],
    },
    {
      description: "each affiliate is its own finding",
      organization: { offshoreAffiliates: [panama, { name: "Prairie Asia Pte. Ltd.", country: "Singapore", accessToBiometricData: true }] },
      count: 2,
    },
  ],
  silent: [
    { description: "no offshore affiliates", organization: {} },
    { description: "an affiliate without access to biometric data", organization: { offshoreAffiliates: [{ ...panama, accessToBiometricData: false }] } },
  ],
});

describe("bipa/offshore-affiliates as an organization rule", () => {
  const base = compliantProfile.systems[0]!;
  const run = (systems: Array<Record<string, unknown>>) => {
    const parsed = parseProfile({ ...compliantProfile, organization: { ...compliantProfile.organization, offshoreAffiliates: [panama] }, systems });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return audit(parsed.profile, { asOf: AS_OF, ruleSet: [...scopeRules, offshoreAffiliates] });
  };

  it("reports an affiliate once for the organization, with no system and a system-independent fingerprint", () => {
    const report = run([
      { ...base, id: "timeclock", name: "Fingerprint timeclock" },
      { ...base, id: "door", name: "Door reader" },
    ]);
    const findings = report.findings.filter((f) => f.ruleId === "bipa/offshore-affiliates");
    expect(findings).toHaveLength(1);
    expect(findings[0]?.systemId).toBeUndefined();
    expect(findings[0]?.fingerprint).toBe("bipa/offshore-affiliates|(organization)|affiliate:Prairie Panama S.A.");
    expect(findings[0]?.evidence[0]).toMatchObject({ pointer: "/organization/offshoreAffiliates/0/accessToBiometricData", value: true });
  });

  it("does not run when no system is within BIPA", () => {
    const report = run([{ ...base, id: "med-cabinet", name: "Medication cabinet", healthcare: { ...base.healthcare, hipaaTreatmentPaymentOperations: true } }]);
    expect(report.findings.filter((f) => f.ruleId === "bipa/offshore-affiliates")).toEqual([]);
    expect(report.passed.filter((p) => p.ruleId === "bipa/offshore-affiliates")).toEqual([]);
  });
});
