import { describe, expect, it } from "vitest";
import { rightToLimit } from "../../../src/packs/ca-ccpa/rules/right-to-limit.js";
import { contextOf, profileWith, run } from "./fixture.js";

describe("ca-ccpa/right-to-limit (§4.3 Notice and consent: right to limit, 1798.121)", () => {
  it("§4.3 right to limit: fires when data is used beyond what is necessary and no right to limit is offered", () => {
    const findings = run(rightToLimit, { dataProtection: { usedBeyondNecessary: true, rightToLimitOffered: false } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.severity).toBeUndefined();
    expect(findings[0]?.message).toContain("Warehouse face timeclock uses biometric information beyond what is necessary");
    expect(findings[0]?.evidence).toEqual(["/dataProtection/usedBeyondNecessary", "/dataProtection/rightToLimitOffered"]);
  });

  it("§4.3 right to limit: an unknown offer, where the use goes beyond necessity, is a risk", () => {
    const findings = run(rightToLimit, { dataProtection: { usedBeyondNecessary: true, rightToLimitOffered: "unknown" } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown", evidence: ["/dataProtection/rightToLimitOffered"] })]);
  });

  it("§4.3 right to limit: an unknown use, with no right offered, is a risk naming the use", () => {
    const findings = run(rightToLimit, { dataProtection: { usedBeyondNecessary: "unknown", rightToLimitOffered: false } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk", evidence: ["/dataProtection/usedBeyondNecessary"] })]);
  });

  it("§4.3 right to limit: silent when the use stays within what is necessary, whatever the offer", () => {
    expect(run(rightToLimit, { dataProtection: { usedBeyondNecessary: false, rightToLimitOffered: false } })).toEqual([]);
    expect(run(rightToLimit, { dataProtection: { usedBeyondNecessary: false, rightToLimitOffered: "unknown" } })).toEqual([]);
  });

  it("§4.3 right to limit: silent when the right is offered, whatever the use", () => {
    expect(run(rightToLimit, { dataProtection: { usedBeyondNecessary: true, rightToLimitOffered: true } })).toEqual([]);
    expect(run(rightToLimit, { dataProtection: { usedBeyondNecessary: "unknown", rightToLimitOffered: true } })).toEqual([]);
  });
});

describe("ca-ccpa/right-to-limit engagement (§4.3 right to limit)", () => {
  it("§4.3: is not engaged when the use stays within what is necessary", () => {
    expect(rightToLimit.engaged?.(contextOf(profileWith({ dataProtection: { usedBeyondNecessary: false } })))).toBe(false);
    expect(rightToLimit.engaged?.(contextOf(profileWith({ dataProtection: { usedBeyondNecessary: "unknown" } })))).toBe(true);
  });
});
