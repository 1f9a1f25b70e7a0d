import { definePackRule } from "../../../core/pack.js";
import { onlyAsNecessary, writtenReleaseBeforeCapture } from "../consent.js";

export const consentToCollect = definePackRule({
  id: "wa-mhmda/consent-to-collect",
  title: "Consent before collecting biometric data",
  section: "RCW 19.373.030",
  severity: "violation",
  summary:
    "Fires when biometric data is collected without consent, or with consent only after collection, beyond what a requested service needs; implied consent and unknowns are risks.",
  plainLanguage:
    "A business may collect a Washington consumer's biometric data only with their consent for a specified purpose, given before collection, or to the extent needed for a product or service the consumer asked for.",
  authorities: ["wa-mhmda-19-373-030", "wa-mhmda-19-373-010"],
  remedies: ["wa-mhmda-consent-before-collection"],
  tags: ["19.373.030", "consent"],
  check({ system }) {
    if (writtenReleaseBeforeCapture(system) || onlyAsNecessary(system)) return [];
    const c = system.consent;
    if (c.obtained === false || c.form === "none") {
      return [
        {
          message: `${system.name} collects biometric data without consent, and the profile does not limit it to what a service the consumer asked for needs (RCW 19.373.030).`,
          evidence: [c.obtained === false ? "/consent/obtained" : "/consent/form", "/dataProtection/usedBeyondNecessary"],
        },
      ];
    }
    if (c.obtained === true && c.beforeCapture === false) {
      return [{ message: `${system.name} gets consent only after collecting biometric data; RCW 19.373.030 requires it before collection.`, evidence: ["/consent/beforeCapture"] }];
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
