import { describe, expect, it } from "vitest";
import { releaseTiming } from "../../../../../src/packs/bipa/rules/15b/15b-release-timing.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

// The compliant timeclock: notice and release on 2019-12-15, first capture on 2020-01-06.
const staff = (release: Record<string, unknown>) => ({
  subjects: [{ population: "employees", count: 240, illinoisCount: 240, unionRepresented: false, relationship: "direct", release }],
});

testRule(releaseTiming, {
  fires: [
    {
      description: "point 8: a group whose members all signed only after capture began (§5.9 item 48; §1.7 \"Who counts under 15(b)\")",
      system: staff({ status: "after-first-capture", date: "2021-03-01" }),
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/subjects/0/release/status",
      messageIncludes: ["The employees of Fingerprint timeclock (240 people (240 of them in Illinois)) signed a written release only after capture", "on 2021-03-01", "counts only those before the release date"],
    },
    {
      description: "point 8: a group that did not get the written notice before its first capture (§1.3 15(b)(1)-(2); §5.9 item 48)",
      system: staff({ status: "before-first-capture", noticeBeforeCapture: false }),
      severity: "violation",
      pointer: "/systems/0/subjects/0/release/noticeBeforeCapture",
      messageIncludes: ["did not receive the written notice", "15(b)(1) and (2) require it first"],
    },
    {
      description: "point 8: a release date known only to the month that overlaps the first capture cannot be ordered: a risk",
      system: { release: { date: "2020-01", obtainedBeforeEachCapture: "unknown" } },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["whether the first release (2020-01) came before the first capture (2020-01-06): the dates are not precise enough to tell"],
    },
    {
      description: "point 8: a release known only to a later year is late",
      system: { release: { date: "2021" } },
      severity: "violation",
      messageIncludes: ["first written release only in 2021"],
    },
    {
      description: "release signed weeks after enrollment",
      system: { release: { date: "2020-02-01" } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/release/date",
      messageIncludes: ["Fingerprint timeclock first captured fingerprints on 2020-01-06", "first written release only on 2020-02-01"],
    },
    {
      description: "release signed the day after the first capture",
      system: { release: { date: "2020-01-07" } },
      severity: "violation",
      messageIncludes: ["2020-01-06", "2020-01-07"],
    },
    {
      description: "release late even though every subject is said to sign first: the dates decide",
      system: { release: { date: "2021-06-30", obtainedBeforeEachCapture: true } },
      severity: "violation",
      pointer: "/systems/0/release/date",
    },
    {
      description: "written notice given after the first capture",
      system: { notice: { date: "2020-01-07" } },
      severity: "violation",
      pointer: "/systems/0/notice/date",
      messageIncludes: ["first gave written notice only on 2020-01-07", "15(b)(1) and (2)"],
    },
    {
      description: "notice and release both late: one finding each",
      system: { notice: { date: "2020-03-01" }, release: { date: "2020-03-01" } },
      count: 2,
      severity: "violation",
    },
    {
      description: "subjects are not each asked before their own first capture",
      system: { release: { obtainedBeforeEachCapture: false } },
      severity: "violation",
      pointer: "/systems/0/release/obtainedBeforeEachCapture",
      messageIncludes: ["does not obtain each subject's written release", "Cothron", "PA 103-0769"],
    },
    {
      description: "whether each subject signs first is unknown",
      system: { release: { obtainedBeforeEachCapture: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/release/obtainedBeforeEachCapture",
      messageIncludes: ["For Fingerprint timeclock, the profile does not state whether each subject signs before their own first capture."],
    },
    {
      description: "release the same day as the first capture, per-subject order unknown: the dates cannot decide",
      system: { release: { date: "2020-01-06", obtainedBeforeEachCapture: "unknown" } },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["both dated 2020-01-06, so the dates alone cannot show which came first"],
    },
    {
      description: "first capture date unknown: the notice cannot be placed before it",
      system: { collection: { firstCaptureDate: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/collection/firstCaptureDate",
      messageIncludes: ["when the first capture happened"],
    },
    {
      description: "release date and per-subject order both unknown: one risk naming both",
      system: { release: { date: "unknown", obtainedBeforeEachCapture: "unknown" } },
      severity: "risk",
      pointer: "/systems/0/release/date",
      messageIncludes: ["when the first release was obtained and whether each subject signs"],
    },
    {
      description: "notice date unknown",
      system: { notice: { date: "unknown" } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/notice/date",
    },
    {
      description: "release form unknown but dated after the first capture: the lateness still counts",
      system: { release: { type: "unknown", date: "2020-05-01" } },
      severity: "violation",
      pointer: "/systems/0/release/date",
    },
  ],
  silent: [
    { description: "point 8: a group that signed before its first capture", system: staff({ status: "before-first-capture" }) },
    {
      description:
        "§5.9 item 48: every group recorded as given the written notice before its own first capture settles the timing, with the system's first notice date unknown (hired later than the system began)",
      system: { ...staff({ status: "before-first-capture", date: "2025-01-06", noticeBeforeCapture: true }), notice: { date: "unknown" } },
    },
    { description: "point 8: a release known only to the year before the year of first capture", system: { release: { date: "2019" } } },
    {
      description: "point 4: the subject's own device captures and keeps the data: no active step by the entity (Barnett; Heard; §1.3 15(b))",
      system: { release: { date: "2021-06-30" }, possession: { holder: "subject-device-only" }, collection: { capturedBy: "subject-device" } },
    },
    { description: "notice and release three weeks before the first capture", system: {} },
    {
      description: "release the same day as the first capture, each subject signing first",
      system: { release: { date: "2020-01-06", obtainedBeforeEachCapture: true } },
    },
    { description: "notice the same day as the first capture", system: { notice: { date: "2020-01-06" } } },
    {
      description: "no release at all (the release rule reports it), even with a late date",
      system: { release: { type: "none", date: "2020-05-01", obtainedBeforeEachCapture: false } },
    },
    { description: "a verbal release (the release rule reports it)", system: { release: { type: "verbal", obtainedBeforeEachCapture: "unknown" } } },
    { description: "no written notice (the notice rule reports it), even with a late date", system: { notice: { inWriting: false, date: "2020-05-01" } } },
    {
      description: "release date unknown, but every subject signs before their own first capture",
      system: { release: { date: "unknown", obtainedBeforeEachCapture: true } },
    },
    {
      description: "neither a written notice nor a release: nothing to time",
      system: { notice: { inWriting: false, date: "unknown" }, release: { type: "none", date: "unknown" }, collection: { firstCaptureDate: "unknown" } },
    },
  ],
});

describe("bipa/15b-release-timing findings", () => {
  it("carry both dates as evidence", () => {
    const [finding] = runRule(releaseTiming, { description: "", system: { release: { date: "2020-02-01" } } });
    expect(finding?.evidence.map((e) => [e.pointer, e.value])).toEqual([
      ["/systems/0/release/date", "2020-02-01"],
      ["/systems/0/collection/firstCaptureDate", "2020-01-06"],
    ]);
    expect(finding?.remedies).toEqual(["obtain-release-before-capture", "stop-collection-until-release", "destroy-unconsented-data"]);
  });

  it("name an unknown first-capture date once, however many comparisons need it", () => {
    const [finding] = runRule(releaseTiming, {
      description: "",
      system: { collection: { firstCaptureDate: "unknown" }, release: { obtainedBeforeEachCapture: "unknown" } },
    });
    expect(finding?.evidence.map((e) => e.pointer)).toEqual([
      "/systems/0/collection/firstCaptureDate",
      "/systems/0/release/obtainedBeforeEachCapture",
    ]);
  });
});
