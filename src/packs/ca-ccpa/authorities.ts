import type { PackAuthority } from "../../core/pack.js";

/** Authorities for the California pack, carried from bipa-reference.md §4.3 with their marks. */
export const caCcpaAuthorities: readonly PackAuthority[] = [
  {
    id: "ca-ccpa-act",
    kind: "statute",
    name: "California Consumer Privacy Act",
    citation: "Cal. Civ. Code §1798.100 et seq.",
    year: 2018,
    date: "2020-01-01",
    holding:
      "In force 1 Jan 2020. Applies to a for-profit business doing business in California that has annual gross revenue over $25M (indexed to $26,625,000 from 1 Jan 2025), buys, sells or shares the personal information of 100,000 or more consumers or households, or earns 50% or more of its revenue from selling or sharing it.",
    status: "V2",
  },
  {
    id: "ca-ccpa-cpra",
    kind: "statute",
    name: "California Privacy Rights Act amendments to the CCPA",
    citation: "Cal. Civ. Code §1798.100 et seq., as amended by the CPRA",
    year: 2023,
    date: "2023-01-01",
    holding:
      "The CPRA amendments apply from 1 Jan 2023 (sensitive personal information, the right to limit, retention disclosure; employee data covered from the same date). The California Privacy Protection Agency enforces from 1 July 2023.",
    status: "S",
  },
  {
    id: "ca-ccpa-1798-140",
    kind: "statute",
    name: "CCPA definitions: biometric information and sensitive personal information",
    citation: "Cal. Civ. Code §1798.140(c), (ae)",
    year: 2023,
    holding:
      "\"Biometric information\" is defined in 1798.140(c). Sensitive personal information (1798.140(ae)) includes the processing of biometric information to uniquely identify a consumer.",
    status: "V2",
  },
  {
    id: "ca-ccpa-1798-100",
    kind: "statute",
    name: "CCPA notice at collection and retention",
    citation: "Cal. Civ. Code §1798.100(a)",
    year: 2023,
    holding:
      "No consent is needed before collection (an opt-out model). The notice at collection lists the categories, including sensitive personal information, the purposes, and how long each category is kept or the criteria used; nothing may be kept longer than reasonably necessary for the disclosed purpose (1798.100(a)(3)).",
    status: "V2",
  },
  {
    id: "ca-ccpa-1798-121",
    kind: "statute",
    name: "CCPA right to limit use of sensitive personal information",
    citation: "Cal. Civ. Code §1798.121; Cal. Code Regs. tit. 11, §7027",
    year: 2023,
    holding: "Consumers have a right to limit the use of their sensitive personal information to what is necessary.",
    status: "V2",
  },
  {
    id: "ca-ccpa-1798-120",
    kind: "statute",
    name: "CCPA right to opt out of sale or sharing",
    citation: "Cal. Civ. Code §1798.120",
    year: 2023,
    holding: "There is no ban on selling or disclosing; consumers have a right to opt out of the sale or sharing of their personal information. Opt-in is needed only for sales of minors' data.",
    status: "V2",
  },
  {
    id: "ca-ccpa-1798-150",
    kind: "statute",
    name: "CCPA private action for data breaches",
    citation: "Cal. Civ. Code §1798.150",
    year: 2018,
    holding:
      "The only private right of action: for a breach of non-encrypted personal information, which includes unique biometric data used for authentication. $100 to $750 per consumer per incident in the statute ($107 to $799 after the adjustment from 1 Jan 2025), or actual damages.",
    status: "V2",
  },
  {
    id: "ca-ccpa-penalties",
    kind: "statute",
    name: "CCPA civil and administrative penalties",
    citation: "Cal. Civ. Code §1798.100 et seq. (penalty provisions)",
    year: 2018,
    holding:
      "Enforced by the California Privacy Protection Agency and the Attorney General: $2,500 per violation, $7,500 per intentional violation or one involving minors; CPI-adjusted from 1 Jan 2025 to $2,663 and $7,988.",
    status: "V2",
  },
];
