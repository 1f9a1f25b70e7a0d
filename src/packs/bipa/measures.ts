import type { PackRemedy } from "../../core/pack.js";
import { remedies } from "./remedies/catalog.js";
import type { RemedyId } from "./remedies/ids.js";

/**
 * BIPA's remedies mapped onto the shared measure ids (src/core/measures.ts), so the control plan lists
 * an act once with every pack it satisfies. BIPA remedy ids do not change. A remedy with no shared
 * equivalent keeps a measure of its own, `bipa/<remedy id>`.
 */
const SHARED: Partial<Record<RemedyId, PackRemedy["measure"]>> = {
  "publish-retention-policy": "public-retention-policy",
  "add-schedule-and-destruction-guidelines": "public-retention-policy",
  "limit-retention-to-statutory-maximum": "destroy-on-deadline",
  "destroy-data-past-trigger": "destroy-on-deadline",
  "provide-written-notice": "notice-before-capture",
  "state-purpose-and-term": "notice-before-capture",
  "obtain-written-release": "written-consent-before-capture",
  "obtain-release-before-capture": "written-consent-before-capture",
  "stop-profiting": "stop-sale",
  "obtain-disclosure-consent": "consent-before-disclosure",
  "stop-unexcepted-disclosure": "stop-unexcepted-disclosure",
  "encrypt-templates-and-vectors": "reasonable-security",
  "encrypt-in-transit": "reasonable-security",
  "restrict-access": "reasonable-security",
  "protect-at-parity": "reasonable-security",
  "adopt-industry-standard": "reasonable-security",
  "destroy-illinois-residents-data": "delete-data-of-people-in-territory",
};

/** 740 ILCS 14/15(a): destroy when the initial purpose is satisfied or within 3 years of the last interaction, whichever is first. */
const DEADLINE: NonNullable<PackRemedy["deadline"]> = {
  after: "last-interaction",
  months: 36,
  text: "when the initial purpose is satisfied or within 3 years of the individual's last interaction, whichever occurs first (740 ILCS 14/15(a))",
};
const DESTRUCTION: ReadonlySet<RemedyId> = new Set(["limit-retention-to-statutory-maximum", "destroy-data-past-trigger"]);

/** The shared measure a BIPA remedy performs. */
export function bipaMeasureOf(id: RemedyId): PackRemedy["measure"] {
  return SHARED[id] ?? `bipa/${id}`;
}

/** BIPA's remedies in the pack contract's shape, in catalog order. */
export const bipaPackRemedies: readonly PackRemedy[] = remedies.map((r) => ({
  id: r.id,
  measure: bipaMeasureOf(r.id),
  title: r.title,
  requires: r.requires,
  effect: r.effect,
  why: r.why,
  sources: r.sources,
  ...(DESTRUCTION.has(r.id) ? { deadline: DEADLINE } : {}),
}));
