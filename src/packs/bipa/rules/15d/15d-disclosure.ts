import { inPossession } from "../gates.js";
import { unreachable } from "../../../../util/unreachable.js";
import { timeliness } from "../../../../practices/dates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { Disclosure, System } from "../../../../practices/schema.js";
import type { RemedyId } from "../../remedies/ids.js";
import { groupSizeWords, noRelationshipPointer, noRelationshipWho, unaskedInIllinois } from "../15b/wording.js";
import { listedEnrolledFrom } from "../../first-capture.js";

/**
 * How one disclosure stands against the four exceptions of 15(d). `process-not-court`: a warrant or
 * subpoena issued by someone other than a court (an attorney, clerk or agency), which is not "issued
 * by a court of competent jurisdiction" on the text (bipa-reference.md §1.3 15(d), [UNVERIFIED]);
 * `process-issuer-unknown`: a warrant or subpoena whose issuer the profile does not give.
 */
type Standing = "excepted" | "permitted-only" | "no-exception" | "unknown" | "process-not-court" | "process-issuer-unknown";

/** One disclosure with its position in `system.disclosures`, for evidence pointers. */
interface Entry {
  index: number;
  disclosure: Disclosure;
  standing: Standing;
}

const FOUR_EXCEPTIONS =
  "the subject's consent; completing a financial transaction the subject requested or authorized; a disclosure required by State or federal law or municipal ordinance; or a valid warrant or subpoena issued by a court of competent jurisdiction";

/** Frequencies at which the same data goes to the same recipient again and again (Cothron accrual). */
const REPEATED = new Set<Disclosure["frequency"]>(["per-scan", "continuous", "daily", "periodic", "on-request"]);

const VIOLATION_REMEDIES: readonly RemedyId[] = ["obtain-disclosure-consent", "stop-unexcepted-disclosure"];
const UNKNOWN_REMEDIES: readonly RemedyId[] = ["establish-unknown-facts", "obtain-disclosure-consent", "stop-unexcepted-disclosure"];

function standingOf(d: Disclosure): Standing {
  const exception = d.exception;
  switch (exception) {
    case "consent":
    case "financial-transaction":
    case "required-by-law":
      return "excepted";
    case "warrant-or-subpoena":
      return d.issuedBy === "court" ? "excepted" : d.issuedBy === "unknown" ? "process-issuer-unknown" : "process-not-court";
    case "permitted-by-law":
      return "permitted-only";
    case "none":
      return "no-exception";
    case "unknown":
      return "unknown";
    default:
      return unreachable(exception);
  }
}

/**
 * A disclosure that relies on the subjects' consent, from a system that also holds data of people
 * with no relationship to the entity (people in scraped images, non-users, any group marked
 * relationship none): they could not in practice be asked, so their consent is not shown, and 15(d)(1)
 * excepts a disclosure only "with the consent of the subject". A risk: the profile may have a way they
 * consented that it does not record.
 */
function consentNotShown(system: System, organization: string, recipient: string, entries: readonly Entry[]): FindingDraft | undefined {
  const consented = entries.filter((e) => e.disclosure.exception === "consent");
  if (consented.length === 0) return undefined;
  const groups = system.subjects.flatMap((group, index) => (unaskedInIllinois(group) ? [{ group, index }] : []));
  if (groups.length === 0) return undefined;
  const who = groups.map(({ group }) => `${noRelationshipWho(group, organization)} (${groupSizeWords(group)})`).join("; ");
  return {
    message: `${system.name} relies on the subjects' consent to disclose biometric data to ${recipientPhrase(recipient, consented)}, but it also holds data of ${who}. People the entity has no relationship with cannot in practice be asked before their data goes out, so their consent to this disclosure is not shown; 15(d)(1) excepts a disclosure only with the consent of the subject, and without it every disclosure of an Illinois resident's data among them breaches 15(d). Record how they consented, or keep their data from this recipient.`,
    evidence: [...consented.map((e) => `/disclosures/${e.index}/exception`), ...groups.flatMap(({ group, index }) => [noRelationshipPointer(group, index), `/subjects/${index}/illinoisCount`])],
    severity: "risk",
    remedies: ["obtain-disclosure-consent", "stop-unexcepted-disclosure"],
    key: `${recipient}:consent-not-shown`,
  };
}

/** How often a flow goes, in words (none when unknown). */
const FREQUENCY_WORDS: Readonly<Record<Disclosure["frequency"], string | undefined>> = {
  "per-scan": "on every scan",
  continuous: "continuously",
  daily: "daily",
  periodic: "periodically",
  "on-request": "on request",
  "one-time": "once",
  unknown: undefined,
};

