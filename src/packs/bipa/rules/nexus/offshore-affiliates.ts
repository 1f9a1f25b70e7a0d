import { defineRule, type FindingDraft } from "../../rule.js";
import type { Organization } from "../../../../practices/schema.js";
import { CLEARVIEW_ARGUMENT, TIKTOK } from "./offshore-transfers.js";
import { possessive } from "../wording.js";

type Affiliate = Organization["offshoreAffiliates"][number];

function affiliateFinding(organization: Organization, affiliate: Affiliate, index: number): FindingDraft | undefined {
  const repeat = organization.offshoreAffiliates.slice(0, index + 1).filter((a) => a.name === affiliate.name).length;
  if (affiliate.accessToBiometricData === false) return undefined;
  const who = `${possessive(organization.name)} offshore affiliate ${affiliate.name} (${affiliate.country}${affiliate.purpose ? `; ${affiliate.purpose}` : ""})`;
  const why = `15(d) has no exception for affiliates, so giving an affiliate biometric data needs one of its four exceptions, and data held abroad may be harder to reach with a destruction order or an injunction. ${CLEARVIEW_ARGUMENT} Separately, ${TIKTOK}.`;
  const pointer = `/organization/offshoreAffiliates/${index}`;
  const known = affiliate.accessToBiometricData === true;
  return {
    message: known
      ? `${who} holds or can reach biometric data. ${why}`
      : `${who} may hold or be able to reach biometric data; the profile does not say. ${why}`,
    evidence: [`${pointer}/accessToBiometricData`, `${pointer}/country`],
    ...(known ? {} : { basis: "unknown" as const }),
    remedies: known
      ? ["limit-cross-border-transfers", "disclose-in-privacy-policy"]
      : ["establish-unknown-facts", "limit-cross-border-transfers", "disclose-in-privacy-policy"],
    // Two entries with one name stay two findings (the second keyed #2), so neither hides the other.
    key: `affiliate:${affiliate.name}${repeat > 1 ? `#${repeat}` : ""}`,
  };
}

/**
 * `bipa/offshore-affiliates`: an offshore affiliate that holds or can reach biometric data, reported
 * once for the organization (the Panama and Singapore subsidiaries argued in the Clearview MDL).
 */
export const offshoreAffiliates = defineRule({
  id: "bipa/offshore-affiliates",
  title: "Biometric data reachable by offshore affiliates",
  // Giving an affiliate the data is a dissemination that needs a 15(d) exception; the offshore
  // location is a risk to enforcement, not a separate breach.
  section: "740 ILCS 14/15(d)",
  kind: "organization",
  severity: "risk",
  summary:
    "Reports each offshore affiliate that holds or can reach biometric data (or may: unknown is a risk with basis unknown), once for the organization, when BIPA reaches at least one of its systems.",
  plainLanguage:
    "Letting a foreign affiliate reach biometric data is a disclosure that needs the subject's consent or another 15(d) exception, and data held abroad is harder for a court to order destroyed. In the Clearview case the plaintiffs pointed to offshore subsidiaries; the court did not find that enough for an injunction.",
  authorities: ["bipa-15d", "clearview-pi-motion-2021", "clearview-pi-denial-2021", "tiktok-settlement-2022"],
  remedies: ["limit-cross-border-transfers", "disclose-in-privacy-policy", "establish-unknown-facts"],
  tags: ["nexus", "cross-border", "offshore", "clearview", "organization"],
  examples: {
    failing: {
      description: "A Panama subsidiary serving foreign customers can reach the face database.",
      organization: {
        offshoreAffiliates: [{ name: "Prairie Panama S.A.", country: "Panama", purpose: "serves foreign customers", accessToBiometricData: true }],
      },
    },
    passing: {
      description: "The Canadian sales affiliate has no access to biometric data.",
      organization: { offshoreAffiliates: [{ name: "Prairie Canada Ltd.", country: "Canada", accessToBiometricData: false }] },
    },
  },
  check({ profile }) {
    return profile.organization.offshoreAffiliates.flatMap((a, i) => affiliateFinding(profile.organization, a, i) ?? []);
  },
});
