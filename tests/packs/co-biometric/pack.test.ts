import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { coBiometricPack as pack } from "../../../src/packs/co-biometric/index.js";
import { expectPackInvariants } from "../invariants.js";
import { AS_OF, compliantSystem, failingSystem, profileOf } from "./fixture.js";

const tri = fc.constantFrom(true, false, "unknown");
const captureDates = fc.record({ firstCaptureDate: fc.constantFrom("unknown", "2019", "2021-07", "2025-06-30", "2025-07-01", "2026-01-15"), lastCaptureDate: fc.constantFrom("unknown", "ongoing", "2020-12", "2025-06-30", "2026"), scansPerSubjectPerYear: fc.constantFrom("unknown", 0, 0.5, 12, 1000) });
const count = fc.constantFrom("unknown", "some", 0, 1, 40, { atLeast: 5 }, { atLeast: 2, atMost: 9 });
const patch = fc.record({
      modalities: fc.constantFrom([], ["fingerprint"], ["face-geometry", "voiceprint"]),
      otherTraits: fc.constantFrom([], ["gait"]),
      outputCanIdentify: tri,
      subjects: fc.constantFrom([], [{ population: "employees", count: 40 }], [{ population: "customers", count: "some" }, { population: "job-applicants", count: 3 }]),
      places: fc.record({ subjects: fc.oneof(fc.constant([]), count.map((c) => [{ place: "US-CO", count: c }])), capture: fc.constantFrom("unknown", [], ["US-CO/denver"], ["US-TX"]) }),
      purposes: fc.subarray(["timekeeping", "secure-access", "marketing", "location-tracking", "device-or-software-usage-tracking", "security"]),
      notice: fc.record({ statesCollection: tri }),
      consent: fc.record({ obtained: tri, beforeCapture: tri, voluntary: tri, refreshedForNewPurposes: tri, form: fc.constantFrom("unknown", "written", "verbal", "implied", "none") }),
      release: fc.record({ type: fc.constantFrom("unknown", "none", "wet-signature"), coversAllSubjects: tri, obtainedBeforeEachCapture: tri, employmentCondition: tri }),
      collection: captureDates,
      retention: fc.record({
        policy: fc.record({ exists: tri, public: tri, hasRetentionSchedule: tri, hasDestructionGuidelines: tri }),
        schedule: fc.constantFrom({ trigger: "unknown" }, { trigger: "none" }, { trigger: "purpose-satisfied" }, { trigger: "earlier-of-purpose-or-3-years" }, { trigger: "last-interaction" }, { trigger: "last-interaction", yearsAfterLastInteraction: 2 }, { trigger: "fixed-period", fixedPeriodYears: 5 }, { trigger: "fixed-period" }),
        practice: fc.record({ daysFromTriggerToDeletion: fc.constantFrom("unknown", 10, 90) }),
      }),
      dataProtection: fc.record({ incidentResponseProtocol: tri, noticeAtCollection: fc.record({ given: tri }) }),
      commerce: fc.record({ sells: tri, leases: tri, trades: tri }),
    });

// bipa-reference.md §4.4 (every row carried with its mark) and the pack contract (src/core/pack.ts).
describe("co-biometric pack", () => {
  const authorityIds = new Set(pack.authorities.map((a) => a.id));
  const remedyIds = new Set(pack.remedies.map((r) => r.id));

  it("every id is prefixed with the pack id and unique", () => {
    for (const id of [...pack.authorities.map((a) => a.id), ...pack.remedies.map((r) => r.id)]) expect(id.startsWith("co-biometric-")).toBe(true);
    for (const r of pack.rules) expect(r.id).toMatch(/^co-biometric\/[a-z0-9-]+$/);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
    expect(new Set(pack.rules.map((r) => r.id)).size).toBe(pack.rules.length);
  });

  it("every rule cites §6-1-1314 and authorities and remedies that exist in the pack", () => {
    for (const r of pack.rules) {
      expect(r.section).toMatch(/^C\.R\.S\. §6-1-1314/);
      expect(r.authorities.length).toBeGreaterThan(0);
      for (const a of r.authorities) expect(authorityIds.has(a), `${r.id} → ${a}`).toBe(true);
      for (const m of r.remedies) expect(remedyIds.has(m), `${r.id} → ${m}`).toBe(true);
    }
    for (const m of pack.remedies) for (const s of m.sources) expect(authorityIds.has(s), `${m.id} → ${s}`).toBe(true);
  });

  it("every remedy names a shared measure or one prefixed with the pack", () => {
    for (const m of pack.remedies) expect(m.measure in SHARED_MEASURES || m.measure.startsWith("co-biometric/")).toBe(true);
  });

  it("§4.4 marks: the deletion reports keep their marks, the sale restriction stays unverified", () => {
    const mark = (id: string) => pack.authorities.find((a) => a.id === id)!.status;
    expect(mark("co-biometric-deletion-sponsor-release")).toBe("S");
    expect(mark("co-biometric-deletion-commentary")).toBe("UNVERIFIED");
    expect(mark("co-biometric-deletion-fiscal-note")).toBe("UNVERIFIED");
    expect(mark("co-biometric-sale")).toBe("UNVERIFIED");
    expect(mark("co-biometric-employer-consent-form")).toBe("S");
  });

  it("§4.4 Retention: the deletion deadline is an option whose default chooses no reading", () => {
    const option = pack.options!.find((o) => o.id === "co-biometric/deletion-deadline")!;
    expect(option.default).toBe("unset");
    expect(option.readings.map((r) => r.value)).toEqual(["unset", "two-years-of-collection", "earliest-of-24-months"]);
    expect(option.why).toContain("superseded");
  });

  it("§4.4 Dates: effective 1 July 2025; the day before, nothing applies", () => {
    expect(pack.effectiveFrom).toBe("2025-07-01");
    const profile = profileOf(failingSystem);
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: "2025-06-30" }).status).toBe("does-not-apply");
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: "2025-07-01" }).status).toBe("applies");
  });

  it("the realistic failing system fires most rules; the compliant one fires none", () => {
    const fired = (system: Record<string, unknown>) => {
      const profile = profileOf(system, {}, compliantSystem);
      return pack.rules.filter((r) => r.check({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).length > 0).map((r) => r.id);
    };
    expect(fired({})).toEqual([]);
    expect(fired(failingSystem)).toEqual(pack.rules.map((r) => r.id));
  });

  it("property: on generated facts, under every option value and on both sides of the effective date, nothing throws and every finding and figure is well formed", () => {
    const values = [undefined, ...(pack.options ?? []).flatMap((o) => o.readings.map((r) => ({ [o.id]: r.value })))];
    fc.assert(
      fc.property(patch, fc.constantFrom(...values), fc.constantFrom(AS_OF, "2019-01-01"), (system, options, asOf) => {
        expectPackInvariants(pack, profileOf(system), asOf, options);
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
