import type { SystemContext } from "../rule.js";

/*
 * Whether a Sec. 15 duty binds the entity for a system at all, before any of its elements is
 * checked. Used as the `engaged` predicate of section rules, so a rule whose duty is not engaged is
 * listed as not engaged rather than passed (bipa-reference.md §1.3, §5.9 items 46-47).
 */

/**
 * 15(a), (c), (d) and (e) bind a private entity "in possession" of the data. Data kept only on the
 * subject's own device and never received by the entity is not in its possession (Barnett v. Apple,
 * Ill. App. 2022; G.T. v. Samsung, N.D. Ill. 2024). An unknown holder is read as the entity: the
 * gate can only take a duty away, so it is applied on a stated fact only.
 */
export function inPossession({ system }: SystemContext): boolean {
  return system.possession.holder !== "subject-device-only";
}

/**
 * 15(b) binds an entity that itself collects, captures or otherwise obtains the data: an active step
 * (Heard v. Becton, Dickinson, N.D. Ill. 2020). Where the subject's own device captures the data and
 * keeps it, the subject, not the maker, collects it (Barnett). A vendor running the scanner for the
 * entity does not take the step away from the entity (Rogers v. BNSF).
 */
export function collects({ system }: SystemContext): boolean {
  return !(system.collection.capturedBy === "subject-device" && system.possession.holder === "subject-device-only");
}
