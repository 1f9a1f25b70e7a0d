import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { portlandFrPack as pack } from "../../../src/packs/portland-fr/index.js";
import { expectPackInvariants } from "../invariants.js";
import { AS_OF, compliantSystem, failingSystem, profileOf } from "./fixture.js";

const tri = fc.constantFrom(true, false, "unknown");
const captureDates = fc.record({ firstCaptureDate: fc.constantFrom("unknown", "2019", "2021-07", "2025-06-30", "2025-07-01", "2026-01-15"), lastCaptureDate: fc.constantFrom("unknown", "ongoing", "2020-12", "2025-06-30", "2026"), scansPerSubjectPerYear: fc.constantFrom("unknown", 0, 0.5, 12, 1000) });
const count = fc.constantFrom("unknown", "some", 0, 1, 40, { atLeast: 5 }, { atLeast: 2, atMost: 9 });
const patch = fc.record({
      modalities: fc.constantFrom([], ["face-geometry"], ["fingerprint"]),
      faceMatching: fc.constantFrom("unknown", "identification", "verification", "detection-only"),
      subjects: fc.oneof(fc.constant([]), count.map((c) => [{ population: "customers", count: c }])),
      places: fc.record({ subjects: fc.oneof(fc.constant([]), count.map((c) => [{ place: "US-OR/portland", count: c }])), capture: fc.constantFrom("unknown", [], ["US-OR/portland"], ["US-OR"]) }),
      premises: fc.record({ kind: fc.constantFrom("unknown", "retail-store", "private-club", "online", "other"), openToPublic: tri }),
      purposes: fc.subarray(["legal-compliance", "unlock-own-device", "social-media-face-detection", "security", "marketing"]),
      consent: fc.record({ obtained: tri }),
      collection: captureDates,
    });

// bipa-reference.md §4.6 (every row carried with its mark) and the pack contract (src/core/pack.ts).
describe("portland-fr pack", () => {
  const authorityIds = new Set(pack.authorities.map((a) => a.id));
  const remedyIds = new Set(pack.remedies.map((r) => r.id));

  it("every id is prefixed with the pack id and unique", () => {
    for (const id of [...authorityIds, ...remedyIds]) expect(id.startsWith("portland-fr-")).toBe(true);
    for (const r of pack.rules) expect(r.id).toMatch(/^portland-fr\/[a-z0-9-]+$/);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
  });

  it("every rule cites ch. 34.10 and authorities and remedies that exist in the pack", () => {
    for (const r of pack.rules) {
      expect(r.section).toMatch(/^Portland City Code ch\. 34\.10/);
      for (const a of r.authorities) expect(authorityIds.has(a), `${r.id} → ${a}`).toBe(true);
      for (const m of r.remedies) expect(remedyIds.has(m), `${r.id} → ${m}`).toBe(true);
    }
    for (const m of pack.remedies) for (const s of m.sources) expect(authorityIds.has(s), `${m.id} → ${s}`).toBe(true);
  });

  it("the stop remedy is the shared measure; the others are prefixed with the pack", () => {
    for (const m of pack.remedies) expect(m.measure in SHARED_MEASURES || m.measure.startsWith("portland-fr/")).toBe(true);
    expect(pack.remedies.find((m) => m.id === "portland-fr-stop")!.measure).toBe("stop-face-recognition-in-public-accommodation");
  });

  it("§4.6 marks: the code itself verified, exceptions and action from secondary sources", () => {
    expect(pack.authorities.map((a) => [a.id, a.status])).toEqual([
      ["portland-fr-34-10", "V"],
      ["portland-fr-34-10-exceptions", "V2"],
      ["portland-fr-34-10-action", "V2"],
    ]);
  });

  it("§4.6 Effective: 1 January 2021; the day before, nothing applies", () => {
    const profile = profileOf(failingSystem);
    expect(pack.effectiveFrom).toBe("2021-01-01");
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: "2020-12-31" }).status).toBe("does-not-apply");
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: "2021-01-01" }).status).toBe("applies");
  });

  it("the realistic failing system fires the rule; the compliant one does not", () => {
    const fired = (system: Record<string, unknown>) => {
      const profile = profileOf(system, {}, compliantSystem);
      return pack.rules.filter((r) => r.check({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).length > 0).map((r) => r.id);
    };
    expect(fired({})).toEqual([]);
    expect(fired(failingSystem)).toEqual(["portland-fr/face-recognition-ban"]);
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
