import type { PackAuthority } from "../../core/pack.js";

/*
 * What the Texas rules cite, carried from bipa-reference.md §4.1 with its marks: V = primary source,
 * V2 = two or more secondary sources, S = one secondary source. URLs only where the reference gives one.
 */
export const authorities: readonly PackAuthority[] = [
  {
    id: "tx-cubi-503-001",
    kind: "statute",
    name: "Capture or Use of Biometric Identifier Act",
    citation: "Tex. Bus. & Com. Code §503.001",
    year: 2001,
    holding:
      "A person who captures a biometric identifier (retina or iris scan, fingerprint, voiceprint, record of hand or face geometry) for a commercial purpose must inform the person and get consent before capture (b); may not sell, lease or otherwise disclose it except under (A)-(D) (c)(1); must use reasonable care at least as protective as for other confidential information (c)(2); and must destroy it within a reasonable time, no later than the first anniversary of the purpose expiring (c)(3), (c-1). Voiceprints held by GLBA financial institutions are exempt.",
    status: "V",
    url: "https://statutes.capitol.texas.gov/GetStatute.aspx?Code=BC&Date=5%2F31%2F2025&Value=503.001",
  },
  {
    id: "tx-cubi-hb-678-2001",
    kind: "public-act",
    name: "HB 678 (77th Leg., 2001)",
    citation: "Tex. HB 678, 77th Leg. (2001), enacting Bus. & Com. Code §35.50 (now §503.001)",
    year: 2001,
    holding: "Enacted the Act with a civil penalty of up to $25,000 for each violation, recoverable by the Attorney General.",
    status: "V",
    url: "https://capitol.texas.gov/tlodocs/77R/billtext/html/HB00678F.htm",
  },
  {
    id: "tx-cubi-hb-149-2025",
    kind: "public-act",
    name: "HB 149 (TRAIGA), 89th Leg.",
    citation: "Tex. HB 149, 89th Leg. (2025), amending §503.001(a) and (e) and adding (b-1) and (f)",
    year: 2025,
    holding:
      "From 1 Jan 2026: a public image is not notice or consent unless the person made it public (b-1); biometrics used to develop, train, evaluate or offer AI systems are exempt unless the system uniquely identifies a specific person, as is AI built for security, fraud or illegal-activity prevention; later commercial use of AI-training biometrics brings the Act back (f).",
    status: "V",
    url: "https://legiscan.com/TX/text/HB149/2025",
  },
  {
    id: "tx-cubi-503-001-c2",
    kind: "statute",
    name: "§503.001(c-2) (employer security collection)",
    citation: "Tex. Bus. & Com. Code §503.001(c-2)",
    year: 2001,
    holding:
      "For biometrics an employer collects for security purposes, the purpose is presumed to expire when employment ends. Seen only in one reproduced registry file: not confirmed.",
    status: "S",
  },
  {
    id: "tx-cubi-503-001-d",
    kind: "statute",
    name: "§503.001(d) (civil penalty, current wording)",
    citation: "Tex. Bus. & Com. Code §503.001(d)",
    year: 2001,
    holding: "A person who violates the section is subject to a civil penalty of not more than $25,000 for each violation; the Attorney General may sue to recover it. There is no private right of action.",
    status: "V2",
  },
  {
    id: "tx-cubi-texas-v-meta-2024",
    kind: "settlement",
    name: "Texas v. Meta",
    citation: "Texas v. Meta (settlement announced 30 July 2024)",
    year: 2024,
    date: "2024-07-30",
    holding:
      "The first suit (filed Feb 2022, over \"Tag Suggestions\") and first settlement under CUBI, with Deceptive Trade Practices Act claims: $1.4B, paid over five years.",
    status: "V2",
  },
  {
    id: "tx-cubi-texas-v-google-2025",
    kind: "settlement",
    name: "Texas v. Google",
    citation: "Texas v. Google (agreement announced 9 May 2025, signed 31 Oct 2025)",
    year: 2025,
    date: "2025-10-31",
    holding:
      "$1.375B resolving two 2022 suits, one of them CUBI claims over voiceprints and face geometry in Google Photos, Assistant and Nest Hub Max.",
    status: "V2",
  },
];
