import { expect, it } from "vitest";
import { healthCare } from "../../../../src/rules/bipa/scope/scope-health-care.js";
import { runRule, testRule } from "../../../helpers/rule-tester.js";

const customers = [{ population: "customers", count: 500, illinoisCount: 500, unionRepresented: false, relationship: "direct" }];
const nursesAndAgencyStaff = [
  { population: "employees", count: 300, illinoisCount: 300, unionRepresented: false, relationship: "direct" },
  { population: "contractors", count: 40, illinoisCount: 40, unionRepresented: false, relationship: "direct" },
];

testRule(healthCare, {
  fires: [
    {
      description: "nurses' finger scans for medication cabinets: HIPAA operations, workers included (Mosby)",
      system: { collection: { methods: ["medical-device"] }, healthcare: { hipaaTreatmentPaymentOperations: true } },
      excludes: true,
      basis: "fact",
      pointer: "/systems/0/healthcare/hipaaTreatmentPaymentOperations",
      messageIncludes: ["treatment, payment or operations under HIPAA", "Sec. 25(b)", "Mosby v. Ingalls Memorial Hospital (Ill. 2023)", "so it reaches the employees here"],
    },
    {
      description: "the HIPAA limb names every worker group listed",
      system: { subjects: nursesAndAgencyStaff, healthcare: { hipaaTreatmentPaymentOperations: true } },
      excludes: true,
      messageIncludes: ["reaches the employees and contractors here"],
    },
    {
      description: "information captured from patients in a health care setting",
      system: { subjects: customers, healthcare: { patientCareSetting: true } },
      excludes: true,
      pointer: "/systems/0/healthcare/patientCareSetting",
      messageIncludes: ["captures information from patients in a health care setting"],
    },
    {
      description: "diagnostic imaging",
      system: { healthcare: { medicalImaging: true } },
      excludes: true,
      pointer: "/systems/0/healthcare/medicalImaging",
      messageIncludes: ["diagnostic imaging", "information derived from it"],
    },
    {
      description: "patient and HIPAA limbs both apply: one finding, on the patient limb",
      system: { healthcare: { patientCareSetting: true, hipaaTreatmentPaymentOperations: true } },
      excludes: true,
      pointer: "/systems/0/healthcare/patientCareSetting",
    },
    {
      description: "a medical device with the health-care facts unknown: info, asking for them",
      system: { collection: { methods: ["medical-device"] }, healthcare: null },
      severity: "info",
      basis: "unknown",
      pointer: "/systems/0/healthcare/patientCareSetting",
      messageIncludes: ["collects through a medical device", "whether it captures information from patients", "audited as covered"],
    },
    {
      description: "a medical device with only the imaging fact unknown",
      system: {
        collection: { methods: ["medical-device"] },
        healthcare: { patientCareSetting: false, hipaaTreatmentPaymentOperations: false, medicalImaging: "unknown" },
      },
      severity: "info",
      pointer: "/systems/0/healthcare/medicalImaging",
      messageIncludes: ["leaves open whether it uses diagnostic imaging"],
    },
  ],
  silent: [
    { description: "a factory timeclock (the compliant profile)" },
    { description: "health-care facts unknown, no medical device: no finding on every system", system: { healthcare: null } },
    {
      description: "a medical device with every health-care limb ruled out",
      system: { collection: { methods: ["medical-device"] } },
    },
    {
      description: "a hospital's staff timeclock that is not for treatment, payment or operations",
      system: { subjects: nursesAndAgencyStaff },
    },
    {
      description: "a health-care fact false and the others unknown, without a medical device",
      system: { healthcare: { patientCareSetting: false, hipaaTreatmentPaymentOperations: "unknown", medicalImaging: "unknown" } },
    },
  ],
});

it("bipa/scope-health-care: the HIPAA limb names no workers when the subjects are not workers", () => {
  const [finding] = runRule(healthCare, { description: "direct run", system: { subjects: customers, healthcare: { hipaaTreatmentPaymentOperations: true } } });
  expect(finding?.message).toContain("covers health-care workers' data too");
  expect(finding?.message).not.toContain("here");
  expect(finding?.authorities.map((a) => a.id)).toEqual(["bipa-10", "bipa-25", "mosby-2023"]);
});

it("bipa/scope-health-care: with no subjects listed the HIPAA limb still excludes (Mosby covers any source)", () => {
  const findings = runRule(healthCare, { description: "direct run", system: { subjects: [], healthcare: { hipaaTreatmentPaymentOperations: true } } });
  expect(findings).toHaveLength(1);
  expect(findings[0]?.severity).toBe("info");
});
