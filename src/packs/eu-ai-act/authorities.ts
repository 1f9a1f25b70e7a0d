import type { PackAuthority } from "../../core/pack.js";

/** Authorities for the AI Act pack, carried from bipa-reference.md §4.8 with their marks. */
export const euAiActAuthorities: readonly PackAuthority[] = [
  {
    id: "eu-ai-act-art-5-1-e",
    kind: "regulation",
    name: "AI Act Art. 5(1)(e): untargeted scraping of facial images",
    citation: "Regulation (EU) 2024/1689, Art. 5(1)(e)",
    year: 2024,
    holding:
      "Prohibits placing on the market, putting into service for this specific purpose, or using AI systems that create or expand facial recognition databases through the untargeted scraping of facial images from the internet or CCTV footage.",
    status: "V2",
  },
  {
    id: "eu-ai-act-art-5-1-e-elements",
    kind: "guidance",
    name: "The four elements of Art. 5(1)(e)",
    citation: "Regulation (EU) 2024/1689, Art. 5(1)(e) (commentary)",
    year: 2025,
    holding:
      "All four are needed: an AI system placed on the market, put into service or used in the EU; for creating or expanding a facial recognition database; untargeted scraping; of facial images from the internet or CCTV footage.",
    status: "S",
  },
  {
    id: "eu-ai-act-guidelines-2025",
    kind: "guidance",
    name: "Commission guidelines on prohibited AI practices",
    citation: "C(2025) 5052",
    year: 2025,
    date: "2025-07-29",
    holding:
      "Not binding. \"Untargeted\" means without focus on a given person or group; \"scraping\" means, for example, web crawlers. Published 4 Feb 2025; formally adopted 29 July 2025.",
    status: "V2",
  },
  {
    id: "eu-ai-act-art-113",
    kind: "regulation",
    name: "AI Act Art. 113: entry into force and application",
    citation: "Regulation (EU) 2024/1689, Art. 113(a)",
    year: 2024,
    date: "2025-02-02",
    holding: "Chapters I and II, including the Art. 5 prohibitions, apply from 2 Feb 2025. The penalty provisions apply from 2 Aug 2025.",
    status: "V2",
  },
  {
    id: "eu-ai-act-art-99-3",
    kind: "regulation",
    name: "AI Act Art. 99(3): fines for prohibited practices",
    citation: "Regulation (EU) 2024/1689, Art. 99(3)",
    year: 2024,
    holding: "Up to €35M or 7% of total worldwide annual turnover for the preceding financial year, whichever is higher.",
    status: "V2",
  },
  {
    id: "eu-ai-act-art-99-sme",
    kind: "regulation",
    name: "AI Act Art. 99: fines for SMEs and start-ups",
    citation: "Regulation (EU) 2024/1689, Art. 99 (SME and start-up rule)",
    year: 2024,
    holding: "For SMEs and start-ups, the lower of the two amounts applies.",
    status: "S",
  },
  {
    id: "eu-ai-act-art-99-1",
    kind: "regulation",
    name: "AI Act Art. 99(1): enforcement by the Member States",
    citation: "Regulation (EU) 2024/1689, Art. 99(1)",
    year: 2024,
    holding: "Member States lay down the penalty rules and enforce them through national authorities.",
    status: "V2",
  },
  {
    id: "eu-ai-act-gdpr-alongside",
    kind: "guidance",
    name: "The GDPR alongside the Art. 5(1)(e) ban",
    citation: "Regulation (EU) 2024/1689, Art. 5(1)(e); Regulation (EU) 2016/679, Art. 9",
    year: 2025,
    holding: "The GDPR continues to apply alongside the ban (Art. 9 and the regulators' Clearview orders).",
    status: "S",
  },
  {
    id: "eu-ai-act-neighbouring-bans",
    kind: "regulation",
    name: "AI Act Art. 5(1)(f)-(h): neighbouring biometric bans",
    citation: "Regulation (EU) 2024/1689, Art. 5(1)(f), (g), (h)",
    year: 2024,
    holding:
      "5(1)(f) emotion recognition in workplaces and education; 5(1)(g) biometric categorisation by sensitive traits; 5(1)(h) real-time remote biometric identification in public by law enforcement. Not checked by this pack.",
    status: "S",
  },
];
