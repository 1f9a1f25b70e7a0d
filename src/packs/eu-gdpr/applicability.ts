import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import { GDPR_APPLIES_FROM, identifiesPeople, inUk, peopleIn, territorialReach } from "./facts.js";

/** Why the GDPR reaches a system; the grounds the legal reference does not give say so where they are read (every format). */
const REACH_WORDS = {
  establishment: "the organization has an establishment in the EU (Art. 3(1); a ground not in the legal reference, marked [UNVERIFIED])",
  monitoring: "it monitors the behaviour of people in the EU (Art. 3(2)(b)), the ground the Clearview decisions turned on",
  offering: "it offers goods or services to the people whose data it processes in the EU (Art. 3(2)(a); a ground not in the legal reference, marked [UNVERIFIED])",
} as const;

/**
 * Whether GDPR Art. 9 reaches one system: the date, biometric data processed to uniquely identify
 * people, and territorial reach (establishment, monitoring, or offering to people in the EU). A
 * closed gate decides; otherwise an open one makes the status unknown and names the field.
 */
export function euGdprApplicability({ profile, system, asOf }: PackSystemContext): PackApplicability {
  const name = system.name;
  if (asOf < GDPR_APPLIES_FROM) {
    return {
      status: "does-not-apply",
      reasons: [`On ${asOf} the GDPR did not yet apply; it applies from 25 May 2018 (Art. 99(2)).`],
      evidence: [],
    };
  }
  const closed: string[] = [];
  const open: string[] = [];
  const identifies = identifiesPeople(system);
  const evidence: PackApplicability["evidence"] = [identifies.pointer, "/places/subjects", "/organization/establishedIn"];
  if (identifies.answer === "no") {
    closed.push(`${name} does not process biometric data for the purpose of uniquely identifying people, so Art. 9(1) does not reach it (the rest of the GDPR is outside this pack).`);
  } else if (identifies.answer === "unknown") {
    open.push("whether the biometric data is processed to uniquely identify people (dataProtection.purposeUniquelyIdentifies)");
  }
  const reach = territorialReach(profile, system);
  if (reach.answer === "no") closed.push(`The GDPR does not reach ${name}: ${reach.why}.`);
  else if (reach.answer === "unknown") open.push(`whether the GDPR reaches it territorially (${reach.fields.join(", ")})`);
  if (reach.answer !== "yes") evidence.push("/dataProtection/monitorsBehaviour", "/places/offeredIn");

  const uk = peopleIn(system, inUk);
  const ukNote =
    uk.answer === "yes"
      ? [`${name} also has people in the United Kingdom: the UK GDPR is a parallel regime this pack does not evaluate (the ICO's Clearview order is cited here only as a remedy template).`]
      : [];

  if (closed.length > 0) return { status: "does-not-apply", reasons: [...closed, ...ukNote], evidence };
  if (open.length > 0) return { status: "unknown", reasons: [...open.map((q) => `${name}: the profile does not say ${q}.`), ...ukNote], evidence };
  const basis = reach.answer === "yes" ? REACH_WORDS[reach.basis] : "";
  return {
    status: "applies",
    reasons: [`${name} processes biometric data to uniquely identify people, and the GDPR reaches it because ${basis}.`, ...ukNote],
    evidence,
  };
}
