import { definePack } from "../../core/pack.js";
import { applicability } from "./applicability.js";
import { authorities } from "./authorities.js";
import { IN_FORCE, SMALL_BUSINESS_FROM } from "./effective.js";
import { penalty } from "./penalty.js";
import { remedies } from "./remedies.js";
import { rules } from "./rules/index.js";

/** Washington: My Health My Data Act, ch. 19.373 RCW, for biometric data (bipa-reference.md §4.2). */
export const waMhmdaPack = definePack({
  id: "wa-mhmda",
  title: "Washington My Health My Data Act (ch. 19.373 RCW)",
  jurisdiction: "US-WA",
  citation: "ch. 19.373 RCW",
  effectiveFrom: IN_FORCE,
  amendments: [
    {
      date: SMALL_BUSINESS_FROM,
      what: "Small businesses are bound from this day (the main duties apply from 31 Mar 2024).",
      authority: "wa-mhmda-19-373-030",
    },
  ],
  authorities,
  remedies,
  rules,
  applicability,
  penalty,
  notes: [
    "The pack covers biometric data only, which the Act treats as consumer health data; other consumer health data is out of its scope.",
    "The Attorney General and consumers (a private right of action) enforce the Act through the Consumer Protection Act; private damages are not computed (mechanics unverified; a private plaintiff must show injury).",
    "The geofencing ban within 2,000 feet of in-person health-care facilities, and the public consumer health data privacy policy, are not checked: the profile has no fact for them.",
    "The security duties of RCW 19.373.050 are not checked: their content was not verified. Consumers' access and deletion rights (RCW 19.373.040) are not checked; the Act sets no fixed retention period.",
    "The reference does not settle whether passing data to a processor is sharing; such disclosures without a separate consent are reported as risks.",
    "The reference does not say whether employees are consumers under the Act; the pack does not exclude them.",
    "The reference records no exemptions for RCW 19.373 (for RCW 19.375 it records GLBA Title V financial institutions, HIPAA activities and law-enforcement authority); the pack applies none. Whether this Act exempts data of a financial institution under GLBA or HIPAA-covered data is not settled here: confirm against the Act before relying on a finding for such data.",
  ],
});
