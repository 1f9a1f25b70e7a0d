import { describe, expect, it } from "vitest";
import { reasonableCare as rule } from "../../../src/packs/tx-cubi/rules/reasonable-care.js";
import { run } from "./fixture.js";

describe("tx-cubi/reasonable-care", () => {
  it("§4.1 Security: protection weaker than for other confidential information is a violation", () => {
    const [f] = run(rule, { security: { parityWithConfidentialInfo: false } });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/security/parityWithConfidentialInfo"]);
    expect(f?.message).toContain("Houston timeclock");
  });
  it("§4.1 Security: an unknown is a risk", () => {
    expect(run(rule, { security: null })[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.1 Security: silent at parity", () => {
    expect(run(rule)).toEqual([]);
  });
});
