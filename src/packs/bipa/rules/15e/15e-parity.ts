import { inPossession } from "../gates.js";
import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { System } from "../../../../practices/schema.js";

/** The Sec. 10 examples of "confidential and sensitive information", the benchmark of 15(e)(2). */
const BENCHMARK = "social security numbers, account numbers, PINs and pass codes";

export const parity = defineRule({
  id: "bipa/15e-parity",
  title: "Biometric data protected at least as well as other confidential and sensitive information",
  section: "740 ILCS 14/15(e)(2)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires when biometric data is protected less than the entity's other confidential and sensitive information (SSNs, account numbers, PINs), the statute's own comparison; parity left unknown is a risk.",
  plainLanguage:
    "15(e) has two limbs, and both must be met: the reasonable standard of care in the company's industry, and protection the same as or better than the company gives its other confidential and sensitive information, such as social security numbers, account numbers and PINs.",
  authorities: ["bipa-15e", "bipa-10"],
  remedies: ["protect-at-parity"],
  tags: ["15(e)", "security", "parity"],
  examples: {
    failing: {
      description: "Templates sit in a less protected store than the payroll system's social security numbers.",
      system: { security: { parityWithConfidentialInfo: false } },
    },
    passing: {
      description: "Templates get the same controls as account numbers, under a named industry standard.",
      system: { security: { parityWithConfidentialInfo: true, industryStandard: "ISO/IEC 27001" } },
    },
  },
  check({ system }) {
    const finding = parityFinding(system);
    return finding ? [finding] : [];
  },
});

/** The second limb: the entity's own treatment of its other confidential and sensitive information. */
function parityFinding(system: System): FindingDraft | undefined {
  return match(system.security.parityWithConfidentialInfo)
    .with(false, (): FindingDraft => ({
      message: `${system.name} protects its biometric data less than the entity protects its other confidential and sensitive information (${BENCHMARK}). 15(e)(2) requires protection the same as or more protective than that information.`,
      evidence: ["/security/parityWithConfidentialInfo"],
      remedies: ["protect-at-parity"],
      key: "parity",
    }))
    .with(true, () => undefined)
    .with("unknown", (): FindingDraft => ({
      message: `The profile does not say whether ${system.name} protects biometric data at least as well as the entity's other confidential and sensitive information (${BENCHMARK}). 15(e)(2) turns on this comparison.`,
      evidence: ["/security/parityWithConfidentialInfo"],
      severity: "risk",
      basis: "unknown",
      remedies: ["establish-unknown-facts", "protect-at-parity"],
      key: "parity:unknown",
    }))
    .exhaustive();
}
