import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { timeliness } from "../../../practices/dates.js";

export const informBeforeCapture = definePackRule({
  id: "tx-cubi/inform-before-capture",
  title: "Inform the person before capture",
  section: "Tex. Bus. & Com. Code §503.001(b)",
  severity: "violation",
  summary: "Fires when people are not told, before capture, that a biometric identifier is captured; an unknown is a risk.",
  plainLanguage:
    "Before capturing someone's fingerprint, voiceprint, iris or retina scan, or hand or face geometry for a commercial purpose, a business must tell them. Texas does not say the notice must be written.",
  authorities: ["tx-cubi-503-001"],
  remedies: ["tx-cubi-inform-before-capture"],
  tags: ["503.001(b)", "notice"],
  check({ system }) {
    const drafts: PackFindingDraft[] = [];
    const notice = system.notice;
    if (notice.statesCollection === false) {
      drafts.push({ message: `${system.name} does not tell people that it captures their biometric identifiers; §503.001(b) requires informing them before capture.`, evidence: ["/notice/statesCollection"] });
    } else if (notice.statesCollection === "unknown") {
      drafts.push({
        message: `The profile does not say whether ${system.name} tells people, before capture, that it captures their biometric identifiers; §503.001(b) requires it.`,
        evidence: ["/notice/statesCollection"],
        severity: "risk",
        basis: "unknown",
      });
    } else if (notice.date !== "unknown" && system.collection.firstCaptureDate !== "unknown") {
      if (timeliness(notice.date, system.collection.firstCaptureDate) === "late") {
        drafts.push({
          message: `${system.name} began capturing on ${system.collection.firstCaptureDate} but informed people only on ${notice.date}; §503.001(b) requires informing them before capture. Captures before the notice stay violations.`,
          evidence: ["/notice/date", "/collection/firstCaptureDate"],
        });
      }
    }
    return drafts;
  },
});
