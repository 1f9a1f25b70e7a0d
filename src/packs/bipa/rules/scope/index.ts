import type { Rule } from "../../rule.js";
import { biometricIdentifier } from "./scope-biometric-identifier.js";
import { entityType } from "./scope-entity-type.js";
import { glbaExemption } from "./scope-glba-exemption.js";
import { governmentContractor } from "./scope-government-contractor.js";
import { healthCare } from "./scope-health-care.js";
import { identifyingOutput } from "./scope-identifying-output.js";
import { illinoisNexus } from "./scope-illinois-nexus.js";
import { possession } from "./scope-possession.js";

/**
 * The scope rules, in evaluation order. The first that excludes a system decides the one info
 * finding that system gets, so the order is part of the contract: who the entity is (Sec. 10, then
 * the Sec. 25 exemptions for the entity and for the activity), then whether the data is biometric at
 * all (Sec. 10 identifiers, identifying output, health-care exclusions), whether the entity holds or
 * collects it at all (possession, Barnett), and last where it happens (extraterritoriality), the most
 * fact-bound question, whose unknowns make the section checks conditional.
 *
 * Exclusions rest only on stated facts. A deciding fact left unknown is a risk where it could put a
 * system outside the Act that is otherwise taken as covered, and is silent (or info, given a hint in
 * the profile) where an exemption could only take liability away from a system already audited as
 * covered; each rule says which in a comment.
 *
 * A system with no subjects listed: `subjects: []` is the schema default, so it is read as "not
 * described", never as a fact. No scope rule excludes because of it or treats it as showing Illinois
 * subjects. Only `bipa/scope-illinois-nexus` reads subject groups; without any it decides on the
 * system's Illinois share, capture location and the organization's Illinois presence, and says so.
 * `bipa/scope-health-care` reads populations only to name the workers Mosby reaches.
 */
export const rules: readonly Rule[] = [
  entityType,
  glbaExemption,
  governmentContractor,
  biometricIdentifier,
  identifyingOutput,
  healthCare,
  possession,
  illinoisNexus,
];
