import { describe, expect, it } from "vitest";
import { noticeAndConsent } from "../../../src/packs/co-biometric/rules/notice-and-consent.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Notice and consent": notice and consent before collection; effective 1 July 2025.
describe("co-biometric/notice-and-consent", () => {
  it("§4.4 Notice and consent: no notice in either record is a violation", () => {
    const found = run(noticeAndConsent, { notice: { statesCollection: false }, dataProtection: { noticeAtCollection: { given: false } } });
    expect(found).toHaveLength(1);
    expect(severityOf(noticeAndConsent, found[0]!)).toBe("violation");
    expect(found[0]!.message).toContain("Denver timeclock collects biometric identifiers without telling people first");
  });

  it("§4.4 Notice and consent: no consent is a violation", () => {
    const [f] = run(noticeAndConsent, { consent: { obtained: false } });
    expect(severityOf(noticeAndConsent, f!)).toBe("violation");
    expect(f!.message).toContain("without consent");
    expect(f!.evidence).toEqual(["/consent/obtained"]);
  });

  it("§4.4 Notice and consent: consent after capture, everyone captured since the effective date, is a violation (the failing system, which also gives no notice)", () => {
    const found = run(noticeAndConsent, failingSystem);
    expect(found.map((f) => f.key)).toEqual(["notice", "consent"]);
    expect(severityOf(noticeAndConsent, found[1]!)).toBe("violation");
    expect(found[1]!.message).toContain("first captured on or after 2025-07-01");
  });

  it("§4.4 Notice and consent: consent after capture for a system capturing since before the law is a risk that says why", () => {
    const [f] = run(noticeAndConsent, { consent: { beforeCapture: false }, collection: { firstCaptureDate: "2019-03" } });
    expect(f!.severity).toBe("risk");
    expect(f!.message).toContain("the reference does not say how the law treats people first captured before it took effect");
  });

  it("§4.4 Notice and consent: a signed release that covers everyone before capture is consent when the consent record is silent", () => {
    const patch = {
      consent: { obtained: "unknown", beforeCapture: "unknown" },
      release: { type: "electronic-signature", coversAllSubjects: true, obtainedBeforeEachCapture: true },
    };
    expect(run(noticeAndConsent, patch)).toEqual([]);
  });

  it("§4.4 Notice and consent: consent unknown is a risk on an unknown fact naming the field", () => {
    const [f] = run(noticeAndConsent, { consent: { obtained: "unknown" } });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(f!.evidence).toEqual(["/consent/obtained"]);
  });

  it("§4.4 Dates: silent for a system whose collection ended before 1 July 2025", () => {
    expect(run(noticeAndConsent, { consent: { obtained: false }, collection: { firstCaptureDate: "2020-01-01", lastCaptureDate: "2025-06-30" } })).toEqual([]);
  });

  it("§4.4 Notice and consent: silent with notice and consent before capture", () => {
    expect(run(noticeAndConsent)).toEqual([]);
  });
});
