import type { System } from "../../practices/schema.js";

/** A written release (BIPA's, recorded in `release`) signed by everyone before their first capture is consent in Washington too. */
export function writtenReleaseBeforeCapture(system: System): boolean {
  const r = system.release;
  return (r.type === "wet-signature" || r.type === "electronic-signature") && r.obtainedBeforeEachCapture === true && r.coversAllSubjects === true;
}

/** Consent to enroll given before enrollment, in any form. */
export function consentBeforeEnrollment(system: System): boolean {
  const c = system.consent;
  return writtenReleaseBeforeCapture(system) || (c.obtained === true && c.beforeCapture === true && c.form !== "none" && c.form !== "implied");
}
