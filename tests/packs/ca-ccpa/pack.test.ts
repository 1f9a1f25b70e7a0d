import { describe, expect, it } from "vitest";
import { caCcpaPack } from "../../../src/packs/ca-ccpa/index.js";
import { checkPackContract, checkPackProperties, checkPackSources, firedRules, parsed } from "../contract-checks.js";
import { AS_OF, compliantOrganization, compliantSystem, firingProfileData } from "./fixture.js";
import { asOfArb, packFactsProfileArb } from "../facts-arbitrary.js";

describe("ca-ccpa pack (§4.3)", () => {
  checkPackContract(caCcpaPack);
  checkPackProperties(caCcpaPack, packFactsProfileArb, asOfArb);
  checkPackSources("ca-ccpa");

  it("§4.3 Effective: takes effect with the CPRA amendments (1 Jan 2023), the CPPA and the 2025 adjustment as amendments", () => {
    expect(caCcpaPack.effectiveFrom).toBe("2023-01-01");
    expect(caCcpaPack.amendments?.map((a) => a.date)).toEqual(["2023-07-01", "2025-01-01"]);
    expect(caCcpaPack.notes.join(" ")).toContain("1 Jan 2020");
  });

  it("§4.3 Notice and consent: carries no consent rule (the CCPA is an opt-out model)", () => {
    expect(caCcpaPack.rules.map((r) => r.id).some((id) => id.includes("consent"))).toBe(false);
    expect(caCcpaPack.notes.join(" ")).toContain("no consent before collection");
  });

  it("§4.3: fires every rule on the realistic non-compliant fixture", () => {
    const profile = parsed(firingProfileData);
    expect(firedRules(caCcpaPack, profile, AS_OF)).toEqual(caCcpaPack.rules.map((r) => r.id).sort());
    const estimate = caCcpaPack.penalty?.({
      profile,
      findings: caCcpaPack.rules.flatMap((rule) =>
        rule.check({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).map((d) => ({
          ruleId: rule.id,
          systemId: "loyalty-face",
          severity: d.severity ?? rule.severity,
          basis: d.basis ?? "fact",
        })),
      ),
      applies: [0],
      asOf: AS_OF,
    });
    // Regulator: 3 violations (notice, right to limit, retention) × $2,663 = $7,989 low; 3 × 5,000 × $7,988 = $119,820,000 high.
    // Breach: 1 incident × 5,000 × $107–$799 = $535,000–$3,995,000.
    expect(estimate?.lines.map((l) => [l.low, l.high])).toEqual([
      [7_989, 119_820_000],
      [535_000, 3_995_000],
    ]);
  });

  it("§4.3: stays silent on the compliant fixture, which the pack applies to", () => {
    const profile = parsed({ version: 1, organization: compliantOrganization, systems: [compliantSystem] });
    expect(caCcpaPack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    expect(firedRules(caCcpaPack, profile, AS_OF)).toEqual([]);
  });

  it("§4.3 Effective: before 1 Jan 2023 nothing applies, so nothing fires", () => {
    const profile = parsed(firingProfileData);
    expect(firedRules(caCcpaPack, profile, "2022-06-30")).toEqual([]);
  });
});
