import type { PackAuthority } from "../../core/pack.js";

/*
 * What the Washington RCW 19.375 rules cite, carried from bipa-reference.md §4.2 with its marks:
 * V = primary source, V2 = two or more secondary sources, S = one secondary source. URLs only where the
 * reference gives one.
 */
export const authorities: readonly PackAuthority[] = [
  {
    id: "wa-biometric-19-375-020",
    kind: "statute",
    name: "RCW 19.375.020 (enrollment, disclosure, retention, care)",
    citation: "RCW 19.375.020",
    year: 2017,
    holding:
      "No enrolling a biometric identifier in a database for a commercial purpose without notice, consent, or a mechanism to prevent later commercial use; no sale, lease or disclosure for a commercial purpose without consent except the listed cases; keep it no longer than reasonably necessary; take reasonable care against unauthorised access and acquisition.",
    status: "V",
    url: "https://legalfix.com/statutes/state-codes/washington/title-19/chapter-19-375/section-19-375-020",
  },
  {
    id: "wa-biometric-2017-c-299",
    kind: "public-act",
    name: "2017 c 299 (HB 1493)",
    citation: "Laws of 2017, ch. 299; RCW 19.375.900",
    year: 2017,
    date: "2017-07-23",
    holding: "Enacted RCW 19.375, in force from 23 July 2017.",
    status: "V",
    url: "https://self-law.org/code/wa/title-19/chapter-19-375/19-375-900",
  },
  {
    id: "wa-biometric-definitions",
    kind: "statute",
    name: "RCW 19.375 definitions",
    citation: "RCW 19.375 (definitions)",
    year: 2017,
    holding:
      "A biometric identifier is data from automatic measurements of a person's biological characteristics (fingerprint, voiceprint, retinas, irises or other unique biological patterns) used to identify a specific person; photographs, video and audio recordings and data generated from them are excluded, as is HIPAA data. \"Enroll\" is capturing, converting to a template and storing it matched to a person; \"commercial purpose\" is sale or disclosure to a third party for marketing unrelated to the original transaction, excluding security and law-enforcement purposes. A use materially inconsistent with the original terms needs new consent.",
    status: "S",
    url: "https://tengele.com/news/f26e5df1-63a8-4ece-b1e5-f86b75bfe351/chapter-19-375-rcw-biometric-identifiers",
  },
  {
    id: "wa-biometric-exclusions",
    kind: "statute",
    name: "RCW 19.375 exclusions",
    citation: "RCW 19.375 (exclusions)",
    year: 2017,
    holding: "The chapter does not reach financial institutions subject to Title V of the Gramm-Leach-Bliley Act, activities subject to HIPAA, or law-enforcement authority.",
    status: "V2",
  },
  {
    id: "wa-biometric-cpa-enforcement",
    kind: "statute",
    name: "RCW 19.375 enforcement under the Consumer Protection Act",
    citation: "RCW 19.375; RCW 19.86",
    year: 2017,
    holding: "A violation is a per se unfair or deceptive act under the Consumer Protection Act, enforced by the Attorney General only; there is no private right of action.",
    status: "V2",
    url: "https://registry.deploy.report/regulations/washington-biometric-privacy",
  },
  {
    id: "wa-biometric-sb-5025-2021",
    kind: "public-act",
    name: "SB 5025 (2021), Consumer Protection Improvement Act",
    citation: "Wash. SB 5025 (2021)",
    year: 2021,
    date: "2021-07-25",
    holding: "Raised the Consumer Protection Act civil penalty for unfair or deceptive acts from $2,000 to up to $7,500 per violation, from 25 July 2021.",
    status: "V",
    url: "https://www.atg.wa.gov/news/news-releases/ag-request-legislation-increasing-consumer-protection-penalties-first-time-half",
  },
];
