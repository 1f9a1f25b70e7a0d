import type { AuthorityId } from "../rules/bipa/authorities.js";
import { REMEDY_IDS, type RemedyId } from "./ids.js";

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
  /** The rule ids it answers (filled in by the catalog). */
  addresses: readonly string[];
  sources: readonly AuthorityId[];
}

/** Short titles, used by every report format. The full catalog entries are defined below. */
export const REMEDY_TITLES: Readonly<Record<RemedyId, string>> = {
  "publish-retention-policy": "Publish a written retention and destruction policy",
  "add-schedule-and-destruction-guidelines": "Add a retention schedule and destruction guidelines to the policy",
  "adopt-policy-before-collection": "Have the policy in place before first possession",
  "limit-retention-to-statutory-maximum": "Destroy at the earlier of purpose satisfied or 3 years after last interaction",
  "destroy-data-past-trigger": "Destroy data held past its destruction trigger, and follow the schedule",
  "hold-only-under-warrant-or-subpoena": "Keep data past the schedule only under a valid warrant or subpoena",
  "provide-written-notice": "Tell subjects in writing that biometric data is collected or stored",
  "state-purpose-and-term": "State the specific purpose and length of term in writing",
  "obtain-written-release": "Obtain a written or electronically signed release",
  "obtain-release-before-capture": "Obtain notice and release before the first capture",
  "obtain-parental-release-for-minors": "Obtain a parent's or guardian's release for minors",
  "stop-collection-until-release": "Stop collecting until a release is in hand",
  "destroy-unconsented-data": "Destroy biometric data collected without a release",
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
  "destroy-illinois-residents-data": "Destroy Illinois residents' biometric data already held",
  "no-private-entity-customers": "Stop offering the database to private entities",
  "no-illinois-customers": "Stop selling access to Illinois entities, including police",
  "opt-out-form-with-publicity": "Offer an Illinois opt-out form and publicize it",
  "continue-illinois-filtering": "Keep filtering photos taken or uploaded in Illinois",
  "end-individual-trial-accounts": "End free or trial accounts for individuals",
  "face-recognition-off-by-default": "Turn face recognition off by default",
  "delete-templates-without-fresh-consent": "Delete templates unless the user gives fresh express consent",
  "purge-inactive-templates": "Delete templates of inactive users",
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

export { REMEDY_IDS };
