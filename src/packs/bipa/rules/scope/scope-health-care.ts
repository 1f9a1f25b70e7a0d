import { match, P } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { Population, System } from "../../../../practices/schema.js";
import { excluded, unsettled } from "./drafts.js";
import { populationsWords } from "../15b/wording.js";
import { joinWords } from "../wording.js";

type Limb = keyof System["healthcare"];

const MOSBY = "Mosby v. Ingalls Memorial Hospital (Ill. 2023)";
const WORKERS: Partial<Record<Population, string>> = { employees: "employees", contractors: "contractors" };

/** The three Sec. 10 health-care exclusions, in the order they are checked, with what each says. */
const LIMBS: ReadonlyArray<{ field: Limb; words: string; because: (system: System) => string }> = [
  {
    field: "patientCareSetting",
    words: "whether it captures information from patients in a health care setting",
    because: (s) =>
      `${s.name} captures information from patients in a health care setting. Sec. 10 excludes information captured from a patient in a health care setting from "biometric identifier", so the system is outside BIPA.`,
  },
  {
    field: "hipaaTreatmentPaymentOperations",
    words: "whether it is used for HIPAA treatment, payment or operations",
    because: (s) => {
      const workers = s.subjects.flatMap((g) => WORKERS[g.population] ?? []);
      return `${s.name} collects, uses or stores the data for health care treatment, payment or operations under HIPAA. Sec. 10 excludes such information from "biometric identifier", and Sec. 25(b) says the Act is not to be read as conflicting with HIPAA. ${MOSBY} held that this limb stands apart from the patient limb and covers health-care workers' data too (nurses' finger scans that unlock medication-dispensing cabinets)${
        workers.length > 0 ? `, so it reaches the ${joinWords([...new Set(workers)])} here` : ""
      }. The system is outside BIPA.`;
    },
  },
  {
    field: "medicalImaging",
    words: "whether it uses diagnostic imaging",
    because: (s) =>
      `${s.name} uses diagnostic imaging (an X-ray, CT, MRI, PET scan, mammography or other image of the human anatomy used to diagnose, prognose or treat an illness or medical condition). Sec. 10 excludes such imaging, and information derived from it, so the system is outside BIPA.`,
  },
];

export const healthCare = defineRule({
  id: "bipa/scope-health-care",
  title: "Health-care exclusions",
  section: "740 ILCS 14/10",
  kind: "scope",
  severity: "info",
  summary:
    "Takes a system outside BIPA when it collects, uses or stores the data for HIPAA treatment, payment or operations (workers' data included, per Mosby), or uses diagnostic imaging. The patient limb excludes only what is captured from patients: a system that also captures staff or visitors stays in scope for them (the section rules check only them, and the estimate leaves the patients out), and an info finding says so. When a medical device collects the data but the health-care facts are unknown, an info finding asks for them.",
  plainLanguage:
    "Sec. 10 leaves out of \"biometric identifier\" information captured from a patient in a health care setting; information collected, used or stored for health care treatment, payment or operations under HIPAA; and X-rays, CT, MRI, PET scans and other diagnostic images. The Illinois Supreme Court held in Mosby (2023) that the HIPAA limb is separate from the patient limb and covers health-care workers' data, such as nurses' finger scans at medication cabinets. Sec. 25(b) adds that the Act is not to be read as conflicting with HIPAA.",
  authorities: ["bipa-10", "bipa-25", "mosby-2023"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "sec-10", "sec-25", "health-care", "hipaa"],
  examples: {
    failing: {
      description: "Nurses' finger scans unlock medication-dispensing cabinets (Mosby).",
      system: {
        collection: { methods: ["medical-device"] },
        healthcare: { hipaaTreatmentPaymentOperations: true },
      },
    },
    passing: {
      description: "A factory timeclock with no health-care use.",
      system: { healthcare: { patientCareSetting: false, hipaaTreatmentPaymentOperations: false, medicalImaging: false } },
    },
  },
  check({ system }) {
    const hipaa = system.healthcare.hipaaTreatmentPaymentOperations;
    const patientLimb = system.healthcare.patientCareSetting === true;
    // The HIPAA and imaging limbs exclude the data whoever it comes from (Mosby); the patient limb
    // reaches only what is captured from patients, so it is checked last and per group.
    const whole = LIMBS.filter((l) => l.field !== "patientCareSetting").find((limb) => system.healthcare[limb.field] === true);
    if (whole) return [excluded(whole.because(system), [`/healthcare/${whole.field}`])];
    const others = system.subjects.map((group, index) => ({ group, index })).filter(({ group }) => group.population !== "patients");
    if (patientLimb && others.length === 0) {
      const note =
        system.subjects.length === 0
          ? " No subject groups are listed: if staff or visitors are captured too, list them, because the patient limb does not reach them."
          : "";
      return [excluded(`${LIMBS[0]!.because(system)}${note}`, ["/healthcare/patientCareSetting", "/subjects"])];
    }
    if (patientLimb) {
      const patients = system.subjects.map((group, index) => ({ group, index })).filter(({ group }) => group.population === "patients");
      return [
        {
          message: `${system.name} captures information from patients in a health care setting, which Sec. 10 excludes, but also from ${populationsWords(others.map((o) => o.group))}. The patient limb reaches only what is captured from a patient, so ${patients.length > 0 ? "the patients are left out of the audit and the estimate and " : ""}the others stay within BIPA${
            hipaa === "unknown"
              ? ` unless the separate HIPAA limb applies: if the data is collected, used or stored for health care treatment, payment or operations, ${MOSBY} excludes it whoever it comes from. The profile leaves that unknown.`
              : "; the HIPAA limb does not apply on the profile's facts."
          }`,
          evidence: ["/healthcare/patientCareSetting", ...others.map((o) => `/subjects/${o.index}/population`), ...(hipaa === "unknown" ? ["/healthcare/hipaaTreatmentPaymentOperations"] : [])],
          severity: "info",
          basis: hipaa === "unknown" ? "unknown" : "fact",
          remedies: hipaa === "unknown" ? ["establish-unknown-facts"] : [],
          key: "/healthcare/patientCareSetting:others",
        },
      ];
    }
    const unknown = LIMBS.filter((limb) => system.healthcare[limb.field] === "unknown");
    return match({ unknown, medicalDevice: system.collection.methods.includes("medical-device") })
      .with({ medicalDevice: true, unknown: [P._, ...P.array()] }, (): FindingDraft[] => [
        unsettled(
          `${system.name} collects through a medical device, but the profile leaves open ${joinWords(unknown.map((l) => l.words))}. Sec. 10 excludes information captured from patients in a health care setting, information used for HIPAA treatment, payment or operations (workers' data included, as Mosby held in 2023), and diagnostic imaging. If one of these applies, BIPA does not; until that is established the system is audited as covered.`,
          [...unknown.map((l) => `/healthcare/${l.field}`), "/collection/methods"],
          { severity: "info", key: "/healthcare" },
        ),
      ])
      // Health-care facts left unknown without a medical device get no finding, for the reason given in
      // scope-government-contractor: an exclusion can only take liability away, and the audit already
      // treats the system as covered. A medical device is the profile's own hint, so then we ask.
      .otherwise(() => []);
  },
});
