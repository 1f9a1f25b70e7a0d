import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";

const ACTS = [
  { field: "sells", words: "sells" },
  { field: "leases", words: "leases" },
  { field: "trades", words: "trades" },
  { field: "licensesDatabaseAccess", words: "licenses access to a database of" },
] as const;

/** Recipients whose disclosure is not, on its face, for marketing: service providers and the state. */
const SERVICE_RECIPIENTS = new Set<string>(["processor", "cloud-host", "law-enforcement", "government"]);

export const commercialDisclosure = definePackRule({
  id: "wa-biometric/commercial-disclosure",
  title: "No sale, lease or disclosure for a commercial purpose without consent",
  section: "RCW 19.375.020",
  severity: "violation",
  summary:
    "Fires when identifiers are sold, leased or disclosed to a buyer without consent; a disclosure for a possibly commercial purpose with no exception is a risk, as is consent left unknown, and, where people consented at enrollment, a disclosure the profile records as relying on no exception.",
  plainLanguage:
    "Without the person's consent, a business may not sell, lease or disclose a biometric identifier for a commercial purpose, except to provide a service the person asked for, for a financial transaction, as a statute or court order requires or expressly allows, to a recipient who promises not to pass it on or enroll it, or for litigation.",
  authorities: ["wa-biometric-19-375-020"],
  remedies: ["wa-biometric-consent-before-disclosure", "wa-biometric-stop-sale"],
  tags: ["19.375.020", "sale", "disclosure"],
  check({ system }) {
    const consent = system.consent.obtained;
    if (consent === true) return disclosuresOutsideConsent(system);
    const drafts: PackFindingDraft[] = [];
    const unsure = consent === "unknown";
    for (const act of ACTS) {
      if (system.commerce[act.field] !== true) continue;
      drafts.push({
        message: unsure
          ? `${system.name} ${act.words} biometric identifiers, and the profile does not say whether people consented (consent.obtained); RCW 19.375.020 requires consent.`
          : `${system.name} ${act.words} biometric identifiers without the people's consent; RCW 19.375.020 forbids it.`,
        evidence: [`/commerce/${act.field}`, "/consent/obtained"],
        ...(unsure ? { severity: "risk" as const, basis: "unknown" as const } : {}),
        key: `/commerce/${act.field}`,
      });
    }
    if (system.disclosures === "unknown") return drafts;
    system.disclosures.forEach((d, i) => {
      if (SERVICE_RECIPIENTS.has(d.type)) return;
      if (d.exception === "consent" || d.exception === "financial-transaction" || d.exception === "required-by-law" || d.exception === "warrant-or-subpoena") return;
      const buyer = d.type === "buyer";
      const certain = buyer && !unsure && (d.exception === "none" || d.exception === "unknown");
      const why =
        d.exception === "permitted-by-law"
          ? "a statute must expressly authorise it, and the profile says only that the law permits it"
          : buyer
            ? "a sale or disclosure to a buyer is for a commercial purpose and needs consent"
            : "if it is for a commercial purpose (marketing unrelated to the original transaction), it needs consent or a listed exception";
      drafts.push({
        message: `${system.name} discloses biometric identifiers to ${d.recipient} without consent: ${why} (RCW 19.375.020).`,
        evidence: [`/disclosures/${i}/exception`],
        ...(certain ? {} : { severity: "risk" as const, basis: unsure || d.exception === "unknown" ? ("unknown" as const) : ("fact" as const) }),
        key: `/disclosures/${i}`,
      });
    });
    return drafts;
  },
});

/**
 * With consent given at enrollment, a disclosure the profile itself records as relying on no
 * exception (`exception: "none"`) is not shown to be within that consent: a risk, not a violation,
 * since the consent may have covered it. (A use materially inconsistent with the original terms
 * needs new consent, bipa-reference.md §4.2, from one secondary source.)
 */
function disclosuresOutsideConsent(system: System): PackFindingDraft[] {
  if (system.disclosures === "unknown") return [];
  const drafts: PackFindingDraft[] = [];
  system.disclosures.forEach((d, i) => {
    if (SERVICE_RECIPIENTS.has(d.type) || d.exception !== "none") return;
    drafts.push({
      message: `${system.name} discloses biometric identifiers to ${d.recipient}, and the profile records that disclosure as relying on no exception (not even consent), though people consented at enrollment. If that consent did not cover disclosing to this recipient for this purpose, a disclosure for a commercial purpose needs consent or a listed exception (RCW 19.375.020); a use materially inconsistent with the original terms needs new consent (one secondary source). Establish what the consent covered.`,
      evidence: [`/disclosures/${i}/exception`, "/consent/obtained"],
      severity: "risk",
      basis: "fact",
      key: `/disclosures/${i}`,
    });
  });
  return drafts;
}
