import type { Practices, System } from "../practices/schema.js";
import type { Report } from "../report/types.js";
import type { DutyTrigger, NewDuty } from "./types.js";

/*
 * The duties a change of profile triggers, read from the two profiles: a new system, a new
 * disclosure recipient, a new use of the data, a new population, a new identifier or a new
 * collection method. The wording of each duty follows the project's legal reference (bipa-reference.md
 * §1.3 and §1.4); where the reference calls a point an inference or open, so does the text.
 */

const S15A = "740 ILCS 14/15(a)";
const S15B = "740 ILCS 14/15(b)";
const S15C = "740 ILCS 14/15(c)";
const S15D = "740 ILCS 14/15(d)";
const S15E = "740 ILCS 14/15(e)";
const S20 = "740 ILCS 14/20";

const DUTY: Readonly<Record<DutyTrigger, { sections: string[]; duty: string }>> = {
  "new-system": {
    sections: [S15A, S15B, S15E],
    duty:
      "A written retention schedule and destruction guidelines, available to the public, must cover it from the first possession of its data (15(a); a policy adopted later does not cure the gap, Mora). Before the first capture, each person must be told in writing that the data is collected, its specific purpose and the length of term, and give a written release (15(b)). Its data must be stored and sent with the industry's reasonable standard of care, and as well as or better than other confidential data (15(e)).",
  },
  "new-recipient": {
    sections: [S15D, S20],
    duty:
      "Disclosure is allowed only with the subject's consent, to complete a financial transaction the subject asked for, when State or federal law or a municipal ordinance requires it, or under a valid warrant or subpoena issued by a court (15(d)); a law that merely permits it is not enough. Sec. 20(c) counts repeat disclosures once only to the same recipient, so the estimate counts this recipient apart.",
  },
  "new-purpose": {
    sections: [S15C, S15B],
    duty:
      "15(c) bars selling, leasing, trading or otherwise profiting from biometric data, and the ban has no consent exception. The written notice of 15(b)(2) must state the specific purpose for which the data is collected, stored and used: check that it states this one.",
  },
  "new-population": {
    sections: [S15B],
    duty:
      "Before their first capture, each person in the group (or their legally authorized representative) must be told in writing of the collection, its specific purpose and length of term, and must sign a written release (15(b)).",
  },
  "new-identifier": {
    sections: [S15B, S20],
    duty:
      "The written notice and release must cover this identifier before it is first captured (15(b)). Sec. 20(b) merges repeat collection only of the same identifier by the same method, so a different identifier reads as a separate violation (an inference from the text, not yet tested in court).",
  },
  "new-collection-method": {
    sections: [S15B, S20],
    duty:
      "Notice and a written release must precede capture by this method too (15(b)). Sec. 20(b) merges repeat collection only by the same method of collection, so a new method reads as a separate violation (an inference from the text, not yet tested in court).",
  },
};

const MINORS =
  " For minors: the release must be executed by the subject or a legally authorized representative; a minor's own signature meets the 15(b)(3) text, but whether it binds is an open contract-capacity question (unverified in the reference), and the profile can record a parent or guardian as signer (release.signedBy).";
const NO_RELATIONSHIP =
  " People with no relationship to the entity (scraped images, non-users in uploads) cannot in practice be given notice or asked for a release before capture (see bipa/15b-no-relationship-subjects).";

const COMMERCE: ReadonlyArray<[keyof System["commerce"], string]> = [
  ["sells", "selling biometric data"],
  ["leases", "leasing biometric data"],
  ["trades", "trading biometric data"],
  ["licensesDatabaseAccess", "licensing access to the biometric database"],
  ["otherwiseProfits", "otherwise profiting from biometric data"],
];

function duty(trigger: DutyTrigger, system: System, subject: string, pointer: string, extra = ""): NewDuty {
  const { sections, duty: text } = DUTY[trigger];
  return { trigger, systemId: system.id, systemName: system.name, subject, pointer, sections: [...sections], duty: text + extra };
}

/**
 * The duties the change from `before` to `after` triggers, for systems in scope in `afterReport`
 * (a system BIPA does not reach gains no BIPA duty). Pure; in the after profile's system order.
 */
export function newDuties(before: Practices, after: Practices, afterReport: Report): NewDuty[] {
  const inScope = new Set(afterReport.applicability.filter((a) => a.inScope).map((a) => a.systemId));
  const previous = new Map(before.systems.map((s) => [s.id, s]));
  const out: NewDuty[] = [];
  after.systems.forEach((system, i) => {
    if (!inScope.has(system.id)) return;
    const at = `/systems/${i}`;
    const old = previous.get(system.id);
    if (!old) {
      out.push(duty("new-system", system, system.name, at));
      return; // every recipient, use and population of a new system is new: its duties are the system's
    }
    const oldRecipients = new Set(old.disclosures === "unknown" ? [] : old.disclosures.map((d) => d.recipient));
    if (system.disclosures !== "unknown") {
      system.disclosures.forEach((d, j) => {
        if (!oldRecipients.has(d.recipient)) out.push(duty("new-recipient", system, d.recipient, `${at}/disclosures/${j}/recipient`));
      });
    }
    for (const [key, words] of COMMERCE) {
      if (system.commerce[key] === true && old.commerce[key] !== true) out.push(duty("new-purpose", system, words, `${at}/commerce/${key}`));
    }
    const oldPopulations = new Set(old.subjects.map((s) => s.population));
    system.subjects.forEach((g, j) => {
      if (oldPopulations.has(g.population)) return;
      const extra = g.population === "minors" ? MINORS : g.relationship === "none" ? NO_RELATIONSHIP : "";
      out.push(duty("new-population", system, g.population, `${at}/subjects/${j}/population`, extra));
    });
    system.modalities.forEach((m, j) => {
      if (!old.modalities.includes(m)) out.push(duty("new-identifier", system, m, `${at}/modalities/${j}`));
    });
    system.collection.methods.forEach((m, j) => {
      if (!old.collection.methods.includes(m)) out.push(duty("new-collection-method", system, m, `${at}/collection/methods/${j}`));
    });
  });
  return out;
}
