import type { PackAuthority } from "../../core/pack.js";

/*
 * New York City's biometric identifier information law and the two cases on it, as the legal
 * reference carries them (bipa-reference.md §4.5), each with its mark. The law's `year` is the year
 * it took effect (the reference gives no enactment date); urls only where the reference links the
 * document itself (the two court documents).
 */
export const nycBiometricAuthorities: readonly PackAuthority[] = [
  {
    id: "nyc-biometric-22-1201",
    kind: "statute",
    name: "N.Y.C. Admin. Code §22-1201 (definitions and scope)",
    citation: "N.Y.C. Admin. Code §22-1201",
    year: 2021,
    date: "2021-07-09",
    holding:
      "Covers a commercial establishment (a place of entertainment, retail store, or food and drink establishment) that collects, retains, converts, stores or shares customers' biometric identifier information, broadly defined as any physiological or biological characteristic used to identify or help identify a person; employees are not covered, and financial institutions and government are excluded. In force from 9 July 2021.",
    status: "V2",
  },
  {
    id: "nyc-biometric-22-1202a",
    kind: "statute",
    name: "N.Y.C. Admin. Code §22-1202(a) (signage)",
    citation: "N.Y.C. Admin. Code §22-1202(a)",
    year: 2021,
    holding:
      "No consent is required, but a clear and conspicuous sign near all customer entrances must say, in plain language and in the form the city prescribes (it publishes a model sign), that customers' biometric identifier information is collected.",
    status: "V2",
  },
  {
    id: "nyc-biometric-22-1202b",
    kind: "statute",
    name: "N.Y.C. Admin. Code §22-1202(b) (no sale or profit)",
    citation: "N.Y.C. Admin. Code §22-1202(b)",
    year: 2021,
    holding: 'It is unlawful to "sell, lease, trade, share in exchange for anything of value or otherwise profit from" biometric identifier information.',
    status: "V2",
  },
  {
    id: "nyc-biometric-private-action",
    kind: "statute",
    name: "N.Y.C. Admin. Code §§22-1201–22-1205 (private right of action)",
    citation: "N.Y.C. Admin. Code §§22-1201–22-1205",
    year: 2021,
    holding:
      "A private right of action with damages of $500 per violation and $5,000 per intentional or reckless violation, plus attorneys' and expert fees and costs; 30 days' written notice and a chance to cure are required before suing over signage (22-1202(a)), none for the sale and profit ban (22-1202(b)).",
    status: "V2",
  },
  {
    id: "nyc-biometric-mallouk-2024",
    kind: "case",
    name: "Mallouk v. Amazon.com",
    citation: "No. C23-852-RSM",
    court: "W.D. Wash.",
    year: 2024,
    date: "2024-07-23",
    holding:
      "Signage claims were dismissed because no pre-suit notice was given; the sharing-for-value claims were dismissed; Starbucks was dismissed; one unjust-enrichment claim survived.",
    status: "V",
    url: "https://docs.justia.com/cases/federal/district-courts/washington/wawdce/2:2023cv00852/322938/66",
  },
  {
    id: "nyc-biometric-gross-2024",
    kind: "case",
    name: "Gross v. Madison Square Garden Entertainment",
    citation: "No. 23-cv-3380 (LAK)",
    court: "S.D.N.Y.",
    year: 2024,
    date: "2024-05-07",
    holding: 'The 22-1202(b) claim over face recognition used to bar adverse lawyers was dismissed: paying a vendor to run face recognition is not "profiting".',
    status: "V",
    url: "http://print.casetext.com/case/gross-v-madison-square-garden-entmt-corp-1",
  },
];
