import { describe, expect, it } from "vitest";
import { reasonableCare as rule } from "../../../src/packs/wa-biometric/rules/reasonable-care.js";
import { run } from "./fixture.js";

describe("wa-biometric/reasonable-care", () => {
  it("§4.2 RCW 19.375 Security: unrestricted access is a violation", () => {
    const [f] = run(rule, { security: { accessControl: false } });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/security/accessControl"]);
  });
  it("§4.2 RCW 19.375 Security: unencrypted storage is a risk; encrypted templates are enough", () => {
    expect(run(rule, { security: { encryptionAtRest: false } })[0]).toMatchObject({ severity: "risk", basis: "fact" });
    expect(run(rule, { security: { encryptionAtRest: false, templateEncryption: true } })).toEqual([]);
  });
  it("§4.2 RCW 19.375 Security: unknown access control is a risk", () => {
    expect(run(rule, { security: null })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.2 RCW 19.375 Security: silent with restricted, encrypted storage", () => {
    expect(run(rule)).toEqual([]);
  });
});
