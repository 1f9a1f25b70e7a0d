import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { waMhmdaPack as pack } from "../../../src/packs/wa-mhmda/index.js";
import { AS_OF, compliantData, parse, runOn, violatingData } from "./fixture.js";

const authorityIds = new Set(pack.authorities.map((a) => a.id));
const remedyIds = new Set(pack.remedies.map((r) => r.id));

describe("wa-mhmda pack", () => {
  it("§4.2: ids are prefixed with the pack id and unique", () => {
    for (const r of pack.rules) expect(r.id).toMatch(/^wa-mhmda\/[a-z0-9-]+$/);
    for (const id of [...authorityIds, ...remedyIds]) expect(id.startsWith("wa-mhmda-")).toBe(true);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
  });
  it("§4.2: every rule cites ch. 19.373 RCW and resolves its authorities and remedies inside the pack", () => {
    for (const r of pack.rules) {
      expect(r.section).toMatch(/^RCW 19\.373\.0[0-9]{2}$/);
      for (const a of r.authorities) expect(authorityIds.has(a), `${r.id} → ${a}`).toBe(true);
      for (const m of r.remedies) expect(remedyIds.has(m), `${r.id} → ${m}`).toBe(true);
    }
    for (const r of pack.remedies) {
      for (const s of r.sources) expect(authorityIds.has(s)).toBe(true);
      expect(r.measure in SHARED_MEASURES || r.measure.startsWith("wa-mhmda/")).toBe(true);
    }
  });
  it("§4.2 MHMDA: consent to collect, separate consent to share and the sale authorization use the shared measures", () => {
    const measures = new Set(pack.remedies.map((r) => r.measure));
    for (const m of ["consent-before-capture", "separate-consent-to-share", "valid-sale-authorization", "stop-sale"]) expect(measures.has(m as never), m).toBe(true);
    expect(pack.remedies.find((r) => r.measure === "consent-before-capture")?.requires).toContain("BIPA written release");
  });
  it("§4.2 MHMDA: the authorities carry the reference's marks", () => {
    expect(Object.fromEntries(pack.authorities.map((a) => [a.id, a.status]))).toEqual({
      "wa-mhmda-19-373-030": "V",
      "wa-mhmda-19-373-070": "V",
      "wa-mhmda-19-373-010": "V2",
      "wa-mhmda-19-373-040": "V2",
      "wa-mhmda-19-373-050": "UNVERIFIED",
      "wa-mhmda-policy-and-geofencing": "V2",
      "wa-mhmda-19-373-090": "V2",
      "wa-mhmda-cpa-injury": "V",
      "wa-mhmda-sb-5025-2021": "V",
      "wa-mhmda-maxwell-v-amazon-2025": "V2",
    });
  });
  it("§4.2 MHMDA Effective: main duties from 2024-03-31, small businesses from 2024-06-30", () => {
    expect(pack.effectiveFrom).toBe("2024-03-31");
    expect(pack.amendments?.[0]?.date).toBe("2024-06-30");
    expect(pack.amendments?.every((a) => authorityIds.has(a.authority))).toBe(true);
  });
  it("§4.2 MHMDA Other: the geofencing ban is a note, not a rule", () => {
    expect(pack.notes.join(" ")).toContain("geofencing ban");
  });
  it("§4.2 MHMDA: the violating fixture fires every rule; the compliant one applies and fires none", () => {
    const bad = parse(violatingData);
    expect(pack.applicability!({ profile: bad, system: bad.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    for (const r of pack.rules) expect(runOn(r, violatingData).some((f) => (f.severity ?? r.severity) === "violation"), r.id).toBe(true);
    const good = parse(compliantData);
    expect(pack.applicability!({ profile: good, system: good.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    for (const r of pack.rules) expect(runOn(r, compliantData), r.id).toEqual([]);
  });
  it("§4.2: messages name the system and carry no slugs", () => {
    for (const r of pack.rules) for (const f of runOn(r, violatingData)) {
      expect(f.message).toContain("Yakima gym face check-in");
      expect(f.message).not.toMatch(/wa-mhmda\//);
    }
  });
});
