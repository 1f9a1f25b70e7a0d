import type { PackAuthority } from "../../core/pack.js";

/*
 * Colorado's biometric amendment to the Colorado Privacy Act, as the legal reference carries it
 * (bipa-reference.md §4.4 and §6), each with the reference's mark. The reference cites secondary
 * sources for most rows; a url is given only for the one document it links directly (the sponsor's
 * release). Rows the reference marks [UNVERIFIED] are carried so notes can cite them as such.
 * Where the reference dates no source, `year` is the year of HB24-1130 (2024), the act it concerns.
 */
export const coBiometricAuthorities: readonly PackAuthority[] = [
  {
    id: "co-biometric-6-1-1314",
    kind: "statute",
    name: "C.R.S. §6-1-1314 (biometric identifiers and data)",
    citation: "C.R.S. §6-1-1314",
    year: 2024,
    holding:
      "Any controller that controls or processes any amount of biometric identifiers is covered, without the Colorado Privacy Act's consumer thresholds, and employees and job applicants are covered; biometric identifiers include fingerprints, voiceprints, eye or iris scans, a facial map, geometry or template, and other unique patterns that can identify a person.",
    status: "V2",
  },
  {
    id: "co-biometric-hb24-1130",
    kind: "public-act",
    name: "Colorado HB24-1130",
    citation: "HB24-1130 (2024)",
    year: 2024,
    date: "2024-05-31",
    holding: "Signed 31 May 2024 and effective 1 July 2025, it added the biometric provisions to the Colorado Privacy Act.",
    status: "V2",
  },
  {
    id: "co-biometric-written-policy",
    kind: "statute",
    name: "C.R.S. §6-1-1314 (written policy)",
    citation: "C.R.S. §6-1-1314",
    year: 2024,
    holding:
      "A controller must adopt a written policy with a retention schedule, a protocol for responding to a security incident and deletion guidelines, and make it public, with certain exceptions.",
    status: "V2",
  },
  {
    id: "co-biometric-notice-consent",
    kind: "statute",
    name: "C.R.S. §6-1-1314 (notice and consent; employer limits)",
    citation: "C.R.S. §6-1-1314",
    year: 2024,
    holding:
      "Notice and consent are required before collection; an employer may require consent only for secure-area access, workplace safety and security, recording the start and end of the workday, and public safety in emergencies; other uses must be voluntary; employment may not be conditioned on consent to track location or time spent using hardware or software.",
    status: "V2",
  },
  {
    id: "co-biometric-employer-consent-form",
    kind: "statute",
    name: "C.R.S. §6-1-1314 (form and refresh of employer consent)",
    citation: "C.R.S. §6-1-1314",
    year: 2024,
    holding: "Employer consent must be written or electronic, and obtained again for a new purpose or new types of identifier (reported by one secondary source).",
    status: "S",
  },
  {
    id: "co-biometric-deletion-sponsor-release",
    kind: "guidance",
    name: "Colorado Senate Democrats release on HB24-1130 (1 July 2025)",
    citation: "Colorado Senate Democrats, press release, 1 July 2025",
    year: 2025,
    date: "2025-07-01",
    holding: "Reports a deletion deadline of two years after collection or when the data is no longer needed, whichever is earliest.",
    status: "S",
    url: "https://www.senatedems.co/newsroom/bill-to-improve-colorado-privacy-act-protect-colorado-consumers-goes-into-effect",
  },
  {
    id: "co-biometric-deletion-commentary",
    kind: "guidance",
    name: "Commentary and a published policy excerpt on the Colorado deletion deadline",
    citation: "Commentary on C.R.S. §6-1-1314 (not confirmed)",
    year: 2024,
    holding:
      "Reports deletion at the earliest of: the initial purpose satisfied, 24 months after the consumer's last interaction, or 45 days after the controller decides storage is no longer necessary.",
    status: "UNVERIFIED",
  },
  {
    id: "co-biometric-deletion-fiscal-note",
    kind: "guidance",
    name: "Fiscal note of the introduced HB24-1130 (superseded)",
    citation: "HB24-1130 as introduced, fiscal note (reported)",
    year: 2024,
    holding: "Reported to describe deletion within a year or on request; the introduced bill was superseded.",
    status: "UNVERIFIED",
  },
  {
    id: "co-biometric-sale",
    kind: "statute",
    name: "C.R.S. §6-1-1314 (reported sale restrictions)",
    citation: "C.R.S. §6-1-1314 (not confirmed)",
    year: 2024,
    holding: "Restrictions on selling, leasing or trading biometric identifiers are reported but not confirmed.",
    status: "UNVERIFIED",
  },
  {
    id: "co-biometric-ag-rules",
    kind: "regulation",
    name: "Colorado Attorney General rules implementing HB24-1130",
    citation: "Colorado Privacy Act rules (adopted December 2024)",
    year: 2024,
    holding: "The Attorney General adopted rules implementing the biometric amendment in December 2024.",
    status: "S",
  },
  {
    id: "co-biometric-6-1-1310",
    kind: "statute",
    name: "C.R.S. §6-1-1310 (enforcement), as applied to the biometric amendment",
    citation: "C.R.S. §6-1-1310",
    year: 2024,
    holding:
      "The Attorney General and district attorneys enforce the Colorado Privacy Act; there is no private right of action, and a violation is treated as a deceptive trade practice under the Colorado Consumer Protection Act.",
    status: "V2",
  },
  {
    id: "co-biometric-penalty",
    kind: "statute",
    name: "Colorado Consumer Protection Act civil penalty, applied to the Colorado Privacy Act",
    citation: "Colorado Consumer Protection Act (civil penalties)",
    year: 2024,
    holding: "Up to $20,000 per violation; the Colorado Privacy Act's 60-day cure period ended on 1 January 2025. Aggregate caps are not confirmed.",
    status: "V2",
  },
];
