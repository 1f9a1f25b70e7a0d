import { describe, expect, it } from "vitest";
import { offshoreTransfers } from "../../../../../src/packs/bipa/rules/nexus/offshore-transfers.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const singapore = { destination: "Singapore", recipient: "Prairie Fabrication Pte. Ltd.", biometricData: true, disclosedToSubjects: false };

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
  ],
  silent: [
    { description: "no transfers abroad and no offshore affiliates", system: {} },
    { description: "a transfer that carries no biometric data", system: { crossBorderTransfers: [{ destination: "Canada", biometricData: false }] } },
  ],
});

describe("bipa/offshore-transfers details", () => {
  it("does not overstate the Clearview ruling", () => {
    for (const f of runRule(offshoreTransfers, { description: "", system: { crossBorderTransfers: [singapore] } })) {
      expect(f.message).toContain("did not show likely irreparable harm");
      expect(f.message).not.toMatch(/(found|showed|shows) (likely )?irreparable harm/);
    }
  });

  it("drops the privacy-policy remedy once subjects were told, and asks for facts when unknown", () => {
    const remedies = (transfer: Record<string, unknown>) =>
      runRule(offshoreTransfers, { description: "", system: { crossBorderTransfers: [transfer] } })[0]?.remedies;
    expect(remedies({ ...singapore, disclosedToSubjects: true })).toEqual(["limit-cross-border-transfers"]);
    expect(remedies(singapore)).toEqual(["limit-cross-border-transfers", "disclose-in-privacy-policy"]);
    expect(remedies({ destination: "Germany" })).toEqual(["establish-unknown-facts", "limit-cross-border-transfers", "disclose-in-privacy-policy"]);
  });
});
