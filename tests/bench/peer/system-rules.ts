import type { Event, RuleProperties, TopLevelCondition } from "json-rules-engine";
import type { Severity } from "../../../src/report/types.js";

/*
 * The peer's system-level rules: one json-rules-engine rule per decision bipa-check's 15(b), 15(d)
 * and 15(e) rules make on a system's own fields. List items (subject groups, disclosures, breaches)
 * are judged by the item engines in item-rules.ts.
 */

export type FactStyle = "flat" | "path";

/** A condition tree in json-rules-engine's own JSON form. */
type Leaf = { fact: string; path?: string; operator: string; value: unknown };
type Condition = Leaf | { condition: string } | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** PA 103-0769 took effect on 2 Aug 2024 (bipa-reference.md §1.0); the same constant the 15(b) rules use. */
const AMENDMENT_EFFECTIVE = "2024-08-02";
const SAFEGUARDS = ["accessControl", "intrusionDetection", "staffTraining", "accessLogging"] as const;

/** Facts the caller counts over the subject list (json-rules-engine cannot quantify over a list). */
export const COMPUTED_FACTS = [
  "hasMinors",
  "hasEmployees",
  "subjectGroups",
  "nonEmployeeGroups",
  "representedGroups",
  "notRepresentedGroups",
  "unknownRepresentedGroups",
  "groupsAllStated",
  "disclosuresUnknown",
] as const;

export function finding(ruleId: string, key: string, severity: Severity, basis: "fact" | "unknown" = "fact"): Event {
  return { type: "finding", params: { ruleId, key, severity, basis } };
}
export function unknown(ruleId: string): Event {
  return { type: "unknown", params: { ruleId } };
}

/** The gates of src/rules/bipa/gates.ts, as named shared conditions (`{ condition: "inPossession" }`). */
export function gateConditions(style: FactStyle): Record<"inPossession" | "collects", TopLevelCondition> {
  const c = leafBuilder(style);
  return {
    // 15(a), (c), (d), (e): not engaged when the data stays on the subject's own device.
    inPossession: { all: [c("possession.holder", "notEqual", "subject-device-only")] },
    // 15(b): not engaged when the subject's own device both captures and keeps the data.
    collects: { any: [c("collection.capturedBy", "notEqual", "subject-device"), c("possession.holder", "notEqual", "subject-device-only")] },
  };
}

function leafBuilder(style: FactStyle) {
  const computed = new Set<string>(COMPUTED_FACTS);
  return (fact: string, operator: string, value: unknown): Leaf =>
    style === "flat" || computed.has(fact) ? { fact, operator, value } : { fact: "system", path: `$.${fact}`, operator, value };
}

