import { inPossession } from "../gates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import { dateBounds, daysInMonth, earliestDay, latestDay, timeliness } from "../../../../practices/dates.js";
import { formatCount } from "../wording.js";

/** Tims v. Black Horse Carriers (2023): the 5-year period of 735 ILCS 5/13-205 governs 15(a) claims. */
const LIMITATIONS_YEARS = 5;
const DAY_MS = 86_400_000;

const ADOPTED = "/retention/policy/adoptedDate";
const FIRST_CAPTURE = "/collection/firstCaptureDate";

function plural(n: number, unit: string): string {
  return `${formatCount(n)} ${unit}${n === 1 ? "" : "s"}`;
}

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC midnight). */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `date` (YYYY-MM-DD) moved by whole years; 29 Feb becomes 28 Feb in a year without one. */
function yearsLater(date: string, years: number): string {
  const year = Number(date.slice(0, 4)) + years;
  const monthDay = date.slice(5) === "02-29" && daysInMonth(year, 2) === 28 ? "02-28" : date.slice(5);
  return `${String(year).padStart(4, "0")}-${monthDay}`;
}

export const policyTiming = defineRule({
  id: "bipa/15a-policy-timing",
  title: "Retention policy in place from first possession",
  section: "740 ILCS 14/15(a)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires when the retention policy was adopted after the system first captured biometric data (Mora v. J&M Plating); an unknown adoption or first-capture date is a risk.",
  plainLanguage:
    "The retention policy must exist as soon as the company has the data. Adopting it later does not cure the period without one.",
  authorities: ["bipa-15a", "mora-2022", "tims-2023"],
  remedies: ["adopt-policy-before-collection"],
  tags: ["15(a)", "retention", "policy", "timing"],
  examples: {
    failing: {
      description: "Capture began in January 2020; the policy was adopted in June 2021.",
      system: { retention: { policy: { adoptedDate: "2021-06-01" } }, collection: { firstCaptureDate: "2020-01-06" } },
    },
    passing: {
      description: "The policy was adopted before the first capture.",
      system: { retention: { policy: { adoptedDate: "2019-12-01" } }, collection: { firstCaptureDate: "2020-01-06" } },
    },
  },
  check({ system, asOf }) {
    const { exists, adoptedDate } = system.retention.policy;
    const firstCapture = system.collection.firstCaptureDate;
    // No policy at all is bipa/15a-public-policy's finding; a policy that never existed cannot be late.
    if (exists === false) return [];

    if (adoptedDate !== "unknown" && firstCapture !== "unknown") return late(system.name, adoptedDate, firstCapture, asOf);
    // With the policy's existence itself unknown, bipa/15a-public-policy already asks for the
    // facts; a second unknown-date risk here would repeat the same question.
    return exists === true ? unknownDates(system.name, adoptedDate, firstCapture) : [];
  },
});

/** The Mora finding, or nothing when the policy came first. Dates may be partial (`"2019"`, `"2019-06"`). */
function late(name: string, adopted: string, first: string, asOf: string): FindingDraft[] {
  const order = timeliness(adopted, first);
  // Adoption on the day of first capture passes: the profile records days, not hours, and nothing
  // in it shows possession before the policy on that day.
  if (order === "in-time") return [];
  if (order === "unknown") {
    return [
      {
        message: `${name} first captured biometric data in ${first} and adopted its retention policy in ${adopted}; the dates are known only to the ${precisionWords(first, adopted)}, so whether the policy existed from first possession, as Mora v. J&M Plating (Ill. App. Ct. 2022) reads 15(a) to require, cannot be told. Record the exact dates.`,
        evidence: [ADOPTED, FIRST_CAPTURE],
        key: "timing-unknown",
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "adopt-policy-before-collection"],
      },
    ];
  }
  // The gap ran from first capture to adoption: once its last possible day is more than five years
  // before the evaluation date, the whole gap lies outside the Tims look-back.
  const lookbackStart = yearsLater(asOf, -LIMITATIONS_YEARS);
  const gapClosedBeforeLookback = latestDay(adopted) < lookbackStart;
  const gapDays = daysBetween(latestDay(first), earliestDay(adopted));
  const span = dateBounds(adopted).precision === "day" && dateBounds(first).precision === "day" ? `${plural(gapDays, "day")} later` : `at least ${plural(Math.max(gapDays, 1), "day")} later`;
  const adoptedWords = `${earliestDay(adopted) > asOf ? "is to be adopted" : "was adopted"} only ${dateBounds(adopted).precision === "day" ? "on" : "in"} ${adopted}`;
  return [
    {
      message:
        `${name} first captured biometric data ${dateBounds(first).precision === "day" ? "on" : "in"} ${first}, but its retention policy ${adoptedWords}, ${span}. ` +
        "Under Mora v. J&M Plating (Ill. App. Ct. 2022) the 15(a) policy is required from the moment of possession; adopting it later does not cure the gap." +
        (gapClosedBeforeLookback
          ? ` The whole gap closed before ${lookbackStart}, more than ${LIMITATIONS_YEARS} years before ${asOf}: Tims v. Black Horse Carriers (2023) applies a ${LIMITATIONS_YEARS}-year limitations period to 15(a) claims, so a claim for the gap alone would now be time-barred, and the estimate counts nothing for it.`
          : ""),
      evidence: [ADOPTED, FIRST_CAPTURE],
      ...(gapClosedBeforeLookback ? { severity: "info" as const, remedies: [] } : {}),
    },
  ];
}

function precisionWords(a: string, b: string): string {
  const p = [dateBounds(a).precision, dateBounds(b).precision];
  return p.includes("year") ? "year" : "month";
}

/** The risk when either date is unknown: the Mora comparison cannot be made. */
function unknownDates(name: string, adopted: string, first: string): FindingDraft[] {
  const missing = [
    ...(adopted === "unknown" ? [{ pointer: ADOPTED, words: "the policy's adoption date" }] : []),
    ...(first === "unknown" ? [{ pointer: FIRST_CAPTURE, words: "the date of first capture" }] : []),
  ];
  const known = [ADOPTED, FIRST_CAPTURE].filter((p) => !missing.some((m) => m.pointer === p));
  return [
    {
      message: `The profile does not give ${missing.map((m) => m.words).join(" or ")} for ${name}, so whether its retention policy existed from first possession, as Mora v. J&M Plating (Ill. App. Ct. 2022) reads 15(a) to require, cannot be checked.`,
      evidence: [...missing.map((m) => m.pointer), ...known],
      // One question (was the policy in time?) whichever date is missing: keep one identity.
      key: "timing-unknown",
      severity: "risk",
      basis: "unknown",
      remedies: ["establish-unknown-facts", "adopt-policy-before-collection"],
    },
  ];
}
