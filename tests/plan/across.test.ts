import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { bipaPack } from "../../src/packs/bipa/index.js";
import { measuresAcross } from "../../src/plan/across.js";
import { plan } from "../../src/plan/plan.js";
import { toyPack, toyProfile } from "../helpers/toy-pack.js";

describe("the control plan across packs (issue 11 point 4)", () => {
  const profile = toyProfile();
  const packs = [bipaPack, toyPack];
  const report = audit(profile, { asOf: "2026-11-22", packs });
  const steps = plan(report, profile, { packs }).steps;
  const measures = measuresAcross(report, profile, packs, steps);

  it("lists written consent once, with BIPA's 15(b)(3) and the toy law's section", () => {
    const consent = measures.filter((m) => m.measure === "written-consent-before-capture");
    expect(consent).toHaveLength(1);
    expect(consent[0]!.packs.map((u) => u.packId)).toEqual(["bipa", "toy"]);
    expect(consent[0]!.packs[0]!.sections).toContain("740 ILCS 14/15(b)(3)");
    expect(consent[0]!.packs[0]!.remedyIds).toContain("obtain-written-release");
    expect(consent[0]!.packs[1]).toMatchObject({ remedyIds: ["toy-consent"], sections: ["Toy Code §1(b)"], effect: "cures" });
    // Shared by two packs: listed before the measures only one pack names.
    expect(measures[0]!.packs.length).toBe(2);
  });

  it("states BIPA's figure as what its steps avoid going forward, the other pack's as what stops accruing", () => {
    const consent = measures.find((m) => m.measure === "written-consent-before-capture")!;
    const bipa = consent.packs[0]!;
    expect(bipa.avoidedUsd?.map((a) => a.remedyId)).toEqual(bipa.remedyIds.filter((id) => steps.some((s) => s.remedyId === id)));
    for (const a of bipa.avoidedUsd ?? []) expect(a.avoidedUsd).toEqual(steps.find((s) => s.remedyId === a.remedyId)!.forward.avoidedUsd);
    expect(consent.packs[1]!.stopsAccruing).toEqual({ currency: "USD", low: 0, high: 1000 });
    expect(report.packs.find((s) => s.id === "toy")!.estimate!.high).toBe(1000); // the accrued estimate itself is untouched
  });

  it("maps BIPA's destruction remedies onto the shared measure with the 15(a) deadline, and keeps BIPA-only acts BIPA's", () => {
    const destroy = bipaPack.remedies.filter((r) => r.measure === "destroy-on-deadline");
    expect(destroy.map((r) => r.id)).toEqual(["limit-retention-to-statutory-maximum", "destroy-data-past-trigger"]);
    for (const r of destroy) expect(r.deadline).toMatchObject({ after: "last-interaction", months: 36 });
    expect(bipaPack.remedies.find((r) => r.id === "opt-out-form-with-publicity")!.measure).toBe("bipa/opt-out-form-with-publicity");
    const bipaOnly = measuresAcross(report, profile, [bipaPack], steps);
    expect(bipaOnly.length).toBeGreaterThan(0);
    expect(bipaOnly.every((m) => m.packs.length === 1 && m.packs[0]!.packId === "bipa")).toBe(true);
  });
});

describe("one act that satisfies another (issue 11 point 4; bipa-reference.md §1.3 15(b)(3), §4.1 Notice and consent, §4.2 Collect)", () => {
  it("Clearview 2021: BIPA's written release is listed once, with Texas's and Washington's consent to collect under it", async () => {
    const { loadExample } = await import("../../scripts/examples.js");
    const loaded = loadExample("clearview-2021");
    const report = audit(loaded, { asOf: "2026-11-22" });
    const result = plan(report, loaded.profile);
    expect(result.measures.some((m) => m.measure === "consent-before-capture")).toBe(false);
    const written = result.measures.find((m) => m.measure === "written-consent-before-capture")!;
    expect(written.packs.map((u) => u.packId)).toEqual(["bipa", "tx-cubi", "wa-mhmda"]);
    expect(written.packs.find((u) => u.packId === "bipa")!.sections).toContain("740 ILCS 14/15(b)(3)");
  });
});
