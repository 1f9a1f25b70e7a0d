import { definePack } from "../../core/pack.js";
import { euAiActApplicability } from "./applicability.js";
import { euAiActAuthorities } from "./authorities.js";
import { PENALTIES_APPLY_FROM, PROHIBITION_APPLIES_FROM } from "./elements.js";
import { euAiActPenalty } from "./penalty.js";
import { euAiActRemedies } from "./remedies.js";
import { untargetedFaceScraping } from "./rules/untargeted-face-scraping.js";

/** The EU AI Act, Art. 5(1)(e): facial recognition databases built by untargeted scraping. */
export const euAiActPack = definePack({
  id: "eu-ai-act",
  title: "EU AI Act Art. 5(1)(e): untargeted scraping of facial images",
  jurisdiction: "EU",
  citation: "Regulation (EU) 2024/1689, Art. 5(1)(e)",
  effectiveFrom: PROHIBITION_APPLIES_FROM,
  amendments: [{ date: PENALTIES_APPLY_FROM, what: "The penalty provisions apply (Art. 99).", authority: "eu-ai-act-art-113" }],
  authorities: euAiActAuthorities,
  remedies: euAiActRemedies,
  rules: [untargetedFaceScraping],
  applicability: euAiActApplicability,
  penalty: euAiActPenalty,
  notes: [
    "The GDPR keeps applying alongside the ban (Art. 9, and the regulators' Clearview orders): see the eu-gdpr pack.",
    "The breakdown of Art. 5(1)(e) into four elements and the SME penalty rule each rest on one secondary source ([S]).",
    "The Commission's guidelines on what \"untargeted\" and \"scraping\" mean are not binding.",
    "Not covered: the neighbouring bans of Art. 5(1)(f)-(h) (emotion recognition at work and in education, biometric categorisation by sensitive traits, real-time remote biometric identification by law enforcement) and the rest of the Act.",
  ],
});
