/**
 * The statute sections, public acts, cases and orders the BIPA rules cite. Every entry is taken from
 * the project's legal reference (shared/legal/bipa-reference.md), with its verification status:
 * V = checked against a primary source; V2 = two or more secondary sources; S = one secondary source;
 * UNVERIFIED = not confirmed (such entries are cited only with that label, never as settled law).
 */

export type AuthorityKind = "statute" | "public-act" | "case" | "settlement" | "order";
export type VerificationStatus = "V" | "V2" | "S" | "UNVERIFIED";

export interface Authority {
  id: string;
  kind: AuthorityKind;
  /** Short name as lawyers cite it. */
  name: string;
  /** Reporter or docket citation. */
  citation: string;
  court?: string;
  year: number;
  /** Exact date where the reference gives one (YYYY-MM-DD). */
  date?: string;
  /** What it held or provides, in one sentence. */
  holding: string;
  status: VerificationStatus;
  url?: string;
}

const STATUTE_URL = "https://www.ilga.gov/legislation/ilcs/ilcs3.asp?ActID=3004&ChapterID=57";

const list = [
  {
    id: "bipa-10",
    kind: "statute",
    name: "740 ILCS 14/10 (definitions)",
    citation: "740 ILCS 14/10",
    year: 2008,
    holding:
      "Biometric identifiers are a retina or iris scan, fingerprint, voiceprint, or scan of hand or face geometry; photographs, health-care information and the other listed items are excluded.",
    status: "V",
    url: STATUTE_URL,
  },
  {
    id: "bipa-15a",
    kind: "statute",
    name: "740 ILCS 14/15(a)",
    citation: "740 ILCS 14/15(a)",
    year: 2008,
    holding:
      "A possessor must publish a written retention schedule and destruction guidelines, destroy the data when the initial purpose is satisfied or within 3 years of the last interaction, whichever is first, and comply absent a valid warrant or subpoena.",
    status: "V",
    url: "http://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15",
  },
  {
    id: "bipa-15b",
    kind: "statute",
    name: "740 ILCS 14/15(b)",
    citation: "740 ILCS 14/15(b)",
    year: 2008,
    holding:
      "Before collecting, an entity must inform the subject in writing of the collection, the specific purpose and the length of term, and receive a written release.",
    status: "V",
    url: "http://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15",
  },
  {
    id: "bipa-15c",
    kind: "statute",
    name: "740 ILCS 14/15(c)",
    citation: "740 ILCS 14/15(c)",
    year: 2008,
    holding: "No possessor may sell, lease, trade, or otherwise profit from biometric data; the text has no consent exception.",
    status: "V",
    url: "http://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15",
  },
  {
    id: "bipa-15d",
    kind: "statute",
    name: "740 ILCS 14/15(d)",
    citation: "740 ILCS 14/15(d)",
    year: 2008,
    holding:
      "No disclosure unless the subject consents, it completes a requested financial transaction, it is required by State or federal law or municipal ordinance, or it is required by a valid warrant or subpoena.",
    status: "V",
    url: "http://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15",
  },
  {
    id: "bipa-15e",
    kind: "statute",
    name: "740 ILCS 14/15(e)",
    citation: "740 ILCS 14/15(e)",
    year: 2008,
    holding:
      "Store, transmit and protect biometric data with the reasonable standard of care in the industry, and at least as protectively as other confidential and sensitive information.",
    status: "V2",
    url: "http://ilga.gov/legislation/ilcs/fulltext.asp?DocName=074000140K15",
  },
  {
    id: "bipa-20",
    kind: "statute",
    name: "740 ILCS 14/20 (right of action)",
    citation: "740 ILCS 14/20",
    year: 2024,
    holding:
      "Per violation: $1,000 liquidated damages (negligent) or $5,000 (intentional or reckless), or actual damages if greater, plus fees and injunctive relief; after PA 103-0769 repeated 15(b) collection and 15(d) disclosure count once.",
    status: "V",
    url: "https://self-law.org/code/il/chapter-740/act-14/20",
  },
  {
    id: "bipa-25",
    kind: "statute",
    name: "740 ILCS 14/25 (construction and exemptions)",
    citation: "740 ILCS 14/25",
    year: 2008,
    holding:
      "The Act does not affect the admission or discovery of biometric data in any action (25(a)); it does not apply to financial institutions subject to GLBA Title V (25(c)) or to contractors of a State agency or local unit of government while working for it (25(e)); it does not conflict with the Private Detective, Private Alarm, Private Security, Fingerprint Vendor, and Locksmith Act of 2004 (25(d)).",
    status: "V",
  },
  {
    id: "pa-103-0769",
    kind: "public-act",
    name: "Public Act 103-0769 (SB 2979)",
    citation: "Pub. Act 103-0769",
    year: 2024,
    date: "2024-08-02",
    holding:
      "Added electronic signatures to 'written release' and limited repeated 15(b) and 15(d) violations to one recovery per person (and per recipient for 15(d)); effective 2 Aug 2024.",
    status: "V",
    url: "https://ilga.gov/legislation/publicacts/103/103-0769.htm",
  },
  {
    id: "rosenbach-2019",
    kind: "case",
    name: "Rosenbach v. Six Flags Entertainment Corp.",
    citation: "2019 IL 123186",
    court: "Ill. Sup. Ct.",
    year: 2019,
    date: "2019-01-25",
    holding:
      "A person is aggrieved by the statutory violation alone; a minor's thumbprint taken for a season pass without written notice or release was actionable.",
    status: "V",
  },
  {
    id: "mcdonald-2022",
    kind: "case",
    name: "McDonald v. Symphony Bronzeville Park, LLC",
    citation: "2022 IL 126511",
    court: "Ill. Sup. Ct.",
    year: 2022,
    date: "2022-02-03",
    holding: "The Workers' Compensation Act does not bar employees' claims for BIPA liquidated damages.",
    status: "V",
  },
  {
    id: "tims-2023",
    kind: "case",
    name: "Tims v. Black Horse Carriers, Inc.",
    citation: "2023 IL 127801",
    court: "Ill. Sup. Ct.",
    year: 2023,
    date: "2023-02-02",
    holding: "The 5-year limitations period of 735 ILCS 5/13-205 governs claims under every subsection of Sec. 15.",
    status: "V",
  },
  {
    id: "cothron-2023",
    kind: "case",
    name: "Cothron v. White Castle System, Inc.",
    citation: "2023 IL 128004",
    court: "Ill. Sup. Ct.",
    year: 2023,
    date: "2023-02-17",
    holding:
      "A separate claim accrues each time an entity scans, or transmits to a third party, biometric data in breach of 15(b) or 15(d); damages under Sec. 20 are discretionary.",
    status: "V",
  },
  {
    id: "mosby-2023",
    kind: "case",
    name: "Mosby v. Ingalls Memorial Hospital",
    citation: "2023 IL 129081",
    court: "Ill. Sup. Ct.",
    year: 2023,
    date: "2023-11-30",
    holding:
      "The exclusion for information collected, used or stored for HIPAA treatment, payment or operations is a separate limb that covers health-care workers' data (nurses' finger scans for medication cabinets).",
    status: "V",
  },
  {
    id: "bryant-2020",
    kind: "case",
    name: "Bryant v. Compass Group USA, Inc.",
    citation: "958 F.3d 617",
    court: "7th Cir.",
    year: 2020,
    date: "2020-05-05",
    holding:
      "A 15(b) violation is a concrete injury with Article III standing; failing only the public duty of 15(a) to publish a policy is not.",
    status: "V",
  },
  {
    id: "fox-2020",
    kind: "case",
    name: "Fox v. Dakkota Integrated Systems, LLC",
    citation: "980 F.3d 1146",
    court: "7th Cir.",
    year: 2020,
    date: "2020-11-17",
    holding: "Unlawfully keeping biometric data past its destruction point, with no compliant schedule, is a concrete injury under 15(a).",
    status: "V",
  },
  {
    id: "thornley-2021",
    kind: "case",
    name: "Thornley v. Clearview AI, Inc.",
    citation: "984 F.3d 1241",
    court: "7th Cir.",
    year: 2021,
    date: "2021-01-14",
    holding:
      "A complaint pleading only a bare 15(c) profit violation without injury lacked Article III standing; the violation remains actionable in state court.",
    status: "V",
  },
  {
    id: "patel-2019",
    kind: "case",
    name: "Patel v. Facebook, Inc.",
    citation: "932 F.3d 1264",
    court: "9th Cir.",
    year: 2019,
    date: "2019-08-08",
    holding:
      "Building face templates from uploaded photos without consent invades concrete privacy interests; extraterritoriality did not defeat class certification.",
    status: "V",
  },
  {
    id: "rogers-bnsf-2023",
    kind: "case",
    name: "Rogers v. BNSF Railway Co.",
    citation: "No. 19-cv-3083 (N.D. Ill.)",
    court: "N.D. Ill.",
    year: 2023,
    date: "2023-06-30",
    holding:
      "After a jury found 45,600 reckless 15(b) violations ($228M judgment), the court kept liability but vacated damages as discretionary; a vendor running the scanners did not defeat liability.",
    status: "V",
  },
  {
    id: "facebook-settlement-2021",
    kind: "settlement",
    name: "In re Facebook Biometric Information Privacy Litigation",
    citation: "No. 3:15-cv-03747-JD (N.D. Cal.)",
    court: "N.D. Cal.",
    year: 2021,
    date: "2021-02-26",
    holding:
      "$650M settlement; face recognition off by default, templates deleted without fresh express consent, and deleted after 3 years of inactivity.",
    status: "V2",
  },
  {
    id: "tiktok-settlement-2022",
    kind: "settlement",
    name: "In re TikTok, Inc. Consumer Privacy Litigation",
    citation: "MDL (N.D. Ill.)",
    court: "N.D. Ill.",
    year: 2022,
    date: "2022-07-28",
    holding:
      "$92M settlement; no biometric collection unless disclosed in the privacy policy, no transfer of US data abroad unless disclosed, privacy training for staff.",
    status: "V2",
  },
  {
    id: "rivera-google-2017",
    kind: "case",
    name: "Rivera v. Google, Inc.",
    citation: "238 F. Supp. 3d 1088",
    court: "N.D. Ill.",
    year: 2017,
    date: "2017-02-27",
    holding:
      "Face-geometry scans made from photographs can be biometric identifiers; whether conduct was primarily and substantially in Illinois is a question of fact.",
    status: "V",
  },
  {
    id: "rivera-google-settlement-2022",
    kind: "settlement",
    name: "Rivera v. Google LLC (settlement)",
    citation: "No. 2019-CH-00990 (Cir. Ct. Cook County)",
    court: "Cir. Ct. Cook County",
    year: 2022,
    date: "2022-09-28",
    holding:
      "$100M for Illinois residents in Google Photos face grouping, including non-account-holders; Google to prompt Illinois users for opt-in consent.",
    status: "V2",
  },
  {
    id: "boone-snap-2022",
    kind: "settlement",
    name: "Boone v. Snap Inc.",
    citation: "18th Judicial Circuit, DuPage County",
    court: "Cir. Ct. DuPage County",
    year: 2022,
    holding: "$35M settlement over Lenses and Filters computing face geometry; Snap added an in-app consent notice (final approval unverified).",
    status: "V2",
  },
  {
    id: "zellmer-2024",
    kind: "case",
    name: "Zellmer v. Meta Platforms, Inc.",
    citation: "104 F.4th 1117",
    court: "9th Cir.",
    year: 2024,
    date: "2024-06-17",
    holding:
      "A transient face signature that cannot identify anyone and is deleted at once is not a biometric identifier or biometric information.",
    status: "V",
  },
  {
    id: "mora-2022",
    kind: "case",
    name: "Mora v. J&M Plating, Inc.",
    citation: "2022 IL App (2d) 210692",
    court: "Ill. App. Ct. (2d Dist.)",
    year: 2022,
    date: "2022-11-30",
    holding: "A 15(a) policy is required from the moment of possession; adopting it years later is a violation.",
    status: "V2",
  },
  {
    id: "miller-2019",
    kind: "case",
    name: "Miller v. Southwest Airlines Co.",
    citation: "926 F.3d 898",
    court: "7th Cir.",
    year: 2019,
    date: "2019-06-13",
    holding:
      "Air-carrier workers' BIPA claims over biometric timekeeping are minor disputes under the Railway Labor Act for an adjustment board: the union is their bargaining agent and may have consented as their legally authorized representative.",
    status: "V",
  },
  {
    id: "avery-2005",
    kind: "case",
    name: "Avery v. State Farm Mutual Automobile Insurance Co.",
    citation: "216 Ill. 2d 100",
    court: "Ill. Sup. Ct.",
    year: 2005,
    date: "2005-08-18",
    holding:
      "An Illinois statute does not reach outside the state unless it says so; a non-resident's claim needs a transaction that occurred primarily and substantially in Illinois.",
    status: "V",
  },
  {
    id: "clearview-mtd-2022",
    kind: "case",
    name: "In re Clearview AI, Inc. Consumer Privacy Litigation (motion to dismiss)",
    citation: "585 F. Supp. 3d 1111",
    court: "N.D. Ill.",
    year: 2022,
    date: "2022-02-14",
    holding:
      "Rejected extraterritoriality, dormant Commerce Clause, First Amendment and photograph-exclusion defences at the pleading stage; relied in part on contracts with Illinois entities.",
    status: "V2",
  },
  {
    id: "clearview-pi-denial-2021",
    kind: "order",
    name: "In re Clearview AI, Inc. Consumer Privacy Litigation (preliminary injunction denied)",
    citation: "No. 1:21-cv-00135, MDL No. 2967 (N.D. Ill.)",
    court: "N.D. Ill.",
    year: 2021,
    holding:
      "Denied a preliminary injunction for want of irreparable harm, noting Clearview's measures (Illinois geofencing, IP blocking, collection changes, training, vector encryption, anti-intrusion devices) and that its breaches exposed no facial images or vectors (exact date unverified).",
    status: "V2",
  },
  {
    id: "aclu-clearview-2022",
    kind: "order",
    name: "ACLU v. Clearview AI, Inc. (consent order)",
    citation: "No. 2020CH04353 (Cir. Ct. Cook County)",
    court: "Cir. Ct. Cook County",
    year: 2022,
    date: "2022-05-11",
    holding:
      "Consent order: nationwide bar on selling faceprint access to most private entities, 5-year bar on Illinois customers including police, opt-out form with $50,000 in ads, 5 more years of Illinois photo filtering, no individual trial accounts.",
    status: "V2",
  },
  {
    id: "clearview-settlement-2025",
    kind: "settlement",
    name: "In re Clearview AI, Inc. Consumer Privacy Litigation (class settlement)",
    citation: "No. 1:21-cv-00135, MDL No. 2967 (N.D. Ill.)",
    court: "N.D. Ill.",
    year: 2025,
    date: "2025-03-20",
    holding:
      "Final approval of a settlement giving the class a 23% equity stake (about $51.75M); no injunction, relying on the 2022 ACLU consent order.",
    status: "V2",
  },
  {
    id: "vance-google-2024",
    kind: "case",
    name: "Vance v. Google LLC",
    citation: "N.D. Cal.",
    court: "N.D. Cal.",
    year: 2024,
    date: "2024-03-15",
    holding: "Dismissed BIPA claims over a face dataset because no conduct by Google in Illinois was alleged.",
    status: "S",
  },
  {
    id: "gregg-2024",
    kind: "case",
    name: "Gregg v. Central Transport",
    citation: "No. 24 C 1925, 2024 WL 4766297",
    court: "N.D. Ill.",
    year: 2024,
    date: "2024-11-13",
    holding:
      "Held that PA 103-0769's single-recovery rule applies to cases pending when it took effect; the same judge reportedly reversed herself on reconsideration in March 2025 (one secondary source).",
    status: "V",
  },
  {
    id: "clay-2025",
    kind: "case",
    name: "Clay v. Union Pacific R.R.",
    citation: "No. 24-cv-4194",
    court: "N.D. Ill.",
    year: 2025,
    date: "2025-06-10",
    holding:
      "Held that PA 103-0769 does not apply to cases filed before it, noting substantial ground for a difference of opinion; certified for interlocutory appeal on 10 June 2025. A Seventh Circuit ruling on the consolidated appeals reported around 1 April 2026 (that it applies) is unverified: no opinion was located.",
    status: "V2",
  },
  {
    id: "barnett-apple-2022",
    kind: "case",
    name: "Barnett v. Apple Inc.",
    citation: "2022 IL App (1st) 220187",
    court: "Ill. App. Ct. (1st Dist.)",
    year: 2022,
    date: "2022-12-23",
    holding:
      "Apple was not in possession of Face ID or Touch ID data (15(a)) and did not collect or capture it (15(b)): the data stayed on the user's device and the user alone chose to use the features.",
    status: "V",
  },
  {
    id: "gt-samsung-2024",
    kind: "case",
    name: "G.T. v. Samsung Electronics America, Inc.",
    citation: "No. 21 CV 4976, 2024 WL 3520026",
    court: "N.D. Ill.",
    year: 2024,
    date: "2024-07-24",
    holding:
      "Dismissed with leave to amend claims over on-device face grouping: no plausible allegation that Samsung possessed or controlled the data, or that the data could identify anyone.",
    status: "V",
  },
  {
    id: "heard-bd-2020",
    kind: "case",
    name: "Heard v. Becton, Dickinson & Co.",
    citation: "440 F. Supp. 3d 960",
    court: "N.D. Ill.",
    year: 2020,
    date: "2020-02-24",
    holding:
      "15(b) requires an active step by the defendant to collect, capture or obtain; an allegation that the device maker's system automatically collected fingerprints was not enough. A more detailed amended complaint stated claims (524 F. Supp. 3d 831, 2021).",
    status: "V",
  },
  {
    id: "walton-2023",
    kind: "case",
    name: "Walton v. Roosevelt University",
    citation: "2023 IL 128338",
    court: "Ill. Sup. Ct.",
    year: 2023,
    date: "2023-03-23",
    holding:
      "LMRA §301 preempts the BIPA claims (15(a), (b), (d)) of bargaining-unit employees covered by a collective bargaining agreement, although the agreement did not mention biometrics and the plaintiff said he never signed a release.",
    status: "V",
  },
  {
    id: "fernandez-kerry-2021",
    kind: "case",
    name: "Fernandez v. Kerry, Inc.",
    citation: "No. 21-1067",
    court: "7th Cir.",
    year: 2021,
    date: "2021-09-20",
    holding:
      "LMRA §301 preempts BIPA claims of former union-represented employees over fingerprint timeclocks; follows Miller and treats the RLA and LMRA alike.",
    status: "V",
  },
  {
    id: "martell-x-2024",
    kind: "case",
    name: "Martell v. X Corp.",
    citation: "No. 23 C 5449, 2024 WL 3011353",
    court: "N.D. Ill.",
    year: 2024,
    date: "2024-06-13",
    holding:
      "A PhotoDNA hash of an uploaded photo was not plausibly a scan of face geometry, and data is a biometric identifier only if it can identify a person.",
    status: "V",
  },
  {
    id: "schwartz-2024",
    kind: "case",
    name: "Schwartz v. Supply Network, Inc.",
    citation: "No. 23 CV 14319",
    court: "N.D. Ill.",
    year: 2024,
    date: "2024-11-22",
    holding: "PA 103-0769 does not apply to a case filed before it: Illinois presumes an amendment changes the law.",
    status: "V",
  },
  {
    id: "seventh-circuit-retroactivity-2026",
    kind: "case",
    name: "Consolidated Seventh Circuit appeals on PA 103-0769 (including Willis v. Universal Intermodal Services)",
    citation: "No. 25-2761 (argued 12 Feb 2026)",
    court: "7th Cir.",
    year: 2026,
    holding:
      "Argued 12 Feb 2026. A ruling around 1 April 2026 that the amendment applies to pending cases is reported by low-quality secondary sources only; no opinion, docket entry or reporter citation was located. A federal reading of Illinois law would not bind Illinois state courts.",
    status: "UNVERIFIED",
  },
  {
    id: "wallrich-samsung-2024",
    kind: "case",
    name: "Wallrich v. Samsung Electronics America, Inc.",
    citation: "106 F.4th 609",
    court: "7th Cir.",
    year: 2024,
    date: "2024-07-01",
    holding:
      "Reversed an order making Samsung pay AAA filing fees for 35,651 BIPA arbitration demands: the claimants had not proved an agreement to arbitrate, and the fee dispute was for the AAA.",
    status: "V",
  },
  {
    id: "fleury-union-pacific-2023",
    kind: "case",
    name: "Fleury v. Union Pacific",
    citation: "N.D. Ill.",
    court: "N.D. Ill.",
    year: 2023,
    date: "2023-12-13",
    holding: "Per-scan biometric-system data was compelled in discovery in a BIPA case: courts order such data produced, so it must be preserved while litigation is pending.",
    status: "S",
  },
  {
    id: "clearview-pi-motion-2021",
    kind: "case",
    name: "In re Clearview AI, Inc. Consumer Privacy Litigation (plaintiffs' preliminary-injunction motion)",
    citation: "No. 1:21-cv-00135, MDL No. 2967, Dkt. 31 and 68 (N.D. Ill.)",
    court: "N.D. Ill.",
    year: 2021,
    date: "2021-04-09",
    holding:
      "Relief sought (and denied for want of irreparable harm): stop possessing Illinois residents' data, collecting without notice and release, profiting and disclosing; meet 15(e); publish a 15(a) policy. The reply argued that offshore subsidiaries could be used to move data out of reach.",
    status: "V",
  },
] as const satisfies readonly Authority[];

export type AuthorityId = (typeof list)[number]["id"];

/** Every authority, by id. */
export const authorities: Readonly<Record<AuthorityId, Authority>> = Object.fromEntries(list.map((a) => [a.id, a])) as Record<
  AuthorityId,
  Authority
>;

/** Short form for reports: `Mosby v. Ingalls Memorial Hospital, 2023 IL 129081 (Ill. Sup. Ct. 2023)`. */
export function citeAuthority(a: Authority): string {
  if (a.kind === "statute" || a.kind === "public-act") return a.name;
  return `${a.name}, ${a.citation} (${a.court ?? ""} ${a.year})`.replace("( ", "(");
}
