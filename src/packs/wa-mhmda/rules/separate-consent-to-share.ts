import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { NECESSITY_OPEN, necessityOpen, onlyAsNecessary } from "../consent.js";

/** Recipients that may only act for the company; whether passing data to them is "sharing" is not settled in the reference. */
const SERVICE_RECIPIENTS = new Set<string>(["processor", "cloud-host"]);

export const separateConsentToShare = definePackRule({
  id: "wa-mhmda/separate-consent-to-share",
  title: "A separate and distinct consent to share",
  section: "RCW 19.373.030",
  severity: "violation",
  summary:
    "Fires when biometric data goes to others without a consent to share separate from the consent to collect (and beyond what a requested service needs); a processor or host recipient, or an unknown (the necessity of the sharing among them), is a risk.",
  plainLanguage:
    "Sharing a consumer's biometric data needs its own consent, separate and distinct from the consent to collect it, unless the sharing is needed for a product or service the consumer asked for.",
  authorities: ["wa-mhmda-19-373-030"],
  remedies: ["wa-mhmda-separate-consent-to-share"],
  tags: ["19.373.030", "sharing", "consent"],
  check({ system }) {
    const separate = system.consent.separateConsentToShare;
    if (separate === true || onlyAsNecessary(system)) return [];
    if (system.disclosures === "unknown") {
      return [
        {
          message: `The profile does not list who receives ${system.name}'s biometric data (disclosures) or show a separate consent to share; RCW 19.373.030 requires one for any sharing.`,
          evidence: ["/disclosures", "/consent/separateConsentToShare"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    const drafts: PackFindingDraft[] = [];
    system.disclosures.forEach((d, i) => {
      const service = SERVICE_RECIPIENTS.has(d.type);
      const open = separate === "unknown";
      drafts.push({
        message: open
          ? `${system.name} shares biometric data with ${d.recipient}, and the profile does not say whether consumers gave a separate consent to share (consent.separateConsentToShare); RCW 19.373.030 requires one.`
          : service
            ? `${system.name} passes biometric data to ${d.recipient} without a separate consent to share; if the recipient only processes it for you this may not be sharing (the reference does not settle it), otherwise RCW 19.373.030 requires a separate consent.`
            : `${system.name} shares biometric data with ${d.recipient} without a consent to share separate from the consent to collect (RCW 19.373.030).${necessityOpen(system) ? NECESSITY_OPEN : ""}`,
        evidence: [`/disclosures/${i}`, "/consent/separateConsentToShare", ...(necessityOpen(system) && !open && !service ? ["/dataProtection/usedBeyondNecessary"] : [])],
        ...(open || (necessityOpen(system) && !service) ? { severity: "risk" as const, basis: "unknown" as const } : service ? { severity: "risk" as const, basis: "fact" as const } : {}),
        key: `/disclosures/${i}`,
      });
    });
    return drafts;
  },
});
