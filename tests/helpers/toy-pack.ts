import { definePack, definePackRule, type Pack } from "../../src/core/pack.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { practicesSchema, type Practices } from "../../src/practices/schema.js";

/*
 * A pack defined in the tests, not in src/: it must run through audit, plan and every format with no change
 * to the engine. It applies to systems whose id starts with "tx-", does not apply to "il-" ones, and
 * is unknown elsewhere; its one rule fires when the system has no release in writing.
 */
const toyRule = definePackRule({
  id: "toy/written-consent",
  title: "Written consent before capture",
  section: "Toy Code §1(b)",
  severity: "violation",
  summary: "Consent in writing before capture.",
  plainLanguage: "Ask first, in writing.",
  authorities: ["toy-1"],
  remedies: ["toy-consent"],
  tags: ["consent"],
  check: ({ system }) =>
    system.release.type === "none" ? [{ message: `${system.name} captures without written consent.`, evidence: ["/release/type"] }] : [],
});

export const toyPack: Pack = definePack({
  id: "toy",
  title: "Toy Biometric Act",
  jurisdiction: "Toyland",
  citation: "Toy Code §1",
  effectiveFrom: "2020-01-01",
  authorities: [{ id: "toy-1", kind: "statute", name: "Toy Code §1", citation: "Toy Code §1", year: 2020, holding: "Consent first.", status: "V" }],
  remedies: [
    {
      id: "toy-consent",
      measure: "written-consent-before-capture",
      title: "Obtain written consent",
      requires: "A signed consent form.",
      effect: "cures",
      why: "The Act asks for it.",
      sources: ["toy-1"],
    },
  ],
  rules: [toyRule],
  applicability: ({ system }) =>
    system.id.startsWith("tx-")
      ? { status: "applies", reasons: [`${system.name} is in Toyland.`], evidence: ["/id"] }
      : system.id.startsWith("il-")
        ? { status: "does-not-apply", reasons: [`${system.name} is not in Toyland.`], evidence: ["/id"] }
        : { status: "unknown", reasons: [`Whether ${system.name} is in Toyland is not stated.`], evidence: ["/id"] },
  penalty: ({ findings }) => {
    const n = findings.filter((f) => f.severity === "violation").length;
    return {
      currency: "USD",
      low: 0,
      high: n * 1000,
      lines: [{ label: "Civil penalty", section: "Toy Code §1(c)", arithmetic: `${n} × $1,000 = $${n * 1000}`, low: 0, high: n * 1000, recoveredBy: "regulator" }],
      notes: ["A toy figure."],
    };
  },
  notes: ["A pack defined in a test."],
});

/** Three systems: one in Toyland without a release, one in Illinois, one where it is not stated. */
export function toyProfile(): Practices {
  const base = structuredClone(compliantProfile) as Record<string, unknown> & { systems: Array<Record<string, unknown>> };
  const system = base.systems[0]!;
  const systems = [
    { ...structuredClone(system), id: "tx-door", name: "Door scanner", release: { ...(system.release as object), type: "none" } },
    { ...structuredClone(system), id: "il-clock", name: "Timeclock" },
    { ...structuredClone(system), id: "xx-kiosk", name: "Kiosk", release: { ...(system.release as object), type: "none" } },
  ];
  return practicesSchema.parse({ ...base, systems });
}

