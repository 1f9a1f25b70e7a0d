import type { RuleProperties, TopLevelCondition } from "json-rules-engine";
import type { System } from "../../../src/practices/schema.js";
import type { FactStyle } from "./system-rules.js";

/*
 * The peer's bipa/scope-illinois-nexus: where the system's subjects, capture and processing are.
 * Run before the section rules, as bipa-check runs its scope rules: capture in Illinois ends the
 * question; Illinois contacts beside out-of-state facts are an info note; nothing in Illinois takes the
 * system outside the Act (one info, no section decisions); otherwise an unknown nexus is one risk,
 * and the section decisions become conditional (run, but not reported one by one).
 */

const NEXUS = "bipa/scope-illinois-nexus";

/** Facts the caller derives from the subject list and the place lists (json-rules-engine cannot quantify over a list). */
export const NEXUS_COMPUTED_FACTS = ["groupsIllinois", "groupsElsewhere", "groupsUnknown", "allGroupsCounted", "processingPlaces"] as const;

function isZeroCount(count: unknown): boolean {
  return count === 0 || (typeof count === "object" && count !== null && (count as { atMost?: unknown }).atMost === 0);
}

/** How each group's Illinois count reads: a known positive floor is Illinois, a known zero elsewhere, the rest unknown. */
function groupReading(count: System["subjects"][number]["illinoisCount"]): "illinois" | "elsewhere" | "unknown" {
  if (count === "unknown") return "unknown";
  if (isZeroCount(count)) return "elsewhere";
  const low = count === "some" ? 1 : typeof count === "number" ? count : count.atLeast;
  return low > 0 ? "illinois" : "unknown";
}

export function nexusFacts(system: System): Record<(typeof NEXUS_COMPUTED_FACTS)[number], unknown> {
  const readings = system.subjects.map((g) => groupReading(g.illinoisCount));
  const { processingLocations } = system.illinoisNexus;
  return {
    groupsIllinois: readings.filter((r) => r === "illinois").length,
    groupsElsewhere: readings.filter((r) => r === "elsewhere").length,
    groupsUnknown: readings.filter((r) => r === "unknown").length,
    allGroupsCounted: system.subjects.length > 0 && system.subjects.every((g) => g.illinoisCount !== "unknown"),
    // Where the data is stored is read with processing (bipa-reference.md §2.1).
    processingPlaces: [...processingLocations, ...system.possession.storageLocations.filter((p) => !processingLocations.includes(p))],
  };
}

/** The flat facts the nexus rules read. */
export function flatNexusFacts(system: System): Record<string, unknown> {
  const n = system.illinoisNexus;
  return {
    "illinoisNexus.illinoisSubjectShare": n.illinoisSubjectShare,
    "illinoisNexus.captureInIllinois": n.captureInIllinois,
    "illinoisNexus.captureLocations": n.captureLocations,
    "illinoisNexus.processingInIllinois": n.processingInIllinois,
    ...nexusFacts(system),
  };
}

export function nexusRules(style: FactStyle): RuleProperties[] {
  const computed = new Set<string>(NEXUS_COMPUTED_FACTS);
  const c = (fact: string, operator: string, value: unknown) =>
    style === "flat" || computed.has(fact) ? { fact, operator, value } : { fact: "system", path: `$.${fact}`, operator, value };
  const share = "illinoisNexus.illinoisSubjectShare";

  /** A location flag, falling back on the places listed when the flag is unknown. */
  const place = (flag: string, places: string) => ({
    illinois: { any: [c(flag, "equal", true), { all: [c(flag, "equal", "unknown"), c(places, "namesIllinois", true)] }] },
    elsewhere: { any: [c(flag, "equal", false), { all: [c(flag, "equal", "unknown"), c(places, "isEmpty", false), c(places, "namesIllinois", false)] }] },
  });
  const capture = place("illinoisNexus.captureInIllinois", "illinoisNexus.captureLocations");
  const processing = place("illinoisNexus.processingInIllinois", "processingPlaces");

  const subjectsIllinois = { any: [c(share, "greaterThan", 0), c("groupsIllinois", "greaterThan", 0)] };
  const subjectsElsewhere = { any: [c(share, "lessThan", 1), c("groupsElsewhere", "greaterThan", 0)] };
  const subjectsUnknown = { any: [{ all: [c(share, "equal", "unknown"), c("allGroupsCounted", "equal", false)] }, c("groupsUnknown", "greaterThan", 0)] };
  const contacts = { any: [subjectsIllinois, capture.illinois, processing.illinois] };
  const elsewhere = { any: [subjectsElsewhere, capture.elsewhere, processing.elsewhere] };
  const allElsewhere = { all: [{ not: subjectsIllinois }, { not: subjectsUnknown }, capture.elsewhere, processing.elsewhere] };

  const rule = (name: string, conditions: TopLevelCondition, outcome: string, severity: string, basis: string, key: string): RuleProperties => ({
    name,
    conditions,
    event: { type: "nexus", params: { outcome, finding: { ruleId: NEXUS, key, severity, basis } } },
  });
  return [
    rule("nexus-disputed", { all: [{ not: capture.illinois }, contacts, elsewhere] }, "applies", "info", "fact", "illinois-nexus:disputed"),
    rule("nexus-outside", { all: [allElsewhere] }, "excluded", "info", "fact", "illinois-nexus"),
    rule("nexus-unknown", { all: [{ not: contacts }, { not: allElsewhere }] }, "conditional", "risk", "unknown", "illinois-nexus:unknown"),
  ];
}
