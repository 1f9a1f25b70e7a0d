import { Engine } from "json-rules-engine";
import type { Practices, System } from "../../../src/practices/schema.js";
import type { Severity } from "../../../src/report/types.js";
import { breachRules, disclosureRules, groupRules } from "./item-rules.js";
import { unaskedInIllinois as unasked } from "../../../src/packs/bipa/rules/15b/wording.js";
import { flatNexusFacts, NEXUS_COMPUTED_FACTS, nexusFacts, nexusRules } from "./nexus-rules.js";
import { withOperators } from "./operators.js";
import { COMPUTED_FACTS, gateConditions, systemRules, type FactStyle } from "./system-rules.js";

export type { FactStyle } from "./system-rules.js";

/*
 * The peer: bipa-check's 15(b), 15(d) and 15(e) decisions encoded as json-rules-engine rules, for the
 * benchmark ratio. The encoding is faithful to the decisions (which rule fires, under which key, at
 * which severity and on which basis), not to the message text, which json-rules-engine has no way to
 * build. tests/bench-parity checks that both engines reach the same decisions on generated profiles.
 *
 * Encoded rules: bipa/15b-written-notice, bipa/15b-purpose-and-term, bipa/15b-written-release,
 * bipa/15d-disclosure, bipa/15e-encryption, bipa/15e-safeguards, bipa/15e-parity, bipa/15e-breach-history,
 * with the gates that decide whether their duty binds at all (src/rules/bipa/gates.ts), and the scope
 * rule bipa/scope-illinois-nexus that decides whether they are reported at all (nexus-rules.ts).
 *
 * Two fact styles, as users write them:
 * - "flat": the caller flattens the system into named facts (`notice.inWriting`) and counts the subject
 *   groups up front; no JSONPath. The fastest way to use json-rules-engine, and the one the headline
 *   ratio uses, so the comparison favours the peer.
 * - "path": the system is one fact and conditions read into it with JSONPath (`$.notice.inWriting`),
 *   with the counts as dynamic facts, as json-rules-engine's README shows.
 * Rules that look at list items (subject groups, disclosures, breaches) run a second engine once per
 * item, and the caller groups the item events (system-rules.ts, item-rules.ts).
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
  "bipa/scope-illinois-nexus",
] as const;

export type EncodedRuleId = (typeof ENCODED_RULE_IDS)[number];

/**
 * Every severity each encoded rule can reach under the current rules (read from each rule's source):
 * the parity test checks the sample reaches exactly these, so a rule that gains or loses an outcome
 * shows up here. 15(e)(1) names no measure, so missing encryption or safeguards and a biometric breach
 * are risks, never violations.
 */
export const OUTCOMES: Readonly<Record<EncodedRuleId, readonly Severity[]>> = {
  "bipa/15b-written-notice": ["violation", "risk"],
  "bipa/15b-purpose-and-term": ["violation", "risk"],
  "bipa/15b-written-release": ["violation", "risk", "info"],
  "bipa/15d-disclosure": ["violation", "risk"],
  "bipa/15e-encryption": ["risk"],
  "bipa/15e-safeguards": ["risk", "info"],
  "bipa/15e-parity": ["violation", "risk"],
  "bipa/15e-breach-history": ["risk", "info"],
  "bipa/scope-illinois-nexus": ["risk", "info"],
};

const RELEASE = "bipa/15b-written-release";
const DISCLOSURE = "bipa/15d-disclosure";

/** Subject-group counts the release rules need (json-rules-engine cannot quantify over a list). */
function groupFacts(system: System): Record<(typeof COMPUTED_FACTS)[number], unknown> {
  // The groups a union signed for: by their own signedBy, else the system's (src/packs/bipa/signer.ts).
  const nonMinor = system.subjects.filter((g) => g.population !== "minors" && (g.release?.signedBy !== undefined && g.release.signedBy !== "unknown" ? g.release.signedBy : system.release.signedBy) === "union");
  return {
    hasMinors: system.subjects.some((g) => g.population === "minors"),
    hasEmployees: system.subjects.some((g) => g.population === "employees"),
    subjectGroups: system.subjects.length,
    nonEmployeeGroups: system.subjects.filter((g) => g.population !== "employees").length,
    representedGroups: nonMinor.filter((g) => g.unionRepresented === true).length,
    notRepresentedGroups: nonMinor.filter((g) => g.unionRepresented === false).length,
    unknownRepresentedGroups: nonMinor.filter((g) => g.unionRepresented === "unknown").length,
    groupsAllStated: system.subjects.length > 0 && system.subjects.every((g) => g.release !== undefined && g.release.status !== "unknown"),
    disclosuresUnknown: system.disclosures === "unknown",
  };
}