/** Builds the system-level rules, reading each fact by name (flat) or by JSONPath into `system` (path). */
export function systemRules(style: FactStyle): RuleProperties[] {
  const c = leafBuilder(style);
  const any = (...conditions: Condition[]): Condition => ({ any: conditions });
  const all = (...conditions: Condition[]): Condition => ({ all: conditions });
  const possessing = (...conditions: Condition[]): TopLevelCondition => ({ all: [{ condition: "inPossession" }, ...conditions] });
  const collecting = (...conditions: Condition[]): TopLevelCondition => ({ all: [{ condition: "collects" }, ...conditions] });
  const rule = (name: string, conditions: TopLevelCondition, event: Event): RuleProperties => ({ name, conditions, event });

  const notice = "bipa/15b-written-notice";
  const purpose = "bipa/15b-purpose-and-term";
  const release = "bipa/15b-written-release";
  const hasRelease = c("release.type", "notIn", ["none", "verbal"]);
  const encryption = "bipa/15e-encryption";
  const safeguards = "bipa/15e-safeguards";
  const parity = "bipa/15e-parity";

  return [
    // Which duties bind at all: the item engines run only for an engaged duty.
    rule("in-possession", { all: [{ condition: "inPossession" }] }, { type: "engaged", params: { gate: "inPossession" } }),
    rule("collects", { all: [{ condition: "collects" }] }, { type: "engaged", params: { gate: "collects" } }),
    // 15(b)(1): written notice that biometric data is collected or stored.
    rule("notice-missing", collecting(c("notice.inWriting", "equal", false)), finding(notice, "/notice/inWriting", "violation")),
    rule(
      "notice-silent",
      collecting(c("notice.inWriting", "in", [true, "unknown"]), c("notice.statesCollection", "equal", false)),
      finding(notice, "/notice/statesCollection", "violation"),
    ),
    rule(
      "notice-unknown",
      collecting(
        c("notice.inWriting", "notEqual", false),
        c("notice.statesCollection", "notEqual", false),
        any(c("notice.inWriting", "equal", "unknown"), c("notice.statesCollection", "equal", "unknown")),
      ),
      finding(notice, "/notice/unknown", "risk", "unknown"),
    ),
    // 15(b)(2): purpose and term, unless there is no written notice at all.
    ...(["specificPurpose", "lengthOfTerm"] as const).flatMap((field) => [
      rule(`${field}-missing`, collecting(c("notice.inWriting", "notEqual", false), c(`notice.${field}`, "equal", false)), finding(purpose, `/notice/${field}`, "violation")),
      rule(`${field}-unknown`, collecting(c("notice.inWriting", "notEqual", false), c(`notice.${field}`, "equal", "unknown")), finding(purpose, `/notice/${field}`, "risk", "unknown")),
    ]),
    // 15(b)(3): the written release. Subject-group statuses come from the group engine.
    rule("release-missing", collecting(c("release.type", "in", ["none", "verbal"])), finding(release, "/release/type", "violation")),
    rule("release-type-unknown", collecting(c("release.type", "equal", "unknown")), unknown(release)),
    rule(
      "release-electronic-pre-amendment",
      collecting(c("release.type", "in", ["electronic-signature", "click-through"]), c("release.date", "dateBefore", AMENDMENT_EFFECTIVE)),
      finding(release, "/release/pre-amendment-electronic", "info"),
    ),
    rule("release-minors-signer-unknown", collecting(hasRelease, c("hasMinors", "equal", true), c("release.signedBy", "equal", "unknown")), unknown(release)),
    // A minor's own signature: a capacity question, so a risk; a union is no minor's representative.
    rule(
      "release-minors-own-signature",
      collecting(hasRelease, c("hasMinors", "equal", true), c("release.signedBy", "equal", "subject")),
      finding(release, "/release/signedBy/minors", "risk"),
    ),
    rule(
      "release-minors-union",
      collecting(hasRelease, c("hasMinors", "equal", true), c("release.signedBy", "equal", "union")),
      finding(release, "/release/signedBy/minors", "violation"),
    ),
    rule(
      "release-union-unrepresented",
      collecting(hasRelease, c("notRepresentedGroups", "greaterThan", 0)),
      finding(release, "/release/signedBy/union", "violation"),
    ),
    rule(
      "release-union-note",
      collecting(hasRelease, any(c("representedGroups", "greaterThan", 0), all(c("release.signedBy", "equal", "union"), c("subjectGroups", "equal", 0)))),
      finding(release, "/release/signedBy/union-note", "info"),
    ),
    rule(
      "release-union-unknown",
      collecting(hasRelease, c("unknownRepresentedGroups", "greaterThan", 0)),
      unknown(release),
    ),
    rule(
      "release-employment-condition",
      collecting(hasRelease, c("release.employmentCondition", "equal", true), c("nonEmployeeGroups", "greaterThan", 0)),
      finding(release, "/release/employmentCondition", "violation"),
    ),
    rule(
      "release-employment-condition-unknown",
      collecting(hasRelease, c("release.employmentCondition", "equal", "unknown"), c("hasEmployees", "equal", true), c("nonEmployeeGroups", "greaterThan", 0)),
      unknown(release),
    ),
    // When every group states its release status, the groups answer whether everyone signed.
    rule(
      "release-coverage",
      collecting(hasRelease, c("groupsAllStated", "equal", false), c("release.coversAllSubjects", "equal", false)),
      finding(release, "/release/coversAllSubjects", "violation"),
    ),
    rule("release-coverage-unknown", collecting(hasRelease, c("groupsAllStated", "equal", false), c("release.coversAllSubjects", "equal", "unknown")), unknown(release)),
    // 15(d): an unknown list of recipients (each listed recipient is judged by the disclosure engine).
    rule("disclosures-unknown", possessing(c("disclosuresUnknown", "equal", true)), finding("bipa/15d-disclosure", "/disclosures", "risk", "unknown")),
    // 15(e)(1): encryption in storage and in transit; missing encryption is evidence on the standard of care, a risk.
    rule(
      "storage-unencrypted",
      possessing(c("security.templateEncryption", "equal", false), c("security.encryptionAtRest", "equal", false)),
      finding(encryption, "storage", "risk"),
    ),
    rule(
      "storage-unknown",
      possessing(
        c("security.templateEncryption", "notEqual", true),
        c("security.encryptionAtRest", "notEqual", true),
        any(c("security.templateEncryption", "equal", "unknown"), c("security.encryptionAtRest", "equal", "unknown")),
      ),
      finding(encryption, "storage:unknown", "risk", "unknown"),
    ),
    rule("transit-unencrypted", possessing(c("security.encryptionInTransit", "equal", false)), finding(encryption, "transit", "risk")),
    rule("transit-unknown", possessing(c("security.encryptionInTransit", "equal", "unknown")), finding(encryption, "transit:unknown", "risk", "unknown")),
    // 15(e)(1): safeguards; each missing one is its own risk, the unknowns are gathered into one.
    ...SAFEGUARDS.flatMap((field) => [
      rule(`${field}-missing`, possessing(c(`security.${field}`, "equal", false)), finding(safeguards, field, "risk")),
      rule(`${field}-unknown`, possessing(c(`security.${field}`, "equal", "unknown")), unknown(safeguards)),
    ]),
    // 15(e)(1): no named industry standard is information, not a requirement.
    rule("standard-unnamed", possessing(c("security.industryStandard", "isBlank", true)), finding(safeguards, "industry-standard", "info")),
    // 15(e)(2): parity with the entity's other confidential and sensitive information.
    rule("parity-below", possessing(c("security.parityWithConfidentialInfo", "equal", false)), finding(parity, "parity", "violation")),
    rule("parity-unknown", possessing(c("security.parityWithConfidentialInfo", "equal", "unknown")), finding(parity, "parity:unknown", "risk", "unknown")),
  ];
}
