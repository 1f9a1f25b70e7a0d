import { definePackRule } from "../../../core/pack.js";
import { NECESSITY_OPEN, necessityOpen, onlyAsNecessary, writtenReleaseBeforeCapture } from "../consent.js";

export const consentToCollect = definePackRule({
  id: "wa-mhmda/consent-to-collect",
  title: "Consent before collecting biometric data",
  section: "RCW 19.373.030",
  severity: "violation",
  summary:
    "Fires when biometric data is collected without consent, or with consent only after collection, beyond what a requested service needs; implied consent and unknowns are risks, and so is a missing consent where the profile leaves open whether the collection is only what a requested service needs.",
  plainLanguage:
    "A business may collect a Washington consumer's biometric data only with their consent for a specified purpose, given before collection, or to the extent needed for a product or service the consumer asked for.",
  authorities: ["wa-mhmda-19-373-030", "wa-mhmda-19-373-010"],
  remedies: ["wa-mhmda-consent-before-collection"],
  tags: ["19.373.030", "consent"],
  check({ system }) {
    if (writtenReleaseBeforeCapture(system) || onlyAsNecessary(system)) return [];
    const c = system.consent;
    // Consent and necessity are alternative grounds: with necessity open, a missing consent is a risk.
    const open = necessityOpen(system) ? ({ severity: "risk", basis: "unknown" } as const) : {};
    const openWords = necessityOpen(system) ? NECESSITY_OPEN : "";
    if (c.obtained === false || c.form === "none") {
      return [
        {
          message: necessityOpen(system)
            ? `${system.name} collects biometric data without consent (RCW 19.373.030).${openWords}`
            : system.dataProtection.usedBeyondNecessary === true
              ? `${system.name} collects biometric data without consent, beyond what a service the consumer asked for needs (RCW 19.373.030).`
              : `${system.name} collects biometric data without consent, including that of people it has no relationship with, who asked for no product or service, so the Act's other ground (what a service the consumer asked for needs) cannot cover it (RCW 19.373.030).`,
          evidence: [c.obtained === false ? "/consent/obtained" : "/consent/form", "/dataProtection/usedBeyondNecessary"],
          ...open,
        },
      ];
    }
    if (c.obtained === true && c.beforeCapture === false) {
      return [
        {
          message: `${system.name} gets consent only after collecting biometric data; RCW 19.373.030 requires it before collection.${openWords}`,
          evidence: necessityOpen(system) ? ["/consent/beforeCapture", "/dataProtection/usedBeyondNecessary"] : ["/consent/beforeCapture"],
          ...open,
        },
      ];
    }
    if (c.obtained === true && c.form === "implied") {
      return [
        {
          message: `${system.name} relies on implied consent; RCW 19.373.030 asks for consent for a specified purpose, which an inference from conduct may not be.`,
          evidence: ["/consent/form"],
          severity: "risk",
          basis: "fact",
        },
      ];
    }
    if (c.obtained === "unknown" || c.beforeCapture === "unknown") {
      const field = c.obtained === "unknown" ? "/consent/obtained" : "/consent/beforeCapture";
      return [
        {
          message: `The profile does not say whether ${system.name} gets consent before collecting biometric data (${field.slice(1).replace("/", ".")}); RCW 19.373.030 requires it unless the collection is only what a requested service needs.`,
          evidence: [field],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    return [];
  },
});
