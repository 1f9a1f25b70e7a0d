import type { PackRemedy } from "../../core/pack.js";

/** Remedies for the AI Act pack. */
export const euAiActRemedies: readonly PackRemedy[] = [
  {
    id: "eu-ai-act-stop-untargeted-scraping",
    measure: "stop-untargeted-scraping",
    title: "Stop building or expanding the face database by untargeted scraping",
    requires:
      "Stop gathering facial images from the internet or CCTV footage without focus on given people or groups (web crawlers, bulk harvesting) to create or expand the facial recognition database.",
    effect: "cures",
    why: "Art. 5(1)(e) prohibits AI systems that create or expand facial recognition databases through untargeted scraping; without the scraping the ban's elements are not all met.",
    sources: ["eu-ai-act-art-5-1-e", "eu-ai-act-guidelines-2025"],
  },
  {
    id: "eu-ai-act-withdraw-from-eu",
    measure: "eu-ai-act/withdraw-from-eu",
    title: "Withdraw the system from the EU market and stop using it there",
    requires: "Stop placing the system on the market, putting it into service and using it in the EU while it builds its database by untargeted scraping.",
    effect: "cures",
    why: "The ban attaches to placing on the market, putting into service or using the system in the EU (the first element of Art. 5(1)(e)).",
    sources: ["eu-ai-act-art-5-1-e", "eu-ai-act-art-5-1-e-elements"],
  },
];
