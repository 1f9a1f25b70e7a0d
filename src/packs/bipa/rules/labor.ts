import type { FindingDraft, SystemContext, SystemRule } from "../rule.js";
import { countBounds } from "../../../practices/counts.js";
import type { SubjectGroup } from "../../../practices/schema.js";
import { populationWords } from "./15b/wording.js";
import { countWords, joinWords } from "./wording.js";

/**
 * Bargaining-unit employees under a collective bargaining agreement: their BIPA claims are likely
 * preempted by LMRA §301 or the Railway Labor Act and go to the grievance or adjustment-board process,
 * whoever signed (Walton v. Roosevelt University, 2023 IL 128338, on 15(a), (b) and (d); Fernandez v.
 * Kerry, 7th Cir. 2021; Miller v. Southwest Airlines, 7th Cir. 2019). Preemption moves the claim to
 * another forum; it does not make the practice lawful, so findings keep their grade and say so.
 */
export const LABOR_AUTHORITIES = ["walton-2023", "fernandez-kerry-2021", "miller-2019"] as const;

function covered(groups: readonly SubjectGroup[]): SubjectGroup[] {
  return groups.filter((g) => g.collectiveBargaining.covered === true);
}

/** Union-represented groups whose CBA coverage is not stated: preemption may apply, the profile does not say. */
function possiblyCovered(groups: readonly SubjectGroup[]): SubjectGroup[] {
  return groups.filter((g) => g.collectiveBargaining.covered === "unknown" && g.unionRepresented === true);
}

function who(groups: readonly SubjectGroup[]): string {
  return joinWords(
    groups.map((g) => {
      const il = countBounds(g.illinoisCount);
      const count = il === undefined ? "" : `${countWords(g.illinoisCount, "person", "people")} in Illinois among the `;
      return `${count}${populationWords(g.population)}${g.collectiveBargaining.union ? ` (${g.collectiveBargaining.union})` : ""}`;
    }),
  );
}

/** The sentence a 15(a), (b) or (d) finding carries for a system with bargaining-unit groups, or "". */
export function laborPreemptionSentence(ctx: SystemContext): string {
  const yes = covered(ctx.system.subjects);
  const maybe = possiblyCovered(ctx.system.subjects);
  const parts: string[] = [];
  if (yes.length > 0) {
    parts.push(
      `The claims of ${who(yes)}, in a bargaining unit covered by a collective bargaining agreement, are likely preempted by federal labour law and go to the grievance process whoever signed the release (Walton v. Roosevelt University, Ill. 2023; Fernandez v. Kerry, 7th Cir. 2021; Miller v. Southwest Airlines, 7th Cir. 2019); the estimate counts them apart.`,
    );
  }
  if (maybe.length > 0) {
    parts.push(
      `The ${joinWords(maybe.map((g) => populationWords(g.population)))} are union-represented; if a collective bargaining agreement covers them, their claims are likely preempted (Walton, 2023), which the profile does not say (collectiveBargaining.covered).`,
    );
  }
  return parts.join(" ");
}

/** A section rule whose violation and risk findings also say which claims labour law likely preempts. */
export function withLaborPreemption(rule: SystemRule): SystemRule {
  return {
    ...rule,
    authorities: [...rule.authorities, ...LABOR_AUTHORITIES.filter((a) => !rule.authorities.includes(a))],
    check(ctx) {
      const drafts = rule.check(ctx);
      const sentence = drafts.length > 0 ? laborPreemptionSentence(ctx) : "";
      if (sentence === "") return drafts;
      return drafts.map((d): FindingDraft => ((d.severity ?? rule.severity) === "info" ? d : { ...d, message: `${d.message} ${sentence}` }));
    },
  };
}
