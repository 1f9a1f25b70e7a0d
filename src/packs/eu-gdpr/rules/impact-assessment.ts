import { definePackRule } from "../../../core/pack.js";

const LARGE = "/dataProtection/largeScale";
const DPIA = "/dataProtection/impactAssessment";

/** Art. 35(3)(b): large-scale special-category processing needs a DPIA; small scale leaves it to national lists. */
export const impactAssessment = definePackRule({
  id: "eu-gdpr/impact-assessment",
  title: "Impact assessment before large-scale processing of biometric data",
  section: "Regulation (EU) 2016/679, Art. 35(3)(b)",
  severity: "violation",
  summary:
    "Large-scale processing without a data protection impact assessment is a violation; an unknown assessment or scale, where it decides, is a risk. Small-scale processing is not checked (national lists may still require one).",
  plainLanguage:
    "Before identifying many people by their biometrics, a company must assess in writing the risks to them and how it will address those risks.",
  authorities: ["eu-gdpr-art-35-3-b"],
  remedies: ["eu-gdpr-carry-out-impact-assessment"],
  tags: ["dpia", "article-35"],
  check({ system }) {
    const { largeScale, impactAssessment: done } = system.dataProtection;
    const name = system.name;
    if (done === true || largeScale === false) return [];
    if (largeScale === true && done === false) {
      return [
        {
          message: `${name} processes biometric data on a large scale without a data protection impact assessment. Art. 35(3)(b) makes one mandatory for large-scale processing of special-category data.`,
          evidence: [LARGE, DPIA],
        },
      ];
    }
    const open = [...(largeScale === "unknown" ? ["whether the processing is large-scale"] : []), ...(done === "unknown" ? ["whether an impact assessment was done"] : [])];
    return [
      {
        message: `For ${name} the profile does not say ${open.join(" or ")}. Art. 35(3)(b) requires an impact assessment for large-scale processing of biometric data, and national lists usually add biometrics.`,
        evidence: [...(largeScale === "unknown" ? [LARGE] : []), ...(done === "unknown" ? [DPIA] : [])],
        severity: "risk",
        basis: "unknown",
      },
    ];
  },
});
