import { describe, expect, it } from "vitest";
import { entranceSignage } from "../../../src/packs/nyc-biometric/rules/entrance-signage.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.5 "Notice (§22-1202(a))": no consent required; a clear and conspicuous sign
// near all customer entrances, in plain language; "Enforcement": 30-day notice and cure for signage only.
describe("nyc-biometric/entrance-signage", () => {
  it("§4.5 Notice: no sign at every entrance is a violation that says the claim is curable within 30 days", () => {
    const [f] = run(entranceSignage, failingSystem);
    expect(severityOf(entranceSignage, f!)).toBe("violation");
    expect(f!.message).toContain("Midtown venue face cameras collects customers' biometric identifier information without a clear and conspicuous sign near every customer entrance (4 customer entrances)");
    expect(f!.message).toContain("30 days' written notice and a chance to cure");
    expect(f!.remedies).toEqual(["nyc-biometric-entrance-signage"]);
  });

  it("§4.5 Notice: signs not in plain language are a violation", () => {
    const [f] = run(entranceSignage, { premises: { signage: { plainLanguage: false } } });
    expect(severityOf(entranceSignage, f!)).toBe("violation");
    expect(f!.message).toContain("not in plain language");
  });

  it("§4.5 Notice: whether signs are up, unknown, is a risk on an unknown fact", () => {
    const [f] = run(entranceSignage, { premises: { signage: { atAllCustomerEntrances: "unknown" } } });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(f!.evidence).toEqual(["/premises/signage/atAllCustomerEntrances"]);
  });

  it("§4.5 Enforcement: signs posted after collection began are a note on the earlier period, not a violation", () => {
    const [f] = run(entranceSignage, { premises: { signage: { since: "2024-03-01" } } });
    expect(f!.severity).toBe("info");
    expect(f!.message).toContain("The signs for SoHo store face cameras went up on 2024-03-01, after collection under the law began (2023-01-01)");
  });

  it("§4.5 Effective: collection from before 9 July 2021 is measured from the effective date", () => {
    const [f] = run(entranceSignage, { collection: { firstCaptureDate: "2019-05-01" }, premises: { signage: { since: "2021-08-01" } } });
    expect(f!.message).toContain("(2021-07-09)");
    expect(run(entranceSignage, { collection: { firstCaptureDate: "2019-05-01" }, premises: { signage: { since: "2021-07-09" } } })).toEqual([]);
  });

  it("§4.5 Notice: silent with plain-language signs at every entrance since collection began", () => {
    expect(run(entranceSignage)).toEqual([]);
  });
});
