import { collects } from "../gates.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import { modalityVerb, modalityWords } from "./wording.js";
import { unreachable } from "../../../../util/unreachable.js";

/** The two things 15(b)(2) requires the written notice to state. */
const ELEMENTS = [
  { field: "specificPurpose", words: "the specific purpose for which" },
  { field: "lengthOfTerm", words: "the length of term for which" },
] as const;

export const purposeAndTerm = defineRule({
  id: "bipa/15b-purpose-and-term",
  title: "Written notice states the specific purpose and the length of term",
  section: "740 ILCS 14/15(b)(2)",
  kind: "section",
  engaged: collects,
  severity: "violation",
  summary:
    "Fires once for each element the written notice omits (the specific purpose, the length of term); an element left unknown is a risk. Silent when there is no written notice at all, which bipa/15b-written-notice reports.",
  plainLanguage:
    "The written notice must also tell the person the specific purpose for which their biometric data is collected, stored and used, and for how long. A general statement that biometrics are used is not enough. Like every 15(b) step, this must happen before collection and is actionable without further harm (Rosenbach; Bryant).",
  authorities: ["bipa-15b", "rosenbach-2019", "bryant-2020"],
  remedies: ["state-purpose-and-term"],
  tags: ["15(b)", "notice", "purpose", "retention-term"],
  examples: {
    failing: {
      description: "The notice says fingerprints are used for timekeeping but not for how long they are kept.",
      system: { notice: { lengthOfTerm: false } },
    },
    passing: {
      description: "The notice states the purpose (timekeeping) and the term (until employment ends, at most 3 years).",
      system: { notice: { specificPurpose: true, lengthOfTerm: true } },
    },
  },
  check({ system }) {
    // No written notice at all is one failure, reported by bipa/15b-written-notice; repeating it per element adds noise.
    if (system.notice.inWriting === false) return [];
    const drafts: FindingDraft[] = [];
    for (const { field, words } of ELEMENTS) {
      const stated = system.notice[field];
      if (stated === true) continue;
      if (stated === false) {
        drafts.push({
          message: `The notice ${system.name} gives does not state ${words} ${modalityWords(system)} ${modalityVerb(system)} collected, stored and used. 15(b)(2) requires it in writing before collection.`,
          evidence: [`/notice/${field}`],
          key: `/notice/${field}`,
        });
      } else if (stated === "unknown") {
        drafts.push({
          message: `The profile does not say whether the notice ${system.name} gives states ${words} ${modalityWords(system)} ${modalityVerb(system)} collected, stored and used. 15(b)(2) requires it in writing before collection, so the fact must be established.`,
          evidence: [`/notice/${field}`],
          severity: "risk",
          basis: "unknown",
          remedies: ["establish-unknown-facts", "state-purpose-and-term"],
          key: `/notice/${field}`,
        });
      } else {
        unreachable(stated);
      }
    }
    return drafts;
  },
});
