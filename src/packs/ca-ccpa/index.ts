import { definePack } from "../../core/pack.js";
import { caCcpaApplicability } from "./applicability.js";
import { caCcpaAuthorities } from "./authorities.js";
import { CPI_ADJUSTED_FROM, CPPA_ENFORCEMENT, CPRA_IN_FORCE } from "./facts.js";
import { caCcpaPenalty } from "./penalty.js";
import { caCcpaRemedies } from "./remedies.js";
import { breachOfUnencryptedData } from "./rules/breach-of-unencrypted-data.js";
import { noticeAtCollection } from "./rules/notice-at-collection.js";
import { retentionLimit } from "./rules/retention-limit.js";
import { rightToLimit } from "./rules/right-to-limit.js";

/** California: the CCPA as amended by the CPRA, for biometric information as sensitive personal information. */
export const caCcpaPack = definePack({
  id: "ca-ccpa",
  title: "California CCPA/CPRA: biometric information as sensitive personal information",
  jurisdiction: "US-CA",
  citation: "Cal. Civ. Code §1798.100 et seq.",
  // The pack encodes the sensitive-information duties, which the CPRA amendments brought in on this
  // date; the CCPA itself has applied since 1 Jan 2020 (see amendments and notes).
  effectiveFrom: CPRA_IN_FORCE,
  amendments: [
    { date: CPPA_ENFORCEMENT, what: "The California Privacy Protection Agency enforces (the Attorney General before).", authority: "ca-ccpa-cpra" },
    { date: CPI_ADJUSTED_FROM, what: "Revenue threshold indexed to $26,625,000; penalties adjusted to $2,663 / $7,988 and breach damages to $107–$799.", authority: "ca-ccpa-penalties" },
  ],
  authorities: caCcpaAuthorities,
  remedies: caCcpaRemedies,
  rules: [noticeAtCollection, rightToLimit, retentionLimit, breachOfUnencryptedData],
  applicability: caCcpaApplicability,
  penalty: caCcpaPenalty,
  notes: [
    "Effective date: the CCPA applies from 1 Jan 2020, but the duties this pack checks (sensitive personal information, the right to limit, the retention statement) come from the CPRA amendments in force from 1 Jan 2023; that date is the pack's.",
    "The CCPA asks for no consent before collection (an opt-out model); this pack checks none. Opt-in applies only to sales of minors' data, which this pack does not check.",
    "Not covered: the rest of the CCPA (personal information that is not sensitive, the opt-out of sale or sharing under 1798.120, consumer requests other than the right to limit).",
    "What counts as one violation for penalties is not settled in the reference; the penalty shows both readings.",
  ],
});
