import { Engine, type Event, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import type { Practices, System } from "../../../src/practices/schema.js";
import type { Severity } from "../../../src/report/types.js";

/*
 * The peer: bipa-check's 15(b), 15(d) and 15(e) decisions encoded as json-rules-engine rules, for the
 * benchmark ratio. The encoding is faithful to the decisions (which rule fires, under which key, at
 * which severity and on which basis), not to the message text, which json-rules-engine has no way to
 * build. tests/bench-parity checks that both engines reach the same decisions on generated profiles.
 *
 * Encoded rules: bipa/15b-written-notice, bipa/15b-purpose-and-term, bipa/15b-written-release,
 * bipa/15d-disclosure, bipa/15e-encryption, bipa/15e-safeguards, bipa/15e-parity, bipa/15e-breach-history.
 *
 * Two fact styles, as users write them:
 * - "flat": the caller flattens the system into named facts (`notice.inWriting`) and counts the subject
 *   groups up front; no JSONPath. The fastest way to use json-rules-engine, and the one the headline
 *   ratio uses, so the comparison favours the peer.
 * - "path": the system is one fact and conditions read into it with JSONPath (`$.notice.inWriting`),
 *   with the counts as dynamic facts, as json-rules-engine's README shows.
 * Rules that look at list items (disclosures, breaches) run a second engine once per item, and the
 * caller groups the item events, which is how json-rules-engine handles lists.
 */

/** One decision: the same identity bipa-check's fingerprint carries, plus severity and basis. */
export interface Decision {
  ruleId: string;
  systemId: string;
  key: string;
  severity: Severity;
  basis: "fact" | "unknown";
}

/** The rule ids the peer encodes. */
export const ENCODED_RULE_IDS = [
  "bipa/15b-written-notice",
  "bipa/15b-purpose-and-term",
  "bipa/15b-written-release",
  "bipa/15d-disclosure",
  "bipa/15e-encryption",
  "bipa/15e-safeguards",
  "bipa/15e-parity",
  "bipa/15e-breach-history",
] as const;

export type FactStyle = "flat" | "path";

/** A condition tree in json-rules-engine's own JSON form. */
type Leaf = { fact: string; path?: string; operator: string; value: unknown };
type Condition = Leaf | { all: Condition[] } | { any: Condition[] } | { not: Condition };

/** PA 103-0769 took effect on 2 Aug 2024 (bipa-reference.md §1.0); the same constant the 15(b) rules use. */
const AMENDMENT_EFFECTIVE = "2024-08-02";
const BIOMETRIC_EXPOSURES = ["biometric-templates", "face-vectors", "biometric-images"];
const SAFEGUARDS = [
  { field: "accessControl", severity: "violation" },
  { field: "intrusionDetection", severity: "risk" },
  { field: "staffTraining", severity: "risk" },
  { field: "accessLogging", severity: "risk" },
] as const;

function finding(ruleId: string, key: string, severity: Severity, basis: "fact" | "unknown" = "fact"): Event {
  return { type: "finding", params: { ruleId, key, severity, basis } };
}
function unknown(ruleId: string): Event {
  return { type: "unknown", params: { ruleId } };
}

/** Builds the system-level rules, reading each fact by name (flat) or by JSONPath into `system` (path). */
function systemRules(style: FactStyle): RuleProperties[] {
  const computed = new Set(["hasMinors", "hasEmployees", "nonEmployeeGroups", "nonMinorGroups", "representedGroups", "notRepresentedGroups", "unknownRepresentedGroups", "disclosuresUnknown"]);
  const c = (fact: string, operator: string, value: unknown): Leaf =>
    style === "flat" || computed.has(fact) ? { fact, operator, value } : { fact: "system", path: `$.${fact}`, operator, value };
  const all = (...conditions: Condition[]): TopLevelCondition => ({ all: conditions });
  const any = (...conditions: Condition[]): Condition => ({ any: conditions });
  const rule = (name: string, conditions: TopLevelCondition, event: Event): RuleProperties => ({ name, conditions, event });

  const notice = "bipa/15b-written-notice";
  const purpose = "bipa/15b-purpose-and-term";
  const release = "bipa/15b-written-release";
  const hasRelease = c("release.type", "notIn", ["none", "verbal"]);
  const encryption = "bipa/15e-encryption";
  const parity = "bipa/15e-parity";

  return [
    // 15(b)(1): written notice that biometric data is collected or stored.
    rule("notice-missing", all(c("notice.inWriting", "equal", false)), finding(notice, "/notice/inWriting", "violation")),
    rule(
      "notice-silent",
      all(c("notice.inWriting", "in", [true, "unknown"]), c("notice.statesCollection", "equal", false)),
      finding(notice, "/notice/statesCollection", "violation"),
    ),
    rule(
      "notice-unknown",
      all(
        c("notice.inWriting", "notEqual", false),
        c("notice.statesCollection", "notEqual", false),
        any(c("notice.inWriting", "equal", "unknown"), c("notice.statesCollection", "equal", "unknown")),
      ),
      finding(notice, "/notice/unknown", "risk", "unknown"),
    ),
    // 15(b)(2): purpose and term, unless there is no written notice at all.
    ...(["specificPurpose", "lengthOfTerm"] as const).flatMap((field) => [
      rule(`${field}-missing`, all(c("notice.inWriting", "notEqual", false), c(`notice.${field}`, "equal", false)), finding(purpose, `/notice/${field}`, "violation")),
      rule(`${field}-unknown`, all(c("notice.inWriting", "notEqual", false), c(`notice.${field}`, "equal", "unknown")), finding(purpose, `/notice/${field}`, "risk", "unknown")),
    ]),
    // 15(b)(3): the written release.
    rule("release-missing", all(c("release.type", "in", ["none", "verbal"])), finding(release, "/release/type", "violation")),
    rule("release-type-unknown", all(c("release.type", "equal", "unknown")), unknown(release)),
    rule(
      "release-electronic-pre-amendment",
      all(c("release.type", "in", ["electronic-signature", "click-through"]), c("release.date", "dateBefore", AMENDMENT_EFFECTIVE)),
      finding(release, "/release/pre-amendment-electronic", "info"),
    ),
    rule("release-minors-signer-unknown", all(hasRelease, c("hasMinors", "equal", true), c("release.signedBy", "equal", "unknown")), unknown(release)),
    rule(
      "release-minors-signer",
      all(hasRelease, c("hasMinors", "equal", true), c("release.signedBy", "in", ["subject", "union"])),
      finding(release, "/release/signedBy/minors", "violation"),
    ),
    rule(
      "release-union-unrepresented",
      all(hasRelease, c("release.signedBy", "equal", "union"), c("notRepresentedGroups", "greaterThan", 0)),
      finding(release, "/release/signedBy/union", "violation"),
    ),
    rule(
      "release-union-note",
      all(hasRelease, c("release.signedBy", "equal", "union"), any(c("representedGroups", "greaterThan", 0), c("nonMinorGroups", "equal", 0))),
      finding(release, "/release/signedBy/union-note", "info"),
    ),
    rule(
      "release-union-unknown",
      all(hasRelease, c("release.signedBy", "equal", "union"), c("unknownRepresentedGroups", "greaterThan", 0)),
      unknown(release),
    ),
    rule(
      "release-employment-condition",
      all(hasRelease, c("release.employmentCondition", "equal", true), c("nonEmployeeGroups", "greaterThan", 0)),
      finding(release, "/release/employmentCondition", "violation"),
    ),
    rule(
      "release-employment-condition-unknown",
      all(hasRelease, c("release.employmentCondition", "equal", "unknown"), c("hasEmployees", "equal", true), c("nonEmployeeGroups", "greaterThan", 0)),
      unknown(release),
    ),
    rule("release-coverage", all(hasRelease, c("release.coversAllSubjects", "equal", false)), finding(release, "/release/coversAllSubjects", "violation")),
    rule("release-coverage-unknown", all(hasRelease, c("release.coversAllSubjects", "equal", "unknown")), unknown(release)),
    // 15(d): an unknown list of recipients (each listed recipient is judged by the disclosure engine).
    rule("disclosures-unknown", all(c("disclosuresUnknown", "equal", true)), finding("bipa/15d-disclosure", "/disclosures", "risk", "unknown")),
    // 15(e)(1): encryption in storage and in transit.
    rule(
      "storage-unencrypted",
      all(any(c("security.templateEncryption", "equal", false), c("security.encryptionAtRest", "equal", false))),
      finding(encryption, "storage", "violation"),
    ),
    rule(
      "storage-unknown",
      all(
        c("security.templateEncryption", "notEqual", false),
        c("security.encryptionAtRest", "notEqual", false),
        any(c("security.templateEncryption", "equal", "unknown"), c("security.encryptionAtRest", "equal", "unknown")),
      ),
      finding(encryption, "storage:unknown", "risk", "unknown"),
    ),
    rule("transit-unencrypted", all(c("security.encryptionInTransit", "equal", false)), finding(encryption, "transit", "violation")),
    rule("transit-unknown", all(c("security.encryptionInTransit", "equal", "unknown")), finding(encryption, "transit:unknown", "risk", "unknown")),
    // 15(e)(1): safeguards; each missing one is its own finding, the unknowns are gathered into one.
    ...SAFEGUARDS.flatMap(({ field, severity }) => [
      rule(`${field}-missing`, all(c(`security.${field}`, "equal", false)), finding("bipa/15e-safeguards", field, severity)),
      rule(`${field}-unknown`, all(c(`security.${field}`, "equal", "unknown")), unknown("bipa/15e-safeguards")),
    ]),
    // 15(e)(2): parity, and the named industry standard for 15(e)(1).
    rule("parity-below", all(c("security.parityWithConfidentialInfo", "equal", false)), finding(parity, "parity", "violation")),
    rule("parity-unknown", all(c("security.parityWithConfidentialInfo", "equal", "unknown")), finding(parity, "parity:unknown", "risk", "unknown")),
    rule("standard-unnamed", all(c("security.industryStandard", "isBlank", true)), finding(parity, "industry-standard", "risk", "unknown")),
  ];
}

/** Per disclosure: which standing its exception gives it under 15(d). */
const disclosureRules: RuleProperties[] = [
  {
    conditions: { all: [{ fact: "exception", operator: "in", value: ["consent", "financial-transaction", "required-by-law", "warrant-or-subpoena"] }] },
    event: { type: "standing", params: { standing: "excepted" } },
  },
  { conditions: { all: [{ fact: "exception", operator: "in", value: ["permitted-by-law", "none"] }] }, event: { type: "standing", params: { standing: "bad" } } },
  { conditions: { all: [{ fact: "exception", operator: "equal", value: "unknown" }] }, event: { type: "standing", params: { standing: "unknown" } } },
];

/** Per breach on or before asOf (or undated): a violation if biometric data was exposed, else a risk. */
const breachRules: RuleProperties[] = [
  {
    conditions: {
      all: [
        { any: [{ fact: "date", operator: "equal", value: "unknown" }, { fact: "date", operator: "dateNotAfter", value: { fact: "asOf" } }] },
        { fact: "exposed", operator: "containsAny", value: BIOMETRIC_EXPOSURES },
      ],
    },
    event: { type: "breach", params: { severity: "violation" } },
  },
  {
    conditions: {
      all: [
        { any: [{ fact: "date", operator: "equal", value: "unknown" }, { fact: "date", operator: "dateNotAfter", value: { fact: "asOf" } }] },
        { not: { fact: "exposed", operator: "containsAny", value: BIOMETRIC_EXPOSURES } },
      ],
    },
    event: { type: "breach", params: { severity: "risk" } },
  },
];

const isDate = (v: unknown): v is string => typeof v === "string" && v !== "unknown";

function withOperators(engine: Engine): Engine {
  engine.addOperator<unknown, string>("dateBefore", (a, b) => isDate(a) && a < b);
  engine.addOperator<unknown, string>("dateNotAfter", (a, b) => isDate(a) && !(a > b));
  engine.addOperator<unknown, boolean>("isBlank", (a, b) => (typeof a !== "string" || a.trim() === "") === b);
  engine.addOperator<unknown, readonly string[]>("containsAny", (a, b) => Array.isArray(a) && a.some((x) => b.includes(x as string)));
  return engine;
}

/** Subject-group counts the release rules need (json-rules-engine cannot quantify over a list). */
function groupFacts(system: System): Record<string, unknown> {
  const nonMinor = system.subjects.filter((g) => g.population !== "minors");
  return {
    hasMinors: system.subjects.some((g) => g.population === "minors"),
    hasEmployees: system.subjects.some((g) => g.population === "employees"),
    nonEmployeeGroups: system.subjects.filter((g) => g.population !== "employees").length,
    nonMinorGroups: nonMinor.length,
    representedGroups: nonMinor.filter((g) => g.unionRepresented === true).length,
    notRepresentedGroups: nonMinor.filter((g) => g.unionRepresented === false).length,
    unknownRepresentedGroups: nonMinor.filter((g) => g.unionRepresented === "unknown").length,
    disclosuresUnknown: system.disclosures === "unknown",
  };
}

/** The facts the flat style passes: every leaf the rules read, by dotted name. */
function flatFacts(system: System): Record<string, unknown> {
  const { notice, release, security } = system;
  return {
    "notice.inWriting": notice.inWriting,
    "notice.statesCollection": notice.statesCollection,
    "notice.specificPurpose": notice.specificPurpose,
    "notice.lengthOfTerm": notice.lengthOfTerm,
    "release.type": release.type,
    "release.signedBy": release.signedBy,
    "release.date": release.date,
    "release.employmentCondition": release.employmentCondition,
    "release.coversAllSubjects": release.coversAllSubjects,
    "security.templateEncryption": security.templateEncryption,
    "security.encryptionAtRest": security.encryptionAtRest,
    "security.encryptionInTransit": security.encryptionInTransit,
    "security.accessControl": security.accessControl,
    "security.intrusionDetection": security.intrusionDetection,
    "security.staffTraining": security.staffTraining,
    "security.accessLogging": security.accessLogging,
    "security.parityWithConfidentialInfo": security.parityWithConfidentialInfo,
    "security.industryStandard": security.industryStandard,
    ...groupFacts(system),
  };
}

/** The three engines, built once and reused for every system, as a long-running service would. */
export class PeerEngine {
  private readonly systems: Engine;
  private readonly disclosures = withOperators(new Engine(disclosureRules));
  private readonly breaches = withOperators(new Engine(breachRules));

  constructor(readonly style: FactStyle = "flat") {
    this.systems = withOperators(new Engine(systemRules(style), { allowUndefinedFacts: true }));
    if (style === "path") {
      for (const name of Object.keys(groupFacts(EMPTY_SYSTEM))) {
        this.systems.addFact(name, async (_params, almanac) => groupFacts(await almanac.factValue<System>("system"))[name]);
      }
    }
  }

  /** The decisions for one system, in no particular order. */
  async decide(system: System, asOf: string): Promise<Decision[]> {
    const facts = this.style === "flat" ? flatFacts(system) : { system };
    const { events } = await this.systems.run(facts);
    const decisions: Decision[] = [];
    const unknowns = new Set<string>();
    for (const event of events) {
      const params = event.params ?? {};
      if (event.type === "unknown") unknowns.add(String(params.ruleId));
      else decisions.push({ systemId: system.id, ...(params as Omit<Decision, "systemId">) });
    }
    // The release rule reports nothing else once there is no release (or only a verbal one).
    const missingRelease = decisions.some((d) => d.ruleId === "bipa/15b-written-release" && d.key === "/release/type");
    if (unknowns.has("bipa/15b-written-release") && !missingRelease) {
      decisions.push({ ruleId: "bipa/15b-written-release", systemId: system.id, key: "/release/unknown", severity: "risk", basis: "unknown" });
    }
    if (unknowns.has("bipa/15e-safeguards")) {
      decisions.push({ ruleId: "bipa/15e-safeguards", systemId: system.id, key: "safeguards:unknown", severity: "risk", basis: "unknown" });
    }
    if (system.disclosures !== "unknown") decisions.push(...(await this.decideDisclosures(system)));
    decisions.push(...(await this.decideBreaches(system, asOf)));
    return decisions;
  }

  /** One decision per recipient: a violation if any flow is bad, else a risk if any is unknown. */
  private async decideDisclosures(system: System): Promise<Decision[]> {
    const byRecipient = new Map<string, Set<string>>();
    for (const disclosure of system.disclosures === "unknown" ? [] : system.disclosures) {
      const { events } = await this.disclosures.run({ exception: disclosure.exception });
      const recipient = disclosure.recipient.trim();
      const standings = byRecipient.get(recipient) ?? new Set<string>();
      for (const e of events) standings.add(String(e.params?.standing));
      byRecipient.set(recipient, standings);
    }
    const decisions: Decision[] = [];
    for (const [recipient, standings] of byRecipient) {
      if (standings.has("bad")) decisions.push({ ruleId: "bipa/15d-disclosure", systemId: system.id, key: recipient, severity: "violation", basis: "fact" });
      else if (standings.has("unknown")) decisions.push({ ruleId: "bipa/15d-disclosure", systemId: system.id, key: recipient, severity: "risk", basis: "unknown" });
    }
    return decisions;
  }

  private async decideBreaches(system: System, asOf: string): Promise<Decision[]> {
    const decisions: Decision[] = [];
    for (const [index, breach] of system.breaches.entries()) {
      const { events } = await this.breaches.run({ date: breach.date, exposed: breach.exposed, asOf });
      for (const e of events) {
        decisions.push({
          ruleId: "bipa/15e-breach-history",
          systemId: system.id,
          key: `breach:${index}:${breach.date}`,
          severity: e.params?.severity as Severity,
          basis: "fact",
        });
      }
    }
    return decisions;
  }

  /** Every system of a profile, one after another (json-rules-engine's run is asynchronous). */
  async decideAll(profile: Practices, asOf: string): Promise<Decision[]> {
    const all: Decision[] = [];
    for (const system of profile.systems) all.push(...(await this.decide(system, asOf)));
    return all;
  }
}

/** A system with no subjects or disclosures, only to list the dynamic fact names. */
const EMPTY_SYSTEM = { subjects: [], disclosures: [] } as unknown as System;
