import type { Rule } from "../../rule.js";
import { geofencingGaps } from "./geofencing-gaps.js";
import { offshoreAffiliates } from "./offshore-affiliates.js";
import { offshoreTransfers } from "./offshore-transfers.js";

/** The Illinois-nexus and remediation rules, in evaluation order. */
export const rules: readonly Rule[] = [geofencingGaps, offshoreTransfers, offshoreAffiliates];
