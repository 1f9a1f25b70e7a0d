import { describe, expect, it } from "vitest";
import { consentBeforeCapture as rule } from "../../../src/packs/tx-cubi/rules/consent-before-capture.js";
import { run } from "./fixture.js";

describe("tx-cubi/consent-before-capture", () => {
  it("§4.1 Notice and consent: fires when no consent is obtained", () => {
    const [f] = run(rule, { consent: { obtained: false } });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/consent/obtained"]);
    expect(f?.message).toContain("without the person's consent");
  });
  it("§4.1 Notice and consent: fires when consent follows capture", () => {
    const [f] = run(rule, { consent: { beforeCapture: false } });
    expect(f?.evidence).toEqual(["/consent/beforeCapture"]);
  });
  it("§4.1 Notice and consent: implied consent is a risk on the facts, not a pass", () => {
    const [f] = run(rule, { consent: { form: "implied" } });
    expect(f).toMatchObject({ severity: "risk", basis: "fact" });
  });
  it("§4.1 Notice and consent: unknown consent is a risk naming the field", () => {
    const [f] = run(rule, { consent: null });
    expect(f).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/consent/obtained"] });
  });
  it("§4.1 Notice and consent: silent with consent before capture, written or not", () => {
    expect(run(rule)).toEqual([]);
    expect(run(rule, { consent: { form: "verbal" } })).toEqual([]);
  });
  it("§4.1 Notice and consent: a BIPA written release signed by everyone before capture satisfies it", () => {
    const release = { type: "electronic-signature", obtainedBeforeEachCapture: true, coversAllSubjects: true };
    expect(run(rule, { consent: null, release })).toEqual([]);
    expect(run(rule, { consent: null, release: { ...release, coversAllSubjects: false } })).toHaveLength(1);
  });
});
