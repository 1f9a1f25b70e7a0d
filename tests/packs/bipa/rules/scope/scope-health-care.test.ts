import { expect, it } from "vitest";
import { healthCare } from "../../../../../src/packs/bipa/rules/scope/scope-health-care.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

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
      description: "point 2: information captured from patients in a health care setting, and only from patients (§1.2 item 10)",
      system: { subjects: [{ population: "patients", count: 900, illinoisCount: 900 }], healthcare: { patientCareSetting: true } },
      excludes: true,
      pointer: "/systems/0/healthcare/patientCareSetting",
      messageIncludes: ["captures information from patients in a health care setting"],
    },
    {
      description: "point 2: the patient limb excludes patients only: staff and visitors in the same system stay in scope, and the HIPAA limb left unknown is asked for",
      system: { subjects: [{ population: "patients", count: 900, illinoisCount: 900 }, ...customers], healthcare: { patientCareSetting: true, hipaaTreatmentPaymentOperations: "unknown" } },
      severity: "info",
      basis: "unknown",
      pointer: "/systems/0/healthcare/patientCareSetting",
      messageIncludes: ["but also from", "reaches only what is captured from a patient", "the patients are left out of the audit and the estimate", "unless the separate HIPAA limb applies"],
    },
    {
      description: "point 2: no subject groups listed: the patient limb excludes, and says staff would stay in scope",
      system: { subjects: [], healthcare: { patientCareSetting: true } },
      excludes: true,
      messageIncludes: ["the patient limb does not reach them"],
    },
    {
      description: "diagnostic imaging",
      system: { healthcare: { medicalImaging: true } },
      excludes: true,
      pointer: "/systems/0/healthcare/medicalImaging",
      messageIncludes: ["diagnostic imaging", "information derived from it"],
    },
    {
      description: "patient and HIPAA limbs both apply: one finding, on the HIPAA limb, which reaches every group (Mosby)",
      system: { healthcare: { patientCareSetting: true, hipaaTreatmentPaymentOperations: true } },
      excludes: true,
      pointer: "/systems/0/healthcare/hipaaTreatmentPaymentOperations",
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
