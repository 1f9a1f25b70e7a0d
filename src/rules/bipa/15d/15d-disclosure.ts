import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import type { Disclosure, System } from "../../../practices/schema.js";
import type { RemedyId } from "../../../remedies/ids.js";

/** How one disclosure stands against the four exceptions of 15(d). */
type Standing = "excepted" | "permitted-only" | "no-exception" | "unknown";

/** One disclosure with its position in `system.disclosures`, for evidence pointers. */
interface Entry {
  index: number;
  disclosure: Disclosure;
  standing: Standing;
}

const FOUR_EXCEPTIONS =
  "the subject's consent; completing a financial transaction the subject requested or authorized; a disclosure required by State or federal law or municipal ordinance; or a valid warrant or subpoena";

/** Frequencies at which the same data goes to the same recipient again and again (Cothron accrual). */
const REPEATED = new Set<Disclosure["frequency"]>(["per-scan", "continuous", "daily", "periodic", "on-request"]);

const VIOLATION_REMEDIES: readonly RemedyId[] = ["obtain-disclosure-consent", "stop-unexcepted-disclosure"];
const UNKNOWN_REMEDIES: readonly RemedyId[] = ["establish-unknown-facts", "obtain-disclosure-consent", "stop-unexcepted-disclosure"];

function standingOf(exception: Disclosure["exception"]): Standing {
  return match(exception)
    .with("consent", "financial-transaction", "required-by-law", "warrant-or-subpoena", () => "excepted" as const)
    .with("permitted-by-law", () => "permitted-only" as const)
    .with("none", () => "no-exception" as const)
    .with("unknown", () => "unknown" as const)
    .exhaustive();
}

function frequencyWords(frequency: Disclosure["frequency"]): string | undefined {
  return match(frequency)
    .with("per-scan", () => "on every scan")
    .with("continuous", () => "continuously")
    .with("daily", () => "daily")
    .with("periodic", () => "periodically")
    .with("on-request", () => "on request")
    .with("one-time", () => "once")
    .with("unknown", () => undefined)
    .exhaustive();
}

/** Groups disclosures by recipient (PA 103-0769 counts 15(d) violations per recipient), in profile order. */
function byRecipient(disclosures: readonly Disclosure[]): Map<string, Entry[]> {
  const groups = new Map<string, Entry[]>();
  disclosures.forEach((disclosure, index) => {
    const recipient = disclosure.recipient.trim();
    const entry = { index, disclosure, standing: standingOf(disclosure.exception) };
    groups.set(recipient, [...(groups.get(recipient) ?? []), entry]);
  });
  return groups;
}

/** "TimeVendor Inc. on every scan and daily": who gets the data, and how often. */
function recipientPhrase(recipient: string, entries: readonly Entry[]): string {
  const often = [...new Set(entries.map((e) => frequencyWords(e.disclosure.frequency)).filter((w) => w !== undefined))];
  return `${recipient}${often.length > 0 ? ` ${often.join(" and ")}` : ""}`;
}

function isVendor(entry: Entry): boolean {
  return entry.disclosure.type === "processor" || entry.disclosure.type === "cloud-host";
}

/** Why the vendor label changes nothing, and how repeated transmission accrues. */
function context(recipient: string, entries: readonly Entry[]): string {
  const parts: string[] = [];
  if (entries.some(isVendor)) {
    parts.push(
      `That ${recipient} is a vendor does not take the transfer outside 15(d), which has no vendor exception; in Rogers v. BNSF, a vendor's operation of the scanners did not shield the railway from liability.`,
    );
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
  const why = match({ permitted: permitted.length > 0, none: permitted.length < bad.length })
    .with({ permitted: true, none: false }, () => `on the ground that the law permits it${basis}. ${requiresNotPermits}`)
    .with({ permitted: true, none: true }, () => `relying in part on no exception and in part on a law that permits it${basis}. ${requiresNotPermits}`)
    .otherwise(() => `relying on no exception. 15(d) allows disclosure only on one of four grounds: ${FOUR_EXCEPTIONS}.`);
  return {
    message: `${system.name} discloses biometric data to ${recipientPhrase(recipient, bad)}, ${why}${context(recipient, bad)}`,
    evidence: evidenceFor(bad),
    remedies: VIOLATION_REMEDIES,
    key: recipient,
  };
}

function unknownException(system: System, recipient: string, entries: readonly Entry[]): FindingDraft {
  const open = entries.filter((e) => e.standing === "unknown");
  return {
    message: `${system.name} discloses biometric data to ${recipientPhrase(recipient, open)}, but the profile does not say which 15(d) exception covers it. Unless one applies (${FOUR_EXCEPTIONS}), the disclosure is a violation.${context(recipient, open)}`,
    evidence: evidenceFor(open),
    severity: "risk",
    basis: "unknown",
    remedies: UNKNOWN_REMEDIES,
    key: recipient,
  };
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
  severity: "violation",
  summary:
    "Fires once per recipient that receives biometric data without consent, a requested financial transaction, a legal requirement or a warrant or subpoena; 'permitted by law' does not count; an unstated exception or an unknown list of recipients is a risk.",
  plainLanguage:
    "A company that holds biometric data may not disclose, redisclose or otherwise disseminate it unless the person consents, the disclosure completes a financial transaction the person asked for, a State or federal law or municipal ordinance requires it, or a valid warrant or subpoena requires it. Sending data to a vendor or cloud provider is still a disclosure. A law that only permits disclosure is not enough.",
  authorities: ["bipa-15d", "cothron-2023", "pa-103-0769", "rogers-bnsf-2023"],
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
  check({ system }) {
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
      } else if (entries.some((e) => e.standing === "unknown")) {
        drafts.push(unknownException(system, recipient, entries));
      }
    }
    return drafts;
  },
});
