import type { Rule } from "../rule.js";
import { rules as scope } from "./scope/index.js";
import { rules as retention } from "./15a/index.js";
import { rules as collection } from "./15b/index.js";
import { rules as profit } from "./15c/index.js";
import { rules as disclosure } from "./15d/index.js";
import { rules as care } from "./15e/index.js";
import { rules as nexus } from "./nexus/index.js";
import { rules as construction } from "./sec25/index.js";
import { withLaborPreemption } from "./labor.js";
import { withHoldPreserved } from "./hold.js";
import { withActiveStep } from "./active-step.js";
import { withoutExcludedPatients } from "./patients.js";

/** 15(a), (b) and (d) findings say which claims labour law likely preempts (Walton v. Roosevelt University, 2023). */
const preemptable = (rules: readonly Rule[]): Rule[] => rules.map((r) => (r.kind === "section" ? withLaborPreemption(r) : r));

/**
 * The BIPA rule pack. Scope rules run first, in order; the first that excludes a system ends its
 * evaluation with one info finding. Section rules then run on every in-scope system.
 */
/** Section rules check only the people Sec. 10's patient limb leaves in (staff and visitors beside patients). */
const patientsLeftOut = (rules: readonly Rule[]): Rule[] => rules.map((r) => (r.kind === "section" ? withoutExcludedPatients(r) : r));

export const bipaRules: readonly Rule[] = [
  ...scope,
  ...patientsLeftOut([
    ...preemptable(retention),
    ...preemptable(collection.map((r) => (r.kind === "section" ? withActiveStep(withHoldPreserved(r)) : r))),
    ...profit,
    ...preemptable(disclosure),
    ...care,
  ]),
  ...nexus,
  ...construction,
];
