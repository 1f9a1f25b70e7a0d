import { describe, expect, it } from "vitest";
import { faceRecognitionBan } from "../../../src/packs/portland-fr/rules/face-recognition-ban.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.6 "Scope and trigger" (private entity, face recognition, place of public
// accommodation) and "Consent" (not a cure; exceptions: compliance with law, unlocking one's own or an
// employer-issued device, automatic face detection in social-media apps).
describe("portland-fr/face-recognition-ban", () => {
  it("§4.6 Consent: shopper identification is a violation, and the consent obtained does not cure it", () => {
    const [f] = run(faceRecognitionBan, failingSystem);
    expect(severityOf(faceRecognitionBan, f!)).toBe("violation");
    expect(f!.message).toContain("Pearl District entrance cameras uses face recognition in a Portland place of public accommodation for security and customer identification");
    expect(f!.message).toContain("does not cure this: the use is banned");
    expect(f!.remedies).toEqual(["portland-fr-stop"]);
  });

  it("§4.6 Consent: an excepted use beside a banned one still fires, with the remedy to keep only the excepted use", () => {
    const [f] = run(faceRecognitionBan, { purposes: ["unlock-own-device", "marketing"] });
    expect(f!.message).toContain("for marketing");
    expect(f!.remedies).toEqual(["portland-fr-stop", "portland-fr-limit-to-exceptions"]);
  });

  it("§4.6 Consent: no purpose stated is a risk on an unknown fact", () => {
    const [f] = run(faceRecognitionBan, { purposes: [] });
    expect(f!.severity).toBe("risk");
    expect(f!.basis).toBe("unknown");
    expect(f!.evidence[0]).toBe("/purposes");
  });

  it("§4.6 Exceptions: compliance with law, device unlock and social-media face detection stay silent", () => {
    expect(run(faceRecognitionBan, { purposes: ["legal-compliance"] })).toEqual([]);
    expect(run(faceRecognitionBan)).toEqual([]);
    expect(run(faceRecognitionBan, { purposes: ["social-media-face-detection"] })).toEqual([]);
  });

  it("§4.6 Effective: use that ended before 1 January 2021 stays silent", () => {
    expect(run(faceRecognitionBan, { purposes: ["marketing"], collection: { firstCaptureDate: "2019-01", lastCaptureDate: "2020-12" } })).toEqual([]);
  });
});
