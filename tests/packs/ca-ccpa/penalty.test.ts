import { describe, expect, it } from "vitest";
import type { PenaltyContext } from "../../../src/core/pack.js";
import { caCcpaPenalty } from "../../../src/packs/ca-ccpa/penalty.js";
import { AS_OF, profileWith } from "./fixture.js";

type Finding = PenaltyContext["findings"][number];
const violation = (ruleId: string): Finding => ({ ruleId, systemId: "timeclock", severity: "violation", basis: "fact" });

describe("ca-ccpa penalty (§4.3 Penalties, Enforcement)", () => {
  it("§4.3 Penalties: two violations, 300 Californians, 2025 amounts: both readings shown", () => {
    const estimate = caCcpaPenalty({
      profile: profileWith(),
      findings: [violation("ca-ccpa/notice-at-collection"), violation("ca-ccpa/right-to-limit"), { ...violation("ca-ccpa/retention-limit"), severity: "risk" }],
      applies: [0],
      asOf: AS_OF,
    });
    expect(estimate.currency).toBe("USD");
    expect(estimate.lines).toHaveLength(1);
    const [line] = estimate.lines;
    // low: 2 × $2,663 = $5,326 (one violation per duty); high: 2 × 300 × $7,988 = $4,792,800 (per person, intentional rate)
    expect(line).toMatchObject({ low: 5_326, high: 4_792_800, recoveredBy: "regulator" });
    expect(line?.arithmetic).toBe(
      "low: 2 violations × $2,663 = $5,326 (per duty); high: 2 × 300 people in California × $7,988 = $4,792,800 (per person, intentional rate)",
    );
    expect(estimate.notes.join(" ")).toContain("not settled");
    expect(estimate.notes.join(" ")).toContain("statutory maximums");
  });

  it("§4.3 Penalties: before 1 Jan 2025 the statutory $2,500 / $7,500 apply", () => {
    const estimate = caCcpaPenalty({ profile: profileWith(), findings: [violation("ca-ccpa/notice-at-collection")], applies: [0], asOf: "2024-06-01" });
    // low: 1 × $2,500 = $2,500; high: 1 × 300 × $7,500 = $2,250,000
    expect(estimate.lines[0]).toMatchObject({ low: 2_500, high: 2_250_000 });
  });

  it("§4.3 Enforcement: before 1 July 2023 the note says the Attorney General enforced, not the CPPA", () => {
    const estimate = caCcpaPenalty({ profile: profileWith(), findings: [], applies: [0], asOf: "2023-03-01" });
    expect(estimate.notes.join(" ")).toContain("1 July 2023");
    expect(estimate.lines).toEqual([]);
    expect(estimate.high).toBe(0);
  });

  it("§4.3 Penalties: a breach of unencrypted biometric data counts per consumer per incident ($107–$799 from 2025)", () => {
    const profile = profileWith({
      breaches: [{ date: "2025-05", exposed: ["biometric-templates"] }, { date: "2025-09", exposed: ["face-vectors"] }],
      security: { encryptionAtRest: false, templateEncryption: false },
    });
    const estimate = caCcpaPenalty({ profile, findings: [violation("ca-ccpa/breach-of-unencrypted-data")], applies: [0], asOf: AS_OF });
    // The breach finding is not a regulator violation line: only the private action counts it.
    expect(estimate.lines).toHaveLength(1);
    // 2 incidents × 300 people × $107 = $64,200; 2 × 300 × $799 = $479,400
    expect(estimate.lines[0]).toMatchObject({ low: 64_200, high: 479_400, recoveredBy: "private-plaintiffs" });
    expect(estimate.lines[0]?.arithmetic).toBe("2 incidents × 300 people in California × $107–$799 = $64,200–$479,400");
    expect(estimate).toMatchObject({ low: 64_200, high: 479_400 });
  });

  it("§4.3 Penalties: breaches of other data, or of encrypted data, are not counted; unknown encryption is a note", () => {
    const other = profileWith({ breaches: [{ date: "2025-05", exposed: ["client-list"] }], security: { encryptionAtRest: false, templateEncryption: false } });
    expect(caCcpaPenalty({ profile: other, findings: [], applies: [0], asOf: AS_OF }).lines).toEqual([]);
    const unknown = profileWith({ breaches: [{ date: "2025-05", exposed: ["face-vectors"] }], security: { encryptionAtRest: "unknown", templateEncryption: "unknown" } });
    const estimate = caCcpaPenalty({ profile: unknown, findings: [], applies: [0], asOf: AS_OF });
    expect(estimate.lines).toEqual([]);
    expect(estimate.notes.join(" ")).toContain("whether the data was encrypted is unknown");
  });

  it("§4.3 Penalties: systems the pack does not apply to are not counted", () => {
    const estimate = caCcpaPenalty({ profile: profileWith(), findings: [violation("ca-ccpa/notice-at-collection")], applies: [], asOf: AS_OF });
    expect(estimate.lines).toEqual([]);
  });

  it("§4.3 Penalties: an open count uses its floor and says so", () => {
    const profile = profileWith({ places: { subjects: [{ place: "US-CA", count: { atLeast: 50 } }] } });
    const estimate = caCcpaPenalty({ profile, findings: [violation("ca-ccpa/notice-at-collection")], applies: [0], asOf: AS_OF });
    // high: 1 × 50 (at least) × $7,988 = $399,400
    expect(estimate.lines[0]?.high).toBe(399_400);
    expect(estimate.lines[0]?.arithmetic).toContain("50 (at least) people");
    expect(estimate.notes.join(" ")).toContain("floor");
  });
});
