/**
 * Measures shared across jurisdiction packs: the act a company performs, whatever law asks for it.
 * A pack's remedy names one of these as its `measure`, so the control plan lists the act once with
 * every pack and section it satisfies. Add an entry only for an act that is the same in every law
 * that accepts it; a stricter variant (a separate consent to share) is its own measure.
 */
export const SHARED_MEASURES = {
  "notice-before-capture": "Tell people, before capture, that biometric data is collected, why and for how long",
  "written-consent-before-capture": "Obtain each person's written (or electronically signed) consent before the first capture",
  "consent-before-capture": "Obtain each person's consent before the first capture",
  "separate-consent-to-share": "Obtain a separate and distinct consent before sharing the data with others",
  "consent-before-disclosure": "Obtain consent before disclosing the data to anyone",
  "stop-unexcepted-disclosure": "Stop disclosures that no exception permits",
  "stop-sale": "Stop selling, leasing, trading or otherwise profiting from biometric data",
  "valid-sale-authorization": "Sell only under a signed authorization that has every required element and expires in a year",
  "public-retention-policy": "Publish a written policy with a retention schedule and destruction guidelines",
  "destroy-on-deadline": "Destroy biometric data by the strictest deadline among the laws that apply",
  "reasonable-security": "Protect biometric data with reasonable care, at least as well as other confidential information",
  "incident-response-protocol": "Adopt a protocol for responding to a security incident involving biometric data",
  "entrance-signage": "Post a clear and conspicuous sign near every customer entrance",
  "stop-face-recognition-in-public-accommodation": "Stop using face recognition in places of public accommodation",
  "voluntary-employee-consent": "Require employee consent only for the permitted uses; make it voluntary for others",
  "notice-at-collection": "Give a notice at collection that lists the categories, purposes and retention",
  "offer-right-to-limit": "Let people limit the use of their sensitive data to what is necessary",
  "special-category-condition": "Rely on a valid condition (such as explicit consent) before processing biometric data to identify people",
  "impact-assessment": "Carry out a data protection impact assessment before processing",
  "appoint-representative": "Appoint a representative in the EU (or the UK) for people there",
  "stop-untargeted-scraping": "Stop building or expanding a face database by untargeted scraping of facial images",
  "delete-data-of-people-in-territory": "Delete the data of people in the territory, templates and vectors included",
  "answer-access-requests": "Answer people's access requests (before any deletion they ask about)",
  "stop-collection-in-territory": "Stop collecting data of people in the territory without a legal basis",
} as const;

/** The id of a shared measure. */
export type SharedMeasureId = keyof typeof SHARED_MEASURES;

/**
 * Acts that satisfy another: a written consent before capture is also a consent before capture, so a
 * law asking only for consent is satisfied by the written release another law requires. The plan
 * lists the weaker measure's laws under the stronger one when both are needed.
 */
export const MEASURE_SUBSUMES: Readonly<Partial<Record<SharedMeasureId, readonly SharedMeasureId[]>>> = {
  "written-consent-before-capture": ["consent-before-capture"],
};
