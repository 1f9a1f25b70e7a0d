import type { AuthorityId } from "../authorities.js";
import { bipaRules } from "../rules/index.js";
import { isRemedyId, REMEDY_IDS, type RemedyId } from "./ids.js";

/** Where a measure comes from: the statute itself, or a ruling, order or settlement that described it. */
export type RemedyOrigin =
  | "statute"
  | "clearview-pi-ruling"
  | "clearview-relief-sought"
  | "aclu-consent-order"
  | "settlement"
  | "engine";

/**
 * A remedial measure: what it requires, which findings it answers, whether it cures the practice
 * or only mitigates harm, and the ruling, order, settlement or section it comes from.
 */
export interface Remedy {
  id: RemedyId;
  title: string;
  /** What it requires in practice. */
  requires: string;
  /** `cures`: brings the practice into compliance. `mitigates`: weighed for irreparable harm, not liability. */
  effect: "cures" | "mitigates";
  /** Why the measure cures or only mitigates, in one sentence. */
  why: string;
  /** The rule ids it answers (filled in by the catalog). */
  addresses: readonly string[];
  sources: readonly AuthorityId[];
  origin: RemedyOrigin;
}

/**
 * Short titles, used by every report format. The full catalog entries are defined below. A title
 * that advises destroying data says it never reaches data a duty to preserve covers: the title is
 * what every format prints, and destroying evidence risks spoliation (bipa-reference.md §1.5 row (a)).
 */
export const REMEDY_TITLES: Readonly<Record<RemedyId, string>> = {
  "publish-retention-policy": "Publish a written retention and destruction policy",
  "add-schedule-and-destruction-guidelines": "Add a retention schedule and destruction guidelines to the policy",
  "adopt-policy-before-collection": "Have the policy in place before first possession",
  "limit-retention-to-statutory-maximum": "Destroy at the earlier of purpose satisfied or 3 years after last interaction",
  "destroy-data-past-trigger": "Destroy data held past its destruction trigger, and follow the schedule (not data a duty to preserve covers)",
  "hold-only-under-warrant-or-subpoena": "Keep data past the schedule only under court-issued process or a duty to preserve",
  "preserve-and-seek-court-order": "Keep data under a duty to preserve, and seek the court's order",
  "provide-written-notice": "Tell subjects in writing that biometric data is collected or stored",
  "state-purpose-and-term": "State the specific purpose and length of term in writing",
  "obtain-written-release": "Obtain a written or electronically signed release",
  "obtain-release-before-capture": "Obtain notice and release before the first capture",
  "obtain-parental-release-for-minors": "Obtain a parent's or guardian's release for minors",
  "stop-collection-until-release": "Stop collecting until a release is in hand",
  "destroy-unconsented-data": "Destroy biometric data collected without a release (not data a duty to preserve covers)",
  "stop-profiting": "Stop selling, leasing, trading or otherwise profiting from biometric data",
  "obtain-disclosure-consent": "Obtain consent before each disclosure",
  "stop-unexcepted-disclosure": "Stop disclosures that no 15(d) exception covers",
  "encrypt-templates-and-vectors": "Encrypt stored templates and vectors",
  "encrypt-in-transit": "Encrypt biometric data in transit",
  "restrict-access": "Restrict and log access to biometric data",
  "protect-at-parity": "Protect biometrics at least as well as other confidential information",
  "adopt-industry-standard": "Adopt and document an industry security standard",
  "exclude-illinois-geolocated-results": "Exclude Illinois-geolocated photos from search results",
  "block-illinois-ip-logins": "Block logins from Illinois IP addresses",
  "avoid-collecting-illinois-residents": "Change collection to avoid Illinois residents",
  "train-employees-cybersecurity": "Train employees in cybersecurity",
  "deploy-anti-intrusion": "Deploy anti-intrusion devices",
  "destroy-illinois-residents-data": "Destroy Illinois residents' biometric data already held (not data a duty to preserve covers)",
  "no-private-entity-customers": "Stop offering the database to private entities",
  "no-illinois-customers": "Stop selling access to Illinois entities, including police",
  "opt-out-form-with-publicity": "Offer an Illinois opt-out form and publicize it",
  "continue-illinois-filtering": "Keep filtering photos taken or uploaded in Illinois",
  "end-individual-trial-accounts": "End free or trial accounts for individuals",
  "face-recognition-off-by-default": "Turn face recognition off by default",
  "delete-templates-without-fresh-consent": "Delete templates unless the user gives fresh express consent (not data a duty to preserve covers)",
  "purge-inactive-templates": "Delete templates of inactive users (not data a duty to preserve covers)",
  "disclose-in-privacy-policy": "Disclose biometric collection in the privacy policy",
  "privacy-training-for-staff": "Train staff and contractors in privacy",
  "limit-cross-border-transfers": "Do not move biometric data abroad unless disclosed",
  "opt-in-consent-prompt": "Prompt users for opt-in consent",
  "establish-unknown-facts": "Establish and document the facts the profile leaves unknown",
};

