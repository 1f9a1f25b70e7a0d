import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { System } from "../../../practices/schema.js";
import { EFFECTIVE_FROM } from "../dates.js";
import { collectsUnderLaw, consentBeforeCapture, consentObtained, firstCaptureUnderLaw, noticeGiven } from "../facts.js";

export const noticeAndConsent = definePackRule({
  id: "co-biometric/notice-and-consent",
  title: "Notice and consent before collecting biometric identifiers",
  section: "C.R.S. §6-1-1314 (notice and consent)",
  severity: "violation",
  summary:
    "Fires when a system collecting on or after 1 July 2025 gives no notice, has no consent, or takes consent only after capture. Consent after capture for people first captured before the law took effect is a risk (the reference does not say how the law treats them). A signed release covering everyone counts as consent when the consent record is silent.",
  plainLanguage: "Before collecting biometric identifiers, a Colorado controller must tell people and obtain their consent.",
  authorities: ["co-biometric-notice-consent", "co-biometric-hb24-1130"],
  remedies: ["co-biometric-notice-before-collection", "co-biometric-consent-before-collection", "co-biometric-establish-facts"],
  tags: ["notice", "consent"],
  engaged: ({ system }) => collectsUnderLaw(system) !== "no",
  check({ system }) {
    if (collectsUnderLaw(system) === "no") return [];
    return [...notice(system), ...consent(system)];
  },
});

function notice(system: System): PackFindingDraft[] {
  const n = noticeGiven(system);
  if (n.value === true) return [];
  if (n.value === false) {
    return [
      {
        message: `${system.name} collects biometric identifiers without telling people first. C.R.S. §6-1-1314 requires notice before collection.`,
        evidence: ["/notice/statesCollection", "/dataProtection/noticeAtCollection/given"],
        key: "notice",
        remedies: ["co-biometric-notice-before-collection"],
      },
    ];
  }
  return [
    {
      message: `The profile does not say whether ${system.name} tells people, before collection, that biometric identifiers are collected. C.R.S. §6-1-1314 requires notice before collection.`,
      evidence: [n.pointer],
      key: "notice",
      severity: "risk",
      basis: "unknown",
      remedies: ["co-biometric-establish-facts", "co-biometric-notice-before-collection"],
    },
  ];
}

function consent(system: System): PackFindingDraft[] {
  const obtained = consentObtained(system);
  if (obtained.value === false) {
    return [
      {
        message: `${system.name} collects biometric identifiers without consent. C.R.S. §6-1-1314 requires consent before collection.`,
        evidence: [obtained.pointer],
        key: "consent",
        remedies: ["co-biometric-consent-before-collection"],
      },
    ];
  }
  const before = consentBeforeCapture(system);
  if (obtained.value === true && before.value === true) return [];
  if (obtained.value === true && before.value === false) {
    const allUnderLaw = firstCaptureUnderLaw(system);
    return [
      {
        message: allUnderLaw
          ? `${system.name} obtains consent only after capture has begun. C.R.S. §6-1-1314 requires consent before collection, and everyone ${system.name} captures was first captured on or after ${EFFECTIVE_FROM}.`
          : `${system.name} obtains consent only after capture has begun. C.R.S. §6-1-1314 requires consent before collection for people captured from ${EFFECTIVE_FROM}; ${system.name} began capturing earlier, and the reference does not say how the law treats people first captured before it took effect, so the profile should say whether late consent reaches anyone captured since then.`,
        evidence: [before.pointer, "/collection/firstCaptureDate"],
        key: "consent",
        ...(allUnderLaw ? {} : { severity: "risk" as const }),
        remedies: ["co-biometric-consent-before-collection"],
      },
    ];
  }
  const open = obtained.value === "unknown" ? obtained : before;
  return [
    {
      message: `The profile does not say whether ${system.name} obtains consent ${obtained.value === "unknown" ? "from everyone it captures" : "before each person's first capture"}. C.R.S. §6-1-1314 requires consent before collection.`,
      evidence: [open.pointer],
      key: "consent",
      severity: "risk",
      basis: "unknown",
      remedies: ["co-biometric-establish-facts", "co-biometric-consent-before-collection"],
    },
  ];
}
