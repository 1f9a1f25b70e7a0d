import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { definePack, type Pack } from "../../src/core/pack.js";
import { auditPacks } from "../../src/engine/audit.js";
import { reportSchema } from "../../src/format/report-schema.js";
import { AS_OF, profileOf } from "../packs/co-biometric/fixture.js";

/*
 * Pack options through the library: a value outside an option's readings is refused rather than read
 * as the default, and every report says which value each declared option took (legal-sweep-6 ERROR 3:
 * a reader must see the reading applied).
 */

const DEADLINE = "co-biometric/deletion-deadline";
/** A Denver timeclock kept three years after the last interaction: longer than either reported reading. */
const profile = profileOf({ retention: { schedule: { trigger: "last-interaction", yearsAfterLastInteraction: 3 } } });
const colorado = (assumptions: Record<string, unknown> = {}) => {
  const report = audit(profile, { asOf: AS_OF, packs: ["co-biometric"], assumptions });
  return { report, section: report.packs.find((p) => p.id === "co-biometric")! };
};

describe("pack options in the report", () => {
  it("records the default, unstated, with a note in the pack's notes", () => {
    const { report, section } = colorado();
    expect(section.options).toEqual([{ id: DEADLINE, value: "unset", stated: false }]);
    expect(section.notes.at(-1)).toBe(
      `Option ${DEADLINE} (Colorado deletion deadline: which reported reading to apply): unset, the default, as none was stated. No reading chosen: a schedule that would exceed either reported reading is reported as a risk that depends on this option, never as a violation of a number of days, and no deletion finding is counted.`,
    );
    expect(report.findings.find((f) => f.ruleId === DEADLINE)?.severity).toBe("risk");
    expect(reportSchema.safeParse(report).success).toBe(true);
  });

  it("records a stated reading with its source mark, and the finding follows it", () => {
    const { report, section } = colorado({ [DEADLINE]: "two-years-of-collection" });
    expect(section.options).toEqual([{ id: DEADLINE, value: "two-years-of-collection", stated: true }]);
    expect(section.notes.at(-1)).toMatch(/^Option co-biometric\/deletion-deadline \(.*\): two-years-of-collection, as stated for this run\. Within two years of collection .* \[S\]$/);
    expect(report.findings.find((f) => f.ruleId === DEADLINE)?.severity).toBe("violation");
    // Stating the default is recorded as stated.
    expect(colorado({ [DEADLINE]: "unset" }).section.options).toEqual([{ id: DEADLINE, value: "unset", stated: true }]);
  });

  it("a pack that declares no option has no options field and no such note", () => {
    const bipa = audit(profile, { asOf: AS_OF, packs: ["bipa"] }).packs[0]!;
    expect(bipa.options).toBeUndefined();
    expect(bipa.notes.some((n) => n.startsWith("Option "))).toBe(false);
  });
});

describe("pack option values are checked", () => {
  it("audit() refuses a value outside the readings, naming them, whether or not the pack would run", () => {
    const message = `audit: option ${DEADLINE} is "two-years"; expected one of unset, two-years-of-collection, earliest-of-24-months`;
    expect(() => colorado({ [DEADLINE]: "two-years" })).toThrow(new TypeError(message));
    // By default a pack no system is shown to be within is held back: the value is still checked.
    const elsewhere = profileOf({ places: { subjects: [], capture: ["US-IL"] } });
    expect(audit(elsewhere, { asOf: AS_OF }).packs.map((p) => p.id)).not.toContain("co-biometric");
    expect(() => audit(elsewhere, { asOf: AS_OF, assumptions: { [DEADLINE]: "two-years" } })).toThrow(message);
    expect(() => colorado({ [DEADLINE]: 2 })).toThrow(/is 2; expected one of/);
  });

  it("the engine checks any pack's declared options the same way (a pack of one's own)", () => {
    const toy: Pack = definePack({
      id: "toy",
      title: "Toy law",
      jurisdiction: "XX",
      citation: "Toy §1",
      effectiveFrom: "2000-01-01",
      authorities: [],
      remedies: [],
      rules: [],
      applicability: () => ({ status: "applies", reasons: ["always"], evidence: [] }),
      options: [{ id: "toy/reading", title: "Which reading", why: "Unsettled.", readings: [{ value: "a", text: "Reading A." }, { value: "b", text: "Reading B.", status: "S" }], default: "a" }],
      notes: [],
    });
    expect(() => auditPacks(profile, [toy], { asOf: AS_OF, assumptions: { "toy/reading": "c" } })).toThrow("audit: option toy/reading is \"c\"; expected one of a, b");
    const section = auditPacks(profile, [toy], { asOf: AS_OF, assumptions: { "toy/reading": "b" } }).packs[0]!;
    expect(section.options).toEqual([{ id: "toy/reading", value: "b", stated: true }]);
    expect(section.notes).toEqual(["Option toy/reading (Which reading): b, as stated for this run. Reading B. [S]"]);
  });
});
