import { describe, expect, it } from "vitest";
import { accessRequests } from "../../../src/packs/eu-gdpr/rules/access-requests.js";
import { run } from "./fixture.js";

describe("eu-gdpr/access-requests (§3.4 remedy templates: answer access requests; Greece, France, Austria)", () => {
  it("§3.4: unanswered access requests are a violation", () => {
    const findings = run(accessRequests, { dataProtection: { accessRequestsAnswered: false } });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.message).toContain("Gym face check-in does not answer");
  });

  it("§3.4: unknown is a risk", () => {
    expect(run(accessRequests, { dataProtection: { accessRequestsAnswered: "unknown" } })).toEqual([expect.objectContaining({ severity: "risk", basis: "unknown" })]);
  });

  it("§3.4: silent when requests are answered", () => {
    expect(run(accessRequests)).toEqual([]);
  });
});
