import type { PackAuthority } from "../../core/pack.js";

/*
 * What the My Health My Data Act rules cite, carried from bipa-reference.md §4.2 with its marks:
 * V = primary source, V2 = two or more secondary sources, S = one, UNVERIFIED = not confirmed.
 * URLs only where the reference gives one.
 */
export const authorities: readonly PackAuthority[] = [
  {
    id: "wa-mhmda-19-373-030",
    kind: "statute",
    name: "RCW 19.373.030 (consent to collect and to share)",
    citation: "RCW 19.373.030",
    year: 2023,
    holding:
      "Consumer health data may be collected only with consent for a specified purpose, or as necessary for a product or service the consumer asked for; consent comes before collection and discloses the categories of data, the purpose and specific uses, the categories of recipients and how to withdraw. Sharing needs a separate and distinct consent, or must be necessary for a requested product or service. Main duties from 31 Mar 2024; small businesses from 30 June 2024.",
    status: "V",
    url: "https://self-law.org/code/wa/title-19/chapter-19-373/19-373-030",
  },
  {
    id: "wa-mhmda-19-373-070",
    kind: "statute",
    name: "RCW 19.373.070 (valid authorization to sell)",
    citation: "RCW 19.373.070",
    year: 2023,
    holding:
      "Selling consumer health data is unlawful without a valid authorization signed by the consumer, separate from the consent to collect or share, in plain language, stating (a) the specific data, (b) the seller's name and contact, (c) the purchaser's name and contact, (d) the purpose and how the purchaser will gather and use it, (e) that goods or services may not be conditioned on signing, (f) the right to revoke and how, (g) that the purchaser may redisclose it, (h) an expiry one year from signature, and (i) the consumer's signature and date. Listed defects make it invalid.",
    status: "V",
    url: "https://lawfilesext.leg.wa.gov/Law/RCWArchive/2023/htm/RCW%20%2019%20.373%20%20CHAPTER/RCW%20%2019%20.373%20.070.htm",
  },
  {
    id: "wa-mhmda-19-373-010",
    kind: "statute",
    name: "RCW 19.373.010 (definitions: biometric data, consumer, regulated entity)",
    citation: "RCW 19.373.010(8)(b)(ix)",
    year: 2023,
    holding:
      "Biometric data is consumer health data: imagery of iris, retina, fingerprint, face, hand, palm, vein patterns and voice from which a template can be extracted, plus keystroke and gait patterns. A regulated entity does business in Washington or targets Washington consumers and decides the purposes and means of processing; no revenue threshold. A consumer includes a non-resident whose data is collected in Washington.",
    status: "V2",
  },
  {
    id: "wa-mhmda-19-373-040",
    kind: "statute",
    name: "RCW 19.373.040 (consumer rights)",
    citation: "RCW 19.373.040",
    year: 2023,
    holding: "Consumers have access and deletion rights; the Act sets no fixed retention period.",
    status: "V2",
  },
  {
    id: "wa-mhmda-19-373-050",
    kind: "statute",
    name: "RCW 19.373.050 (data security)",
    citation: "RCW 19.373.050",
    year: 2023,
    holding: "Sets data-security duties; their content was not checked.",
    status: "UNVERIFIED",
  },
  {
    id: "wa-mhmda-policy-and-geofencing",
    kind: "statute",
    name: "Privacy policy and geofencing ban",
    citation: "ch. 19.373 RCW",
    year: 2023,
    holding: "A public consumer health data privacy policy linked from the homepage; no geofence within 2,000 feet of an in-person health-care facility.",
    status: "V2",
  },
  {
    id: "wa-mhmda-19-373-090",
    kind: "statute",
    name: "RCW 19.373.090 (enforcement)",
    citation: "RCW 19.373.090",
    year: 2023,
    holding: "A violation is a per se violation of the Consumer Protection Act, enforced by the Attorney General and by a private right of action.",
    status: "V2",
  },
  {
    id: "wa-mhmda-cpa-injury",
    kind: "guidance",
    name: "Washington Attorney General, Consumer Protection Act statutes page",
    citation: "Washington Attorney General, statutes page",
    year: 2024,
    holding: "A private Consumer Protection Act plaintiff must show injury (economic injury).",
    status: "V",
    url: "https://www.atg.wa.gov/statutes",
  },
  {
    id: "wa-mhmda-sb-5025-2021",
    kind: "public-act",
    name: "SB 5025 (2021), Consumer Protection Improvement Act",
    citation: "Wash. SB 5025 (2021)",
    year: 2021,
    date: "2021-07-25",
    holding: "Raised the Consumer Protection Act civil penalty for unfair or deceptive acts from $2,000 to up to $7,500 per violation, from 25 July 2021.",
    status: "V",
    url: "https://www.atg.wa.gov/news/news-releases/ag-request-legislation-increasing-consumer-protection-penalties-first-time-half",
  },
  {
    id: "wa-mhmda-maxwell-v-amazon-2025",
    kind: "case",
    name: "Maxwell v. Amazon.com, Inc.",
    citation: "No. 2:25-cv-00261 (W.D. Wash., filed 10 Feb 2025)",
    court: "W.D. Wash.",
    year: 2025,
    date: "2025-02-10",
    holding:
      "The first class action under the Act: alleges that the Amazon Ads SDK in third-party apps collected location and biometric data without consent; Amazon denies it. A filing, not a holding; the outcome was not found (unverified).",
    status: "V2",
  },
];
