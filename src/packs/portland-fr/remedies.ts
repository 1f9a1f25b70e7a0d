import type { PackRemedy } from "../../core/pack.js";

/* Portland remedies. The use is banned outright: stopping it is the only cure, and it works forward. */
export const portlandFrRemedies: readonly PackRemedy[] = [
  {
    id: "portland-fr-stop",
    measure: "stop-face-recognition-in-public-accommodation",
    title: "Stop using face recognition in places of public accommodation in Portland",
    requires: "Switch off face recognition at the Portland premises open to the public (consent does not make it lawful).",
    effect: "cures",
    why: "Portland City Code ch. 34.10 bans the use outright. Stopping ends new days of violation; days already accrued remain.",
    sources: ["portland-fr-34-10", "portland-fr-34-10-exceptions"],
  },
  {
    id: "portland-fr-limit-to-exceptions",
    measure: "portland-fr/limit-to-exempt-uses",
    title: "Limit face recognition to the uses the ordinance excepts",
    requires: "Keep only uses required to comply with law, users unlocking their own or an employer-issued device, or automatic face detection in social-media apps.",
    effect: "cures",
    why: "The exceptions are the only lawful uses in a place of public accommodation.",
    sources: ["portland-fr-34-10-exceptions"],
  },
  {
    id: "portland-fr-establish-facts",
    measure: "portland-fr/establish-facts",
    title: "Establish the facts the Portland assessment needs",
    requires: "Record the facts the finding names in the profile.",
    effect: "mitigates",
    why: "An unknown that decides whether the ban reaches a system, or whether an exception covers it, is a risk until it is established.",
    sources: ["portland-fr-34-10"],
  },
];
