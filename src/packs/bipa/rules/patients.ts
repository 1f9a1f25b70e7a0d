import type { EvidenceRef, FindingDraft, SystemContext, SystemRule } from "../rule.js";

/**
 * Sec. 10 leaves out of "biometric identifier" information captured from a patient in a health care
 * setting (bipa-reference.md §1.2 item 10). The patient limb reaches only patients: a system that also
 * captures staff or visitors stays within BIPA for them (scope-health-care says so), and the estimate
 * already leaves the patients out (§1.7 "Remove before counting"). So the section rules see the system
 * without its patient groups, and their findings point back at the groups' places in the profile.
 */

/** The context with the excluded patient groups removed, and the original index of each group kept. */
function withoutPatients(ctx: SystemContext): { ctx: SystemContext; original: number[] } | undefined {
  const { system } = ctx;
  if (system.healthcare.patientCareSetting !== true) return undefined;
  const original: number[] = [];
  system.subjects.forEach((g, i) => {
    if (g.population !== "patients") original.push(i);
  });
  // All patients: the scope rule excludes the whole system; none: nothing to remove.
  if (original.length === system.subjects.length || original.length === 0) return undefined;
  const narrowed = { ...system, subjects: original.map((i) => system.subjects[i]!) };
  const systems = ctx.profile.systems.map((s, i) => (i === ctx.index ? narrowed : s));
  return { ctx: { ...ctx, system: narrowed, profile: { ...ctx.profile, systems } }, original };
}

const GROUP = /\/subjects\/(\d+)(?=\/|:|$)/g;

function back(text: string, original: readonly number[]): string {
  return text.replace(GROUP, (whole, n: string) => {
    const i = original[Number(n)];
    return i === undefined ? whole : `/subjects/${i}`;
  });
}

function backRef(ref: EvidenceRef, original: readonly number[]): EvidenceRef {
  return typeof ref === "string" ? back(ref, original) : { ...ref, pointer: back(ref.pointer, original) };
}

/** A section rule that checks only the people Sec. 10 does not exclude. */
export function withoutExcludedPatients(rule: SystemRule): SystemRule {
  const engaged = rule.engaged;
  return {
    ...rule,
    ...(engaged ? { engaged: (ctx: SystemContext) => engaged(withoutPatients(ctx)?.ctx ?? ctx) } : {}),
    check(ctx) {
      const narrowed = withoutPatients(ctx);
      if (!narrowed) return rule.check(ctx);
      return rule.check(narrowed.ctx).map(
        (d): FindingDraft => ({
          ...d,
          evidence: d.evidence.map((e) => backRef(e, narrowed.original)),
          ...(d.key !== undefined ? { key: back(d.key, narrowed.original) } : {}),
        }),
      );
    },
  };
}
