import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { writtenReleaseBeforeCapture } from "../consent.js";

export const consentBeforeCapture = definePackRule({
  id: "tx-cubi/consent-before-capture",
  title: "Get consent before capture",
  section: "Tex. Bus. & Com. Code §503.001(b)",
  severity: "violation",
  summary:
    "Fires when consent is missing, came after capture, or is only implied; a BIPA written release signed by everyone before capture satisfies it; an unknown is a risk.",
  plainLanguage:
    "A business must get a person's consent before capturing their biometric identifier for a commercial purpose. The consent need not be written, so a written release that meets Illinois law also meets Texas law.",
  authorities: ["tx-cubi-503-001"],
  remedies: ["tx-cubi-consent-before-capture"],
  tags: ["503.001(b)", "consent"],
  check({ system }) {
    if (writtenReleaseBeforeCapture(system)) return [];
    const c = system.consent;
    const drafts: PackFindingDraft[] = [];
    if (c.obtained === false || c.form === "none") {
      drafts.push({
        message: `${system.name} captures biometric identifiers without the person's consent; §503.001(b) requires consent before capture.`,
        evidence: [c.obtained === false ? "/consent/obtained" : "/consent/form"],
      });
    } else if (c.obtained === true && c.beforeCapture === false) {
      drafts.push({
        message: `${system.name} obtains consent only after capture has begun; §503.001(b) requires it before capture, and captures before it stay violations.`,
        evidence: ["/consent/beforeCapture"],
      });
    } else if (c.obtained === true && c.form === "implied") {
      drafts.push({
        message: `${system.name} relies on consent implied from conduct or circumstances; §503.001(b) asks for the person's consent, and whether implied consent is enough is not settled. Get express consent.`,
        evidence: ["/consent/form"],
        severity: "risk",
        basis: "fact",
      });
    } else if (c.obtained === "unknown" || c.beforeCapture === "unknown") {
      drafts.push({
        message: `The profile does not say whether ${system.name} gets each person's consent before capture (${c.obtained === "unknown" ? "consent.obtained" : "consent.beforeCapture"}); §503.001(b) requires it.`,
        evidence: [c.obtained === "unknown" ? "/consent/obtained" : "/consent/beforeCapture"],
        severity: "risk",
        basis: "unknown",
      });
    }
    return drafts;
  },
});
