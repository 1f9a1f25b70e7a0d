import { compareDates, earliestDay, latestDay } from "../../practices/dates.js";
import type { TriState } from "../../practices/primitives.js";
import type { System } from "../../practices/schema.js";
import { EFFECTIVE_FROM } from "./dates.js";

/*
 * The facts several Colorado rules read, each with the pointer that states it. Consent is read from
 * the consent record; where that is silent, a signed release (the BIPA block) that covers everyone
 * is consent too, so one document serves both laws.
 */

export interface Fact {
  value: TriState;
  pointer: string;
}

const SIGNED = new Set(["wet-signature", "electronic-signature", "click-through"]);

/** Whether every person consented. */
export function consentObtained(system: System): Fact {
  if (system.consent.obtained !== "unknown") return { value: system.consent.obtained, pointer: "/consent/obtained" };
  const { release } = system;
  if (SIGNED.has(release.type) && release.coversAllSubjects === true) return { value: true, pointer: "/release/coversAllSubjects" };
  if (release.type === "none") return { value: false, pointer: "/release/type" };
  return { value: "unknown", pointer: "/consent/obtained" };
}

/** Whether consent came before each person's first capture. */
export function consentBeforeCapture(system: System): Fact {
  if (system.consent.beforeCapture !== "unknown") return { value: system.consent.beforeCapture, pointer: "/consent/beforeCapture" };
  if (SIGNED.has(system.release.type) && system.release.obtainedBeforeEachCapture !== "unknown") {
    return { value: system.release.obtainedBeforeEachCapture, pointer: "/release/obtainedBeforeEachCapture" };
  }
  return { value: "unknown", pointer: "/consent/beforeCapture" };
}

/** Whether people are told, before collection, that biometric data is collected (either notice record). */
export function noticeGiven(system: System): Fact {
  const written = system.notice.statesCollection;
  const atCollection = system.dataProtection.noticeAtCollection.given;
  if (written === true) return { value: true, pointer: "/notice/statesCollection" };
  if (atCollection === true) return { value: true, pointer: "/dataProtection/noticeAtCollection/given" };
  if (written === false && atCollection === false) return { value: false, pointer: "/notice/statesCollection" };
  return { value: "unknown", pointer: written === false ? "/dataProtection/noticeAtCollection/given" : "/notice/statesCollection" };
}

/** Whether the system collects on or after the effective date (an ongoing or unknown end counts as possibly yes). */
export function collectsUnderLaw(system: System): "yes" | "no" | "unknown" {
  const last = system.collection.lastCaptureDate;
  if (last === "ongoing") return "yes";
  if (last === "unknown") return "unknown";
  if (latestDay(last) < EFFECTIVE_FROM) return "no";
  return compareDates(last, EFFECTIVE_FROM) === "overlap" ? "unknown" : "yes";
}

/** Whether everyone the system captures was first captured on or after the effective date. */
export function firstCaptureUnderLaw(system: System): boolean {
  const first = system.collection.firstCaptureDate;
  return first !== "unknown" && earliestDay(first) >= EFFECTIVE_FROM;
}

/** The system's employee and job-applicant groups (the people an employer's limits protect). */
export function employeeGroups(system: System): System["subjects"] {
  return system.subjects.filter((s) => s.population === "employees" || s.population === "job-applicants");
}

/** Whether consent is required of the employees (not voluntary), from the consent record or the release. */
export function consentRequired(system: System): Fact {
  if (system.consent.voluntary === false) return { value: true, pointer: "/consent/voluntary" };
  if (system.release.employmentCondition === true) return { value: true, pointer: "/release/employmentCondition" };
  if (system.consent.voluntary === true) return { value: false, pointer: "/consent/voluntary" };
  return { value: "unknown", pointer: "/consent/voluntary" };
}
