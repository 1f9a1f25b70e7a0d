import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { coBiometricPack as pack } from "../../../src/packs/co-biometric/index.js";
import { AS_OF, compliantSystem, failingSystem, profileOf } from "./fixture.js";

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
    expect(pack.applicability({ profile, system: profile.systems[0]!, index: 0, asOf: "2025-06-30" }).status).toBe("does-not-apply");
    expect(pack.applicability({ profile, system: profile.systems[0]!, index: 0, asOf: "2025-07-01" }).status).toBe("applies");
  });

  it("the realistic failing system fires most rules; the compliant one fires none", () => {
    const fired = (system: Record<string, unknown>) => {
      const profile = profileOf(system, {}, compliantSystem);
      return pack.rules.filter((r) => r.check({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).length > 0).map((r) => r.id);
    };
    expect(fired({})).toEqual([]);
    expect(fired(failingSystem)).toEqual(pack.rules.map((r) => r.id));
  });
});
