import { definePackRule } from "../../../core/pack.js";
import { consentBeforeEnrollment } from "../consent.js";

export const enrollmentConsent = definePackRule({
  id: "wa-biometric/enrollment-consent",
  title: "Notice, consent, or a mechanism to prevent commercial use, before enrollment",
  section: "RCW 19.375.020",
  severity: "violation",
  summary:
    "Fires when an identifier is enrolled for a commercial purpose with no notice, no consent before enrollment and no mechanism to prevent commercial use; notice alone is a risk (notice is not affirmative consent).",
  plainLanguage:
    "Before a business enrolls someone's biometric identifier in a database for a commercial purpose, it must give notice, get consent, or give the person a way to stop commercial use of it. Notice on its own is not affirmative consent.",
  authorities: ["wa-biometric-19-375-020"],
  remedies: ["wa-biometric-consent-before-enrollment", "wa-biometric-commercial-use-opt-out", "wa-biometric-notice-before-enrollment"],
  tags: ["19.375.020", "consent", "notice"],
  check({ system }) {
    const c = system.consent;
    if (consentBeforeEnrollment(system) || c.preventsLaterCommercialUse === true) return [];
    const noticed = system.notice.statesCollection;
    if (noticed === true) {
      return [
        {
          message: `${system.name} gives notice but neither gets consent before enrollment nor offers a way to prevent commercial use; notice alone is not affirmative consent, and whether it suffices depends on the context (RCW 19.375.020).`,
          evidence: ["/notice/statesCollection", "/consent/obtained", "/consent/preventsLaterCommercialUse"],
          severity: "risk",
          basis: "fact",
        },
      ];
    }
    const noConsent = c.obtained === false || c.form === "none" || (c.obtained === true && c.beforeCapture === false);
    if (noticed === false && noConsent && c.preventsLaterCommercialUse === false) {
      return [
        {
          message: `${system.name} enrolls biometric identifiers for a commercial purpose with no notice, no consent before enrollment and no way to prevent commercial use (RCW 19.375.020).`,
          evidence: ["/notice/statesCollection", c.obtained === false ? "/consent/obtained" : c.form === "none" ? "/consent/form" : "/consent/beforeCapture", "/consent/preventsLaterCommercialUse"],
        },
      ];
    }
    const open = [
      ...(noticed === "unknown" ? ["/notice/statesCollection"] : []),
      ...(c.obtained === "unknown" || (c.obtained === true && c.beforeCapture === "unknown") ? [c.obtained === "unknown" ? "/consent/obtained" : "/consent/beforeCapture"] : []),
      ...(c.preventsLaterCommercialUse === "unknown" ? ["/consent/preventsLaterCommercialUse"] : []),
    ];
    return [
      {
        message: `The profile does not establish that ${system.name} gives notice, gets consent before enrollment, or offers a way to prevent commercial use (${open.map((p) => p.slice(1).replaceAll("/", ".")).join(", ") || "consent.form"}); RCW 19.375.020 requires one of them.`,
        evidence: open.length > 0 ? open : ["/consent/form"],
        severity: "risk",
        basis: open.length > 0 ? "unknown" : "fact",
      },
    ];
  },
});
