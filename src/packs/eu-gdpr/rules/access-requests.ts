import { definePackRule } from "../../../core/pack.js";

const ANSWERED = "/dataProtection/accessRequestsAnswered";

/** Art. 15: access requests answered (the Greek, French and Austrian orders). */
export const accessRequests = definePackRule({
  id: "eu-gdpr/access-requests",
  title: "Answer people's requests for access to their data",
  section: "Regulation (EU) 2016/679, Art. 15",
  severity: "violation",
  summary: "Access requests left unanswered are a violation; whether they are answered, when unknown, is a risk.",
  plainLanguage: "People in the EU can ask a company for a copy of their data and how it is used, and the company must answer before deleting what the request concerns.",
  authorities: ["eu-gdpr-art-15", "eu-gdpr-hdpa-2022", "eu-gdpr-cnil-2022", "eu-gdpr-dsb-2023"],
  remedies: ["eu-gdpr-answer-access-requests"],
  tags: ["article-15", "access"],
  check({ system }) {
    const answered = system.dataProtection.accessRequestsAnswered;
    if (answered === true) return [];
    if (answered === false) {
      return [
        {
          message: `${system.name} does not answer people's requests for access to their biometric data. Art. 15 gives them access; the Greek decision found it breached and the French order required answers before deletion.`,
          evidence: [ANSWERED],
        },
      ];
    }
    return [
      {
        message: `For ${system.name} the profile does not say whether access requests are answered (Art. 15).`,
        evidence: [ANSWERED],
        severity: "risk",
        basis: "unknown",
      },
    ];
  },
});
