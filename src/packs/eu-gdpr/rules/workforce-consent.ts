import { definePackRule } from "../../../core/pack.js";
import { WORKFORCE } from "../facts.js";

const CONDITION = "/dataProtection/condition";
const VOLUNTARY = "/consent/voluntary";

/**
 * Art. 9(2)(a) and the power imbalance: consent from employees is generally weak. A note when the
 * workforce's consent is relied on; a risk when the profile says they could not refuse.
 */
export const workforceConsent = definePackRule({
  id: "eu-gdpr/workforce-consent",
  title: "Explicit consent from employees is weak because of the power imbalance",
  section: "Regulation (EU) 2016/679, Art. 9(2)(a), (b)",
  severity: "info",
  summary:
    "Where explicit consent is the condition relied on for employees, contractors or job applicants, notes that it is generally weak; when they could not refuse, a risk. Suggests another Art. 9(2) ground, such as employment law with safeguards.",
  plainLanguage:
    "An employee rarely feels free to say no to an employer, so consent is a shaky basis for workplace biometrics in the EU; another legal ground is usually safer.",
  authorities: ["eu-gdpr-art-9-2"],
  remedies: ["eu-gdpr-rely-on-article-9-condition"],
  tags: ["article-9", "consent", "employment"],
  engaged: ({ system }) => system.dataProtection.condition === "explicit-consent" && system.subjects.some((g) => WORKFORCE.has(g.population)),
  check({ system }) {
    if (system.dataProtection.condition !== "explicit-consent") return [];
    const groups = system.subjects.map((g, i) => ({ g, i })).filter(({ g }) => WORKFORCE.has(g.population));
    if (groups.length === 0) return [];
    const name = system.name;
    const who = [...new Set(groups.map(({ g }) => g.population.replace("-", " ")))].join(" and ");
    const pointers = groups.map(({ i }) => `/subjects/${i}/population`);
    if (system.consent.voluntary === false) {
      return [
        {
          message: `${name} relies on the explicit consent of ${who} who could not refuse without losing a job or a benefit. Consent that is not freely given is no Art. 9(2)(a) condition; employment law with safeguards (9(2)(b)) or another ground is needed.`,
          evidence: [CONDITION, VOLUNTARY, ...pointers],
          severity: "risk",
        },
      ];
    }
    return [
      {
        message: `${name} relies on the explicit consent of ${who}. Employee consent is generally weak because of the power imbalance; consider employment law with safeguards (Art. 9(2)(b)) or another Art. 9(2) ground.`,
        evidence: [CONDITION, ...pointers],
      },
    ];
  },
});
