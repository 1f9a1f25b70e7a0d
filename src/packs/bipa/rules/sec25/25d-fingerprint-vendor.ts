import { defineRule } from "../../rule.js";

/**
 * `bipa/25d-fingerprint-vendor`: what Sec. 25(d) does for a licensed fingerprint vendor, as the
 * reference supports it (bipa-reference.md §1.5 row (d)): a rule of non-conflict, not an exemption.
 * The licensing rules' own retention rule is reported by one secondary source, its Title number
 * unverified, so it is named with those marks and never applied as a duty.
 */
export const fingerprintVendor = defineRule({
  id: "bipa/25d-fingerprint-vendor",
  title: "Licensed fingerprint vendor: Sec. 25(d) is no exemption",
  section: "740 ILCS 14/25(d)",
  kind: "organization",
  severity: "info",
  summary:
    "When the organization is a licensed fingerprint vendor and BIPA reaches one of its fingerprint systems, notes that Sec. 25(d) only says the Act does not conflict with the 2004 licensing Act and its rules: every Sec. 15 duty still applies, and the licensing rules add a retention rule of their own (reported, not verified).",
  plainLanguage:
    "Sec. 25(d) says BIPA does not conflict with the Private Detective, Private Alarm, Private Security, Fingerprint Vendor, and Locksmith Act of 2004 or its rules. It does not take licensed fingerprint vendors outside BIPA. The licensing rules are reported to carry their own retention rule for fingerprint vendors (Ill. Admin. Code §1240.535(c)(8), which mirrors 15(a)); that comes from one secondary source and its Title number is unverified, so confirm it before relying on it.",
  authorities: ["bipa-25", "bipa-15a"],
  remedies: ["establish-unknown-facts"],
  tags: ["sec-25", "fingerprint-vendor", "organization"],
  examples: {
    failing: {
      description: "A licensed fingerprint vendor runs a fingerprinting service for Illinois applicants.",
      organization: { licensedFingerprintVendor: true },
    },
    passing: {
      description: "The organization is not a licensed fingerprint vendor.",
      organization: { licensedFingerprintVendor: false },
    },
  },
  check({ profile, inScope }) {
    if (profile.organization.licensedFingerprintVendor !== true) return [];
    const fingerprints = inScope.filter(({ system }) => system.modalities.includes("fingerprint"));
    if (fingerprints.length === 0) return [];
    return [
      {
        message: `${profile.organization.name} is a licensed fingerprint vendor. Sec. 25(d) says only that BIPA does not conflict with the Private Detective, Private Alarm, Private Security, Fingerprint Vendor, and Locksmith Act of 2004 and its rules; it is not an exemption, so every Sec. 15 duty applies to ${fingerprints.map(({ system }) => system.name).join(", ")}. The licensing rules are reported to set a retention rule of their own for fingerprint vendors (Ill. Admin. Code §1240.535(c)(8), mirroring 15(a); one secondary source, Title number unverified): confirm it, and meet both.`,
        evidence: ["/organization/licensedFingerprintVendor"],
        basis: "fact",
        remedies: [],
        key: "25d",
      },
    ];
  },
});
