import type { PackAuthority } from "../../core/pack.js";

/**
 * Authorities for the GDPR pack, carried from bipa-reference.md §4.7 and the regulators' Clearview
 * orders in §3.4, with their marks. Two entries are not in the reference and say so in their marks:
 * the application date (Art. 99(2)) and the establishment and offering grounds of Art. 3.
 */
export const euGdprAuthorities: readonly PackAuthority[] = [
  {
    id: "eu-gdpr-art-9",
    kind: "regulation",
    name: "GDPR Art. 9(1) and Art. 4(14): biometric data as a special category",
    citation: "Regulation (EU) 2016/679, Art. 4(14), Art. 9(1)",
    year: 2016,
    holding:
      "Biometric data (produced by specific technical processing of physical, physiological or behavioural traits, allowing unique identification) processed \"for the purpose of uniquely identifying a natural person\" is prohibited unless an Art. 9(2) condition applies.",
    status: "V",
  },
  {
    id: "eu-gdpr-art-9-2",
    kind: "regulation",
    name: "GDPR Art. 9(2): conditions for processing special categories",
    citation: "Regulation (EU) 2016/679, Art. 9(2)(a), (b)",
    year: 2016,
    holding:
      "Explicit consent for specified purposes (9(2)(a)), or another Art. 9(2) ground such as employment law with safeguards (9(2)(b)). Employee consent is generally weak because of the power imbalance.",
    status: "V",
  },
  {
    id: "eu-gdpr-art-3-2-b",
    kind: "regulation",
    name: "GDPR Art. 3(2)(b): monitoring the behaviour of people in the EU",
    citation: "Regulation (EU) 2016/679, Art. 3(2)(b)",
    year: 2016,
    holding: "Territorial reach includes monitoring the behaviour of people in the EU (or, under the UK GDPR, the UK); the Clearview decisions turned on this.",
    status: "V2",
  },
  {
    id: "eu-gdpr-art-3-establishment-offering",
    kind: "regulation",
    name: "GDPR Art. 3(1) and 3(2)(a): establishment in the EU, offering goods or services",
    citation: "Regulation (EU) 2016/679, Art. 3(1), 3(2)(a)",
    year: 2016,
    holding:
      "Not in the legal reference. The regulation also reaches processing in the context of an EU establishment (Art. 3(1)) and the offering of goods or services to people in the EU (Art. 3(2)(a)); the pack uses both as grounds of reach. Confirm against the text.",
    status: "UNVERIFIED",
  },
  {
    id: "eu-gdpr-art-99",
    kind: "regulation",
    name: "GDPR Art. 99(2): date of application",
    citation: "Regulation (EU) 2016/679, Art. 99(2)",
    year: 2016,
    date: "2018-05-25",
    holding:
      "\"It shall apply from 25 May 2018.\" Not in the legal reference: the wording was checked against two reproductions of the regulation's text, not against the Official Journal itself.",
    status: "V2",
  },
  {
    id: "eu-gdpr-art-35-3-b",
    kind: "regulation",
    name: "GDPR Art. 35(3)(b): impact assessment for large-scale special-category processing",
    citation: "Regulation (EU) 2016/679, Art. 35(3)(b)",
    year: 2016,
    holding: "A data protection impact assessment is mandatory for large-scale processing of special-category data; national authorities' lists usually add biometrics.",
    status: "V2",
  },
  {
    id: "eu-gdpr-art-5-1-e",
    kind: "regulation",
    name: "GDPR Art. 5(1)(e): storage limitation",
    citation: "Regulation (EU) 2016/679, Art. 5(1)(e)",
    year: 2016,
    holding: "Personal data are kept no longer than necessary for the purposes. No fixed period. (General knowledge in the reference, not confirmed with its tools.)",
    status: "UNVERIFIED",
  },
  {
    id: "eu-gdpr-art-27",
    kind: "regulation",
    name: "GDPR Art. 27: representative in the EU",
    citation: "Regulation (EU) 2016/679, Art. 27",
    year: 2016,
    holding:
      "A controller outside the EU whose processing the GDPR reaches appoints a representative in the EU. The Italian and Austrian Clearview orders required one; the Greek decision found Art. 27 breached.",
    status: "V2",
  },
  {
    id: "eu-gdpr-art-15",
    kind: "regulation",
    name: "GDPR Art. 15: right of access",
    citation: "Regulation (EU) 2016/679, Art. 15",
    year: 2016,
    holding: "People may obtain access to their data. The Greek Clearview decision found Art. 15 breached and ordered the complainant's request answered; the French and Austrian orders also turned on access.",
    status: "V2",
  },
  {
    id: "eu-gdpr-enforcement",
    kind: "regulation",
    name: "GDPR enforcement: supervisory authorities, compensation, representative actions, national penalties",
    citation: "Regulation (EU) 2016/679, Arts. 58(2), 80, 82, 84",
    year: 2016,
    holding:
      "National supervisory authorities order processing stopped or data deleted (Art. 58(2)); people claim compensation (Art. 82) and may be represented (Art. 80); Member States may add criminal penalties (Art. 84, used in the Austrian complaint).",
    status: "V2",
  },
  {
    id: "eu-gdpr-art-83-5",
    kind: "regulation",
    name: "GDPR Art. 83(5): fines for breaching the basic principles and Art. 9",
    citation: "Regulation (EU) 2016/679, Art. 83(5)",
    year: 2016,
    holding: "Breaching Arts. 5, 6, 7 or 9: fines up to €20M or 4% of worldwide annual turnover, whichever is higher.",
    status: "V",
  },
  {
    id: "eu-gdpr-garante-2022",
    kind: "order",
    name: "Garante per la protezione dei dati personali, ordinanza ingiunzione nei confronti di Clearview AI",
    citation: "Garante, order no. 50 of 10 Feb 2022",
    year: 2022,
    date: "2022-02-10",
    holding:
      "€20M fine; delete the data of people in Italy, including biometric data derived from the images; ban on further collection and processing; appoint an EU representative. No legal basis (legitimate interest rejected); transparency, purpose limitation and storage limitation breached.",
    status: "V2",
  },
  {
    id: "eu-gdpr-hdpa-2022",
    kind: "order",
    name: "Hellenic Data Protection Authority, decision on Clearview AI (complaint by Homo Digitalis)",
    citation: "HDPA decision 35/2022",
    year: 2022,
    date: "2022-07-13",
    holding:
      "€20M fine for breaches of GDPR Arts. 5(1)(a), 6, 9, 12, 14, 15 and 27; ban on collecting and processing data of people in Greece by facial-recognition methods; delete it; answer the complainant's access request.",
    status: "V2",
  },
  {
    id: "eu-gdpr-cnil-2022",
    kind: "order",
    name: "CNIL, sanction against Clearview AI",
    citation: "CNIL délibération SAN-2022-019 (formal notice MED 2021-134 of 26 Nov 2021)",
    year: 2022,
    date: "2022-10-17",
    holding:
      "€20M fine; stop collecting without a legal basis and delete the data of people in France after answering access requests, backed by a €100,000-a-day penalty after 2 months.",
    status: "V",
  },
  {
    id: "eu-gdpr-cnil-2023-liquidation",
    kind: "order",
    name: "CNIL, liquidation of the periodic penalty against Clearview AI",
    citation: "CNIL, penalty liquidation announced 10 May 2023",
    year: 2023,
    date: "2023-05-10",
    holding: "€5.2M of the €100,000-a-day penalty liquidated for 19 Dec 2022 to 9 Feb 2023.",
    status: "V2",
  },
  {
    id: "eu-gdpr-ap-2024",
    kind: "order",
    name: "Autoriteit Persoonsgegevens, fine decision against Clearview AI",
    citation: "AP, besluit boete Clearview AI, 3 Sept 2024",
    year: 2024,
    date: "2024-09-03",
    holding:
      "€30.5M fine for breaches including Arts. 5(1)(a) with 6(1), 9(1), 12 and 14; orders to stop the violations with up to €5.1M more in penalties; using Clearview is itself illegal for Dutch organisations; directors' personal liability examined. No objection filed, so no appeal.",
    status: "V",
  },
  {
    id: "eu-gdpr-ico-2022",
    kind: "order",
    name: "Information Commissioner's Office, monetary penalty and enforcement notice against Clearview AI (UK GDPR)",
    citation: "ICO, 23 May 2022",
    year: 2022,
    date: "2022-05-23",
    holding:
      "£7,552,800 fine and an enforcement notice: stop obtaining UK residents' data and delete it. The First-tier Tribunal allowed Clearview's jurisdiction appeal on 17 Oct 2023; the Upper Tribunal reversed on 6 Oct 2025.",
    status: "V",
  },
  {
    id: "eu-gdpr-ukut-2025",
    kind: "case",
    name: "Information Commissioner v Clearview AI Inc (Privacy International intervening)",
    citation: "[2025] UKUT 319 (AAC)",
    court: "Upper Tribunal (Administrative Appeals Chamber)",
    year: 2025,
    date: "2025-10-06",
    holding:
      "Allowed the ICO's appeal on 3 of 4 grounds: the processing relates to monitoring UK residents' behaviour, and serving foreign law-enforcement clients does not take it outside the UK GDPR; remitted to the First-tier Tribunal on the merits.",
    status: "V",
  },
  {
    id: "eu-gdpr-dsb-2023",
    kind: "order",
    name: "Datenschutzbehörde (Austria), decision on Clearview AI",
    citation: "DSB, May 2023; BVwG W108 2274731-1/11E of 28 Jan 2025",
    year: 2023,
    date: "2023-05",
    holding:
      "Breaches of GDPR Arts. 5, 6, 9 and 27; deletion of the complainant's data and appointment of an EU representative ordered; no fine and no general ban. The Federal Administrative Court later told the DSB to reconsider the ban. A criminal complaint against the executives followed on 28 Oct 2025 (DSG §63, GDPR Art. 84).",
    status: "V2",
  },
];
