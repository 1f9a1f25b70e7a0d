import type { RuleProperties } from "json-rules-engine";

/*
 * The peer's per-item rules: json-rules-engine has no way to quantify over a list, so the caller runs
 * one of these engines per subject group, disclosure or breach and groups the events, which is how
 * json-rules-engine handles lists.
 */

const BIOMETRIC_EXPOSURES = ["biometric-templates", "face-vectors", "biometric-images"];
/** Flows that run from the first capture, so they imply the first transmission (15(d) consent timing). */
const FROM_FIRST_CAPTURE = ["per-scan", "continuous", "daily"];

/** Per subject group with a release status: what the status says under 15(b)(3). Facts: status, illinoisWithoutRelease, population, signedBy. */
export const groupRules: RuleProperties[] = [
  { conditions: { all: [{ fact: "status", operator: "equal", value: "none" }] }, event: { type: "group", params: { kind: "status", severity: "violation" } } },
  {
    conditions: { all: [{ fact: "status", operator: "equal", value: "mixed" }, { fact: "illinoisWithoutRelease", operator: "isZeroCount", value: false }] },
    event: { type: "group", params: { kind: "status", severity: "violation" } },
  },
  { conditions: { all: [{ fact: "status", operator: "equal", value: "unknown" }] }, event: { type: "unknown", params: {} } },
  // A minor's own signature raises a capacity question: a risk, unless nobody in the group signed.
  {
    conditions: {
      all: [
        { fact: "population", operator: "equal", value: "minors" },
        { fact: "signedBy", operator: "equal", value: "subject" },
        { fact: "status", operator: "notEqual", value: "none" },
      ],
    },
    event: { type: "group", params: { kind: "signer", severity: "risk" } },
  },
];

const consentStated = [
  { fact: "exception", operator: "equal", value: "consent" },
  { fact: "consentDate", operator: "notEqual", value: "unknown" },
];
const stated = { fact: "firstTransmission", operator: "notEqual", value: "unknown" };
const implied = {
  all: [
    { fact: "firstTransmission", operator: "equal", value: "unknown" },
    { fact: "frequency", operator: "in", value: FROM_FIRST_CAPTURE },
    { fact: "firstCapture", operator: "notEqual", value: "unknown" },
  ],
};
const lateAgainst = (fact: string) => ({ fact: "consentDate", operator: "certainlyAfter", value: { fact } });
const inTimeAgainst = (fact: string) => ({ fact: "consentDate", operator: "certainlyNotAfter", value: { fact } });

/**
 * Per disclosure: its standing under 15(d) (a warrant or subpoena counts only when a court issued it),
 * and whether consent came after data began to flow (consent covers transmissions from its date on).
 * Facts: exception, issuedBy, consentDate, firstTransmission, frequency, firstCapture, and
 * unaskedInIllinois (the system holds Illinois people it has no relationship with).
 */
export const disclosureRules: RuleProperties[] = [
  {
    conditions: {
      any: [
        { fact: "exception", operator: "in", value: ["consent", "financial-transaction", "required-by-law"] },
        { all: [{ fact: "exception", operator: "equal", value: "warrant-or-subpoena" }, { fact: "issuedBy", operator: "equal", value: "court" }] },
      ],
    },
    event: { type: "standing", params: { standing: "excepted" } },
  },
  {
    conditions: { all: [{ fact: "exception", operator: "equal", value: "warrant-or-subpoena" }, { fact: "issuedBy", operator: "equal", value: "unknown" }] },
    event: { type: "standing", params: { standing: "unknown" } },
  },
  {
    conditions: { all: [{ fact: "exception", operator: "equal", value: "warrant-or-subpoena" }, { fact: "issuedBy", operator: "notIn", value: ["court", "unknown"] }] },
    event: { type: "standing", params: { standing: "process-not-court" } },
  },
  { conditions: { all: [{ fact: "exception", operator: "in", value: ["permitted-by-law", "none"] }] }, event: { type: "standing", params: { standing: "bad" } } },
  { conditions: { all: [{ fact: "exception", operator: "equal", value: "unknown" }] }, event: { type: "standing", params: { standing: "unknown" } } },
  // Consent against the first transmission, stated or implied by a flow that runs from the first capture.
  { conditions: { all: [...consentStated, stated, lateAgainst("firstTransmission")] }, event: { type: "timing", params: { timing: "late" } } },
  {
    conditions: { all: [...consentStated, stated, { not: lateAgainst("firstTransmission") }, { not: inTimeAgainst("firstTransmission") }] },
    event: { type: "timing", params: { timing: "open" } },
  },
  { conditions: { all: [...consentStated, implied, lateAgainst("firstCapture")] }, event: { type: "timing", params: { timing: "late" } } },
  {
    conditions: { all: [...consentStated, implied, { not: lateAgainst("firstCapture") }, { not: inTimeAgainst("firstCapture") }] },
    event: { type: "timing", params: { timing: "open" } },
  },
  // Consent from a system that also holds Illinois people it has no relationship with: theirs is not shown.
  {
    conditions: { all: [{ fact: "exception", operator: "equal", value: "consent" }, { fact: "unaskedInIllinois", operator: "equal", value: true }] },
    event: { type: "unasked", params: { unasked: "consent-not-shown" } },
  },
  // No first transmission known: open unless the consent certainly preceded the first capture.
  {
    conditions: { all: [...consentStated, { fact: "firstTransmission", operator: "equal", value: "unknown" }, { not: implied }, { not: inTimeAgainst("firstCapture") }] },
    event: { type: "timing", params: { timing: "open" } },
  },
];

/** Per breach on or before asOf (or undated): a risk if biometric data was exposed, else info. */
export const breachRules: RuleProperties[] = [
  {
    conditions: {
      all: [
        { any: [{ fact: "date", operator: "equal", value: "unknown" }, { fact: "date", operator: "dateNotAfter", value: { fact: "asOf" } }] },
        { fact: "exposed", operator: "containsAny", value: BIOMETRIC_EXPOSURES },
      ],
    },
    event: { type: "breach", params: { severity: "risk" } },
  },
  {
    conditions: {
      all: [
        { any: [{ fact: "date", operator: "equal", value: "unknown" }, { fact: "date", operator: "dateNotAfter", value: { fact: "asOf" } }] },
        { not: { fact: "exposed", operator: "containsAny", value: BIOMETRIC_EXPOSURES } },
      ],
    },
    event: { type: "breach", params: { severity: "info" } },
  },
];
