import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../src/core/pack.js";
import { headcount, perDutyLines, uncountedFindingsNote, usd } from "../../src/core/per-duty-penalty.js";
import { AS_OF, compliantData, parse } from "../packs/wa-mhmda/fixture.js";

/*
 * The statute-neutral per-violation readings the Texas and Washington packs share (bipa-reference.md
 * §4: "what counts as one violation" is not settled for them, so each line gives both readings).
 */

type Finding = PenaltyContext["findings"][number];
const profile = parse(compliantData);
const systemId = profile.systems[0]!.id;
const f = (ruleId: string, extra: Partial<Finding> = {}): Finding => ({ ruleId, systemId, severity: "violation", basis: "fact", ...extra });
const ctx = (findings: Finding[]): PenaltyContext => ({ profile, findings, applies: [0], asOf: AS_OF });
const readings = (people: number | undefined) => ({
  rate: 10_000,
  section: "§ test",
  dutyOf: (id: string) => (id === "x/b" ? "x/a" : id),
  people: () => (people === undefined ? undefined : { count: people, words: `${people} people here` }),
  label: (_s: unknown, duties: readonly string[], count: string) => `${count}: ${duties.join(", ")}`,
  perWhom: "person",
  uncountedWords: "people here",
});

describe("per-duty penalty readings (§4: the unit of a violation unsettled)", () => {
  it("counts each duty once, and gives the per-practice and per-person readings with their arithmetic", () => {
    // x/a and x/b rest on one duty: 2 duties (x/a, x/c). Low: 2 × $10,000 = $20,000; high: 2 × 30 × $10,000 = $600,000.
    const { lines, uncounted } = perDutyLines(ctx([f("x/a"), f("x/b"), f("x/c")]), readings(30));
    expect(uncounted).toBe(false);
    expect(lines).toEqual([
      {
        label: "2 duties: x/a, x/c",
        section: "§ test",
        arithmetic: "per practice: 2 duties × $10,000 = $20,000; per person: 2 duties × 30 people here × $10,000 = $600,000",
        low: 20_000,
        high: 600_000,
        recoveredBy: "regulator",
      },
    ]);
  });

  it("without a head count the high reading is the per-practice figure, and says why", () => {
    // 1 duty × $10,000 = $10,000 both ways.
    const { lines, uncounted } = perDutyLines(ctx([f("x/a")]), readings(undefined));
    expect(uncounted).toBe(true);
    expect(lines[0]).toMatchObject({ low: 10_000, high: 10_000 });
    expect(lines[0]!.arithmetic).toContain("per person: not computed (the profile does not count");
  });

  it("counts no risk, no finding on an unknown fact, and no system the law does not apply to", () => {
    const findings = [f("x/a", { severity: "risk" }), f("x/c", { basis: "unknown" })];
    expect(perDutyLines(ctx(findings), readings(30)).lines).toEqual([]);
    expect(perDutyLines({ ...ctx([f("x/a")]), applies: [] }, readings(30)).lines).toEqual([]);
    expect(uncountedFindingsNote(ctx(findings))).toBe("Only violations on stated facts are counted; 2 risks and notes (unknown or unsettled facts) are not.");
    expect(uncountedFindingsNote(ctx([f("x/a")]))).toBeUndefined();
  });

  it("sums head counts to the largest the profile allows, and says when that is open-ended", () => {
    const nouns = { one: "person", many: "people" };
    expect(headcount([120, 30], nouns, "in Texas")).toEqual({ count: 150, words: "150 people in Texas" });
    expect(headcount([1], nouns, "in Texas")).toEqual({ count: 1, words: "1 person in Texas" });
    expect(headcount([{ atLeast: 5 }], nouns, "in Texas")).toEqual({ count: 5, words: "at least 5 people in Texas" });
    expect(headcount(["unknown"], nouns, "in Texas")).toBeUndefined();
    expect(headcount([], nouns, "in Texas")).toBeUndefined();
    expect(usd(1_234_567)).toBe("$1,234,567");
  });
});
