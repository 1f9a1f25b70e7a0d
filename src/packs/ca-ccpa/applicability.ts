import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import { californians, CPRA_IN_FORCE, identifiesPeople, meetsThreshold, SUBJECTS, COMPLETE } from "./facts.js";

/**
 * Whether the CCPA's sensitive-information duties reach one system: the date, a for-profit business
 * meeting a threshold, Californians among its people, and biometric information processed to
 * uniquely identify them. Any gate that is closed on the facts decides; otherwise an open question
 * makes the status unknown and names the field.
 */
export function caCcpaApplicability({ profile, system, asOf }: PackSystemContext): PackApplicability {
  const name = system.name;
  if (asOf < CPRA_IN_FORCE) {
    return {
      status: "does-not-apply",
      reasons: [
        `On ${asOf} the CPRA amendments that make biometric information used to identify people sensitive personal information were not yet in force; they apply from 1 Jan 2023 (the CCPA itself from 1 Jan 2020).`,
      ],
      evidence: [],
    };
  }
  const closed: string[] = [];
  const open: string[] = [];
  const evidence: PackApplicability["evidence"] = [];
  const org = profile.organization;

  if (org.forProfit === false) closed.push(`${org.name} is not run for profit, so it is not a CCPA "business".`);
  else if (org.forProfit === "unknown") open.push("whether the organization is run for profit (organization.forProfit)");
  evidence.push("/organization/forProfit");

  const threshold = meetsThreshold(profile, asOf);
  if (threshold.answer === "no") closed.push(`${org.name} meets none of the CCPA thresholds (revenue, 100,000 consumers or households, 50% of revenue from personal information).`);
  else if (threshold.answer === "unknown") open.push(`whether the organization meets a CCPA threshold (${threshold.unknown.join(", ")})`);
  evidence.push("/organization/annualRevenueUsd", "/organization/personalInformationTrade");

  const people = californians(system);
  if (people.answer === "no") closed.push(`${name} has no people in California.`);
  else if (people.answer === "unknown") open.push("whether any of its people are in California (places.subjects, places.complete)");
  evidence.push(SUBJECTS);
  if (people.answer !== "yes") evidence.push(COMPLETE);

  const identifies = identifiesPeople(system);
  if (identifies.answer === "no") {
    closed.push(`${name} does not process biometric information to uniquely identify people, so its data is not sensitive personal information under 1798.140(ae) (the rest of the CCPA is outside this pack).`);
  } else if (identifies.answer === "unknown") open.push("whether the biometric information is processed to uniquely identify people (dataProtection.purposeUniquelyIdentifies)");
  evidence.push(identifies.pointer);

  if (closed.length > 0) return { status: "does-not-apply", reasons: closed, evidence };
  if (open.length > 0) return { status: "unknown", reasons: open.map((q) => `${name}: the profile does not say ${q}.`), evidence };
  return {
    status: "applies",
    reasons: [
      `${org.name} is a for-profit business meeting a CCPA threshold (${threshold.met.join("; ")}), and ${name} processes biometric information of people in California to uniquely identify them: sensitive personal information under 1798.140(ae) (employee data included since 1 Jan 2023).`,
    ],
    evidence,
  };
}
