import { describe, expect, it } from "vitest";
import { informBeforeCapture as rule } from "../../../src/packs/tx-cubi/rules/inform-before-capture.js";
import { run } from "./fixture.js";

describe("tx-cubi/inform-before-capture", () => {
  it("§4.1 Notice and consent: fires when people are not told of the capture", () => {
    const [f, ...rest] = run(rule, { notice: { statesCollection: false } });
    expect(rest).toHaveLength(0);
    expect(f?.severity).toBeUndefined();
    expect(f?.message).toContain("Houston timeclock");
    expect(f?.evidence).toEqual(["/notice/statesCollection"]);
  });
  it("§4.1 Notice and consent: an unknown notice is a risk", () => {
    const [f] = run(rule, { notice: null });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/notice/statesCollection"] });
  });
  it("§4.1 Notice and consent: notice after the first capture is late", () => {
    const [f] = run(rule, { notice: { date: "2024-03-01" }, collection: { firstCaptureDate: "2024-01-03" } });
    expect(f?.message).toContain("only on 2024-03-01");
  });
  it("§4.1 Notice and consent: silent when informed before capture (need not be written)", () => {
    expect(run(rule)).toEqual([]);
    expect(run(rule, { notice: { inWriting: false } })).toEqual([]);
  });
  it("§4.1 Notice and consent: silent when the dates cannot be ordered", () => {
    expect(run(rule, { notice: { date: "2024" }, collection: { firstCaptureDate: "2024-01-03" } })).toEqual([]);
  });
});
