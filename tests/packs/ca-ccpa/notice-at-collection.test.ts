import { describe, expect, it } from "vitest";
import { noticeAtCollection } from "../../../src/packs/ca-ccpa/rules/notice-at-collection.js";
import { run } from "./fixture.js";

describe("ca-ccpa/notice-at-collection (§4.3 Notice and consent; Retention)", () => {
  it("§4.3 Notice: fires as a violation when no notice is given at collection", () => {
    const [f, ...rest] = run(noticeAtCollection, { dataProtection: { noticeAtCollection: { given: false } } });
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBeUndefined(); // the rule's own severity: violation
    expect(f?.message).toContain("Warehouse face timeclock");
    expect(f?.evidence).toEqual(["/dataProtection/noticeAtCollection/given"]);
  });

  it("§4.3 Retention: fires when the notice does not state the retention period or criteria", () => {
    const findings = run(noticeAtCollection, { dataProtection: { noticeAtCollection: { statesRetention: false } } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("how long the data is kept");
    expect(findings[0]?.evidence).toEqual(["/dataProtection/noticeAtCollection/statesRetention"]);
  });

  it("§4.3 Notice: names every missing part in one finding", () => {
    const findings = run(noticeAtCollection, { dataProtection: { noticeAtCollection: { listsCategories: false, statesPurposes: false } } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("sensitive personal information");
    expect(findings[0]?.message).toContain("the purposes");
  });

  it("§4.3 Notice: an unknown notice is a risk with basis unknown", () => {
    const findings = run(noticeAtCollection, { dataProtection: { noticeAtCollection: { given: "unknown" } } });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });

  it("§4.3 Notice: a missing part and an unknown part give a violation and a risk", () => {
    const findings = run(noticeAtCollection, { dataProtection: { noticeAtCollection: { statesPurposes: false, statesRetention: "unknown" } } });
    expect(findings.map((f) => f.severity ?? "violation")).toEqual(["violation", "risk"]);
  });

  it("§4.3 Notice and consent: stays silent on a complete notice, and asks for no consent (opt-out model)", () => {
    expect(run(noticeAtCollection)).toEqual([]);
    expect(run(noticeAtCollection, { consent: { obtained: false } })).toEqual([]);
  });
});
