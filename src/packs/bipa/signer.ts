import type { SubjectGroup, System } from "../../practices/schema.js";

/**
 * Who signed a group's release: the group's own `release.signedBy` where it says, else the system's.
 * 15(b)(3) asks for a release executed by the subject or the subject's legally authorized
 * representative (bipa-reference.md §1.3 15(b) "Who may sign").
 */
export function signerOf(group: SubjectGroup, system: System): System["release"]["signedBy"] {
  const own = group.release?.signedBy;
  return own !== undefined && own !== "unknown" ? own : system.release.signedBy;
}

/**
 * A union signs as legally authorized representative only for the staff it represents (Miller v.
 * Southwest, 7th Cir. 2019; §1.3 "Bargaining-unit employees"): for a group stated not to be
 * union-represented, the union's signature is no release at all. Minors are left to the capacity
 * question (a parent or guardian signs for them).
 */
export function unionSignedWithoutMandate(group: SubjectGroup, system: System): boolean {
  return group.population !== "minors" && group.unionRepresented === false && signerOf(group, system) === "union";
}

/** A group the union signed for whose representation the profile leaves unknown (the mandate is open). */
export function unionSignedMandateUnknown(group: SubjectGroup, system: System): boolean {
  return group.population !== "minors" && group.unionRepresented === "unknown" && signerOf(group, system) === "union";
}
