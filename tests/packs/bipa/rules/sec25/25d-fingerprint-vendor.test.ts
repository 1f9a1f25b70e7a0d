import { fingerprintVendor } from "../../../../../src/packs/bipa/rules/sec25/25d-fingerprint-vendor.js";
import { testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.5 row (d): Sec. 25(d) is a rule of non-conflict with the 2004 licensing Act, not
// an exemption; the licensing rules' own retention rule is reported by one source [S], its Title
// number [UNVERIFIED] (issue 10 point 4: implement what the reference supports).
testRule(fingerprintVendor, {
  fires: [
    {
      description: "point 4: a licensed fingerprint vendor with a fingerprint system in scope: info that 25(d) is no exemption",
      organization: { licensedFingerprintVendor: true },
      severity: "info",
      basis: "fact",
      pointer: "/organization/licensedFingerprintVendor",
      messageIncludes: ["it is not an exemption", "every Sec. 15 duty applies to Fingerprint timeclock", "one secondary source, Title number unverified"],
    },
  ],
  silent: [
    { description: "not a licensed fingerprint vendor", organization: { licensedFingerprintVendor: false } },
    { description: "vendor status unknown: nothing turns on it (no exemption either way)", organization: { licensedFingerprintVendor: "unknown" } },
    { description: "a licensed vendor whose only system captures voiceprints", organization: { licensedFingerprintVendor: true }, system: { modalities: ["voiceprint"] } },
  ],
});
