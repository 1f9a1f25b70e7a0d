import { collects } from "../gates.js";
import { defineRule } from "../../rule.js";
import { modalityVerb, modalityWords } from "./wording.js";

export const writtenNotice = defineRule({
  id: "bipa/15b-written-notice",
  title: "Subjects informed in writing that biometric data is collected or stored",
  section: "740 ILCS 14/15(b)(1)",
  kind: "section",
  engaged: collects,
  severity: "violation",
  summary:
    "Fires when subjects are not informed in writing, or the written notice does not say that biometric data is collected or stored; a deciding fact left unknown is a risk.",
  plainLanguage:
    "Before collecting anyone's biometric identifier or information, a company must first tell that person (or their legally authorized representative) in writing that it is being collected or stored. A missing notice is actionable by itself, without any further harm (Rosenbach), and gives standing in federal court (Bryant). Having a vendor run the scanner does not shift the duty (Rogers v. BNSF).",
  authorities: ["bipa-15b", "rosenbach-2019", "bryant-2020", "rogers-bnsf-2023"],
  remedies: ["provide-written-notice", "stop-collection-until-release"],
  tags: ["15(b)", "notice", "consent"],
  examples: {
    failing: {
      description: "Employees are told about the fingerprint timeclock only orally at orientation.",
      system: { notice: { inWriting: false } },
    },
    passing: {
      description: "A written notice says fingerprints are collected and stored.",
      system: { notice: { inWriting: true, statesCollection: true } },
    },
  },
  check({ system }) {
    const { inWriting, statesCollection } = system.notice;
    const what = modalityWords(system);
    if (inWriting === false) {
      return [
        {
          message: `${system.name} does not inform subjects in writing that their ${what} ${modalityVerb(system)} collected or stored. 15(b)(1) requires that written notice before any collection; an oral explanation or a sign-up flow without it does not satisfy the section.`,
          evidence: ["/notice/inWriting"],
        },
      ];
    }
    if (statesCollection === false) {
      return [
        {
          message: `The notice ${system.name} gives does not say that ${what} ${modalityVerb(system)} collected or stored, which 15(b)(1) requires in writing before collection.${inWriting === "unknown" ? " Whether the notice is in writing at all is also not stated." : ""}`,
          evidence: ["/notice/statesCollection", "/notice/inWriting"],
        },
      ];
    }
    if (inWriting === true && statesCollection === true) return [];
    // What is left: one of the two facts (or both) is unknown, and neither is false.
    const unknown = [
      ...(inWriting === "unknown" ? [{ pointer: "/notice/inWriting", words: "whether subjects are informed in writing" }] : []),
      ...(statesCollection === "unknown" ? [{ pointer: "/notice/statesCollection", words: "whether the notice says biometric data is collected or stored" }] : []),
    ];
    return [
      {
        message: `For ${system.name}, the profile does not state ${unknown.map((u) => u.words).join(", or ")}. 15(b)(1) bars collection without that written notice, so the fact must be established.`,
        evidence: unknown.map((u) => u.pointer),
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "provide-written-notice"],
        key: "/notice/unknown",
      },
    ];
  },
});
