import { compareDates } from "../../../practices/dates.js";
import type { Practices, System } from "../../../practices/schema.js";
import type { RemedyId } from "../remedies/ids.js";

/** What a measure needs to know: the date it is taken (the audit's asOf) and which systems it changes. */
export interface MeasureContext {
  /** The date the measure is recorded as taken (YYYY-MM-DD): the plan's asOf. */
  asOf: string;
  /** The systems to change; all systems when omitted. */
  systemIds?: readonly string[];
}

/**
 * A remedial measure as a documented transformation of the profile. `apply` is pure: it returns a new
 * profile and never changes its input. A measure that no profile change can express (`modeled: false`)
 * says why in `description`, and its `apply` returns an unchanged copy.
 */
export interface ProfileMeasure {
  id: RemedyId;
  /** What the transformation changes, field by field, and what it deliberately leaves alone. */
  description: string;
  modeled: boolean;
  apply(profile: Practices, ctx: MeasureContext): Practices;
}

type SystemChange = (system: System, asOf: string) => System;
type Geofencing = NonNullable<System["geofencing"]>;
type GeofenceField = "geolocationExclusion" | "ipBlocking" | "collectionFilter";
type Remediation = NonNullable<System["remediation"]>;

/**
 * Dates stay truthful: a step known not to have been taken is recorded as taken on asOf, never
 * back-dated; a step already in place keeps its date, and one whose state is unknown keeps its date
 * too (unknown stays unknown: the measure cannot say when an earlier one was taken).
 */
function dateIfNew(state: boolean | "unknown", current: string, asOf: string): string {
  return state === false ? asOf : current;
}

/** A system whose data is under a hold (retention.legalHold): no destroy measure touches what it covers. */
function underHold(s: System): boolean {
  return s.retention.legalHold !== undefined;
}

/** Records a destroy measure may destroy: those past the trigger that no hold covers (all of them if the hold says nothing). */
function heldRecords(s: System): System["retention"]["practice"]["recordsRetainedPastTrigger"] {
  const hold = s.retention.legalHold;
  if (!hold) return 0;
  return hold.recordsCovered === "unknown" ? s.retention.practice.recordsRetainedPastTrigger : hold.recordsCovered;
}

const HOLD_CAVEAT =
  "Records under a hold (retention.legalHold) are kept, never destroyed: a duty to preserve outweighs the schedule (Sec. 25(a)); seek the court's order (preserve-and-seek-court-order).";

function withGeofence(system: System, field: GeofenceField, asOf: string): System {
  const geofencing: Geofencing = system.geofencing ?? { knownGaps: [], existingDataPurged: "unknown" };
  const current = geofencing[field];
  if (current?.enabled === true) return system;
  return {
    ...system,
    geofencing: { ...geofencing, [field]: { ...current, enabled: true, since: asOf, coverage: current?.coverage ?? "unknown" } },
  };
}

const NO_REMEDIATION: Remediation = {
  optOutForm: "unknown",
  optOutPublicized: "unknown",
  privateEntityCustomers: "unknown",
  illinoisCustomers: "unknown",
  individualTrialAccounts: "unknown",
  defaultOff: "unknown",
  disclosedInPrivacyPolicy: "unknown",
};

function withRemediation(system: System, change: Partial<Remediation>): System {
  return { ...system, remediation: { ...(system.remediation ?? NO_REMEDIATION), ...change } };
}

const EXCEPTED = new Set(["consent", "financial-transaction", "required-by-law", "warrant-or-subpoena"]);

