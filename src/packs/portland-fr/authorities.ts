import type { PackAuthority } from "../../core/pack.js";

/*
 * Portland's ban on face recognition in places of public accommodation, as the legal reference
 * carries it (bipa-reference.md §4.6), each with its mark. `year` is the year the ordinance took
 * effect (the reference gives no enactment date); the url is the city's code page the reference links.
 */
const CODE_URL = "https://www.portland.gov/code/34/all";

export const portlandFrAuthorities: readonly PackAuthority[] = [
  {
    id: "portland-fr-34-10",
    kind: "statute",
    name: "Portland City Code ch. 34.10 (Ordinance 190114)",
    citation: "Portland City Code ch. 34.10",
    year: 2021,
    date: "2021-01-01",
    holding:
      "A private entity may not use face recognition technologies in a place of public accommodation within the City of Portland (shops, restaurants, venues and so on; not private clubs or residences). Face recognition only, not fingerprints or voice. In force from 1 January 2021.",
    status: "V",
    url: CODE_URL,
  },
  {
    id: "portland-fr-34-10-exceptions",
    kind: "statute",
    name: "Portland City Code ch. 34.10 (exceptions)",
    citation: "Portland City Code ch. 34.10",
    year: 2021,
    holding:
      "Consent is not a cure: the use is banned. The exceptions are compliance with law, a user unlocking their own or an employer-issued device, and automatic face detection in social-media applications.",
    status: "V2",
  },
  {
    id: "portland-fr-34-10-action",
    kind: "statute",
    name: "Portland City Code ch. 34.10 (private right of action)",
    citation: "Portland City Code ch. 34.10",
    year: 2021,
    holding:
      "A person injured by a material violation may sue for actual damages or $1,000 per day of violation, whichever is greater, plus attorneys' fees.",
    status: "V2",
  },
];