/** The title of a remedy id (every id has one; a test enforces it). */
export function remedyTitle(id: RemedyId): string {
  return REMEDY_TITLES[id];
}

/** A catalog entry as written below; `title` and `addresses` are filled in from the titles and the rules. */
type Entry = Omit<Remedy, "id" | "title" | "addresses">;

// Shared reasons, so the cure/mitigation line is drawn the same way everywhere.
const STATUTE_STEP = "It is a step Sec. 15 itself requires, so it brings the practice into compliance from the day it is taken";
const PAST_STANDS = "conduct before it stays actionable within the five-year look-back (Tims)";
/** Destruction advice never overrides a duty to preserve evidence (Sec. 25(a); bipa-reference.md §1.5 row (a)). */
const UNLESS_PRESERVING =
  "Not while a duty to preserve applies: if litigation is pending or reasonably expected, or a hold covers the data, keep it and seek the court's guidance first (destroying evidence risks spoliation sanctions; Sec. 25(a)).";
const CLEARVIEW_WEIGHED =
  "One of the six measures the Clearview court noted when it found no likely irreparable harm and denied a preliminary injunction; the court weighed it for harm, not liability, and did not hold that it satisfies any duty in Sec. 15";
const CONTROL_NOT_LIMB =
  "15(e) names no specific control: compliance is judged by its two limbs (the industry's reasonable standard of care, and parity with other confidential information), so one control lowers the risk of disclosure but does not by itself show either limb";
const RELIEF_SOUGHT =
  "The Clearview MDL plaintiffs asked for it in their preliminary-injunction motion, which was denied; ending possession limits continuing harm but does not undo collection or use that has already happened";
const ACLU_TERM =
  "A term of the ACLU v. Clearview consent order (2022), agreed to settle the case; it narrows who can reach the data and so limits continuing harm, but the order is not a holding that it satisfies Sec. 15";
const SETTLEMENT_TERM =
  "A term of a class settlement, agreed to resolve claims; it lowers continuing harm but is not a step Sec. 15 names, and the statute's own cure for the same gap is listed separately";

