import { inPossession } from "../gates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { RemedyId } from "../../remedies/ids.js";
import type { Severity } from "../../../../core/report.js";
import { joinWords, possessive } from "../wording.js";

/** Why a missing measure the statute does not name is a risk, not a settled violation. */
const NOT_NAMED =
  "The statute names no specific safeguard, so its absence is a risk rather than a settled violation; but 15(e)(1) asks for the reasonable standard of care in the industry";

/**
 * The safeguards 15(e)(1) is judged by. Each missing one is a risk: 15(e) sets a standard of care
 * and names no measure, so a missing safeguard is evidence that the standard is not met, not a
 * violation by itself (the reference records intrusion detection and staff training only as measures
 * the Clearview court credited when it weighed irreparable harm, and access control and logging as
 * practice facts, §5.6; none is a holding that its absence breaches the statute).
 */
const MEASURES: ReadonlyArray<{
  field: "accessControl" | "intrusionDetection" | "staffTraining" | "accessLogging";
  noun: string;
  severity: Severity;
  missing: (name: string) => string;
  remedies: readonly RemedyId[];
}> = [
  {
    field: "accessControl",
    noun: "access control",
    severity: "risk",
    missing: (name) =>
      `${name} does not restrict access to its biometric data. 15(e) requires the entity to protect the data from disclosure with the reasonable standard of care of its industry; with no access control, anyone who reaches the system can read the data, strong evidence that the standard is not met. ${NOT_NAMED}.`,
    remedies: ["restrict-access", "adopt-industry-standard"],
  },
  {
    field: "intrusionDetection",
    noun: "intrusion detection",
    severity: "risk",
    missing: (name) =>
      `${name} has no intrusion detection or anti-intrusion devices. ${NOT_NAMED}, and the Clearview court counted anti-intrusion devices among the measures that weighed against irreparable harm.`,
    remedies: ["deploy-anti-intrusion", "adopt-industry-standard"],
  },
  {
    field: "staffTraining",
    noun: "employee cybersecurity training",
    severity: "risk",
    missing: (name) =>
      `Staff who run ${name} receive no cybersecurity training. ${NOT_NAMED}, and the Clearview court counted employee cybersecurity training among the measures that weighed against irreparable harm.`,
    remedies: ["train-employees-cybersecurity", "adopt-industry-standard"],
  },
  {
    field: "accessLogging",
    noun: "access logging",
    severity: "risk",
    missing: (name) =>
      `Access to ${possessive(name)} biometric data is not logged, so the entity cannot show who reached the data or that it was protected from disclosure. ${NOT_NAMED}.`,
    remedies: ["restrict-access", "adopt-industry-standard"],
  },
];

export const safeguards = defineRule({
  id: "bipa/15e-safeguards",
  title: "Access control, intrusion detection and staff training protect biometric data",
  section: "740 ILCS 14/15(e)(1)",
  kind: "section",
  engaged: inPossession,
  severity: "risk",
  summary:
    "A risk for each missing safeguard (access control, intrusion detection, employee cybersecurity training, access logging): evidence on the 15(e)(1) standard of care, which names no specific measure. Safeguards left unknown are a risk with basis unknown. An info finding notes when no industry security standard is named (not a statutory requirement, but the benchmark of the first limb).",
  plainLanguage:
    "A company that holds biometric data must protect it from disclosure with the reasonable standard of care in its industry. The statute names no particular safeguard; the Clearview court credited employee cybersecurity training and anti-intrusion devices.",
  authorities: ["bipa-15e", "clearview-pi-denial-2021"],
  remedies: ["restrict-access", "deploy-anti-intrusion", "train-employees-cybersecurity", "adopt-industry-standard"],
  tags: ["15(e)", "security", "access-control"],
  examples: {
    failing: {
      description: "Anyone on the company network can read the template database.",
      system: { security: { accessControl: false } },
    },
    passing: {
      description: "Access is restricted and logged, intrusion detection runs, and staff are trained.",
      system: { security: { accessControl: true, accessLogging: true, intrusionDetection: true, staffTraining: true } },
    },
  },
  check({ system }) {
    const drafts: FindingDraft[] = [];
    const unknown: Array<(typeof MEASURES)[number]> = [];
    for (const measure of MEASURES) {
      const value = system.security[measure.field];
      if (value === false) {
        drafts.push({
          message: measure.missing(system.name),
          evidence: [`/security/${measure.field}`],
          severity: measure.severity,
          remedies: measure.remedies,
          key: measure.field,
        });
      } else if (value === "unknown") unknown.push(measure);
    }
    const standard = benchmark(system);
    if (standard) drafts.push(standard);
    // Unknowns are reported even beside a finding on a stated fact: each is a separate safeguard with its own cure.
    if (unknown.length > 0) {
      drafts.push({
        message: `The profile does not say whether ${system.name} has ${joinWords(unknown.map((m) => m.noun), "or")} (unknown). Whether the data is protected with the reasonable standard of care of 15(e)(1) turns on these facts.`,
        evidence: unknown.map((m) => `/security/${m.field}`),
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", ...new Set(unknown.flatMap((m) => m.remedies))],
        key: "safeguards:unknown",
      });
    }
    return drafts;
  },
});

/**
 * The first limb is measured against the industry's standard of care. Naming the framework followed
 * helps show it; the statute does not require one, so this is information, never a risk.
 */
function benchmark(system: { name: string; security: { industryStandard?: string | undefined } }): FindingDraft | undefined {
  if ((system.security.industryStandard?.trim() ?? "") !== "") return undefined;
  return {
    message: `The profile names no industry security standard for ${system.name}. 15(e)(1) measures care against the reasonable standard of care within the entity's industry; the statute does not require a named framework, but recording the one followed (ISO/IEC 27001, SOC 2, NIST guidance) is how compliance with that limb is usually shown.`,
    evidence: ["/security/industryStandard"],
    severity: "info",
    remedies: ["adopt-industry-standard"],
    key: "industry-standard",
  };
}
