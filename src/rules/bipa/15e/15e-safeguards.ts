import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import type { RemedyId } from "../../../remedies/ids.js";
import type { Severity } from "../../../report/types.js";
import { joinWords, possessive } from "../wording.js";

/** Why a missing measure the statute does not name is a risk, not a settled violation. */
const NOT_NAMED =
  "The statute names no specific safeguard, so its absence is a risk rather than a settled violation; but 15(e)(1) asks for the reasonable standard of care in the industry";

/**
 * The safeguards 15(e)(1) is judged by. Access control is a violation when missing: without it the
 * data is not protected from disclosure at all, which is what 15(e) requires in terms. The others
 * are risks: the reference records intrusion detection and staff training only as measures the
 * Clearview court credited when it weighed irreparable harm (not liability), and access logging only
 * as a practice fact (§5.6); none is a holding that its absence breaches the statute.
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
    severity: "violation",
    missing: (name) =>
      `${name} does not restrict access to its biometric data. 15(e) requires the entity to protect the data from disclosure; with no access control it is not protected from disclosure at all, which falls short of the reasonable standard of care of 15(e)(1).`,
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
  severity: "violation",
  summary:
    "Fires as a violation when biometric data has no access control, and as a risk when intrusion detection, employee cybersecurity training or access logging is missing; safeguards left unknown are a risk.",
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
      match(system.security[measure.field])
        .with(false, () =>
          drafts.push({
            message: measure.missing(system.name),
            evidence: [`/security/${measure.field}`],
            severity: measure.severity,
            remedies: measure.remedies,
            key: measure.field,
          }),
        )
        .with("unknown", () => unknown.push(measure))
        .with(P.boolean, () => undefined)
        .exhaustive();
    }
    // Unknowns are reported even beside a violation: each is a separate safeguard with its own cure.
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
