import { inPossession } from "../gates.js";
import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { possessive } from "../wording.js";

/** The two things 15(a) says the written policy must establish. */
const ELEMENTS = [
  { field: "hasRetentionSchedule", words: "a retention schedule" },
  { field: "hasDestructionGuidelines", words: "guidelines for permanently destroying the data" },
] as const;

export const policyContents = defineRule({
  id: "bipa/15a-policy-contents",
  title: "Retention policy sets a schedule and destruction guidelines",
  section: "740 ILCS 14/15(a)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires once for each required element (retention schedule, permanent-destruction guidelines) that an existing written policy lacks; an unknown element is a risk. Silent when no policy exists, which bipa/15a-public-policy reports.",
  plainLanguage:
    "The written policy must do two things: set a retention schedule, and give guidelines for permanently destroying the biometric data.",
  authorities: ["bipa-15a"],
  remedies: ["add-schedule-and-destruction-guidelines"],
  tags: ["15(a)", "retention", "policy", "destruction"],
  examples: {
    failing: {
      description: "The published policy says nothing about how the data is destroyed.",
      system: { retention: { policy: { hasDestructionGuidelines: false } } },
    },
    passing: {
      description: "The policy sets a retention schedule and destruction guidelines.",
      system: { retention: { policy: { exists: true, hasRetentionSchedule: true, hasDestructionGuidelines: true } } },
    },
  },
  check({ system }) {
    const policy = system.retention.policy;
    // Only an existing policy can lack contents. With no policy (or none known), the public-policy
    // rule already reports the gap; repeating it per element would double-count one failure.
    if (policy.exists !== true) return [];
    return ELEMENTS.flatMap(({ field, words }): FindingDraft[] => {
      const pointer = `/retention/policy/${field}`;
      return match(policy[field])
        .with(false, (): FindingDraft[] => [
          {
            message: `${possessive(system.name)} written retention policy does not set ${words}. 15(a) requires the policy to establish both a retention schedule and guidelines for permanent destruction.`,
            evidence: [pointer],
            key: pointer,
          },
        ])
        .with("unknown", (): FindingDraft[] => [
          {
            message: `The profile does not say whether ${possessive(system.name)} written retention policy sets ${words}, which 15(a) requires; the fact must be established.`,
            evidence: [pointer],
            key: pointer,
            severity: "risk",
            basis: "unknown",
            remedies: ["establish-unknown-facts", "add-schedule-and-destruction-guidelines"],
          },
        ])
        .with(true, () => [])
        .exhaustive();
    });
  },
});
