import { describe, expect, it } from "vitest";
import { breachOfUnencryptedData } from "../../../src/packs/ca-ccpa/rules/breach-of-unencrypted-data.js";
import { contextOf, profileWith, run } from "./fixture.js";

const BREACH = { date: "2025-03", exposed: ["face-vectors"] };

describe("ca-ccpa/breach-of-unencrypted-data (§4.3 Enforcement: private action only for breaches, 1798.150)", () => {
  it("§4.3 Enforcement: a breach of biometric data stored unencrypted fires", () => {
    const findings = run(breachOfUnencryptedData, { breaches: [BREACH], security: { encryptionAtRest: false, templateEncryption: false } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("without encryption");
    expect(findings[0]?.evidence).toEqual(["/breaches/0/exposed", "/security/encryptionAtRest", "/security/templateEncryption"]);
  });

  it("§4.3 Enforcement: unknown encryption after a biometric breach is a risk", () => {
    const findings = run(breachOfUnencryptedData, { breaches: [BREACH], security: { encryptionAtRest: "unknown", templateEncryption: false } });
    expect(findings).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown" })]);
  });

  it("§4.3 Enforcement: silent when the data is encrypted (store or templates)", () => {
    expect(run(breachOfUnencryptedData, { breaches: [BREACH], security: { encryptionAtRest: false, templateEncryption: true } })).toEqual([]);
  });

  it("§4.3 Enforcement: silent, and not engaged, when no breach exposed biometric data (source code, client lists)", () => {
    const patch = { breaches: [{ date: "2020-02", exposed: ["source-code", "client-list"] }], security: { encryptionAtRest: false, templateEncryption: false } };
    expect(run(breachOfUnencryptedData, patch)).toEqual([]);
    expect(breachOfUnencryptedData.engaged?.(contextOf(profileWith(patch)))).toBe(false);
    expect(run(breachOfUnencryptedData, { security: { encryptionAtRest: false, templateEncryption: false } })).toEqual([]);
  });
});

describe("ca-ccpa/breach-of-unencrypted-data: when the breach happened (§4.3 Effective: CCPA 1 Jan 2020)", () => {
  const unencrypted = { security: { encryptionAtRest: false, templateEncryption: false } };

  it("§4.3 Effective: a breach known to predate the CCPA is not counted; one of unknown date is", () => {
    expect(run(breachOfUnencryptedData, { ...unencrypted, breaches: [{ date: "2019-06", exposed: ["face-vectors"] }] })).toEqual([]);
    expect(run(breachOfUnencryptedData, { ...unencrypted, breaches: [{ date: "unknown", exposed: ["face-vectors"] }] })).toHaveLength(1);
    // A year that straddles the date may hold a breach after it.
    expect(run(breachOfUnencryptedData, { ...unencrypted, breaches: [{ date: "2020", exposed: ["face-vectors"] }] })).toHaveLength(1);
  });

  it("§4.3 Enforcement: a breach after the evaluation date is not counted", () => {
    expect(run(breachOfUnencryptedData, { ...unencrypted, breaches: [{ date: "2026-12-01", exposed: ["face-vectors"] }] }, {}, "2026-11-22")).toEqual([]);
  });
});
