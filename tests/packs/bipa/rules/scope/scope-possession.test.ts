import { expect, it } from "vitest";
import { audit } from "../../../../../src/audit.js";
import { applyExample } from "../../../../../src/engine/examples.js";
import { parseProfile } from "../../../../../src/practices/load.js";
import { compliantProfile } from "../../../../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../../../../src/packs/bipa/rules/index.js";
import { possession } from "../../../../../src/packs/bipa/rules/scope/scope-possession.js";
import { AS_OF, testRule } from "../../../../helpers/rule-tester.js";

// bipa-reference.md §1.3 15(a) ("in possession" means control: Barnett v. Apple; G.T. v. Samsung; the
// same words open 15(c), (d), (e)) and 15(b) ("Active step": Heard; Barnett; Rogers v. BNSF); §5.9 items 46-47.
const onDevice = { possession: { holder: "subject-device-only" } };

testRule(possession, {
  fires: [
    {
      description: "point 4: data kept only on the subject's own device, captured by that device: no Sec. 15 duty is engaged (Barnett)",
      system: { ...onDevice, collection: { capturedBy: "subject-device" } },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/possession/holder",
      messageIncludes: ['not "in possession"', "no active step", "Barnett v. Apple (Ill. App. Ct. 2022)", "G.T. v. Samsung (N.D. Ill. 2024)", "reaches the entity's servers"],
    },
    {
      description: "point 4: on-device data, but the entity performs the capture: 15(b) binds, the possession duties do not",
      system: { ...onDevice, collection: { capturedBy: "entity" } },
      severity: "info",
      basis: "fact",
      messageIncludes: ["15(a), (c), (d) and (e) do not bind it", "the entity performs the capture", "15(b) reaches"],
    },
    {
      description: "a vendor capturing for the entity does not shield it (Rogers v. BNSF)",
      system: { ...onDevice, collection: { capturedBy: "vendor-for-entity" } },
      severity: "info",
      messageIncludes: ["Rogers v. BNSF"],
    },
    {
      description: "point 1: on-device data with who captures unknown: the one fact that decides 15(b) is asked for",
      system: { ...onDevice, collection: { capturedBy: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/collection/capturedBy",
    },
  ],
  silent: [
    { description: "the entity holds the data (the compliant timeclock)" },
    { description: "point 4: the gate applies on a stated fact only: holder unknown is read as the entity", system: { possession: { holder: "unknown" }, collection: { capturedBy: "subject-device" } } },
    { description: "a vendor holding data for the entity: the entity keeps control", system: { possession: { holder: "vendor-for-entity" } } },
  ],
});

it("point 4: with on-device data captured by the entity, only the 15(b) rules run (§1.3)", () => {
  const parsed = parseProfile(
    applyExample(compliantProfile, {
      description: "",
      system: { ...onDevice, collection: { capturedBy: "entity" }, release: { type: "none" }, retention: { policy: { exists: false } }, commerce: { sells: true } },
    }),
  );
  if (!parsed.ok) throw new Error("invalid");
  const report = audit(parsed.profile, { asOf: AS_OF, ruleSet: bipaRules });
  const sections = new Set(report.findings.map((f) => f.section.replace(/^740 ILCS 14\/(15\([a-e]\)).*$/, "$1")));
  expect(sections.has("15(b)")).toBe(true);
  for (const s of ["15(a)", "15(c)", "15(d)", "15(e)"]) expect(sections.has(s)).toBe(false);
  expect(report.notEngaged?.map((n) => n.ruleId)).toEqual(expect.arrayContaining(["bipa/15a-public-policy", "bipa/15c-profit", "bipa/15d-disclosure", "bipa/15e-encryption"]));
  expect(report.passed.some((p) => p.ruleId === "bipa/15a-public-policy")).toBe(false);
});
