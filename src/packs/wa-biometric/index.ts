import { definePack } from "../../core/pack.js";
import { applicability } from "./applicability.js";
import { authorities } from "./authorities.js";
import { IN_FORCE } from "./effective.js";
import { penalty } from "./penalty.js";
import { remedies } from "./remedies.js";
import { rules } from "./rules/index.js";

/** Washington: biometric identifiers, RCW 19.375 (bipa-reference.md §4.2). */
export const waBiometricPack = definePack({
  id: "wa-biometric",
  title: "Washington biometric identifiers (RCW 19.375)",
  jurisdiction: "US-WA",
  citation: "RCW 19.375",
  effectiveFrom: IN_FORCE,
  authorities,
  remedies,
  rules,
  applicability,
  penalty,
  notes: [
    "The Act reaches enrollment in a database for a commercial purpose (sale, or disclosure to a third party for marketing unrelated to the original transaction); security and law-enforcement purposes are excluded.",
    "Photographs, video and audio recordings, and data generated from them, are excluded (definition from one secondary source): face geometry computed from camera footage is treated as out of scope.",
    "The section lists notice, consent, or a mechanism to prevent later commercial use; notice alone is not affirmative consent, so a system with notice only is reported as a risk, not a violation.",
    "A use materially inconsistent with the original terms needs new consent (one secondary source); the profile records no such use, so the pack does not check it.",
    "Attorney General enforcement only, under the Consumer Protection Act; no private right of action. The exclusion for law-enforcement authority is not checked.",
  ],
});
