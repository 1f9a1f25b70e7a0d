import { collects } from "../gates.js";
import { dateBounds, timeliness } from "../../../../practices/dates.js";
import { unreachable } from "../../../../util/unreachable.js";
import type { System } from "../../../../practices/schema.js";
import { defineRule, type FindingDraft } from "../../rule.js";
import { groupSizeWords, joinWords, modalityWords, populationsWords } from "./wording.js";

/** A deciding fact left unknown, with what it decides in words. */
interface Unknown {
  pointer: string;
  words: string;
}

export const releaseTiming = defineRule({
  id: "bipa/15b-release-timing",
  title: "Notice and written release come before the first capture",
  section: "740 ILCS 14/15(b)",
  kind: "section",
  engaged: collects,
  severity: "violation",
  summary:
    "Fires when the first written release or written notice is dated after the first capture, or when subjects are not each asked for their release before their own first capture; a deciding date or fact left unknown is a risk. Silent on a release that does not exist, which bipa/15b-written-release reports.",
  plainLanguage:
    "15(b) forbids collecting biometric data unless the company first gives the written notice and receives the written release: order matters, and a release signed after enrollment does not cure the captures before it. Under Cothron each capture without a release is a separate claim; after PA 103-0769 recovery for repeated 15(b) collection is limited to one per person, identifier and method.",
  authorities: ["bipa-15b", "rosenbach-2019", "cothron-2023", "pa-103-0769", "bryant-2020"],
  remedies: ["obtain-release-before-capture", "stop-collection-until-release", "destroy-unconsented-data"],
  tags: ["15(b)", "release", "notice", "timing"],
  examples: {
    failing: {
      description: "Employees were enrolled on the timeclock in January 2020 and signed releases in February.",
      system: { release: { date: "2020-02-01" } },
    },
    passing: {
      description: "Each employee signs the release at the enrollment station just before the first scan, the same day.",
      system: { release: { date: "2020-01-06", obtainedBeforeEachCapture: true } },
    },
  },
  check({ system }) {
    const { release, notice, collection } = system;
    const firstCapture = collection.firstCaptureDate;
    const what = modalityWords(system);
    // A missing release (or written notice) is reported by its own rule; its timing is then moot.
    const hasRelease = release.type !== "none" && release.type !== "verbal";
    const hasNotice = notice.inWriting !== false;
    const drafts: FindingDraft[] = [];
    const unknowns: Unknown[] = [];
    const captureUnknown = { pointer: "/collection/firstCaptureDate", words: "when the first capture happened" };
    // A first capture known only to the month or year: its exact day can settle an overlap.
    const partialCapture = { pointer: "/collection/firstCaptureDate", words: "the exact day of the first capture" };

    if (hasRelease) {
      const perSubject = release.obtainedBeforeEachCapture;
      const signed = release.date;
      if (signed !== "unknown" && firstCapture !== "unknown") {
        const order = timeliness(signed, firstCapture);
        if (order === "late") {
          drafts.push({
            message: `${system.name} first captured ${what} ${on(firstCapture)} but obtained its first written release only ${on(signed)}. 15(b) requires the release before any capture, so every capture before ${signed} was made without one.`,
            evidence: ["/release/date", "/collection/firstCaptureDate"],
            key: "/release/date",
          });
        } else if (order === "unknown" && perSubject !== true) {
          unknowns.push({
            pointer: "/release/date",
            words: `whether the first release (${signed}) came before the first capture (${firstCapture}): the dates are not precise enough to tell`,
          });
          if (firstCapture.length < 10) unknowns.push(partialCapture);
        }
      } else if (perSubject !== true) {
        // With every subject asked before their own first capture, the first dates add nothing decisive.
        if (signed === "unknown") unknowns.push({ pointer: "/release/date", words: "when the first release was obtained" });
        if (firstCapture === "unknown") unknowns.push(captureUnknown);
      }

      switch (perSubject) {
        case false:
          drafts.push({
            message: `${system.name} does not obtain each subject's written release before that subject's own first capture. 15(b) requires the release first for every person; under Cothron each capture without it is a separate claim, though PA 103-0769 limits recovery to one per person, identifier and method.`,
            evidence: ["/release/obtainedBeforeEachCapture"],
            key: "/release/obtainedBeforeEachCapture",
          });
          break;
        case "unknown":
          unknowns.push({
            pointer: "/release/obtainedBeforeEachCapture",
            words:
              release.date !== "unknown" && release.date === firstCapture
                ? `whether each subject signs before their own first capture (the first release and the first capture are both dated ${firstCapture}, so the dates alone cannot show which came first)`
                : "whether each subject signs before their own first capture",
          });
          break;
        case true:
          break;
        default:
          return unreachable(perSubject);
      }
    }

    // Every group recorded as noticed before its own first capture settles the notice's timing group
    // by group, as the estimate reads it; the system's first notice date then decides nothing.
    const noticedPerGroup = system.subjects.length > 0 && system.subjects.every((g) => g.release?.noticeBeforeCapture === true);
    if (hasNotice && !noticedPerGroup) {
      const noticed = notice.date;
      if (noticed !== "unknown" && firstCapture !== "unknown") {
        const order = timeliness(noticed, firstCapture);
        if (order === "late") {
          drafts.push({
            message: `${system.name} first captured ${what} ${on(firstCapture)} but first gave written notice only ${on(noticed)}. 15(b)(1) and (2) require the written notice of collection, purpose and term before any capture.`,
            evidence: ["/notice/date", "/collection/firstCaptureDate"],
            key: "/notice/date",
          });
        } else if (order === "unknown") {
          unknowns.push({
            pointer: "/notice/date",
            words: `whether the first written notice (${noticed}) came before the first capture (${firstCapture}): the dates are not precise enough to tell`,
          });
          if (firstCapture.length < 10 && !unknowns.includes(partialCapture)) unknowns.push(partialCapture);
        }
      } else {
        if (noticed === "unknown") unknowns.push({ pointer: "/notice/date", words: "when written notice was first given" });
        if (firstCapture === "unknown" && !unknowns.includes(captureUnknown)) unknowns.push(captureUnknown);
      }
    }

    drafts.push(...lateGroups(system, what));
    if (unknowns.length > 0) {
      drafts.push({
        message: `For ${system.name}, the profile does not state ${joinWords(unknowns.map((u) => u.words))}. 15(b) requires notice and release before the first capture, so the facts must be established.`,
        evidence: unknowns.map((u) => u.pointer),
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "obtain-release-before-capture"],
        key: "/timing/unknown",
      });
    }
    return drafts;
  },
});

