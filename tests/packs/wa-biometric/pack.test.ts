import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { waBiometricPack as pack } from "../../../src/packs/wa-biometric/index.js";
import { AS_OF, compliantData, parse, runOn, violatingData } from "./fixture.js";

const authorityIds = new Set(pack.authorities.map((a) => a.id));
const remedyIds = new Set(pack.remedies.map((r) => r.id));

describe("wa-biometric pack", () => {
  it("§4.2: ids are prefixed with the pack id and unique", () => {
    for (const r of pack.rules) expect(r.id).toMatch(/^wa-biometric\/[a-z0-9-]+$/);
    for (const id of [...authorityIds, ...remedyIds]) expect(id.startsWith("wa-biometric-")).toBe(true);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
  });
  it("§4.2: every rule cites RCW 19.375 and resolves its authorities and remedies inside the pack", () => {
    for (const r of pack.rules) {
      expect(r.section).toMatch(/^RCW 19\.375/);
      for (const a of r.authorities) expect(authorityIds.has(a), `${r.id} → ${a}`).toBe(true);
      for (const m of r.remedies) expect(remedyIds.has(m), `${r.id} → ${m}`).toBe(true);
    }
    for (const r of pack.remedies) {
      for (const s of r.sources) expect(authorityIds.has(s)).toBe(true);
      expect(r.measure in SHARED_MEASURES || r.measure.startsWith("wa-biometric/")).toBe(true);
    }
  });
  it("§4.2: Washington's consent to enroll is the shared consent-before-capture, and says a BIPA release satisfies it", () => {
    const consent = pack.remedies.find((r) => r.measure === "consent-before-capture");
    expect(consent?.requires).toContain("BIPA written release");
  });
  it("§4.2: the authorities carry the reference's marks", () => {
    expect(Object.fromEntries(pack.authorities.map((a) => [a.id, a.status]))).toEqual({
      "wa-biometric-19-375-020": "V",
      "wa-biometric-2017-c-299": "V",
      "wa-biometric-definitions": "S",
      "wa-biometric-exclusions": "V2",
      "wa-biometric-cpa-enforcement": "V2",
      "wa-biometric-sb-5025-2021": "V",
    });
  });
  it("§4.2 Effective: in force from 2017-07-23", () => {
    expect(pack.effectiveFrom).toBe("2017-07-23");
  });
  it("§4.2: the violating fixture fires every rule; the compliant one applies and fires none", () => {
    const bad = parse(violatingData);
    expect(pack.applicability!({ profile: bad, system: bad.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    for (const r of pack.rules) expect(runOn(r, violatingData).some((f) => (f.severity ?? r.severity) === "violation"), r.id).toBe(true);
    const good = parse(compliantData);
    expect(pack.applicability!({ profile: good, system: good.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    for (const r of pack.rules) expect(runOn(r, compliantData), r.id).toEqual([]);
  });
  it("§4.2: messages name the system and carry no slugs", () => {
    for (const r of pack.rules) for (const f of runOn(r, violatingData)) {
      expect(f.message).toContain("Tacoma fingerprint checkout");
      expect(f.message).not.toMatch(/wa-biometric\//);
    }
  });
});
