import { describe, expect, it } from "vitest";
import { audit } from "../../../../src/audit.js";
import { applyExample } from "../../../../src/engine/examples.js";
import { parseProfile } from "../../../../src/practices/load.js";
import { compliantProfile } from "../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../src/packs/bipa/rules/index.js";
import { AS_OF } from "../../../helpers/rule-tester.js";

// bipa-reference.md §1.5 row (a) (Sec. 25(a) and a duty to preserve: keep the data and seek the
// court's order; destroying data under a hold risks spoliation sanctions), §1.3 15(b). Advice must
// never put the user in a worse position: on a system under a hold, no finding says "destroy".
function findings(system: Record<string, unknown>) {
  const parsed = parseProfile(applyExample(compliantProfile, { description: "", system: { release: { type: "none" }, ...system } }));
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return audit(parsed.profile, { asOf: AS_OF, ruleSet: bipaRules }).findings.filter((f) => f.ruleId.startsWith("bipa/15b-"));
}

describe("15(b) findings on a system under a hold advise keeping the data, never destroying it", () => {
  it("without a hold, data collected without a release is to be destroyed", () => {
    const found = findings({});
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((f) => f.remedies.includes("destroy-unconsented-data"))).toBe(true);
  });

  it.each([
    ["an internal litigation hold", { kind: "litigation-hold", issuedBy: "internal" }],
    ["a court's subpoena", { kind: "subpoena", issuedBy: "court" }],
    ["a preservation order", { kind: "preservation-order", issuedBy: "court" }],
  ])("under %s: preserve and seek the court's order instead, the finding otherwise the same", (_, legalHold) => {
    const plain = findings({});
    const held = findings({ retention: { legalHold } });
    expect(held.map((f) => [f.fingerprint, f.severity, f.message])).toEqual(plain.map((f) => [f.fingerprint, f.severity, f.message]));
    for (const f of held) {
      expect(f.remedies).not.toContain("destroy-unconsented-data");
      if (plain.find((p) => p.fingerprint === f.fingerprint)?.remedies.includes("destroy-unconsented-data")) expect(f.remedies).toContain("preserve-and-seek-court-order");
    }
  });
});