/** The facts the flat style passes: every leaf the rules read, by dotted name. */
function flatFacts(system: System): Record<string, unknown> {
  const { notice, release, security } = system;
  return {
    "possession.holder": system.possession.holder,
    "collection.capturedBy": system.collection.capturedBy,
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

/** The five engines, built once and reused for every system, as a long-running service would. */
export class PeerEngine {
  private readonly scope: Engine;
  private readonly systems: Engine;
  private readonly groups = withOperators(new Engine(groupRules));
  private readonly disclosures = withOperators(new Engine(disclosureRules));
  private readonly breaches = withOperators(new Engine(breachRules));

  constructor(readonly style: FactStyle = "flat") {
    this.scope = withOperators(new Engine(nexusRules(style), { allowUndefinedFacts: true }));
    this.systems = withOperators(new Engine(systemRules(style), { allowUndefinedFacts: true }));
    for (const [name, condition] of Object.entries(gateConditions(style))) this.systems.setCondition(name, condition);
    if (style === "path") {
      for (const name of COMPUTED_FACTS) {
        this.systems.addFact(name, async (_params, almanac) => groupFacts(await almanac.factValue<System>("system"))[name]);
      }
      for (const name of NEXUS_COMPUTED_FACTS) {
        this.scope.addFact(name, async (_params, almanac) => nexusFacts(await almanac.factValue<System>("system"))[name]);
      }
    }
  }

  /**
   * The decisions for one system, in no particular order: the nexus first. Outside the Act, its one
   * decision; an unknown nexus, its one risk, the section decisions made but not reported (as
   * bipa-check makes them for its conditional line).
   */
  async decide(system: System, asOf: string): Promise<Decision[]> {
    const { events } = await this.scope.run(this.style === "flat" ? flatNexusFacts(system) : { system });
    const nexus = events.map((e) => ({ outcome: String(e.params?.outcome), decision: { systemId: system.id, ...(e.params?.finding as Omit<Decision, "systemId">) } }));
    const outcome = nexus[0]?.outcome ?? "applies";
    if (outcome === "excluded") return nexus.map((n) => n.decision);
    const sections = await this.decideSections(system, asOf);
    return [...nexus.map((n) => n.decision), ...(outcome === "conditional" ? [] : sections)];
  }

  /** The section decisions for one system. */
  private async decideSections(system: System, asOf: string): Promise<Decision[]> {
    const facts = this.style === "flat" ? flatFacts(system) : { system };
    const { events } = await this.systems.run(facts);
    const engaged = new Set(events.filter((e) => e.type === "engaged").map((e) => String(e.params?.gate)));
    const decisions: Decision[] = [];
    const unknowns = new Set<string>();
    for (const event of events) {
      const params = event.params ?? {};
      if (event.type === "unknown") unknowns.add(String(params.ruleId));
      else if (event.type === "finding") decisions.push({ systemId: system.id, ...(params as Omit<Decision, "systemId">) });
    }
    if (engaged.has("collects")) decisions.push(...(await this.decideRelease(system, decisions, unknowns.has(RELEASE))));
    if (unknowns.has("bipa/15e-safeguards")) {
      decisions.push({ ruleId: "bipa/15e-safeguards", systemId: system.id, key: "safeguards:unknown", severity: "risk", basis: "unknown" });
    }
    if (engaged.has("inPossession")) {
      if (system.disclosures !== "unknown") decisions.push(...(await this.decideDisclosures(system)));
      decisions.push(...(await this.decideBreaches(system, asOf)));
    }
    return decisions;
  }

  /**
   * The subject groups' release statuses, then the one risk for the facts left unknown. Nothing else
   * once there is no release (or only a verbal one); no unknown risk once a violation stands.
   */
  private async decideRelease(system: System, decisions: readonly Decision[], systemUnknown: boolean): Promise<Decision[]> {
    const own = decisions.filter((d) => d.ruleId === RELEASE);
    if (own.some((d) => d.key === "/release/type")) return [];
    const added: Decision[] = [];
    let unknown = systemUnknown;
    for (const [index, group] of system.subjects.entries()) {
      if (!group.release) continue;
      const { release } = group;
      const facts = { status: release.status, illinoisWithoutRelease: release.illinoisWithoutRelease, population: group.population, signedBy: release.signedBy };
      for (const e of (await this.groups.run(facts)).events) {
        if (e.type === "unknown") unknown = true;
        else {
          const key = e.params?.kind === "signer" ? `/subjects/${index}/release/signedBy` : `/subjects/${index}/release`;
          added.push({ ruleId: RELEASE, systemId: system.id, key, severity: e.params?.severity as Severity, basis: "fact" });
        }
      }
    }
    const violated = [...own, ...added].some((d) => d.severity === "violation");
    if (unknown && !violated) added.push({ ruleId: RELEASE, systemId: system.id, key: "/release/unknown", severity: "risk", basis: "unknown" });
    return added;
  }

  /**
   * Per recipient: a violation if any flow has no exception, else a risk if an exception or issuer is
   * unknown, else a risk if process did not come from a court; and, apart, consent given too late, and
   * consent relied on where some Illinois people could not be asked.
   */
  private async decideDisclosures(system: System): Promise<Decision[]> {
    const byRecipient = new Map<string, Set<string>>();
    const unaskedInIllinois = system.subjects.some(unasked);
    for (const d of system.disclosures === "unknown" ? [] : system.disclosures) {
      const facts = {
        unaskedInIllinois,
        exception: d.exception,
        issuedBy: d.issuedBy,
        consentDate: d.consentDate,
        firstTransmission: d.firstTransmission,
        frequency: d.frequency,
        firstCapture: system.collection.firstCaptureDate,
      };
      const { events } = await this.disclosures.run(facts);
      const recipient = d.recipient.trim();
      const outcomes = byRecipient.get(recipient) ?? new Set<string>();
      for (const e of events) outcomes.add(String(e.params?.standing ?? e.params?.timing ?? e.params?.unasked));
      byRecipient.set(recipient, outcomes);
    }
    const decisions: Decision[] = [];
    const push = (key: string, severity: Severity, basis: "fact" | "unknown") => decisions.push({ ruleId: DISCLOSURE, systemId: system.id, key, severity, basis });
    for (const [recipient, outcomes] of byRecipient) {
      if (outcomes.has("bad")) push(recipient, "violation", "fact");
      else if (outcomes.has("unknown")) push(recipient, "risk", "unknown");
      else if (outcomes.has("process-not-court")) push(`${recipient}:process`, "risk", "fact");
      if (outcomes.has("late")) push(`${recipient}:before-consent`, "violation", "fact");
      else if (outcomes.has("open")) push(`${recipient}:before-consent`, "risk", "unknown");
      if (outcomes.has("consent-not-shown")) push(`${recipient}:consent-not-shown`, "risk", "fact");
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

