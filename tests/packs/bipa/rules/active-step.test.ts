import { describe, expect, it } from "vitest";
import { audit } from "../../../../src/audit.js";
import { applyExample } from "../../../../src/engine/examples.js";
import { parseProfile } from "../../../../src/practices/load.js";
import { compliantProfile } from "../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../src/packs/bipa/rules/index.js";
import { AS_OF } from "../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(b) "Active step", §2 Heard, §5.9 item 47: 15(b) reaches an entity that
// itself collects, captures or otherwise obtains the data. A processor (a vendor hosting an employer's
// templates) that may take no such step, with who captures left unknown, has its 15(b) violations
// reported as risks asking for the fact, and the estimate counts none of them.
function report(organization: Record<string, unknown>, collection: Record<string, unknown>) {
  const parsed = parseProfile(
    applyExample(compliantProfile, {
      description: "",
      organization,
      system: { notice: { inWriting: false }, release: { type: "none" }, collection: { firstCaptureDate: "2025-01-06", ...collection } },
    }),
  );
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return audit(parsed.profile, { asOf: AS_OF, ruleSet: bipaRules });
}
const collection = (r: ReturnType<typeof report>) => r.findings.filter((f) => f.ruleId.startsWith("bipa/15b-") && f.severity !== "info");

describe("15(b) and the active step of a processor", () => {
  it("a processor with who captures unknown: 15(b) risks naming the fact and Heard, and no 15(b) line in the estimate", () => {
    const r = report({ role: "processor" }, { capturedBy: "unknown" });
    const found = collection(r);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) {
      expect([f.ruleId, f.severity, f.basis]).toEqual([f.ruleId, "risk", "unknown"]);
      expect(f.message).toContain("Heard v. Becton, Dickinson");
      expect(f.evidence.map((e) => e.pointer)).toContain("/systems/0/collection/capturedBy");
    }
    expect(r.exposure!.systems.flatMap((s) => s.lines).filter((l) => l.section.startsWith("740 ILCS 14/15(b)"))).toEqual([]);
  });

  it("a processor that performs the capture itself, or a controller: the violations stand", () => {
    // 120 employees (the compliant timeclock) captured from 2025-01-06, after the amendment: 120 × 1 pair.
    for (const r of [report({ role: "processor" }, { capturedBy: "entity" }), report({ role: "controller" }, { capturedBy: "unknown" })]) {
      expect(collection(r).some((f) => f.severity === "violation")).toBe(true);
      const lines = r.exposure!.systems.flatMap((s) => s.lines).filter((l) => l.section.startsWith("740 ILCS 14/15(b)"));
      expect(lines.map((l) => l.violations)).toEqual([{ low: 120, high: 120 }]);
    }
  });
});
