import { describe, expect, it } from "vitest";
import { audit } from "../../../../src/engine/audit.js";
import { parseProfile } from "../../../../src/practices/load.js";
import { compliantProfile } from "../../../../src/rules/bipa/compliant-profile.js";
import { offshoreTransfers } from "../../../../src/rules/bipa/nexus/offshore-transfers.js";
import { AS_OF, runRule, testRule } from "../../../helpers/rule-tester.js";

const singapore = { destination: "Singapore", recipient: "Prairie Fabrication Pte. Ltd.", biometricData: true, disclosedToSubjects: false };
const panama = { name: "Prairie Panama S.A.", country: "Panama", purpose: "serves foreign customers", accessToBiometricData: true };

testRule(offshoreTransfers, {
  fires: [
    {
      description: "biometric data replicated to a foreign affiliate without telling subjects",
      system: { crossBorderTransfers: [singapore] },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/crossBorderTransfers/0/biometricData",
      messageIncludes: [
        "Fingerprint timeclock sends biometric data to Singapore (Prairie Fabrication Pte. Ltd.)",
        "Subjects were not told",
        "TikTok settlement barred sending US user data out of the US unless disclosed",
        "Panama and Singapore",
        "did not show likely irreparable harm",
        "needs one of the four 15(d) exceptions",
      ],
    },
    {
      description: "a transfer that may carry biometric data is a risk with basis unknown",
      system: { crossBorderTransfers: [{ destination: "Germany" }] },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["sends data to Germany that may include biometric data; the profile does not say"],
    },
    {
      description: "a disclosed transfer abroad is still a risk (data out of reach), without the TikTok disclosure point",
      system: { crossBorderTransfers: [{ ...singapore, disclosedToSubjects: true }] },
      severity: "risk",
      basis: "fact",
      messageIncludes: ["Subjects were told of the transfer"],
    },
    {
      description: "an offshore affiliate that can reach biometric data (organization fact)",
      organization: { offshoreAffiliates: [panama] },
      severity: "risk",
      basis: "fact",
      pointer: "/organization/offshoreAffiliates/0/accessToBiometricData",
      messageIncludes: [
        "Prairie Fabrication LLC's offshore affiliate Prairie Panama S.A. (Panama; serves foreign customers) holds or can reach biometric data",
        "no exception for affiliates",
        "reported once, on Fingerprint timeclock",
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
      description: "each transfer and each affiliate is its own finding",
      system: { crossBorderTransfers: [singapore, { destination: "Germany", biometricData: true, disclosedToSubjects: "unknown" }] },
      organization: { offshoreAffiliates: [panama] },
      count: 3,
    },
  ],
  silent: [
    { description: "no transfers abroad and no offshore affiliates", system: {} },
    { description: "a transfer that carries no biometric data", system: { crossBorderTransfers: [{ destination: "Canada", biometricData: false }] } },
    {
      description: "an affiliate without access to biometric data",
      organization: { offshoreAffiliates: [{ ...panama, accessToBiometricData: false }] },
    },
  ],
});

function auditSystems(systems: Array<Record<string, unknown>>, affiliates: unknown[]) {
  const parsed = parseProfile({ ...compliantProfile, organization: { ...compliantProfile.organization, offshoreAffiliates: affiliates }, systems });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return audit(parsed.profile, { asOf: AS_OF, ruleSet: [offshoreTransfers] }).findings;
}

describe("bipa/offshore-transfers details", () => {
  const base = compliantProfile.systems[0]!;

  it("does not overstate the Clearview ruling", () => {
    for (const f of runRule(offshoreTransfers, { description: "", system: { crossBorderTransfers: [singapore] }, organization: { offshoreAffiliates: [panama] } })) {
      expect(f.message).toContain("did not show likely irreparable harm");
      expect(f.message).not.toMatch(/(found|showed|shows) (likely )?irreparable harm/);
    }
  });

  it("reports an affiliate once per organization, on the first system holding biometric data", () => {
    const findings = auditSystems(
      [
        { ...base, id: "badge-photos", name: "Badge photos", modalities: [], photographsOnly: true },
        { ...base, id: "timeclock", name: "Fingerprint timeclock" },
        { ...base, id: "door", name: "Door reader" },
      ],
      [panama],
    );
    expect(findings.map((f) => f.fingerprint)).toEqual(["bipa/offshore-transfers|timeclock|affiliate:Prairie Panama S.A."]);
    expect(findings[0]?.evidence[0]).toMatchObject({
      pointer: "/organization/offshoreAffiliates/0/accessToBiometricData",
      value: true,
      note: "organization-level; reported on Fingerprint timeclock",
    });
  });

  it("prefers a host that is plainly within BIPA over one that states an exclusion fact", () => {
    const findings = auditSystems(
      [
        { ...base, id: "med-cabinet", name: "Medication cabinet", healthcare: { ...base.healthcare, hipaaTreatmentPaymentOperations: true } },
        { ...base, id: "timeclock", name: "Fingerprint timeclock" },
      ],
      [panama],
    );
    expect(findings.map((f) => f.systemId)).toEqual(["timeclock"]);
  });

  it("drops the privacy-policy remedy once subjects were told, and asks for facts when unknown", () => {
    const remedies = (transfer: Record<string, unknown>) =>
      runRule(offshoreTransfers, { description: "", system: { crossBorderTransfers: [transfer] } })[0]?.remedies;
    expect(remedies({ ...singapore, disclosedToSubjects: true })).toEqual(["limit-cross-border-transfers"]);
    expect(remedies(singapore)).toEqual(["limit-cross-border-transfers", "disclose-in-privacy-policy"]);
    expect(remedies({ destination: "Germany" })).toEqual(["establish-unknown-facts", "limit-cross-border-transfers", "disclose-in-privacy-policy"]);
  });
});
