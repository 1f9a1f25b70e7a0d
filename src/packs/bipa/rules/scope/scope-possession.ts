import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import { excluded, unsettled } from "./drafts.js";

const BARNETT = "Barnett v. Apple (Ill. App. Ct. 2022)";
const GT = "G.T. v. Samsung (N.D. Ill. 2024)";

export const possession = defineRule({
  id: "bipa/scope-possession",
  title: "Possession of the data and the step of collecting it",
  section: "740 ILCS 14/15",
  kind: "scope",
  severity: "info",
  summary:
    "Takes a system outside BIPA when the biometric data stays on the subject's own device, is never received by the entity, and is captured by that device (Barnett v. Apple; G.T. v. Samsung): the entity neither possesses it (15(a), (c), (d), (e)) nor collects it (15(b), Heard v. Becton, Dickinson). When the data stays on the device but the entity performs the capture, an info finding says only 15(b) binds; when who captures is unknown, a risk asks for it.",
  plainLanguage:
    'Four of the five duties in Sec. 15 bind an entity "in possession" of biometric data, which means control; the fifth, 15(b), binds an entity that collects, captures or otherwise obtains it, which takes an active step. An Illinois appellate court held that Apple neither possessed nor collected Face ID and Touch ID data that stayed on users\' devices (Barnett v. Apple, 2022), and an Illinois federal court dismissed claims over on-device face grouping for the same want of possession (G.T. v. Samsung, 2024). A vendor running a scanner for a company does not shield that company (Rogers v. BNSF).',
  authorities: ["bipa-15a", "bipa-15b", "barnett-apple-2022", "gt-samsung-2024", "heard-bd-2020", "rogers-bnsf-2023"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "possession", "collection", "on-device"],
  examples: {
    failing: {
      description: "A phone app unlocks with a face template that the phone computes and keeps; the company never receives it.",
      system: { possession: { holder: "subject-device-only" }, collection: { capturedBy: "subject-device" } },
    },
    passing: {
      description: "The company's timeclock captures fingerprints and its server keeps the templates.",
      system: { possession: { holder: "entity" }, collection: { capturedBy: "entity" } },
    },
  },
  check({ system }) {
    if (system.possession.holder !== "subject-device-only") return [];
    return match(system.collection.capturedBy)
      .returnType<FindingDraft[]>()
      .with("subject-device", () => [
        excluded(
          `${system.name} keeps the biometric data only on each subject's own device, never received by the entity, and the device itself performs the capture. The entity is not "in possession" of the data, which 15(a), (c), (d) and (e) require (${BARNETT}; ${GT}), and takes no active step to collect it, which 15(b) requires (${BARNETT}; Heard v. Becton, Dickinson, N.D. Ill. 2020), so no Sec. 15 duty of the entity is engaged. That changes the moment any template, image or match result reaches the entity's servers or a vendor acting for it.`,
          ["/possession/holder", "/collection/capturedBy"],
        ),
      ])
      .with("entity", "vendor-for-entity", (actor) => [
        {
          message: `${system.name} keeps the biometric data only on each subject's own device, so the entity is not "in possession" of it and 15(a), (c), (d) and (e) do not bind it for this system (${BARNETT}; ${GT}). But ${actor === "entity" ? "the entity performs the capture" : "a vendor performs the capture on the entity's behalf, which does not shield the entity (Rogers v. BNSF)"}: that is the active step 15(b) reaches, so notice and a written release before capture are still required.`,
          evidence: ["/possession/holder", "/collection/capturedBy"],
          severity: "info",
          basis: "fact",
          remedies: [],
          key: "/possession/on-device",
        },
      ])
      .with("unknown", () => [
        unsettled(
          `${system.name} keeps the biometric data only on each subject's own device, so 15(a), (c), (d) and (e) do not bind the entity for this system (${BARNETT}; ${GT}). The profile does not say who performs the capture: if the subject's own device does, 15(b) does not reach the entity either (no active step: ${BARNETT}; Heard v. Becton, Dickinson, N.D. Ill. 2020); if the entity or its vendor does, 15(b) applies in full.`,
          ["/collection/capturedBy", "/possession/holder"],
          { severity: "risk", key: "/collection/capturedBy" },
        ),
      ])
      .exhaustive();
  },
});
