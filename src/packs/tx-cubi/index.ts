import { definePack } from "../../core/pack.js";
import { applicability } from "./applicability.js";
import { authorities } from "./authorities.js";
import { ENACTED_YEAR, HB149_IN_FORCE } from "./effective.js";
import { penalty } from "./penalty.js";
import { remedies } from "./remedies.js";
import { rules } from "./rules/index.js";

/** Texas: Capture or Use of Biometric Identifier Act (bipa-reference.md §4.1). */
export const txCubiPack = definePack({
  id: "tx-cubi",
  title: "Texas Capture or Use of Biometric Identifier Act",
  jurisdiction: "US-TX",
  citation: "Tex. Bus. & Com. Code §503.001",
  // The year only: the reference gives no day (bipa-reference.md §4.1, "Enacted in 2001").
  effectiveFrom: ENACTED_YEAR,
  amendments: [
    {
      date: HB149_IN_FORCE,
      what: "HB 149 (TRAIGA): public images are not notice or consent unless the person made them public ((b-1)); biometrics used for AI systems are exempt unless the system uniquely identifies a person, as is AI for security or fraud prevention; later commercial use brings the Act back ((f)).",
      authority: "tx-cubi-hb-149-2025",
    },
  ],
  authorities,
  remedies,
  rules,
  applicability,
  penalty,
  notes: [
    "Enacted in 2001 (HB 678); the reference gives the year, not the day, so the pack's effectiveFrom is \"2001\" (no day is claimed) and an as-of date inside 2001 is reported as unknown.",
    '"Commercial purpose" is not defined in §503.001; the pack takes a for-profit business, or a sale or licence of the data, to be one.',
    "Attorney General enforcement only; no private right of action.",
    "§503.001(c-2) (an employer's security purpose presumed to expire when employment ends) is seen in one secondary source only: the pack shows it as a note and does not rely on it.",
    "(c-1) (a document that must legally be kept longer) moves the destruction clock; the profile has no fact for it, so the pack does not apply it.",
  ],
});
