import { describe, expect, it } from "vitest";
import { publicPolicy } from "../../../src/packs/co-biometric/rules/public-policy.js";
import { run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Written policy": the policy must be public, with certain exceptions.
describe("co-biometric/public-policy", () => {
  it("§4.4 Written policy: a policy kept private is a violation that mentions the undetailed exceptions", () => {
    const [f] = run(publicPolicy, { retention: { policy: { public: false } } });
    expect(severityOf(publicPolicy, f!)).toBe("violation");
    expect(f!.message).toContain("is not available to the public");
    expect(f!.message).toContain("certain exceptions the reference does not detail");
  });

  it("§4.4 Written policy: publication unknown is a risk on an unknown fact", () => {
    const [f] = run(publicPolicy, { retention: { policy: { public: "unknown" } } });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
  });

  it("§4.4 Written policy: silent when no policy exists (the written-policy rule reports that) and when it is public", () => {
    expect(run(publicPolicy, { retention: { policy: { exists: false, public: false } } })).toEqual([]);
    expect(run(publicPolicy)).toEqual([]);
  });
});
