import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { sectionOf } from "../../src/packs/bipa/exposure/damages.js";
import { parseProfile } from "../../src/practices/load.js";
import { plan } from "../../src/plan/plan.js";
import { getRemedy } from "../../src/packs/bipa/remedies/catalog.js";
import type { RemedyId } from "../../src/packs/bipa/remedies/ids.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { CLEARVIEW_2021_MEASURES, CLEARVIEW_AS_OF, clearviewLike } from "./clearview-like.js";

/*
 * Point 6 of issue 10: cures work forward only (bipa-reference.md §1.7 "Cure works forward only",
 * §1.4, §1.6). The Clearview-like company is audited on 2021-04-01, before PA 103-0769, when each
 * scan still accrues a claim (Cothron); the White Castle-like employer on 2026-11-22, after it.
 */
const profile = clearviewLike();
const report = audit(profile, { asOf: CLEARVIEW_AS_OF });

function outcomesOf(result: ReturnType<typeof plan>, ruleId: string) {
  const list = result.whatIf?.outcomes.filter((o) => o.ruleId === ruleId) ?? [];
  if (list.length === 0) throw new Error(`no finding of ${ruleId} before the what-if`);
  return list.map((o) => o.outcome);
}

/** 100 Illinois employees on a fingerprint timeclock since 2022-08-02, no notice or release, every scan sent to a vendor. */
function whiteCastleLike() {
  const parsed = parseProfile({
    ...compliantProfile,
    systems: [
      {
        ...compliantProfile.systems[0],
        subjects: [{ population: "employees", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct" }],
        notice: { inWriting: false, statesCollection: false, specificPurpose: false, lengthOfTerm: false },
        release: { type: "none", obtainedBeforeEachCapture: false, coversAllSubjects: false },
        collection: { methods: ["timeclock"], firstCaptureDate: "2022-08-02", lastCaptureDate: "ongoing", scansPerSubjectPerYear: 1000 },
        disclosures: [{ recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" }],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join("; "));
  return parsed.profile;
}

describe("point 6: accrued exposure is reported apart, and no measure changes it (§1.7 'Cure works forward only')", () => {
  const employer = whiteCastleLike();
  const r = audit(employer, { asOf: "2026-11-22" });
  const result = plan(r, employer, { apply: "cures" });

  it("reports the accrued exposure once, the same for every measure and for the what-if", () => {
    expect(result.accruedUsd).toEqual(r.exposure!.totalUsd);
    for (const step of result.steps) expect(step.accruedUsd, step.remedyId).toEqual(result.accruedUsd);
    expect(result.whatIf!.accruedUsd).toEqual(result.accruedUsd);
    expect(result.notes[0]).toContain("is the same whatever is done now");
  });

  it("has no field that calls accrued liability removed", () => {
    const json = JSON.stringify(result);
    expect(json).not.toMatch(/"exposureRemovedUsd"|"exposureAfterUsd"|"exposureBeforeUsd"/);
    expect(json).not.toMatch(/(exposure|liability)[^."]*remov/i);
  });

  it("says plainly that continuing to scan people who already have a claim adds no new recovery after 2 Aug 2024", () => {
    const release = result.steps.find((s) => s.remedyId === "obtain-written-release")!;
    // Post-amendment, the 100 employees already have their one recovery: nothing new arises in the year ahead.
    expect(release.forward.unchangedUsd).toEqual({ low: 0, high: 0 });
    expect(release.forward.avoidedUsd).toEqual({ low: 0, high: 0 });
    expect(release.forward.notes.join(" ")).toContain("Collecting again from people who already have a 15(b) claim adds no new recovery");
    // What it does avoid: each new Illinois enrollee's claim, 1 pair (fingerprint × timeclock) × $1,000 to $5,000.
    expect(release.forward.perNewPersonUsd).toEqual({ low: 1_000, high: 5_000 });
    // And the renewal of existing claims: once capture without a release stops, they end five years after the last one.
    expect(release.forward.notes.join(" ")).toContain("by 2031-11-22 if none follows 2026-11-22");
  });

  it("counts new recipients per person for a 15(d) cure", () => {
    const consent = result.steps.find((s) => s.remedyId === "obtain-disclosure-consent")!;
    // 1 pair × 1 recipient (TimeVendor Inc.) × $1,000 to $5,000 per new person.
    expect(consent.forward.perNewPersonUsd).toEqual({ low: 1_000, high: 5_000 });
    expect(consent.forward.notes.join(" ")).toContain("to the same recipient adds no new recovery");
  });

  it("§1.7 stacking: the what-if's figure per new person takes the largest section at the low end and adds the sections at the high end", () => {
    // Applying every cure covers 15(b) and 15(d): 1 pair × $1,000 each at the low end, not stacked =
    // $1,000 (not $2,000); 15(b) 1 × $5,000 + 15(d) 1 recipient × $5,000 = $10,000 at the high end.
    expect(result.whatIf!.forward.perNewPersonUsd).toEqual({ low: 1_000, high: 10_000 });
  });

  it("§1.7: a new person is enrolled in a system, so two systems' 15(b) pairs are not added at the low end", () => {
    // A staff timeclock (fingerprint × timeclock) and a visitor kiosk (fingerprint × vending-or-kiosk), each 1 pair, no release.
    const base = whiteCastleLike();
    const clock = { ...base.systems[0]!, disclosures: [] };
    const kiosk = {
      ...clock,
      id: "kiosk",
      name: "Visitor kiosk",
      subjects: [{ ...clock.subjects[0]!, population: "visitors" as const }],
      collection: { ...clock.collection, methods: ["vending-or-kiosk" as const], identifierMethods: [] },
    };
    const two = { ...base, systems: [clock, kiosk] };
    const step = plan(audit(two, { asOf: "2026-11-22" }), two).steps.find((s) => s.remedyId === "obtain-written-release")!;
    // Low: one system, 1 pair × $1,000 = $1,000 (not 2 × $1,000); high: enrolled in both, 2 different pairs × $5,000 = $10,000.
    expect(step.forward.perNewPersonUsd).toEqual({ low: 1_000, high: 10_000 });
  });

  it("§1.4(b): two systems counting the same pair give a new person one recovery at the high end too (a timeclock and its vendor copy)", () => {
    const base = whiteCastleLike();
    const clock = { ...base.systems[0]!, disclosures: [] };
    const copy = { ...clock, id: "vendor-copy", name: "Vendor copy" };
    const two = { ...base, systems: [clock, copy] };
    const step = plan(audit(two, { asOf: "2026-11-22" }), two).steps.find((s) => s.remedyId === "obtain-written-release")!;
    // One pair (fingerprint × timeclock) in both: one recovery per person, identifier and method: $1,000 to 1 × $5,000 = $5,000.
    expect(step.forward.perNewPersonUsd).toEqual({ low: 1_000, high: 5_000 });
  });

  it("§1.7 '15(a), 15(c), 15(e)': a new person in two systems without a policy is one 15(a) recovery for the entity at the high end", () => {
    const base = whiteCastleLike();
    const noPolicy = { ...base.systems[0]!, disclosures: [], retention: { ...base.systems[0]!.retention, policy: { ...base.systems[0]!.retention.policy, exists: false as const } } };
    const two = { ...base, systems: [noPolicy, { ...noPolicy, id: "door", name: "Door reader" }] };
    const step = plan(audit(two, { asOf: "2026-11-22" }), two).steps.find((s) => s.remedyId === "publish-retention-policy")!;
    // 15(a) once per person for the entity: $1,000 to 1 × $5,000 = $5,000 (not 2 × $5,000).
    expect(step.forward.perNewPersonUsd).toEqual({ low: 1_000, high: 5_000 });
  });

  it("states the horizon, and takes another one on request", () => {
    expect(result.horizon).toEqual({ years: 1, from: "2026-11-23", to: "2027-11-22", isDefault: true });
    expect(result.notes[1]).toContain("the default horizon, option horizonYears");
    expect(plan(r, employer, { horizonYears: 3 }).horizon).toEqual({ years: 3, from: "2026-11-23", to: "2029-11-22", isDefault: false });
    expect(() => plan(r, employer, { horizonYears: 0 })).toThrow(TypeError);
  });
});

describe("point 6: before the amendment each further scan is a new claim, so stopping avoids them (Cothron, §1.6)", () => {
  const result = plan(report, profile, { apply: ["stop-collection-until-release"] });

  it("counts the scans a measure avoids over the horizon", () => {
    const stop = result.steps.find((s) => s.remedyId === "stop-collection-until-release")!;
    // 100,000 Illinois people × 1 scan a year × 1 year (2021-04-02 to 2022-04-01) = 100,000 scans;
    // × $1,000 = $100,000,000 and × $5,000 = $500,000,000, all avoided once capture stops on 2021-04-01.
    expect(stop.forward.unchangedUsd).toEqual({ low: 100_000_000, high: 500_000_000 });
    expect(stop.forward.withMeasureUsd).toEqual({ low: 0, high: 0 });
    expect(stop.forward.avoidedUsd).toEqual({ low: 100_000_000, high: 500_000_000 });
    expect(result.steps[0]!.remedyId).toBe("stop-collection-until-release");
    // A two-year horizon doubles it: 100,000 × 1 × 2 = 200,000 scans.
    const two = plan(report, profile, { horizonYears: 2 }).steps.find((s) => s.remedyId === "stop-collection-until-release")!;
    expect(two.forward.avoidedUsd).toEqual({ low: 200_000_000, high: 1_000_000_000 });
  });

  it("still leaves the accrued exposure as it was", () => {
    expect(result.whatIf!.accruedUsd).toEqual(report.exposure!.totalUsd);
  });
});

describe("point 6: a finding's severity and its remedy's effect agree", () => {
  const employer = whiteCastleLike();
  const all = plan(audit(employer, { asOf: "2026-11-22" }), employer, { apply: "all" });
  const cv = plan(report, profile, { apply: "all" });

  it("a measure is shown curing only violations of the duty it satisfies, and resolving only risks", () => {
    for (const result of [all, cv]) {
      const byFp = new Map(result.whatIf!.before.findings.map((f) => [f.fingerprint, f]));
      for (const step of result.steps) {
        const duties = step.sources.filter((s) => /^bipa-15[a-e]$/.test(s)).map((s) => s.slice(-1));
        for (const fp of step.cures) {
          const f = byFp.get(fp)!;
          expect(f.severity, `${step.remedyId} cures ${fp}`).toBe("violation");
          expect(step.effect).toBe("cures");
          expect(duties).toContain(sectionOf(f));
        }
        for (const fp of step.resolves) expect(byFp.get(fp)!.severity, `${step.remedyId} resolves ${fp}`).not.toBe("violation");
      }
      for (const o of result.whatIf!.outcomes) {
        if (o.outcome === "cured") {
          expect(o.severity).toBe("violation");
          expect(o.answeredBy.some((id) => getRemedy(id).effect === "cures")).toBe(true);
        }
        if (o.outcome === "resolved") expect(o.severity).not.toBe("violation");
      }
    }
  });

  it("a risk that stops firing is resolved, never cured", () => {
    const risks = cv.whatIf!.outcomes.filter((o) => o.severity === "risk");
    expect(risks.some((o) => o.outcome === "resolved")).toBe(true);
    expect(risks.every((o) => o.outcome !== "cured")).toBe(true);
  });
});

describe("plan: a Clearview-like company before its 2021 measures", () => {
  const result = plan(report, profile, { apply: CLEARVIEW_2021_MEASURES });
  const whatIf = result.whatIf!;

  it("lists each of the 2021 measures as mitigation that avoids no new claim", () => {
    for (const id of CLEARVIEW_2021_MEASURES) {
      const step = result.steps.find((s) => s.remedyId === id);
      expect(step, id).toBeDefined();
      expect(step!.effect).toBe("mitigates");
      expect(step!.cures).toEqual([]);
      expect(step!.forward.avoidedUsd, id).toEqual({ low: 0, high: 0 });
    }
    expect(whatIf.applied).toEqual([...CLEARVIEW_2021_MEASURES]);
  });

  it("cures no finding: collection without release, profiting and the missing policy all remain", () => {
    expect(whatIf.outcomes.filter((o) => o.outcome === "cured")).toEqual([]);
    for (const m of whatIf.byMeasure) expect(m.cures, m.remedyId).toEqual([]);
    for (const ruleId of ["bipa/15b-written-release", "bipa/15b-no-relationship-subjects", "bipa/15c-profit", "bipa/15a-public-policy", "bipa/15d-disclosure"]) {
      for (const outcome of outcomesOf(result, ruleId)) expect(["unchanged", "mitigated"], ruleId).toContain(outcome);
    }
  });

  it("shows which findings the measures only mitigate, and what they resolve", () => {
    const filter = whatIf.byMeasure.find((m) => m.remedyId === "avoid-collecting-illinois-residents")!;
    expect(filter.mitigates).toContain("bipa/15b-no-relationship-subjects|face-search|/subjects/scraped-public-images");
    const encryption = whatIf.byMeasure.find((m) => m.remedyId === "encrypt-templates-and-vectors")!;
    expect([...encryption.mitigates, ...encryption.resolves]).toEqual(["bipa/15e-encryption|face-search|storage"]);
  });

  it("avoids no new claim going forward, and lowers the injunction risk, as the court weighed the measures for harm", () => {
    expect(whatIf.forward.avoidedUsd).toEqual({ low: 0, high: 0 });
    expect(whatIf.before.injunctionRisk.level).toBe("elevated");
    expect(whatIf.after.injunctionRisk.level).toBe("low");
    expect(whatIf.after.injunctionRisk.measuresTaken).toHaveLength(6);
  });

  it("records the measures in the profile from asOf without touching the input", () => {
    const g = whatIf.profile.systems[0]!.geofencing!;
    expect(g.collectionFilter).toMatchObject({ enabled: true, since: CLEARVIEW_AS_OF });
    expect(profile.systems[0]!.geofencing).toBeUndefined();
  });
});

describe("plan: the statute's cures", () => {
  const result = plan(report, profile, { apply: "cures" });
  const whatIf = result.whatIf!;

  it("orders the measures by the new claims they avoid, then by violations cured", () => {
    const highs = result.steps.map((s) => s.forward.avoidedUsd.high);
    expect(highs).toEqual([...highs].sort((a, b) => b - a));
    expect(result.steps[0]!.effect).toBe("cures");
  });

  it("cures profiting and disclosure going forward", () => {
    expect(outcomesOf(result, "bipa/15c-profit")).toEqual(["cured", "cured"]);
    expect(outcomesOf(result, "bipa/15d-disclosure")).toEqual(["cured"]);
  });

  it("does not back-date: a policy and release adopted now leave the earlier gap (Mora, release timing)", () => {
    const introduced = whatIf.introduced.map((f) => f.ruleId);
    expect(introduced).toContain("bipa/15a-policy-timing");
    expect(introduced).toContain("bipa/15b-release-timing");
  });

  it("follows up on findings the change brings to light with further cures", () => {
    expect(whatIf.applied).toContain("state-purpose-and-term");
    expect(whatIf.introduced.map((f) => f.ruleId)).not.toContain("bipa/15b-purpose-and-term");
  });
});

describe("plan: options", () => {
  it("re-audits with the same rule settings", () => {
    const rules = { "bipa/15c-profit": "off" } as const;
    const settled = audit(profile, { asOf: CLEARVIEW_AS_OF, rules });
    const result = plan(settled, profile, { rules, apply: ["stop-profiting"] });
    expect(result.whatIf!.before.findings.some((f) => f.ruleId === "bipa/15c-profit")).toBe(false);
    expect(result.notes.some((n) => n.includes("differs from a re-audit"))).toBe(false);
  });

  it("notes a report made with other settings", () => {
    const result = plan(report, profile, { rules: { "bipa/15c-profit": "off" } });
    expect(result.notes.some((n) => n.includes("differs from a re-audit"))).toBe(true);
  });

  it("takes the exposure assumptions from the report", () => {
    const parsed = parseProfile(compliantProfile);
    if (!parsed.ok) throw new Error("invalid");
    const r = audit(parsed.profile, { asOf: "2026-11-22", assumptions: { amendmentAppliesToPendingClaims: true, forum: "federal" } });
    expect(plan(r, parsed.profile, { apply: [] }).whatIf!.before.exposure).toMatchObject({ amendmentAppliesToPendingClaims: true, forum: "federal" });
  });

  it("lists measures no profile change expresses, and applies nothing for them", () => {
    const result = plan(report, profile, { apply: ["establish-unknown-facts", "stop-profiting"] });
    expect(result.whatIf!.notModeled).toEqual(["establish-unknown-facts"]);
    expect(result.whatIf!.applied).toEqual(["stop-profiting"]);
    const step = result.steps.find((s) => s.remedyId === "establish-unknown-facts")!;
    expect(step.modeled).toBe(false);
    expect(step.transformation).toMatch(/^Not modeled/);
  });

  it("rejects an unknown measure", () => {
    expect(() => plan(report, profile, { apply: ["no-such-measure" as RemedyId] })).toThrow(/unknown remedy id/);
  });

  it("has nothing to do for the compliant profile", () => {
    const parsed = parseProfile(compliantProfile);
    if (!parsed.ok) throw new Error("invalid");
    const r = audit(parsed.profile, { asOf: "2026-11-22" });
    const result = plan(r, parsed.profile, { apply: "all" });
    expect(result.steps).toEqual([]);
    expect(result.accruedUsd).toEqual({ low: 0, high: 0 });
    expect(result.whatIf!.applied).toEqual([]);
  });

  it("is deterministic and labeled as an estimate", () => {
    const a = plan(report, profile, { apply: "cures" });
    expect(plan(report, profile, { apply: "cures" })).toEqual(a);
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    expect(a.label.toLowerCase()).toContain("estimate, not legal advice");
  });
});
