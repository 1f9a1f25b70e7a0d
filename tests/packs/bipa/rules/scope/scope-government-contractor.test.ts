import { expect, it } from "vitest";
import { governmentContractor } from "../../../../../src/packs/bipa/rules/scope/scope-government-contractor.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

testRule(governmentContractor, {
  fires: [
    {
      description: "processing done for a named local unit of government",
      system: { actingForGovernmentUnit: { acting: true, unit: "Cook County" } },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/actingForGovernmentUnit/acting",
      messageIncludes: ["Prairie Fabrication LLC runs Fingerprint timeclock as a contractor, subcontractor or agent of Cook County", "Sec. 25(e)", "Prairie Fabrication LLC's other biometric processing stays subject to BIPA", "not federal ones",
        // §1.5(e) [S]: an interlocutory appeal on 25(e) certified 28 Oct 2025, so its reach is noted as unsettled.
        "certified a 25(e) question for interlocutory appeal on 28 Oct 2025", "keep the contract and the evidence that this processing is done for Cook County"],
    },
    {
      description: "processing done for an unnamed government unit",
      system: { actingForGovernmentUnit: { acting: true } },
      excludes: true,
      messageIncludes: ["agent of a State agency or local unit of government, while working for it"],
    },
    {
      description: "a blank unit name is treated as no name",
      system: { actingForGovernmentUnit: { acting: true, unit: "   " } },
      excludes: true,
      messageIncludes: ["agent of a State agency or local unit of government"],
    },
    {
      description: "a unit is named but whether this processing is done for it is unknown: info, asking for the fact",
      system: { actingForGovernmentUnit: { acting: "unknown", unit: "Illinois Department of Corrections" } },
      severity: "info",
      basis: "unknown",
      pointer: "/systems/0/actingForGovernmentUnit/acting",
      messageIncludes: ["names Illinois Department of Corrections", "audited as covered"],
    },
    {
      description: "the exemption covers the activity even of a company with other biometric work",
      system: { actingForGovernmentUnit: { acting: true, unit: "City of Springfield" }, commerce: { sells: true } },
      excludes: true,
      messageIncludes: ["covers this activity only"],
    },
  ],
  silent: [
    { description: "the company's own timeclock (the compliant profile)" },
    {
      description: "serves a unit, but not as its contractor or agent",
      system: { actingForGovernmentUnit: { acting: false, unit: "Cook County" } },
    },
    { description: "unknown with no unit named (the default): no risk on every system", system: { actingForGovernmentUnit: null } },
    { description: "unknown with a blank unit", system: { actingForGovernmentUnit: { acting: "unknown", unit: "" } } },
    { description: "explicitly unknown, no unit", system: { actingForGovernmentUnit: { acting: "unknown" } } },
  ],
});

it("bipa/scope-government-contractor: the named unit is part of the evidence", () => {
  const [finding] = runRule(governmentContractor, { description: "direct run", system: { actingForGovernmentUnit: { acting: true, unit: "Cook County" } } });
  expect(finding?.evidence.map((e) => e.pointer)).toEqual([
    "/systems/0/actingForGovernmentUnit/acting",
    "/systems/0/actingForGovernmentUnit/unit",
  ]);
  expect(finding?.evidence[1]?.value).toBe("Cook County");
});
