import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import { earliestDay } from "../../../practices/dates.js";
import type { System } from "../../../practices/schema.js";
import { EFFECTIVE_FROM } from "../dates.js";

const SIGNAGE = "/premises/signage";
const CURE = "A signage claim needs 30 days' written notice and a chance to cure before suit (Mallouk v. Amazon.com, 2024), so posting the signs within 30 days after a notice is the cure the law offers.";

function entrances(system: System): string {
  const n = system.premises.customerEntrances;
  return n === "unknown" ? "" : ` (${n === 1 ? "1 customer entrance" : `${n} customer entrances`})`;
}

export const entranceSignage = definePackRule({
  id: "nyc-biometric/entrance-signage",
  title: "Clear and conspicuous sign near every customer entrance",
  section: "N.Y.C. Admin. Code §22-1202(a)",
  severity: "violation",
  summary:
    "Fires when a commercial establishment collecting customers' biometric identifier information has no clear and conspicuous, plain-language sign near every customer entrance; an unstated fact is a risk; signs that went up after collection began are a note. Every finding says the signage claim is curable within 30 days after written notice.",
  plainLanguage:
    "A New York City store, restaurant or venue that collects customers' biometric data needs no consent, but must post a plain-language sign near every customer entrance saying so.",
  authorities: ["nyc-biometric-22-1202a", "nyc-biometric-private-action", "nyc-biometric-mallouk-2024"],
  remedies: ["nyc-biometric-entrance-signage", "nyc-biometric-establish-facts"],
  tags: ["notice", "signage", "curable"],
  check({ system }) {
    const { atAllCustomerEntrances: atAll, plainLanguage } = system.premises.signage;
    const name = system.name;
    if (atAll === false) {
      return [
        {
          message: `${name} collects customers' biometric identifier information without a clear and conspicuous sign near every customer entrance${entrances(system)}. 22-1202(a) requires one, in plain language. ${CURE}`,
          evidence: [`${SIGNAGE}/atAllCustomerEntrances`, "/premises/customerEntrances"],
          key: "signs",
          remedies: ["nyc-biometric-entrance-signage"],
        },
      ];
    }
    if (atAll === "unknown") return [unknown(name, "whether a sign is posted near every customer entrance", `${SIGNAGE}/atAllCustomerEntrances`)];
    if (plainLanguage === false) {
      return [
        {
          message: `The entrance signs for ${name} are not in plain language. 22-1202(a) requires a clear and conspicuous plain-language sign in the form the city prescribes. ${CURE}`,
          evidence: [`${SIGNAGE}/plainLanguage`],
          key: "plain",
          remedies: ["nyc-biometric-entrance-signage"],
        },
      ];
    }
    if (plainLanguage === "unknown") return [unknown(name, "whether the entrance signs are in plain language", `${SIGNAGE}/plainLanguage`)];
    return late(system);
  },
});

function unknown(name: string, what: string, pointer: string): PackFindingDraft {
  return {
    message: `The profile does not say ${what} for ${name}. 22-1202(a) requires a clear and conspicuous plain-language sign near all customer entrances; the fact decides whether ${name} complies. ${CURE}`,
    evidence: [pointer],
    key: pointer,
    severity: "risk",
    basis: "unknown",
    remedies: ["nyc-biometric-establish-facts", "nyc-biometric-entrance-signage"],
  };
}

/** Signs now up, but posted after collection under the law began: a note on the earlier period. */
function late(system: System): PackFindingDraft[] {
  const { since } = system.premises.signage;
  const first = system.collection.firstCaptureDate;
  if (since === "unknown" || first === "unknown") return [];
  const start = earliestDay(first) > EFFECTIVE_FROM ? earliestDay(first) : EFFECTIVE_FROM;
  if (earliestDay(since) <= start) return [];
  return [
    {
      message: `The signs for ${system.name} went up on ${since}, after collection under the law began (${start}). The signs now posted are the cure a signage claim must first be offered (30 days' written notice, Mallouk v. Amazon.com, 2024); the reference does not say whether a cure made before any notice answers claims for the earlier period.`,
      evidence: [`${SIGNAGE}/since`, "/collection/firstCaptureDate"],
      key: "late",
      severity: "info",
      remedies: ["nyc-biometric-entrance-signage"],
    },
  ];
}