/** "on 2019-03-04", "in 2019-03", "in 2019". */
function on(date: string): string {
  return dateBounds(date).precision === "day" ? `on ${date}` : `in ${date}`;
}

/**
 * Subject groups whose members all signed, but only after capture began, and groups that did not get
 * the written notice before their first capture (bipa-reference.md §5.9 item 48).
 */
function lateGroups(system: System, what: string): FindingDraft[] {
  return system.subjects.flatMap((group, index): FindingDraft[] => {
    const release = group.release;
    const notice: FindingDraft[] =
      release?.noticeBeforeCapture === false
        ? [
            {
              message: `The ${populationsWords([group])} of ${system.name} (${groupSizeWords(group)}) did not receive the written notice (that biometrics are collected, the specific purpose and the length of term) before their first capture. 15(b)(1) and (2) require it first.`,
              evidence: [`/subjects/${index}/release/noticeBeforeCapture`],
              key: `/subjects/${index}/release/noticeBeforeCapture`,
            },
          ]
        : [];
    if (release?.status !== "after-first-capture") return notice;
    const when = release.date === "unknown" ? "at a date the profile does not give" : on(release.date);
    return [
      {
        message: `The ${populationsWords([group])} of ${system.name} (${groupSizeWords(group)}) signed a written release only after capture of their ${what} began, ${when}. 15(b) requires the release first, so each capture before it was made without one; captures after a valid release are not 15(b) violations, and the estimate counts only those before the release date.`,
        evidence: [`/subjects/${index}/release/status`, `/subjects/${index}/release/date`, "/collection/firstCaptureDate"],
        key: `/subjects/${index}/release/date`,
      },
      ...notice,
    ];
  });
}
