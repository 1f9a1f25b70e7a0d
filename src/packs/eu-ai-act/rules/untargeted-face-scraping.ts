import { definePackRule } from "../../../core/pack.js";
import { allElements } from "../elements.js";

/**
 * Art. 5(1)(e): all four elements needed. Any element not met keeps the rule silent; all met is a
 * violation; none unmet but some unknown is a risk naming them.
 */
export const untargetedFaceScraping = definePackRule({
  id: "eu-ai-act/untargeted-face-scraping",
  title: "No facial recognition database built by untargeted scraping",
  section: "Regulation (EU) 2024/1689, Art. 5(1)(e)",
  severity: "violation",
  summary:
    "Checks the four elements of the ban: an AI system on the EU market or used there, creating or expanding a facial recognition database, by untargeted scraping, of facial images from the internet or CCTV. All met is a violation; any unmet, silence; the rest unknown, a risk.",
  plainLanguage:
    "In the EU it is forbidden to sell, deploy or use an AI system that builds a face-recognition database by harvesting face images in bulk from the internet or from CCTV.",
  authorities: ["eu-ai-act-art-5-1-e", "eu-ai-act-art-5-1-e-elements", "eu-ai-act-guidelines-2025"],
  remedies: ["eu-ai-act-stop-untargeted-scraping", "eu-ai-act-withdraw-from-eu"],
  tags: ["prohibited-practice", "face-database", "scraping"],
  check({ system }) {
    const elements = allElements(system);
    if (elements.some((e) => e.answer === "no")) return [];
    const name = system.name;
    const open = elements.filter((e) => e.answer === "unknown");
    if (open.length === 0) {
      return [
        {
          message: `${name} is an AI system placed on the market or used in the EU that creates or expands a facial recognition database by untargeted scraping of facial images from the internet or CCTV footage. Art. 5(1)(e) prohibits it since 2 Feb 2025; the GDPR applies alongside.`,
          evidence: elements.map((e) => e.pointer),
        },
      ];
    }
    return [
      {
        message: `${name} meets every element of the Art. 5(1)(e) ban the profile states, but it does not say whether it ${open.map((e) => e.words).join(", or whether it ")}. All four elements are needed.`,
        evidence: open.map((e) => e.pointer),
        severity: "risk",
        basis: "unknown",
      },
    ];
  },
});
