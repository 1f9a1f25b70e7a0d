import { describe, expect, it } from "vitest";
import { writtenPolicy } from "../../../src/packs/co-biometric/rules/written-policy.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Written policy": a written policy with a retention schedule, a protocol for
// responding to a security incident and deletion guidelines.
describe("co-biometric/written-policy", () => {
  it("§4.4 Written policy: no written policy at all is a violation", () => {
    const [f, ...rest] = run(writtenPolicy, { retention: { policy: { exists: false } } });
    expect(rest).toHaveLength(0);
    expect(severityOf(writtenPolicy, f!)).toBe("violation");
    expect(f!.message).toContain("Denver timeclock has no written biometric policy");
    expect(f!.evidence).toEqual(["/retention/policy/exists"]);
    expect(f!.remedies).toEqual(["co-biometric-adopt-written-policy", "co-biometric-incident-protocol"]);
  });

  it("§4.4 Written policy: a policy without an incident-response protocol is a violation naming what is missing", () => {
    const [f] = run(writtenPolicy, { dataProtection: { incidentResponseProtocol: false } });
    expect(severityOf(writtenPolicy, f!)).toBe("violation");
    expect(f!.message).toContain("lacks a protocol for responding to a security incident");
    expect(f!.evidence).toEqual(["/dataProtection/incidentResponseProtocol"]);
    expect(f!.remedies).toEqual(["co-biometric-incident-protocol"]);
  });

  it("§4.4 Written policy: the realistic failing system lacks its retention schedule and protocol", () => {
    const [f] = run(writtenPolicy, failingSystem);
    expect(f!.message).toContain("lacks a retention schedule and a protocol for responding to a security incident");
  });

  it("§4.4 Written policy: an unknown part is a risk on an unknown fact, and names the field", () => {
    const [f] = run(writtenPolicy, { dataProtection: { incidentResponseProtocol: "unknown" } });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(f!.evidence).toEqual(["/dataProtection/incidentResponseProtocol"]);
  });

  it("§4.4 Written policy: whether a policy exists, unknown, is one risk (its parts are not asked about)", () => {
    const found = run(writtenPolicy, { retention: { policy: { exists: "unknown", hasRetentionSchedule: "unknown" } } });
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain("whether a written biometric policy exists");
  });

  it("§4.4 Written policy: stays silent when the policy has every part", () => {
    expect(run(writtenPolicy)).toEqual([]);
  });
});
