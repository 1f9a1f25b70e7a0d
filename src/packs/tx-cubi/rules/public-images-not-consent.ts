import { definePackRule } from "../../../core/pack.js";
import { HB149_IN_FORCE, hb149InForce } from "../effective.js";
import { assessedBeforeHb149Only } from "../hb149.js";

export const publicImagesNotConsent = definePackRule({
  id: "tx-cubi/public-images-not-consent",
  title: "A public image is not notice or consent",
  section: "Tex. Bus. & Com. Code §503.001(b-1)",
  severity: "violation",
  summary:
    "From 1 Jan 2026: fires when notice or consent is claimed because images were on the internet or another public source, unless the people made them public themselves.",
  plainLanguage:
    "From 2026, a picture or recording being online or otherwise public does not count as telling the person or getting their consent, unless the person published it themselves.",
  authorities: ["tx-cubi-hb-149-2025", "tx-cubi-503-001"],
  remedies: ["tx-cubi-consent-not-public-images"],
  tags: ["503.001(b-1)", "consent", "HB 149"],
  // (b-1) binds conduct from 1 Jan 2026; a system within an HB 149 AI exemption is assessed only for
  // its conduct before that day, which (b-1) does not reach (bipa-reference.md §4.1).
  engaged: ({ system, asOf }) => hb149InForce(asOf) && !assessedBeforeHb149Only(system, asOf),
  check({ system }) {
    const c = system.consent;
    if (c.basedOnPublicImages === true && c.subjectsMadeImagesPublic === false) {
      return [
        {
          message: `${system.name} treats images found in public sources as notice and consent, though the people did not make them public; from ${HB149_IN_FORCE} §503.001(b-1) says that is neither.`,
          evidence: ["/consent/basedOnPublicImages", "/consent/subjectsMadeImagesPublic"],
        },
      ];
    }
    if (c.basedOnPublicImages === true && c.subjectsMadeImagesPublic === "unknown") {
      return [
        {
          message: `${system.name} treats images found in public sources as notice and consent; from ${HB149_IN_FORCE} that holds only for images the people made public themselves, which the profile does not say (consent.subjectsMadeImagesPublic).`,
          evidence: ["/consent/subjectsMadeImagesPublic"],
          severity: "risk",
          basis: "unknown",
        },
      ];
    }
    return [];
  },
});
