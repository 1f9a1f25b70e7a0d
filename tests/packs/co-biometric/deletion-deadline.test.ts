import { describe, expect, it } from "vitest";
import { coBiometricRemedies } from "../../../src/packs/co-biometric/remedies.js";
import { deletionDeadline } from "../../../src/packs/co-biometric/rules/deletion-deadline.js";
import { failingSystem, run } from "./fixture.js";

// bipa-reference.md §4.4 "Retention / deletion deadline": conflicting reports, do not encode one
// deadline; (1) sponsor: two years of collection [S]; (2) commentary: earliest of purpose, 24 months
// after the last interaction, 45 days after the decision [UNVERIFIED]; (3) superseded fiscal note.
const OPTION = "co-biometric/deletion-deadline";
const twoYears = { options: { [OPTION]: "two-years-of-collection" } };
const earliestOf = { options: { [OPTION]: "earliest-of-24-months" } };
const threeYearsAfterLast = { retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 3 } } };

describe("co-biometric/deletion-deadline", () => {
  it("§4.4 Retention: with no reading chosen, a schedule beyond both readings is a risk, never a violation, and says it depends on the option", () => {
    const [f, ...rest] = run(deletionDeadline, threeYearsAfterLast);
    expect(rest).toHaveLength(0);
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("fact");
    expect(f!.message).toContain("would not meet either reported reading");
    expect(f!.message).toContain("this is a risk, not a violation of a number of days");
    expect(f!.message).toContain(`This depends on the option ${OPTION}`);
    expect(f!.remedies).toEqual(["co-biometric-confirm-deletion-deadline", "co-biometric-destroy-reading-unset"]);
  });

  it("§4.4 Retention: with no reading chosen, a schedule beyond only the sponsor's reading is still a risk naming that reading", () => {
    const [f] = run(deletionDeadline, { retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 1 } } });
    expect(f!.severity).toBe("risk");
    expect(f!.message).toContain("one reported reading");
    expect(f!.message).toContain("sponsor's release, marked [S]");
    expect(f!.message).not.toContain("[UNVERIFIED]");
  });

  it("§4.4 Retention: the sponsor's reading chosen, a schedule with no cap from collection is a violation of that reading", () => {
    const [f] = run(deletionDeadline, threeYearsAfterLast, twoYears);
    expect(f!.severity).toBe("violation");
    expect(f!.message).toContain("On the reading chosen in the option co-biometric/deletion-deadline");
    expect(f!.message).toContain("This depends on the option");
    expect(f!.remedies).toEqual(["co-biometric-destroy-two-years-of-collection"]);
  });

  it("§4.4 Retention: the commentary's reading chosen, three years after the last interaction exceeds 24 months", () => {
    const [f] = run(deletionDeadline, threeYearsAfterLast, earliestOf);
    expect(f!.severity).toBe("violation");
    expect(f!.message).toContain("keeps data 3 years after the last interaction, longer than 24 months");
    expect(f!.remedies).toEqual(["co-biometric-destroy-24-months-after-last-interaction"]);
  });

  it("§4.4 Retention: the commentary's 45-day limb: deletion 90 days after the trigger exceeds it", () => {
    const [f] = run(deletionDeadline, { retention: { practice: { daysFromTriggerToDeletion: 90 } } }, earliestOf);
    expect(f!.severity).toBe("violation");
    expect(f!.message).toContain("deletion takes 90 days after the trigger, longer than 45 days");
    expect(f!.evidence).toContain("/retention/practice/daysFromTriggerToDeletion");
  });

  it("§4.4 Retention: no destruction trigger at all exceeds every reading (the realistic failing system)", () => {
    const [f] = run(deletionDeadline, failingSystem, twoYears);
    expect(f!.severity).toBe("violation");
    expect(f!.message).toContain("sets no destruction trigger");
  });

  it("§4.4 Retention: with no reading chosen, a schedule that fails both readings for one reason says it once", () => {
    const [f] = run(deletionDeadline, failingSystem);
    expect(f!.severity).toBe("risk");
    expect(f!.message).toMatch(/^The deletion schedule of Warehouse face badges sets no destruction trigger, so the data is kept with no end, which would not meet either reported reading/);
    expect(f!.message.match(/sets no destruction trigger/g)).toHaveLength(1);
  });

  it("§4.4 Retention: an unstated schedule is a risk on an unknown fact under every option", () => {
    for (const o of [{}, twoYears, earliestOf]) {
      const [f] = run(deletionDeadline, { retention: { schedule: { trigger: "unknown" } } }, o);
      expect(f!.severity).toBe("risk");
      expect(f!.basis).toBe("unknown");
      expect(f!.evidence).toEqual(["/retention/schedule/trigger"]);
      expect(f!.message).toContain("This depends on the option");
    }
  });

  it("§4.4 Retention: an option value that is no reading is read as no reading chosen", () => {
    const [f] = run(deletionDeadline, threeYearsAfterLast, { options: { [OPTION]: "one-year" } });
    expect(f!.severity).toBe("risk");
  });

  it("§4.4 Retention: silent when the schedule meets both readings (one year from collection, deletion within 30 days)", () => {
    expect(run(deletionDeadline)).toEqual([]);
    expect(run(deletionDeadline, {}, twoYears)).toEqual([]);
    expect(run(deletionDeadline, {}, earliestOf)).toEqual([]);
  });

  it("§4.4 Retention: silent under the commentary's reading for two years after the last interaction, which the sponsor's reading would flag", () => {
    const twoAfterLast = { retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 2 } } };
    expect(run(deletionDeadline, twoAfterLast, earliestOf)).toEqual([]);
    expect(run(deletionDeadline, twoAfterLast, twoYears)).toHaveLength(1);
  });

  it("§4.4 Retention: deadline data only on the remedies of a chosen reading", () => {
    const withDeadline = coBiometricRemedies.filter((r) => r.deadline).map((r) => r.id);
    expect(withDeadline).toEqual(["co-biometric-destroy-two-years-of-collection", "co-biometric-destroy-24-months-after-last-interaction"]);
    expect(coBiometricRemedies.find((r) => r.id === "co-biometric-destroy-reading-unset")!.deadline).toBeUndefined();
  });
});
