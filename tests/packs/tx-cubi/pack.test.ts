import { describe, expect, it } from "vitest";
import { SHARED_MEASURES } from "../../../src/core/measures.js";
import { txCubiPack as pack } from "../../../src/packs/tx-cubi/index.js";
import { AS_OF, compliantData, parse, runOn, violatingData } from "./fixture.js";

const authorityIds = new Set(pack.authorities.map((a) => a.id));
const remedyIds = new Set(pack.remedies.map((r) => r.id));

describe("tx-cubi pack", () => {
  it("§4.1: ids are prefixed with the pack id and unique", () => {
    for (const r of pack.rules) expect(r.id).toMatch(/^tx-cubi\/[a-z0-9-]+$/);
    for (const id of [...authorityIds, ...remedyIds]) expect(id.startsWith("tx-cubi-")).toBe(true);
    expect(authorityIds.size).toBe(pack.authorities.length);
    expect(remedyIds.size).toBe(pack.remedies.length);
    expect(new Set(pack.rules.map((r) => r.id)).size).toBe(pack.rules.length);
  });
  it("§4.1: every rule cites §503.001 and authorities and remedies of this pack", () => {
    for (const r of pack.rules) {
      expect(r.section).toMatch(/^Tex\. Bus\. & Com\. Code §503\.001/);
      expect(r.authorities.length).toBeGreaterThan(0);
      for (const a of r.authorities) expect(authorityIds.has(a), `${r.id} → ${a}`).toBe(true);
      for (const m of r.remedies) expect(remedyIds.has(m), `${r.id} → ${m}`).toBe(true);
    }
  });
  it("§4.1: remedy sources are authorities of the pack; measures are shared ids or tx-cubi/ ids", () => {
    for (const r of pack.remedies) {
      for (const s of r.sources) expect(authorityIds.has(s), `${r.id} → ${s}`).toBe(true);
      expect(r.measure in SHARED_MEASURES || r.measure.startsWith("tx-cubi/")).toBe(true);
    }
    expect(pack.amendments?.every((a) => authorityIds.has(a.authority))).toBe(true);
  });
  it("§4.1 Notice and consent: the Texas consent measure is the shared consent-before-capture, and says a BIPA release satisfies it", () => {
    const consent = pack.remedies.find((r) => r.id === "tx-cubi-consent-before-capture");
    expect(consent?.measure).toBe("consent-before-capture");
    expect(consent?.requires).toContain("BIPA written release");
  });
  it("§4.1 Retention: the destruction remedy carries its deadline as data", () => {
    const destroy = pack.remedies.find((r) => r.measure === "destroy-on-deadline");
    expect(destroy?.deadline).toMatchObject({ after: "purpose-satisfied", months: 12 });
  });
  it("§4.1: the authorities carry the reference's marks", () => {
    const status = Object.fromEntries(pack.authorities.map((a) => [a.id, a.status]));
    expect(status).toMatchObject({
      "tx-cubi-503-001": "V",
      "tx-cubi-hb-149-2025": "V",
      "tx-cubi-503-001-c2": "S",
      "tx-cubi-503-001-d": "V2",
      "tx-cubi-texas-v-meta-2024": "V2",
      "tx-cubi-texas-v-google-2025": "V2",
    });
  });
  it("§4.1 Effective: the pack's dates and the HB 149 amendment; 'Enacted in 2001' gives a year, so effectiveFrom claims no day (ERROR 4, legal-sweep-6)", () => {
    expect(pack.effectiveFrom).toBe("2001");
    expect(pack.notes.join(" ")).toContain('effectiveFrom is "2001"');
    expect(pack.amendments?.[0]?.date).toBe("2026-01-01");
  });
  it("§4.1 Effective ('Enacted in 2001'): through the engine, before 2001 is out, inside 2001 unknown, 2002 applies; the report claims no day", async () => {
    const { audit } = await import("../../../src/index.js");
    const run = (asOf: string) => audit(parse(compliantData), { asOf, packs: ["tx-cubi"] }).packs[0]!;
    const before = run("2000-12-31");
    expect(before.effectiveFrom).toBe("2001");
    expect(before.applicability[0]).toMatchObject({ status: "does-not-apply" });
    expect(JSON.stringify(before.applicability[0])).toContain("in force from 2001;");
    expect(run("2001-01-01").applicability[0]?.status).toBe("unknown");
    expect(run("2001-12-31").applicability[0]?.status).toBe("unknown");
    expect(run("2002-01-01").applicability[0]?.status).toBe("applies");
  });
  it("§4.1: the violating fixture fires most rules with violations on its facts", () => {
    const profile = parse(violatingData);
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    const fired = new Set(pack.rules.filter((r) => runOn(r, violatingData).some((f) => (f.severity ?? r.severity) === "violation")).map((r) => r.id));
    expect([...fired].sort()).toEqual([
      "tx-cubi/destruction-deadline",
      "tx-cubi/disclosure-exceptions",
      "tx-cubi/inform-before-capture",
      "tx-cubi/no-sale-or-lease",
      "tx-cubi/public-images-not-consent",
      "tx-cubi/reasonable-care",
    ]);
  });
  it("§4.1: the compliant fixture applies and no rule fires", () => {
    const profile = parse(compliantData);
    expect(pack.applicability!({ profile, system: profile.systems[0]!, index: 0, asOf: AS_OF }).status).toBe("applies");
    for (const r of pack.rules) expect(runOn(r, compliantData), r.id).toEqual([]);
  });
  it("§4.1: rule messages name the system and read as sentences, without slugs", () => {
    for (const r of pack.rules) {
      for (const f of runOn(r, violatingData)) {
        expect(f.message).toContain("Store entrance face matching");
        expect(f.message).not.toMatch(/tx-cubi\//);
      }
    }
  });
});