/** Groups disclosures by recipient (PA 103-0769 counts 15(d) violations per recipient), in profile order. */
function byRecipient(disclosures: readonly Disclosure[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  disclosures.forEach((disclosure, index) => {
    const recipient = disclosure.recipient.trim();
    const entry = { index, disclosure, standing: standingOf(disclosure) };
    const list = groups.get(recipient);
    if (list) list.push(entry);
    else groups.set(recipient, [entry]);
  });
  return groups;
}

/** "TimeVendor Inc. on every scan and daily": who gets the data, and how often. */
function recipientPhrase(recipient: string, entries: readonly Entry[]): string {
  const often = [...new Set(entries.map((e) => FREQUENCY_WORDS[e.disclosure.frequency]).filter((w) => w !== undefined))];
  return `${recipient}${often.length > 0 ? ` ${often.join(" and ")}` : ""}`;
}

function isVendor(entry: Entry): boolean {
  return entry.disclosure.type === "processor" || entry.disclosure.type === "cloud-host";
}

/** Why the vendor label changes nothing, and how repeated transmission accrues. */
function context(recipient: string, entries: readonly Entry[]): string {
  const parts: string[] = [];
  if (entries.some(isVendor)) {
    parts.push(`That ${recipient} is a vendor does not take the transfer outside 15(d): the section lists four exceptions, and a vendor relationship is not one of them.`);
  }
  if (entries.some((e) => REPEATED.has(e.disclosure.frequency))) {
    parts.push(
      `Each transmission to a third party accrues a separate claim (Cothron v. White Castle, 2023); for recovery, PA 103-0769 (effective 2 Aug 2024) counts repeated disclosure of the same person's identifier to the same recipient by the same method as one violation.`,
    );
  } else if (entries.some((e) => e.disclosure.frequency === "unknown")) {
    parts.push(`How often the data goes to ${recipient} is not stated; if it is repeated, each transmission accrues a separate claim (Cothron v. White Castle, 2023).`);
  }
  return parts.length > 0 ? ` ${parts.join(" ")}` : "";
}

/** The exception each flow relies on first (the finding's location), then how often, then the vendor role. */
function evidenceFor(entries: readonly Entry[]): string[] {
  return entries.flatMap((e) => [
    ...(e.standing === "process-issuer-unknown" ? [`/disclosures/${e.index}/issuedBy`] : []),
    `/disclosures/${e.index}/exception`,
    `/disclosures/${e.index}/frequency`,
    ...(isVendor(e) ? [`/disclosures/${e.index}/type`] : []),
  ]);
}

function violation(system: System, recipient: string, entries: readonly Entry[]): FindingDraft {
  const bad = entries.filter((e) => e.standing === "permitted-only" || e.standing === "no-exception");
  const permitted = bad.filter((e) => e.standing === "permitted-only");
  const bases = [...new Set(permitted.map((e) => e.disclosure.legalBasis).filter((b): b is string => b !== undefined && b !== ""))];
  const basis = bases.length > 0 ? ` (${bases.join("; ")})` : "";
  const requiresNotPermits =
    "15(d) accepts only a State or federal law or municipal ordinance that requires the disclosure; a law that merely permits it is not enough.";
  const why =
    permitted.length === 0
      ? `relying on no exception. 15(d) allows disclosure only on one of four grounds: ${FOUR_EXCEPTIONS}.`
      : permitted.length < bad.length
        ? `relying in part on no exception and in part on a law that permits it${basis}. ${requiresNotPermits}`
        : `on the ground that the law permits it${basis}. ${requiresNotPermits}`;
  return {
    message: `${system.name} discloses biometric data to ${recipientPhrase(recipient, bad)}, ${why}${context(recipient, bad)}`,
    evidence: evidenceFor(bad),
    remedies: VIOLATION_REMEDIES,
    key: recipient,
  };
}

function unknownException(system: System, recipient: string, entries: readonly Entry[]): FindingDraft {
  const open = entries.filter((e) => e.standing === "unknown" || e.standing === "process-issuer-unknown");
  const issuerOnly = open.every((e) => e.standing === "process-issuer-unknown");
  return {
    message: issuerOnly
      ? `${system.name} discloses biometric data to ${recipientPhrase(recipient, open)} under a warrant or subpoena, but the profile does not say who issued it. 15(d)(4) excepts only a disclosure "required under a valid warrant or subpoena issued by a court of competent jurisdiction"; record the issuer (issuedBy) and the issuing body.`
      : `${system.name} discloses biometric data to ${recipientPhrase(recipient, open)}, but the profile does not say which 15(d) exception covers it. Unless one applies (${FOUR_EXCEPTIONS}), the disclosure is a violation.${context(recipient, open)}`,
    evidence: evidenceFor(open),
    severity: "risk",
    basis: "unknown",
    remedies: UNKNOWN_REMEDIES,
    key: recipient,
  };
}

const ISSUER_WORDS = { "court-clerk": "a court clerk", attorney: "an attorney", agency: "an agency", internal: "the entity itself" } as const;

/** A warrant or subpoena not issued by a court: short of 15(d)(4) on the text, but no case decides it. */
function processNotFromCourt(system: System, recipient: string, entries: readonly Entry[]): FindingDraft {
  const flows = entries.filter((e) => e.standing === "process-not-court");
  const issuers = [...new Set(flows.map((e) => e.disclosure.issuedBy).filter((i): i is keyof typeof ISSUER_WORDS => i in ISSUER_WORDS))];
  const bodies = [...new Set(flows.map((e) => e.disclosure.issuingBody).filter((b): b is string => b !== undefined && b !== ""))];
  return {
    message: `${system.name} discloses biometric data to ${recipientPhrase(recipient, flows)} under a warrant or subpoena issued by ${issuers.map((i) => ISSUER_WORDS[i]).join(" or ")}${bodies.length > 0 ? ` (${bodies.join("; ")})` : ""}, not by a court. 15(d)(4) excepts only a disclosure "required under a valid warrant or subpoena issued by a court of competent jurisdiction"; in Illinois civil practice a clerk or an attorney of record may issue a subpoena (Ill. S. Ct. R. 204(a)(1)), and agencies issue their own, but on the text such a subpoena is not one issued by a court. That is a reading of the text that no BIPA case has tested, and whether a statute that compels compliance with an agency subpoena brings the disclosure within exception (3) ("required by State or federal law") is open, so this is a risk rather than a settled violation. Before disclosing, ask the court for an order, or obtain the subjects' consent.`,
    evidence: flows.flatMap((e) => [`/disclosures/${e.index}/issuedBy`, `/disclosures/${e.index}/exception`]),
    severity: "risk",
    remedies: ["obtain-disclosure-consent", "stop-unexcepted-disclosure"],
    key: `${recipient}:process`,
  };
}

/** When data first went to the recipient: stated, or the first capture for flows that run from it. */
function firstSent(system: System, d: Disclosure): string | undefined {
  if (d.firstTransmission !== "unknown") return d.firstTransmission;
  const fromStart = ["per-scan", "continuous", "daily"].includes(d.frequency);
  return fromStart && system.collection.firstCaptureDate !== "unknown" ? system.collection.firstCaptureDate : undefined;
}

/**
 * Consent to a disclosure given only after data began to flow: the earlier transmissions had no
 * exception (consent covers disclosures from its date on). Decided on the first transmission, stated
 * or implied by a flow that runs from the first capture; left open otherwise, and asked for.
 */
function consentAfterFirstCapture(system: System, recipient: string, entries: readonly Entry[]): FindingDraft | undefined {
  const first = system.collection.firstCaptureDate;
  const enrolled = listedEnrolledFrom(system);
  const consented = entries.filter((e) => e.disclosure.exception === "consent" && e.disclosure.consentDate !== "unknown");
  const late: Entry[] = [];
  const open: Entry[] = [];
  // Late against the system's first capture, but every listed group was enrolled on or after the consent.
  const unlisted: Entry[] = [];
  for (const e of consented) {
    const start = firstSent(system, e.disclosure);
    if (start !== undefined) {
      const t = timeliness(e.disclosure.consentDate, start);
      if (t === "late" && enrolled !== undefined && timeliness(e.disclosure.consentDate, enrolled) === "in-time") unlisted.push(e);
      else if (t === "late") late.push(e);
      else if (t === "unknown") open.push(e);
    } else if (first === "unknown" || timeliness(e.disclosure.consentDate, first) !== "in-time") open.push(e);
  }
  const dates = (list: readonly Entry[]) => [...new Set(list.map((e) => e.disclosure.consentDate))].sort().join(" and ");
  if (late.length > 0) {
    return {
      message: `${system.name} relies on the subjects' consent to disclose biometric data to ${recipientPhrase(recipient, late)}, but the consent was given only in or on ${dates(late)}, after data began to go there (in or on ${[...new Set(late.map((e) => firstSent(system, e.disclosure)))].join(" and ")}). Transmissions before the consent had no 15(d) exception; consent covers disclosures from its date on, not those already made.${context(recipient, late)}`,
      evidence: late.flatMap((e) => [`/disclosures/${e.index}/consentDate`, `/disclosures/${e.index}/firstTransmission`, "/collection/firstCaptureDate"]),
      remedies: ["obtain-disclosure-consent"],
      key: `${recipient}:before-consent`,
    };
  }
  if (unlisted.length > 0) {
    return {
      message: `${system.name} relies on the subjects' consent, given in or on ${dates(unlisted)}, to disclose biometric data to ${recipientPhrase(recipient, unlisted)}. Data began to go there in or on ${[...new Set(unlisted.map((e) => firstSent(system, e.disclosure)))].join(" and ")}, before the consent, but every group the profile lists signed before its own first capture on or after ${enrolled}, so only people it does not list (former subjects, say) can have had data sent without the consent. A transmission before it had no 15(d) exception: list those people as a group with their departures, or correct the first capture (collection.firstCaptureDate).`,
      evidence: unlisted.flatMap((e) => [`/disclosures/${e.index}/consentDate`, "/collection/firstCaptureDate"]),
      severity: "risk",
      basis: "unknown",
      remedies: ["establish-unknown-facts", "obtain-disclosure-consent"],
      key: `${recipient}:before-consent`,
    };
  }
  if (open.length > 0) {
    return {
      message: `${system.name} relies on the subjects' consent, given in or on ${dates(open)}, to disclose biometric data to ${recipientPhrase(recipient, open)}, but the profile does not show whether any data went there before the consent. A transmission before it had no 15(d) exception; record the first transmission (firstTransmission).`,
      evidence: open.flatMap((e) => [`/disclosures/${e.index}/firstTransmission`, `/disclosures/${e.index}/consentDate`, "/collection/firstCaptureDate"]),
      severity: "risk",
      basis: "unknown",
      remedies: ["establish-unknown-facts", "obtain-disclosure-consent"],
      key: `${recipient}:before-consent`,
    };
  }
  return undefined;
}

/**
 * `bipa/15d-disclosure`: one finding per recipient of biometric data that no 15(d) exception covers
 * (a violation), or whose exception is not stated (a risk). "Permitted by law" is not an exception.
 */
export const disclosure = defineRule({
  id: "bipa/15d-disclosure",
  title: "No disclosure of biometric data outside the four 15(d) exceptions",
  section: "740 ILCS 14/15(d)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires once per recipient that receives biometric data without consent, a requested financial transaction, a legal requirement or a warrant or subpoena issued by a court; 'permitted by law' does not count; transmissions before the consent date had no exception. A disclosure on consent from a system holding data of people with no relationship to the entity (who could not be asked) is a risk. A warrant or subpoena issued by an attorney, clerk or agency is a risk (not court-issued on the text; untested); an unstated exception or issuer, or an unknown list of recipients, is a risk.",
  plainLanguage:
    "A company that holds biometric data may not disclose, redisclose or otherwise disseminate it unless the person consents, the disclosure completes a financial transaction the person asked for, a State or federal law or municipal ordinance requires it, or a valid warrant or subpoena issued by a court of competent jurisdiction requires it. Sending data to a vendor or cloud provider is still a disclosure. A law that only permits disclosure is not enough.",
  authorities: ["bipa-15d", "cothron-2023", "pa-103-0769"],
  remedies: ["obtain-disclosure-consent", "stop-unexcepted-disclosure", "establish-unknown-facts"],
  tags: ["15(d)", "disclosure", "vendor", "per-recipient"],
  examples: {
    failing: {
      description: "Every scan is sent to the timeclock vendor without the employees' consent to the disclosure.",
      system: {
        disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" }],
      },
    },
    passing: {
      description: "Templates go to the payroll processor only under the employees' signed consent to that disclosure.",
      system: {
        disclosures: [
          {
            recipient: "Payroll Processor Inc.",
            type: "processor",
            frequency: "daily",
            exception: "consent",
            legalBasis: "Signed biometric disclosure consent form",
          },
        ],
      },
    },
  },
  check({ system, profile }) {
    if (system.disclosures === "unknown") {
      return [
        {
          message: `The profile does not say who receives biometric data from ${system.name}. 15(d) bars every disclosure outside its four exceptions (${FOUR_EXCEPTIONS}), and vendors, cloud hosts and affiliates are recipients too; list each recipient with the exception relied on, or [] if there are none.`,
          evidence: ["/disclosures"],
          severity: "risk",
          basis: "unknown",
          remedies: UNKNOWN_REMEDIES,
          key: "/disclosures",
        },
      ];
    }
    const drafts: FindingDraft[] = [];
    for (const [recipient, entries] of byRecipient(system.disclosures)) {
      if (entries.some((e) => e.standing === "permitted-only" || e.standing === "no-exception")) {
        drafts.push(violation(system, recipient, entries));
      } else if (entries.some((e) => e.standing === "unknown" || e.standing === "process-issuer-unknown")) {
        drafts.push(unknownException(system, recipient, entries));
      } else if (entries.some((e) => e.standing === "process-not-court")) {
        drafts.push(processNotFromCourt(system, recipient, entries));
      }
      const late = consentAfterFirstCapture(system, recipient, entries);
      if (late) drafts.push(late);
      const unasked = consentNotShown(system, profile.organization.name, recipient, entries);
      if (unasked) drafts.push(unasked);
    }
    return drafts;
  },
});
