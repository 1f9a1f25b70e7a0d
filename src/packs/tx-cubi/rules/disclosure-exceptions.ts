import { definePackRule, type PackFindingDraft } from "../../../core/pack.js";
import type { Disclosure } from "../../../practices/schema.js";

type Grade = { severity: "violation" | "risk"; basis: "fact" | "unknown"; why: string } | undefined;

/** How one disclosure fares under the four exceptions of §503.001(c)(1)(A)-(D). */
function grade(d: Disclosure): Grade {
  switch (d.exception) {
    case "financial-transaction":
    case "required-by-law":
    case "permitted-by-law":
      // (B) a requested or authorised financial transaction; (C) a federal or state statute (other than Gov't Code ch. 552) that requires or permits it.
      return undefined;
    case "consent":
      return {
        severity: "risk",
        basis: "fact",
        why: "Texas accepts consent only to disclosure for identification if the person disappears or dies ((A)); a general consent to share is not one of the exceptions",
      };
    case "warrant-or-subpoena":
      if (d.type !== "law-enforcement" && d.type !== "unknown") {
        return { severity: "violation", basis: "fact", why: "(D) covers only disclosure by or to law enforcement, for a law-enforcement purpose, in response to a warrant" };
      }
      if (d.issuedBy === "attorney" || d.issuedBy === "agency" || d.issuedBy === "court-clerk" || d.issuedBy === "internal") {
        return { severity: "violation", basis: "fact", why: `process issued by ${d.issuedBy === "internal" ? "the company itself" : `an ${d.issuedBy.replace("court-clerk", "court clerk")}`} is not a warrant, and (D) accepts only a warrant` };
      }
      return {
        severity: "risk",
        basis: "unknown",
        why: "(D) accepts only a warrant, to or by law enforcement; the profile records a warrant or a subpoena, and a subpoena is not enough. Confirm it was a warrant",
      };
    case "none":
      return { severity: "violation", basis: "fact", why: "no exception of §503.001(c)(1)(A)-(D) is relied on" };
    case "unknown":
      return { severity: "risk", basis: "unknown", why: "the profile does not say which exception of §503.001(c)(1)(A)-(D), if any, covers it" };
  }
}

export const disclosureExceptions = definePackRule({
  id: "tx-cubi/disclosure-exceptions",
  title: "Disclose only under one of the four exceptions",
  section: "Tex. Bus. & Com. Code §503.001(c)(1)(A)-(D)",
  severity: "violation",
  summary:
    "Checks each disclosure against (A) consent to identification after a disappearance or death, (B) a requested financial transaction, (C) a statute that requires or permits it, (D) a warrant to or by law enforcement.",
  plainLanguage:
    "A business may disclose a biometric identifier only in four cases: to identify a person who disappears or dies (with consent), to complete a financial transaction the person asked for, where a statute requires or permits it, or to law enforcement under a warrant.",
  authorities: ["tx-cubi-503-001"],
  remedies: ["tx-cubi-stop-unexcepted-disclosure"],
  tags: ["503.001(c)(1)", "disclosure"],
  check({ system }) {
    if (system.disclosures === "unknown") {
      return [
        {
          message: `The profile does not list who receives ${system.name}'s biometric identifiers (disclosures); §503.001(c)(1) allows disclosure only under four exceptions.`,
          evidence: ["/disclosures"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    const drafts: PackFindingDraft[] = [];
    system.disclosures.forEach((d, i) => {
      const g = grade(d);
      if (!g) return;
      drafts.push({
        message: `${system.name} discloses biometric identifiers to ${d.recipient}: ${g.why}.`,
        evidence: [`/disclosures/${i}/exception`],
        severity: g.severity,
        basis: g.basis,
        key: `/disclosures/${i}`,
      });
    });
    return drafts;
  },
});
