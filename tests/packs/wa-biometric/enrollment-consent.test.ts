import { describe, expect, it } from "vitest";
import { enrollmentConsent as rule } from "../../../src/packs/wa-biometric/rules/enrollment-consent.js";
import { run } from "./fixture.js";

const none = { notice: { statesCollection: false }, consent: { obtained: false, preventsLaterCommercialUse: false } };

describe("wa-biometric/enrollment-consent", () => {
  it("§4.2 RCW 19.375 Notice and consent: no notice, no consent and no mechanism is a violation", () => {
    const [f] = run(rule, none);
    expect(f?.severity).toBeUndefined();
    expect(f?.message).toContain("Seattle fingerprint checkout");
    expect(f?.evidence).toContain("/consent/preventsLaterCommercialUse");
  });
  it("§4.2 RCW 19.375 Notice and consent: consent given only after enrollment does not count", () => {
    expect(run(rule, { ...none, consent: { obtained: true, beforeCapture: false, preventsLaterCommercialUse: false } })[0]?.evidence).toContain("/consent/beforeCapture");
  });
  it("§4.2 RCW 19.375 Notice and consent: notice alone is not affirmative consent (a risk on the facts)", () => {
    const [f] = run(rule, { consent: { obtained: false, preventsLaterCommercialUse: false } });
    expect(f).toMatchObject({ severity: "risk", basis: "fact" });
    expect(f?.message).toContain("notice alone is not affirmative consent");
  });
  it("§4.2 RCW 19.375 Notice and consent: unknowns are a risk naming the fields", () => {
    const [f] = run(rule, { notice: null, consent: null });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown" });
    expect(f?.evidence).toEqual(["/notice/statesCollection", "/consent/obtained", "/consent/preventsLaterCommercialUse"]);
  });
  it("§4.2 RCW 19.375 Notice and consent: a mechanism to prevent later commercial use is enough on its own", () => {
    expect(run(rule, { ...none, consent: { obtained: false, preventsLaterCommercialUse: true } })).toEqual([]);
  });
  it("§4.2 RCW 19.375 Notice and consent: consent before enrollment, or a BIPA written release, is enough", () => {
    expect(run(rule, { ...none, consent: { obtained: true, beforeCapture: true, form: "verbal", preventsLaterCommercialUse: false } })).toEqual([]);
    expect(run(rule, { ...none, release: { type: "wet-signature", obtainedBeforeEachCapture: true, coversAllSubjects: true } })).toEqual([]);
    expect(run(rule)).toEqual([]);
  });
});
