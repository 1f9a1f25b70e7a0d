import { definePack } from "../../core/pack.js";
import { applicability } from "./applicability.js";
import { portlandFrAuthorities } from "./authorities.js";
import { EFFECTIVE_FROM } from "./dates.js";
import { penalty } from "./penalty.js";
import { portlandFrRemedies } from "./remedies.js";
import { faceRecognitionBan } from "./rules/face-recognition-ban.js";

/** Portland, Oregon's ban on face recognition in places of public accommodation, City Code ch. 34.10 (bipa-reference.md §4.6). */
export const portlandFrPack = definePack({
  id: "portland-fr",
  title: "Portland face recognition in places of public accommodation (City Code ch. 34.10)",
  jurisdiction: "US-OR/portland",
  citation: "Portland City Code ch. 34.10 (Ordinance 190114)",
  effectiveFrom: EFFECTIVE_FROM,
  authorities: portlandFrAuthorities,
  remedies: portlandFrRemedies,
  rules: [faceRecognitionBan],
  applicability,
  penalty,
  notes: [
    "The use is banned outright: consent is not a cure, and retention and sale rules do not arise.",
    "Damages are per injured person ($1,000 per day of violation or actual damages, whichever is greater); whether every customer captured could claim them is not settled in the reference and is not counted.",
    "Fingerprints, voice and other traits, government use (ch. 34.10 reaches private entities) and places that are not open to the public are not covered.",
  ],
});
