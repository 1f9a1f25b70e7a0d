import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { nycBiometricPack as pack } from "../../../src/packs/nyc-biometric/index.js";
import { expectPackInvariants } from "../invariants.js";
import { AS_OF, compliantSystem, failingSystem, profileOf } from "./fixture.js";

const tri = fc.constantFrom(true, false, "unknown");
const captureDates = fc.record({ firstCaptureDate: fc.constantFrom("unknown", "2019", "2021-07", "2025-06-30", "2025-07-01", "2026-01-15"), lastCaptureDate: fc.constantFrom("unknown", "ongoing", "2020-12", "2025-06-30", "2026"), scansPerSubjectPerYear: fc.constantFrom("unknown", 0, 0.5, 12, 1000) });
const count = fc.constantFrom("unknown", "some", 0, 1, 40, { atLeast: 5 }, { atLeast: 2, atMost: 9 });
const patch = fc.record({
      modalities: fc.constantFrom([], ["face-geometry"]),
      subjects: fc.oneof(fc.constantFrom([], [{ population: "employees", count: 3 }], [{ population: "visitors", count: 10 }, { population: "employees", count: 2 }]), count.map((c) => [{ population: "customers", count: c }])),
      places: fc.record({ subjects: fc.constantFrom([], [{ place: "US-NY/new-york-city", count: 7 }]), capture: fc.constantFrom("unknown", [], ["US-NY/new-york-city"], ["US-NJ"]) }),
      premises: fc.record({
        kind: fc.constantFrom("unknown", "retail-store", "food-and-drink", "entertainment-venue", "financial-institution", "workplace"),
        customerEntrances: fc.constantFrom("unknown", 1, 3),
        signage: fc.record({ atAllCustomerEntrances: tri, plainLanguage: tri, since: fc.constantFrom("unknown", "2020", "2024-03-01") }),
      }),
      collection: captureDates,
      commerce: fc.record({ sells: tri, leases: tri, trades: tri, licensesDatabaseAccess: tri, otherwiseProfits: tri }),
      disclosures: fc.constantFrom("unknown", [], [{ recipient: "Buyer Co", type: "buyer" }], [{ recipient: "Vendor", type: "processor" }]),
    });

// bipa-reference.md §4.5 (every row carried with its mark) and the pack contract (src/core/pack.ts).
describe("nyc-biometric pack", () => {
  const authorityIds = new Set(pack.authorities.map((a) => a.id));
  const remedyIds = new Set(pack.remedies.map((r) => r.id));

  it("every id is prefixed with the pack id and unique", () => {
    for (const id of [...authorityIds, ...remedyIds]) expect(id.startsWith("nyc-biometric-")).toBe(true);
    for (const r of pack.rules) expect(r.id).toMatch(/^nyc-biometric\/[a-z0-9-]+$/);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
  });

  it("every rule cites §22-1202 and authorities and remedies that exist in the pack", () => {
    for (const r of pack.rules) {
      expect(r.section).toMatch(/^N\.Y\.C\. Admin\. Code §22-1202\([ab]\)$/);
      for (const a of r.authorities) expect(authorityIds.has(a), `${r.id} → ${a}`).toBe(true);
      for (const m of r.remedies) expect(remedyIds.has(m), `${r.id} → ${m}`).toBe(true);
    }
    for (const m of pack.remedies) for (const s of m.sources) expect(authorityIds.has(s), `${m.id} → ${s}`).toBe(true);
  });

  it("every remedy names a shared measure or one prefixed with the pack; signage and stop-sale are shared", () => {
    for (const m of pack.remedies) expect(m.measure in SHARED_MEASURES || m.measure.startsWith("nyc-biometric/")).toBe(true);
    expect(pack.remedies.map((m) => m.measure)).toEqual(expect.arrayContaining(["entrance-signage", "stop-sale"]));
  });

  it("§4.5 Enforcement: the signage remedy carries the 30-day cure window; the sale remedy none", () => {
    const signage = pack.remedies.find((m) => m.measure === "entrance-signage")!;
    expect(signage.cureWindow).toMatchObject({ days: 30, after: "written-notice" });
    expect(signage.cureWindow!.text).toContain("has no cure period");
    expect(pack.remedies.find((m) => m.measure === "stop-sale")!.cureWindow).toBeUndefined();
  });

  it("§4.5 Key cases: Mallouk and Gross are carried as verified, with their dates", () => {
    const mallouk = pack.authorities.find((a) => a.id === "nyc-biometric-mallouk-2024")!;
    const gross = pack.authorities.find((a) => a.id === "nyc-biometric-gross-2024")!;
    expect([mallouk.status, mallouk.date, gross.status, gross.date]).toEqual(["V", "2024-07-23", "V", "2024-05-07"]);
  });

  it("§4.5 Effective: 9 July 2021; the day before, nothing applies", () => {
    const profile = profileOf(failingSystem);
    expect(pack.effectiveFrom).toBe("2021-07-09");
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: "2021-07-08" }).status).toBe("does-not-apply");
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: "2021-07-09" }).status).toBe("applies");
  });

  it("the realistic failing venue fires every rule; the compliant store none", () => {
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