/** The system-level changes, one per modeled remedy, with their descriptions. */
const CHANGES: Readonly<Record<RemedyId, { description: string; change?: SystemChange }>> = {
  "publish-retention-policy": {
    description:
      "Sets retention.policy.exists and .public to true. A policy known not to exist is dated asOf (adoptedDate), never back-dated: under Mora a late policy does not cure the earlier gap. An existing policy keeps its date, and one whose existence was unknown keeps its (unknown) date.",
    change: (s, asOf) => {
      const p = s.retention.policy;
      return { ...s, retention: { ...s.retention, policy: { ...p, exists: true, public: true, adoptedDate: dateIfNew(p.exists, p.adoptedDate, asOf) } } };
    },
  },
  "add-schedule-and-destruction-guidelines": {
    description:
      "Sets retention.policy.hasRetentionSchedule and .hasDestructionGuidelines to true; a schedule with no trigger (none or unknown) gets the statutory one, earlier-of-purpose-or-3-years.",
    change: (s) => {
      const r = s.retention;
      const trigger = r.schedule.trigger === "none" || r.schedule.trigger === "unknown" ? "earlier-of-purpose-or-3-years" : r.schedule.trigger;
      return {
        ...s,
        retention: {
          ...r,
          policy: { ...r.policy, hasRetentionSchedule: true, hasDestructionGuidelines: true },
          schedule: { ...r.schedule, trigger },
        },
      };
    },
  },
  "adopt-policy-before-collection": {
    description:
      "Not modeled: a policy adopted now cannot reach back to first possession (Mora v. J&M Plating), so no truthful change to the profile cures the gap. For a new system, adopt the policy before its first capture.",
  },
  "limit-retention-to-statutory-maximum": {
    description:
      "Sets retention.schedule.trigger to earlier-of-purpose-or-3-years and drops yearsAfterLastInteraction and fixedPeriodYears.",
    change: (s) => ({ ...s, retention: { ...s.retention, schedule: { trigger: "earlier-of-purpose-or-3-years" } } }),
  },
  "destroy-data-past-trigger": {
    description: `Sets retention.practice.recordsRetainedPastTrigger to 0 (to the records a hold covers, where there is one) and automatedDeletion, backupsAndReplicasDeleted and vendorsDeleteAndCertify to true. The measured daysFromTriggerToDeletion is left as stated. ${HOLD_CAVEAT}`,
    change: (s) => ({
      ...s,
      retention: {
        ...s.retention,
        practice: { ...s.retention.practice, recordsRetainedPastTrigger: heldRecords(s), automatedDeletion: true, backupsAndReplicasDeleted: true, vendorsDeleteAndCertify: true },
      },
    }),
  },
  "hold-only-under-warrant-or-subpoena": {
    description: `Keeps retention.legalHold as it is and destroys only the records past the trigger that no hold covers (recordsRetainedPastTrigger becomes the hold's recordsCovered, or 0 with no hold). Whether a court orders preservation is for the court: record its order when it comes. ${HOLD_CAVEAT}`,
    change: (s) => ({ ...s, retention: { ...s.retention, practice: { ...s.retention.practice, recordsRetainedPastTrigger: heldRecords(s) } } }),
  },
  "preserve-and-seek-court-order": {
    description:
      "Not modeled: whether a court issues an order is for the court. Record the order (retention.legalHold kind preservation-order, issuedBy court, court) and re-run the audit.",
  },
  "provide-written-notice": {
    description: "Sets notice.inWriting and .statesCollection to true; a notice known not to have been in writing is dated asOf. A notice whose form was unknown keeps its date.",
    change: (s, asOf) => ({ ...s, notice: { ...s.notice, inWriting: true, statesCollection: true, date: dateIfNew(s.notice.inWriting, s.notice.date, asOf) } }),
  },
  "state-purpose-and-term": {
    description: "Sets notice.specificPurpose and .lengthOfTerm to true. The notice's date is left as it is: the measure cannot say when an earlier notice was given.",
    change: (s) => ({ ...s, notice: { ...s.notice, specificPurpose: true, lengthOfTerm: true } }),
  },
  "obtain-written-release": {
    description:
      "Sets release.coversAllSubjects to true. A release known to be missing or verbal becomes an electronic signature (valid since PA 103-0769) dated asOf, so release-timing rules still see that it came after earlier captures; one of unknown form becomes an electronic signature whose first date stays unknown. Groups with no release, or only some signed (mixed), are recorded as signing on asOf (after-first-capture); other group statuses are left as they are. A union or unknown signer becomes the subject; a condition-of-employment release stops being relied on when non-employees are enrolled.",
    change: (s, asOf) => {
      const r = s.release;
      const written = r.type === "wet-signature" || r.type === "electronic-signature" || r.type === "click-through";
      const nonEmployees = s.subjects.some((g) => g.population !== "employees");
      const onlyMinors = s.subjects.length > 0 && s.subjects.every((g) => g.population === "minors");
      const signedBy = r.signedBy === "unknown" || r.signedBy === "union" ? (onlyMinors ? "parent-or-guardian" : "subject") : r.signedBy;
      return {
        ...s,
        subjects: s.subjects.map((g) =>
          g.release && (g.release.status === "none" || g.release.status === "mixed")
            ? { ...g, release: { ...g.release, status: "after-first-capture" as const, date: asOf } }
            : g,
        ),
        release: {
          ...r,
          type: written ? r.type : "electronic-signature",
          date: written || r.type === "unknown" ? r.date : asOf,
          signedBy,
          employmentCondition: r.employmentCondition === true && nonEmployees ? false : r.employmentCondition,
          coversAllSubjects: true,
        },
      };
    },
  },
  "obtain-release-before-capture": {
    description:
      "Sets release.obtainedBeforeEachCapture to true (enrolment now requires notice and release first). Dates are left alone: a release first obtained after the first capture stays late.",
    change: (s) => ({ ...s, release: { ...s.release, obtainedBeforeEachCapture: true } }),
  },
  "obtain-parental-release-for-minors": {
    description:
      "Where minors are enrolled in a system that has not begun capturing by asOf, sets release.signedBy to parent-or-guardian, and the signer of minors' groups that record their own release. Where capture has begun (or its start is unknown), nothing is changed: a parent's release obtained now does not reach back over captures made under a minor's own signature (bipa-reference.md §1.7 \"Cure works forward only\"; §1.3 leaves the minor's capacity open), so the capacity risk stays open for them; get the parent's release before each new minor's first capture.",
    change: (s, asOf) => {
      if (!s.subjects.some((g) => g.population === "minors")) return s;
      const first = s.collection.firstCaptureDate;
      if (first === "unknown" || compareDates(first, asOf) !== "after") return s;
      return {
        ...s,
        subjects: s.subjects.map((g) => (g.population === "minors" && g.release ? { ...g, release: { ...g.release, signedBy: "parent-or-guardian" as const } } : g)),
        release: { ...s.release, signedBy: "parent-or-guardian" },
      };
    },
  },
  "stop-collection-until-release": {
    description:
      'Ends capture on asOf: collection.lastCaptureDate "ongoing" or later than asOf becomes asOf. An unknown last capture stays unknown (capture may have ended long ago). Captures before then stay in the look-back.',
    change: (s, asOf) => {
      const last = s.collection.lastCaptureDate;
      return last === "ongoing" || (last !== "unknown" && compareDates(last, asOf) === "after")
        ? { ...s, collection: { ...s.collection, lastCaptureDate: asOf } }
        : s;
    },
  },
  "destroy-unconsented-data": {
    description:
      "Not modeled: the profile keeps no inventory of data held, and destroying data does not undo its collection (the 15(b) violation). Record the destruction and re-run the audit.",
  },
  "stop-profiting": {
    description:
      "Sets to false each of commerce.sells, .leases, .trades, .licensesDatabaseAccess and .otherwiseProfits that is true. One left unknown stays unknown: stopping what is done cannot show what was not known (establish the facts).",
    change: (s) => ({
      ...s,
      commerce: Object.fromEntries(Object.entries(s.commerce).map(([k, v]) => [k, v === true ? false : v])) as System["commerce"],
    }),
  },
  "obtain-disclosure-consent": {
    description:
      'Every disclosure whose exception is "permitted-by-law" or "none" gets exception "consent" with consentDate asOf: consent covers transmissions from then on, not earlier ones. A disclosure whose exception is unknown, and an unknown list of recipients, are left as they are (establish the facts first).',
    change: (s, asOf) =>
      s.disclosures === "unknown"
        ? s
        : {
            ...s,
            disclosures: s.disclosures.map((d) => (EXCEPTED.has(d.exception) || d.exception === "unknown" ? d : { ...d, exception: "consent" as const, consentDate: asOf })),
          },
  },
  "stop-unexcepted-disclosure": {
    description:
      'Stops every disclosure whose exception is "permitted-by-law" or "none" (dropped from the profile). Disclosures with an unknown exception stay (establish the facts first).',
    change: (s) =>
      s.disclosures === "unknown" ? s : { ...s, disclosures: s.disclosures.filter((d) => d.exception !== "permitted-by-law" && d.exception !== "none") },
  },
  "encrypt-templates-and-vectors": {
    description: "Sets security.templateEncryption and .encryptionAtRest to true.",
    change: (s) => ({ ...s, security: { ...s.security, templateEncryption: true, encryptionAtRest: true } }),
  },
  "encrypt-in-transit": {
    description: "Sets security.encryptionInTransit to true.",
    change: (s) => ({ ...s, security: { ...s.security, encryptionInTransit: true } }),
  },
  "restrict-access": {
    description: "Sets security.accessControl and .accessLogging to true.",
    change: (s) => ({ ...s, security: { ...s.security, accessControl: true, accessLogging: true } }),
  },
  "protect-at-parity": {
    description: "Sets security.parityWithConfidentialInfo to true.",
    change: (s) => ({ ...s, security: { ...s.security, parityWithConfidentialInfo: true } }),
  },
  "adopt-industry-standard": {
    description:
      'Where no standard is named, sets security.industryStandard to "[standard adopted under the remediation plan]": a placeholder to replace with the framework actually adopted.',
    change: (s) =>
      s.security.industryStandard?.trim() ? s : { ...s, security: { ...s.security, industryStandard: "[standard adopted under the remediation plan]" } },
  },
  "exclude-illinois-geolocated-results": {
    description: "Turns on geofencing.geolocationExclusion from asOf (coverage left as stated, or unknown).",
    change: (s, asOf) => withGeofence(s, "geolocationExclusion", asOf),
  },
  "block-illinois-ip-logins": {
    description: "Turns on geofencing.ipBlocking from asOf (coverage left as stated, or unknown).",
    change: (s, asOf) => withGeofence(s, "ipBlocking", asOf),
  },
  "avoid-collecting-illinois-residents": {
    description:
      "Turns on geofencing.collectionFilter from asOf (coverage left as stated, or unknown). Subject counts are left alone: the people already collected stay in the look-back.",
    change: (s, asOf) => withGeofence(s, "collectionFilter", asOf),
  },
  "train-employees-cybersecurity": {
    description: "Sets security.staffTraining to true.",
    change: (s) => ({ ...s, security: { ...s.security, staffTraining: true } }),
  },
  "deploy-anti-intrusion": {
    description: "Sets security.intrusionDetection to true.",
    change: (s) => ({ ...s, security: { ...s.security, intrusionDetection: true } }),
  },
  "destroy-illinois-residents-data": {
    description: `Sets geofencing.existingDataPurged to true, except on a system whose data is under a hold. Subject counts are left alone: destroying data does not undo its collection. ${HOLD_CAVEAT}`,
    change: (s) => (underHold(s) ? s : { ...s, geofencing: { ...(s.geofencing ?? { knownGaps: [] }), existingDataPurged: true } }),
  },
  "no-private-entity-customers": {
    description: "Sets remediation.privateEntityCustomers to false. commerce is left alone: other customers may still pay (15(c)).",
    change: (s) => withRemediation(s, { privateEntityCustomers: false }),
  },
  "no-illinois-customers": {
    description: "Sets remediation.illinoisCustomers to false. commerce is left alone: other customers may still pay (15(c)).",
    change: (s) => withRemediation(s, { illinoisCustomers: false }),
  },
  "opt-out-form-with-publicity": {
    description: "Sets remediation.optOutForm and .optOutPublicized to true.",
    change: (s) => withRemediation(s, { optOutForm: true, optOutPublicized: true }),
  },
  "continue-illinois-filtering": {
    description: "Turns on (or keeps on) geofencing.collectionFilter and .geolocationExclusion from asOf.",
    change: (s, asOf) => withGeofence(withGeofence(s, "collectionFilter", asOf), "geolocationExclusion", asOf),
  },
  "end-individual-trial-accounts": {
    description: "Sets remediation.individualTrialAccounts to false.",
    change: (s) => withRemediation(s, { individualTrialAccounts: false }),
  },
  "face-recognition-off-by-default": {
    description: "Sets remediation.defaultOff to true.",
    change: (s) => withRemediation(s, { defaultOff: true }),
  },
  "delete-templates-without-fresh-consent": {
    description: `Sets release.coversAllSubjects to true: after the deletion, everyone whose template remains has consented. Release dates are left alone, and the earlier collection stays in the look-back. Not applied to a system whose data is under a hold. ${HOLD_CAVEAT}`,
    change: (s) => (underHold(s) ? s : { ...s, release: { ...s.release, coversAllSubjects: true } }),
  },
  "purge-inactive-templates": {
    description: `Sets remediation.inactiveTemplatePurgeYears to 3 (the Facebook settlement's period) unless a shorter period is set. Not applied to a system whose data is under a hold. ${HOLD_CAVEAT}`,
    change: (s) => {
      if (underHold(s)) return s;
      const years = s.remediation?.inactiveTemplatePurgeYears;
      return withRemediation(s, { inactiveTemplatePurgeYears: years !== undefined && years <= 3 ? years : 3 });
    },
  },
  "disclose-in-privacy-policy": {
    description: "Sets remediation.disclosedInPrivacyPolicy to true.",
    change: (s) => withRemediation(s, { disclosedInPrivacyPolicy: true }),
  },
  "privacy-training-for-staff": {
    description: "Not modeled: the profile records cybersecurity training (security.staffTraining), not privacy training. Record it and re-run the audit.",
  },
  "limit-cross-border-transfers": {
    description:
      "Stops cross-border transfers of biometric data not known to be disclosed to subjects (dropped from the profile), and ends the access of offshore affiliates known to reach biometric data (accessToBiometricData true becomes false). An affiliate whose access is unknown stays unknown: establish it.",
    change: (s) => ({ ...s, crossBorderTransfers: s.crossBorderTransfers.filter((t) => t.biometricData !== true || t.disclosedToSubjects === true) }),
  },
  "opt-in-consent-prompt": {
    description:
      "Not modeled: a prompt counts as a release only if it yields informed written consent or an electronic signature before capture; record that under release (obtain-written-release).",
  },
  "establish-unknown-facts": {
    description: "Not modeled: only the company can supply the facts the profile leaves unknown. Record them and re-run the audit.",
  },
};