const ENTRIES: Readonly<Record<RemedyId, Entry>> = {
  // ── The statute's own cures (740 ILCS 14/15) ──────────────────────────────────────────────────
  "publish-retention-policy": {
    requires:
      "Write a policy for biometric data with a retention schedule and guidelines for permanent destruction, and make it available to the public (for example at a stable URL linked from the privacy notice).",
    effect: "cures",
    why: `${STATUTE_STEP} (15(a)); a policy adopted after first possession does not cure the earlier gap (Mora), and ${PAST_STANDS}.`,
    sources: ["bipa-15a", "mora-2022"],
    origin: "statute",
  },
  "add-schedule-and-destruction-guidelines": {
    requires:
      "Make the published policy state a retention schedule and the guidelines for permanently destroying the data, naming what starts the destruction clock.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(a) asks for both the schedule and the guidelines); ${PAST_STANDS}.`,
    sources: ["bipa-15a"],
    origin: "statute",
  },
  "adopt-policy-before-collection": {
    requires:
      "For any new system, adopt and publish the 15(a) policy before the first capture; keep the adoption date on record beside the first-capture date.",
    effect: "cures",
    why: "15(a) requires the policy from the moment of possession (Mora v. J&M Plating); for a system already collecting, a policy adopted now cannot reach back, so the gap stays actionable within the five-year look-back.",
    sources: ["bipa-15a", "mora-2022"],
    origin: "statute",
  },
  "limit-retention-to-statutory-maximum": {
    requires:
      "Set the destruction trigger to whichever comes first: the initial purpose of collection is satisfied, or 3 years after the person's last interaction with the entity.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(a) sets that outer limit); ${PAST_STANDS}.`,
    sources: ["bipa-15a"],
    origin: "statute",
  },
  "destroy-data-past-trigger": {
    requires:
      `Destroy every record held past its destruction trigger, including backups, replicas and vendors' copies (with vendors' certification), and run deletion as a routine job so the published schedule is actually followed. ${UNLESS_PRESERVING}`,
    effect: "cures",
    why: `${STATUTE_STEP} (15(a)'s second duty is to comply with the schedule); keeping data past the trigger is a concrete injury (Fox v. Dakkota), and ${PAST_STANDS}.`,
    sources: ["bipa-15a", "fox-2020"],
    origin: "statute",
  },
  "hold-only-under-warrant-or-subpoena": {
    requires:
      "Keep biometric data past its destruction point only under a valid warrant or subpoena issued by a court of competent jurisdiction (with the document and the issuing court on file) or while a duty to preserve it as evidence lasts; for a hold with no court order, ask the court for a preservation or protective order rather than destroy the data. Destroy it on schedule once no process or duty requires it.",
    effect: "cures",
    why: `15(a) names court-issued process as its only exception to the schedule, and Sec. 25(a) leaves discovery and admission of the data untouched, so retention is brought within the exception by court order, never cured by destroying evidence; ${PAST_STANDS}.`,
    sources: ["bipa-15a", "bipa-25"],
    origin: "statute",
  },
  "preserve-and-seek-court-order": {
    requires:
      "Keep the records a duty to preserve covers (do not destroy them while the litigation is pending or reasonably expected), ask the court hearing the matter for a preservation or protective order that covers them, record which court issued it, and destroy the data on schedule once the order or duty ends.",
    effect: "cures",
    why:
      "The only retention exception written into 15(a) is process issued by a court of competent jurisdiction, and Sec. 25(a) leaves discovery of the data untouched; a court's order brings the retention within that exception, while destroying the data under a hold risks spoliation sanctions. No BIPA case decides the point: a reading of the text and general commentary (bipa-reference.md §1.5), not a holding.",
    sources: ["bipa-15a", "bipa-25", "fleury-union-pacific-2023"],
    origin: "statute",
  },
  "provide-written-notice": {
    requires: "Before capture, tell each subject (or their legally authorized representative) in writing that biometric data is being collected or stored.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(b)(1)); a missing step is actionable by itself (Rosenbach), and ${PAST_STANDS}.`,
    sources: ["bipa-15b", "rosenbach-2019"],
    origin: "statute",
  },
  "state-purpose-and-term": {
    requires: "Make the written notice state the specific purpose of collection and the length of term for which the data is collected, stored and used.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(b)(2)); ${PAST_STANDS}.`,
    sources: ["bipa-15b"],
    origin: "statute",
  },
  "obtain-written-release": {
    requires:
      "Obtain from every subject a written release: informed written consent, an electronic signature (expressly since PA 103-0769), or for employees a release executed as a condition of employment. Keep the signed records.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(b)(3)); collection before the release stays actionable within the five-year look-back (Tims).`,
    sources: ["bipa-15b", "bipa-10", "pa-103-0769"],
    origin: "statute",
  },
  "obtain-release-before-capture": {
    requires: "Change enrolment so that notice is given and the release signed before each subject's first capture; block capture for anyone without a release on file.",
    effect: "cures",
    why: `${STATUTE_STEP}: 15(b) requires the notice and release first; ${PAST_STANDS}.`,
    sources: ["bipa-15b", "rosenbach-2019"],
    origin: "statute",
  },
  "obtain-parental-release-for-minors": {
    requires: "For minors, obtain the release from a parent or guardian acting as legally authorized representative before capture.",
    effect: "cures",
    why: `${STATUTE_STEP}: 15(b)(3) lets a legally authorized representative sign (Rosenbach arose from a 14-year-old's thumbprint); ${PAST_STANDS}.`,
    sources: ["bipa-15b", "rosenbach-2019"],
    origin: "statute",
  },
  "stop-collection-until-release": {
    requires: "Suspend capture for every subject who has not yet received the written notice and signed a release; resume for each only once both are on file.",
    effect: "cures",
    why: `15(b) forbids collection unless notice and release come first, so ceasing such collection ends the ongoing breach; it is also relief the Clearview MDL plaintiffs sought; ${PAST_STANDS}.`,
    sources: ["bipa-15b", "clearview-pi-motion-2021"],
    origin: "statute",
  },
  "destroy-unconsented-data": {
    requires: `Permanently destroy templates and other biometric data collected without a valid release, including backups and vendors' copies. ${UNLESS_PRESERVING}`,
    effect: "mitigates",
    why: `${RELIEF_SOUGHT}: the 15(b) violation lies in the collection itself. The Facebook settlement's deletion of templates without fresh consent is a comparable term.`,
    sources: ["clearview-pi-motion-2021", "facebook-settlement-2021", "bipa-15b"],
    origin: "clearview-relief-sought",
  },
  "stop-profiting": {
    requires:
      "End every sale, lease, trade or licence of biometric data or of access to a database built from it, and any revenue tied to the biometrics. Consent does not make it lawful.",
    effect: "cures",
    why: `15(c) is an absolute ban with no consent exception, so stopping is the only cure; it was relief the Clearview MDL plaintiffs sought; ${PAST_STANDS}.`,
    sources: ["bipa-15c", "clearview-pi-motion-2021"],
    origin: "statute",
  },
  "obtain-disclosure-consent": {
    requires:
      "Before disclosing biometric data to any recipient (vendors and cloud hosts included), obtain the subject's consent to that disclosure, unless it completes a requested financial transaction or is required by law or by a valid warrant or subpoena issued by a court. Record the date of each consent: it covers disclosures from that date, not earlier ones.",
    effect: "cures",
    why: `Consent is the first of the four 15(d) exceptions, so it brings disclosures from the date it is given into compliance; transmissions before it stay actionable within the five-year look-back (Tims).`,
    sources: ["bipa-15d"],
    origin: "statute",
  },
  "stop-unexcepted-disclosure": {
    requires:
      "Stop every disclosure that none of the four 15(d) exceptions covers. A law that merely permits disclosure is not enough: it must require it.",
    effect: "cures",
    why: `15(d) bars disclosure outside its four exceptions, so ending such disclosure ends the breach; it was relief the Clearview MDL plaintiffs sought; ${PAST_STANDS}.`,
    sources: ["bipa-15d", "clearview-pi-motion-2021"],
    origin: "statute",
  },
  "encrypt-templates-and-vectors": {
    requires: "Encrypt stored biometric templates and facial vectors, and the stores that hold them, with keys managed apart from the data.",
    effect: "mitigates",
    why: `${CLEARVIEW_WEIGHED}. ${CONTROL_NOT_LIMB}.`,
    sources: ["clearview-pi-denial-2021", "bipa-15e"],
    origin: "clearview-pi-ruling",
  },
  "encrypt-in-transit": {
    requires: "Encrypt biometric data whenever it is transmitted, between devices, services and vendors.",
    effect: "mitigates",
    why: `15(e) covers how data is transmitted as well as stored, but ${CONTROL_NOT_LIMB}.`,
    sources: ["bipa-15e"],
    origin: "statute",
  },
  "restrict-access": {
    requires: "Limit access to biometric data to the people and services that need it (role-based access, MFA, least privilege) and log every access.",
    effect: "mitigates",
    why: `15(e) requires protection from disclosure, but ${CONTROL_NOT_LIMB}.`,
    sources: ["bipa-15e"],
    origin: "statute",
  },
  "protect-at-parity": {
    requires:
      "Give biometric data the same or stronger protection than the entity gives its other confidential and sensitive information (social security numbers, account numbers, PINs, pass codes), and document the comparison.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(e)(2), measured against the Sec. 10 list of confidential and sensitive information); ${PAST_STANDS}.`,
    sources: ["bipa-15e", "bipa-10"],
    origin: "statute",
  },
  "adopt-industry-standard": {
    requires:
      "Adopt, document and audit against the reasonable standard of care in the entity's industry (for example a named security framework), covering storage, transmission and protection from disclosure.",
    effect: "cures",
    why: `${STATUTE_STEP} (15(e)(1), the first limb); ${PAST_STANDS}.`,
    sources: ["bipa-15e"],
    origin: "statute",
  },

  // ── The six measures the court noted in the Clearview MDL (preliminary injunction denied) ─────
  "exclude-illinois-geolocated-results": {
    requires: "Exclude photos with an Illinois geolocation from search results, and measure how many Illinois items the filter misses (for example photos without geotags).",
    effect: "mitigates",
    why: `${CLEARVIEW_WEIGHED}. It reduces new Illinois exposure; it does not obtain a release or stop possession.`,
    sources: ["clearview-pi-denial-2021"],
    origin: "clearview-pi-ruling",
  },
  "block-illinois-ip-logins": {
    requires: "Block logins from Illinois IP addresses as far as possible, and record the known gaps (for example VPN users).",
    effect: "mitigates",
    why: `${CLEARVIEW_WEIGHED}.`,
    sources: ["clearview-pi-denial-2021"],
    origin: "clearview-pi-ruling",
  },
  "avoid-collecting-illinois-residents": {
    requires: "Change collection to avoid photos of Illinois residents and photos taken or uploaded in Illinois, and measure its coverage.",
    effect: "mitigates",
    why: `${CLEARVIEW_WEIGHED}. Data already collected from Illinois residents stays, as do the claims for its collection.`,
    sources: ["clearview-pi-denial-2021"],
    origin: "clearview-pi-ruling",
  },
  "train-employees-cybersecurity": {
    requires: "Give every employee who can reach biometric systems regular cybersecurity training, and keep attendance records.",
    effect: "mitigates",
    why: `${CLEARVIEW_WEIGHED}. ${CONTROL_NOT_LIMB}.`,
    sources: ["clearview-pi-denial-2021"],
    origin: "clearview-pi-ruling",
  },
  "deploy-anti-intrusion": {
    requires: "Deploy anti-intrusion devices (intrusion detection and prevention) on the systems and networks that hold biometric data, with alerting and response.",
    effect: "mitigates",
    why: `${CLEARVIEW_WEIGHED}. ${CONTROL_NOT_LIMB}.`,
    sources: ["clearview-pi-denial-2021"],
    origin: "clearview-pi-ruling",
  },

  // ── Relief the Clearview MDL plaintiffs sought ──────────────────────────────────────────────────
  "destroy-illinois-residents-data": {
    requires: `Identify and permanently destroy the biometric data of Illinois residents already held, including backups and copies held by affiliates or vendors. ${UNLESS_PRESERVING}`,
    effect: "mitigates",
    why: `${RELIEF_SOUGHT}.`,
    sources: ["clearview-pi-motion-2021"],
    origin: "clearview-relief-sought",
  },

  // ── ACLU v. Clearview consent order (11 May 2022) ────────────────────────────────────────────────
  "no-private-entity-customers": {
    requires:
      "Stop making the biometric database available to private businesses and other private entities (the order's exact exceptions are unverified in the project's legal reference).",
    effect: "mitigates",
    why: `${ACLU_TERM}. 15(c) bars profiting from any customer, so only stopping the profit cures it.`,
    sources: ["aclu-clearview-2022"],
    origin: "aclu-consent-order",
  },
  "no-illinois-customers": {
    requires: "Stop selling access to any entity in Illinois, including State and local police (the order set a 5-year bar).",
    effect: "mitigates",
    why: `${ACLU_TERM}.`,
    sources: ["aclu-clearview-2022"],
    origin: "aclu-consent-order",
  },
  "opt-out-form-with-publicity": {
    requires:
      "Offer Illinois residents an opt-out form (upload a photo to block their faceprint from search results) and publicize it (the order required $50,000 in online ads).",
    effect: "mitigates",
    why: `${ACLU_TERM}. An opt-out is not the written release 15(b) requires before collection.`,
    sources: ["aclu-clearview-2022"],
    origin: "aclu-consent-order",
  },
  "continue-illinois-filtering": {
    requires: "Keep filtering out photos taken or uploaded in Illinois (the order set 5 years), and keep the Illinois geofencing measures running.",
    effect: "mitigates",
    why: `${ACLU_TERM}.`,
    sources: ["aclu-clearview-2022"],
    origin: "aclu-consent-order",
  },
  "end-individual-trial-accounts": {
    requires: "End free or trial accounts for individuals (under the order, police officers acting without their department's approval).",
    effect: "mitigates",
    why: `${ACLU_TERM}.`,
    sources: ["aclu-clearview-2022"],
    origin: "aclu-consent-order",
  },

  // ── Facebook, TikTok, Google and Snap settlements ──────────────────────────────────────────────
  "face-recognition-off-by-default": {
    requires: "Ship face recognition switched off; turn it on only for users who opt in.",
    effect: "mitigates",
    why: `${SETTLEMENT_TERM} (obtain-written-release).`,
    sources: ["facebook-settlement-2021"],
    origin: "settlement",
  },
  "delete-templates-without-fresh-consent": {
    requires: `Delete existing face templates unless the user gives new, express consent. ${UNLESS_PRESERVING}`,
    effect: "mitigates",
    why: `${SETTLEMENT_TERM} (obtain-written-release).`,
    sources: ["facebook-settlement-2021"],
    origin: "settlement",
  },
  "purge-inactive-templates": {
    requires: `Delete the templates of users inactive for a set period (the Facebook settlement: 3 years). ${UNLESS_PRESERVING}`,
    effect: "mitigates",
    why: `${SETTLEMENT_TERM} (limit-retention-to-statutory-maximum: 15(a) already caps retention at 3 years after the last interaction, or sooner).`,
    sources: ["facebook-settlement-2021"],
    origin: "settlement",
  },
  "disclose-in-privacy-policy": {
    requires: "Collect or store biometric data only where the privacy policy discloses it (and the collection is otherwise lawful).",
    effect: "mitigates",
    why: `${SETTLEMENT_TERM} (publish-retention-policy, provide-written-notice): a privacy-policy statement is neither the 15(a) retention policy nor the 15(b) written notice and release.`,
    sources: ["tiktok-settlement-2022"],
    origin: "settlement",
  },
  "privacy-training-for-staff": {
    requires: "Train staff and contractors in privacy, including the BIPA duties.",
    effect: "mitigates",
    why: `${SETTLEMENT_TERM}.`,
    sources: ["tiktok-settlement-2022"],
    origin: "settlement",
  },
  "limit-cross-border-transfers": {
    requires:
      "Do not send biometric data out of the country, or give offshore affiliates access to it, unless the transfer is disclosed; the Clearview plaintiffs argued offshore subsidiaries could move data out of reach.",
    effect: "mitigates",
    why: `${SETTLEMENT_TERM} (TikTok); a transfer to a third party is still a 15(d) disclosure that needs an exception (obtain-disclosure-consent).`,
    sources: ["tiktok-settlement-2022", "clearview-pi-motion-2021"],
    origin: "settlement",
  },
  "opt-in-consent-prompt": {
    requires: "Prompt Illinois users for opt-in consent before the feature computes face geometry (Google Photos face grouping; Snap's in-app consent notice).",
    effect: "mitigates",
    why: `${SETTLEMENT_TERM}; a prompt cures 15(b) only if it yields informed written consent or an electronic signature given before capture (obtain-written-release).`,
    sources: ["rivera-google-settlement-2022", "boone-snap-2022"],
    origin: "settlement",
  },

  // ── For facts the profile leaves unknown ───────────────────────────────────────────────────────
  "establish-unknown-facts": {
    requires:
      "Find out and record the facts the profile marks unknown (dates, counts, forms of release, recipients, safeguards), with the documents that show them, then re-run the audit.",
    effect: "mitigates",
    why: "It cures nothing by itself: it turns a risk into either a pass or a finding with a known cure. Each section's duty applies whatever the profile says (Rosenbach: the violation alone is actionable).",
    sources: ["rosenbach-2019", "bipa-15a", "bipa-15b", "bipa-15c", "bipa-15d", "bipa-15e"],
    origin: "engine",
  },
};

/** Rule ids whose metadata names each remedy, from the BIPA pack (one source of truth: the rules). */
function addressedBy(id: RemedyId): string[] {
  return bipaRules.filter((rule) => rule.remedies.includes(id)).map((rule) => rule.id);
}

/** Every remedial measure, in the order of `REMEDY_IDS` (statute first, then rulings, orders, settlements). */
export const remedies: readonly Remedy[] = REMEDY_IDS.map((id) => ({
  id,
  title: REMEDY_TITLES[id],
  ...ENTRIES[id],
  addresses: addressedBy(id),
}));

const BY_ID = new Map<RemedyId, Remedy>(remedies.map((r) => [r.id, r]));

/**
 * The catalog entry for a remedy id.
 * @throws TypeError for an id the catalog does not hold (a typo must not pass silently).
 */
export function getRemedy(id: RemedyId | (string & {})): Remedy {
  const remedy = isRemedyId(id) ? BY_ID.get(id) : undefined;
  if (!remedy) throw new TypeError(`unknown remedy id ${JSON.stringify(id)}`);
  return remedy;
}

export { REMEDY_IDS };
