import type { PackFindingDraft, PackRule, PackSystemContext } from "../../../src/core/pack.js";
import type { Practices } from "../../../src/practices/schema.js";
import { merge, parsed, type Plain } from "../contract-checks.js";

export const AS_OF = "2026-11-22";

export const organization: Plain = { name: "Lookup Labs BV", entityType: "private-entity", establishedIn: ["NL"], worldwideTurnoverEur: 1_000_000_000, smallBusiness: false };

/**
 * A compliant case (§4.8): an AI face search sold in the EU whose database is built only from
 * images its own users enrol, one by one.
 */
export const compliantSystem: Plain = {
  id: "face-search",
  name: "Enrolled-user face search",
  modalities: ["face-geometry"],
  faceMatching: "identification",
  places: { offeredIn: ["NL", "DE"] },
  faceDatabase: { createsOrExpands: true, aiSystem: true, untargetedScraping: false, sources: ["own-users"] },
};

/** The Clearview pattern: the same search built by crawling the web for faces. */
export const scrapingPatch: Plain = { name: "Web-crawled face search", faceDatabase: { untargetedScraping: true, sources: ["internet"] } };

export function profileWith(systemPatch: Plain = {}, orgPatch: Plain = {}): Practices {
  return parsed({ version: 1, organization: merge(organization, orgPatch), systems: [merge(compliantSystem, systemPatch)] });
}

export function contextOf(profile: Practices, asOf = AS_OF): PackSystemContext {
  return { profile, system: profile.systems[0]!, index: 0, asOf };
}

export function run(rule: PackRule, systemPatch: Plain = {}, orgPatch: Plain = {}, asOf = AS_OF): PackFindingDraft[] {
  return rule.check(contextOf(profileWith(systemPatch, orgPatch), asOf));
}