/** Organization-level changes some measures also make. */
const ORGANIZATION_CHANGES: Partial<Record<RemedyId, (o: Practices["organization"]) => Practices["organization"]>> = {
  "limit-cross-border-transfers": (o) => ({
    ...o,
    offshoreAffiliates: o.offshoreAffiliates.map((a) => (a.accessToBiometricData === true ? { ...a, accessToBiometricData: false } : a)),
  }),
};

/** Every remedy as a profile measure, in `REMEDY_IDS` order. */
export function profileMeasure(id: RemedyId): ProfileMeasure {
  const { description, change } = CHANGES[id];
  const organization = ORGANIZATION_CHANGES[id];
  return {
    id,
    description,
    modeled: change !== undefined,
    apply(profile, ctx) {
      const targets = ctx.systemIds ? new Set(ctx.systemIds) : undefined;
      // The changes build new objects and never write to the ones they are given, so what they leave
      // alone is shared with the profile, not copied (a deep copy per measure was a twelfth of a plan).
      return {
        ...profile,
        organization: organization ? organization(profile.organization) : profile.organization,
        systems: profile.systems.map((s) => (change && (!targets || targets.has(s.id)) ? change(s, ctx.asOf) : s)),
      };
    },
  };
}

/**
 * Applies measures in order, each to the systems it is aimed at.
 * @param targets per measure, the system ids to change (all systems when a measure has no entry).
 */
export function applyMeasures(
  profile: Practices,
  ids: readonly RemedyId[],
  asOf: string,
  targets: ReadonlyMap<RemedyId, readonly string[]> = new Map(),
): Practices {
  return ids.reduce((current, id) => {
    const systemIds = targets.get(id);
    return profileMeasure(id).apply(current, { asOf, ...(systemIds ? { systemIds } : {}) });
  }, profile);
}
