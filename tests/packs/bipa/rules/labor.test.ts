import { describe, expect, it } from "vitest";
import { audit } from "../../../../src/audit.js";
import { applyExample } from "../../../../src/engine/examples.js";
import { parseProfile } from "../../../../src/practices/load.js";
import { compliantProfile } from "../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../src/packs/bipa/rules/index.js";
import { AS_OF } from "../../../helpers/rule-tester.js";
import { ruleOf } from "../../../../src/core/resolve.js";

// bipa-reference.md §1.3 15(b) ("Bargaining-unit employees"), §2 (Walton v. Roosevelt University:
// LMRA §301 preempts 15(a), (b), (d) claims of bargaining-unit employees covered by a CBA, whoever
// signed; Fernandez v. Kerry; Miller v. Southwest Airlines), §5.9 item 52.
function run(group: Record<string, unknown>, system: Record<string, unknown> = {}) {
  const parsed = parseProfile(
    applyExample(compliantProfile, {
      description: "",
      system: { subjects: [{ population: "employees", count: 300, illinoisCount: 300, unionRepresented: true, relationship: "direct", ...group }], ...system },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return audit(parsed.profile, { asOf: AS_OF, ruleSet: bipaRules });
}

describe("point 4: bargaining-unit employees under a CBA", () => {
  it("15(a), (b) and (d) findings say the claims are likely preempted, whoever signed, and keep their grade", () => {
    const report = run(
      { collectiveBargaining: { covered: true, union: "Teamsters Local 710" } },
      { release: { type: "none" }, retention: { policy: { exists: false } }, disclosures: [{ recipient: "TimeVendor", type: "processor", frequency: "per-scan", exception: "none" }] },
    );
    for (const section of ["15(a)", "15(b)", "15(d)"]) {
      const f = report.findings.find((x) => x.section.includes(section) && x.severity === "violation");
      expect(f, section).toBeDefined();
      expect(f?.message).toContain("300 people in Illinois among the employees (Teamsters Local 710), in a bargaining unit covered by a collective bargaining agreement, are likely preempted");
      expect(f?.message).toContain("Walton v. Roosevelt University, Ill. 2023");
      expect(ruleOf(report, f!.ruleId).authorities).toEqual(expect.arrayContaining(["walton-2023", "fernandez-kerry-2021", "miller-2019"]));
    }
  });

  it("15(c) and 15(e) findings carry no preemption sentence (Walton decided 15(a), (b), (d))", () => {
    const report = run({ collectiveBargaining: { covered: true } }, { commerce: { sells: true }, security: { parityWithConfidentialInfo: false } });
    for (const f of report.findings.filter((x) => /15\((c|e)\)/.test(x.section))) expect(f.message).not.toContain("preempted");
  });

  it("a union-represented group with CBA coverage unknown: the findings say it may be preempted, and ask", () => {
    const report = run({ collectiveBargaining: { covered: "unknown" } }, { release: { type: "none" } });
    const f = report.findings.find((x) => x.ruleId === "bipa/15b-written-release");
    expect(f?.message).toContain("if a collective bargaining agreement covers them, their claims are likely preempted");
  });

  it("no sentence for groups outside a bargaining unit", () => {
    const report = run({ unionRepresented: false, collectiveBargaining: { covered: false } }, { release: { type: "none" } });
    expect(report.findings.find((x) => x.ruleId === "bipa/15b-written-release")?.message).not.toContain("preempted");
  });
});
