import { audit } from "../../src/audit.js";
import { applyExample } from "../../src/engine/examples.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import type { Finding, Report, Severity } from "../../src/report/types.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";

/** A validated profile: the compliant timeclock employer with the first system patched. */
export function employer(system: Record<string, unknown>, organization?: Record<string, unknown>): Practices {
  const parsed = parseProfile(applyExample(compliantProfile, { description: "test", system, ...(organization ? { organization } : {}) }));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join("; "));
  return parsed.profile;
}

/** A validated profile with several systems: the compliant timeclock, each patched in turn (ids must differ). */
export function employerWith(...systems: Array<Record<string, unknown>>): Practices {
  const parsed = parseProfile({
    ...JSON.parse(JSON.stringify(compliantProfile)),
    systems: systems.map((patch) => applyExample(compliantProfile, { description: "test", system: patch }).systems[0]),
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path} ${p.message}`).join("; "));
  return parsed.profile;
}

/** A hand-made finding, so the arithmetic is tested apart from what the rules decide. */
export function finding(
  ruleId: string,
  section: string,
  options: { systemId?: string; severity?: Severity; basis?: "fact" | "unknown"; key?: string; evidence?: string[] } = {},
): Finding {
  const systemId = options.systemId ?? "timeclock";
  return {
    ruleId,
    severity: options.severity ?? "violation",
    section,
    systemId,
    message: `${ruleId} on ${systemId}`,
    basis: options.basis ?? "fact",
    evidence: (options.evidence ?? []).map((pointer) => ({ pointer, value: null, present: true })),
    remedies: [],
    fingerprint: `${ruleId}|${systemId}|${options.key ?? "k"}`,
  };
}

/** A report on `profile` as of `asOf` (no rules run, every system in scope) carrying `findings`. */
export function reportWith(profile: Practices, asOf: string, findings: Finding[]): Report {
  return { ...audit(profile, { asOf, ruleSet: [] }), findings };
}

export const RELEASE_MISSING = (systemId = "timeclock") => finding("bipa/15b-written-release", "740 ILCS 14/15(b)(3)", { systemId, key: `release-${systemId}` });

/** The system-level facts of a system that obtains no release at all (15(b)(3)). */
export const NO_RELEASE = { type: "none", obtainedBeforeEachCapture: false, coversAllSubjects: false } as const;

/** One group of Illinois employees, with optional per-group facts. */
export function employees(count: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { population: "employees", count, illinoisCount: count, unionRepresented: false, relationship: "direct", ...extra };
}
