import { definePack } from "../../core/pack.js";
import { euGdprApplicability } from "./applicability.js";
import { euGdprAuthorities } from "./authorities.js";
import { GDPR_APPLIES_FROM } from "./facts.js";
import { euGdprPenalty } from "./penalty.js";
import { euGdprRemedies } from "./remedies.js";
import { accessRequests } from "./rules/access-requests.js";
import { euRepresentative } from "./rules/eu-representative.js";
import { impactAssessment } from "./rules/impact-assessment.js";
import { specialCategoryCondition } from "./rules/special-category-condition.js";
import { storageLimitation } from "./rules/storage-limitation.js";
import { workforceConsent } from "./rules/workforce-consent.js";

/** The EU GDPR, Art. 9: biometric data processed to uniquely identify people. */
export const euGdprPack = definePack({
  id: "eu-gdpr",
  title: "EU GDPR Art. 9: biometric data processed to identify people",
  jurisdiction: "EU",
  citation: "Regulation (EU) 2016/679",
  effectiveFrom: GDPR_APPLIES_FROM,
  authorities: euGdprAuthorities,
  remedies: euGdprRemedies,
  rules: [specialCategoryCondition, workforceConsent, impactAssessment, storageLimitation, euRepresentative, accessRequests],
  applicability: euGdprApplicability,
  penalty: euGdprPenalty,
  notes: [
    "Application date 25 May 2018 (Art. 99(2)): not in the legal reference; checked against two reproductions of the regulation's text, not the Official Journal.",
    "Territory: the 27 EU member states. The UK GDPR (\"GB\") is a parallel regime this pack does not evaluate; the ICO's Clearview order is cited only as a remedy template. The EEA states outside the EU are not covered.",
    "Reach on an EU establishment (Art. 3(1)) or on offering goods or services (Art. 3(2)(a)) is not in the reference and is marked [UNVERIFIED]; monitoring (Art. 3(2)(b)) is.",
    "Not covered: the rest of the GDPR (Art. 6 legal basis apart from Art. 9, transparency under Arts. 12-14, transfers, security), compensation claims (Art. 82) and national criminal penalties (Art. 84).",
    "Storage limitation (Art. 5(1)(e)) has no fixed period; the reference marks it [UNVERIFIED], so findings on it stay risks.",
  ],
});
