import { definePackRule } from "../../../core/pack.js";
import { establishedInEu, inEu, peopleIn } from "../facts.js";

const REPRESENTATIVE = "/organization/representativeInEu";

/** Art. 27: an organization outside the EU reached for its people there appoints an EU representative. */
export const euRepresentative = definePackRule({
  id: "eu-gdpr/eu-representative",
  title: "A representative in the EU for an organization outside it",
  section: "Regulation (EU) 2016/679, Art. 27",
  severity: "violation",
  summary:
    "For an organization with no EU establishment whose system has people in the EU: no representative is a violation, an unknown one a risk. Organizations established in the EU need none.",
  plainLanguage: "A company outside the EU that processes data of people in the EU must name a representative inside the EU whom people and authorities can contact.",
  authorities: ["eu-gdpr-art-27", "eu-gdpr-garante-2022", "eu-gdpr-hdpa-2022", "eu-gdpr-dsb-2023"],
  remedies: ["eu-gdpr-appoint-eu-representative"],
  tags: ["article-27", "representative"],
  engaged: ({ profile, system }) => !establishedInEu(profile) && peopleIn(system, inEu).answer === "yes",
  check({ profile, system }) {
    if (establishedInEu(profile)) return [];
    const people = peopleIn(system, inEu);
    if (people.answer !== "yes") return [];
    const org = profile.organization;
    const where = people.places.join(", ");
    const has = org.representativeInEu;
    if (has === true) return [];
    if (has === false) {
      return [
        {
          message: `${org.name} has no establishment in the EU and no representative there, yet ${system.name} processes data of people in the EU (${where}). Art. 27 requires a representative; the Italian and Austrian Clearview orders imposed one.`,
          evidence: [REPRESENTATIVE, "/organization/establishedIn", "/places/subjects"],
        },
      ];
    }
    return [
      {
        message: `${org.name} has no establishment in the EU and ${system.name} processes data of people there (${where}), but the profile does not say whether a representative was appointed in the EU (Art. 27).`,
        evidence: [REPRESENTATIVE, "/places/subjects"],
        severity: "risk",
        basis: "unknown",
      },
    ];
  },
});
