import { describe, expect, it } from "vitest";
import { consentToCollect as rule } from "../../../src/packs/wa-mhmda/rules/consent-to-collect.js";
import { run } from "./fixture.js";

describe("wa-mhmda/consent-to-collect", () => {
  it("§4.2 MHMDA Collect: collection without consent, beyond what a requested service needs, is a violation", () => {
    const [f] = run(rule, { consent: { obtained: false } });
    expect(f?.severity).toBeUndefined();
    expect(f?.evidence).toEqual(["/consent/obtained", "/dataProtection/usedBeyondNecessary"]);
    expect(f?.message).toContain("Spokane gym face check-in");
  });
  it("§4.2 MHMDA Collect: consent must come before collection", () => {
    expect(run(rule, { consent: { beforeCapture: false } })[0]?.evidence).toEqual(["/consent/beforeCapture"]);
  });
  it("§4.2 MHMDA Collect: implied consent is a risk on the facts; unknown consent a risk naming the field", () => {
    expect(run(rule, { consent: { form: "implied" } })[0]).toMatchObject({ severity: "risk", basis: "fact" });
    expect(run(rule, { consent: null })[0]).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/consent/obtained"] });
  });
  it("§4.2 MHMDA Collect: consent and necessity are alternative grounds; with necessity unknown, no consent or a late one is a risk naming the field", () => {
    const none = run(rule, { consent: { obtained: false }, dataProtection: { usedBeyondNecessary: "unknown" } });
    expect(none).toHaveLength(1);
    expect(none[0]).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/consent/obtained", "/dataProtection/usedBeyondNecessary"] });
    expect(none[0]?.message).toContain("dataProtection.usedBeyondNecessary");
    const late = run(rule, { consent: { beforeCapture: false }, dataProtection: { usedBeyondNecessary: "unknown" } });
    expect(late[0]).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/consent/beforeCapture", "/dataProtection/usedBeyondNecessary"] });
    // People with no relationship (scraped images) asked for no service: the necessity ground cannot cover them, a violation.
    const scraped = run(rule, {
      consent: { obtained: false },
      dataProtection: { usedBeyondNecessary: "unknown" },
      subjects: [{ population: "scraped-public-images", count: 500 }],
    });
    expect(scraped[0]?.severity).toBeUndefined();
    expect(scraped[0]?.message).toContain("asked for no product or service");
    // Known to go beyond what the service needs: still the violation.
    expect(run(rule, { consent: { obtained: false }, dataProtection: { usedBeyondNecessary: true } })[0]?.severity).toBeUndefined();
  });
  it("§4.2 MHMDA Collect: collection only as necessary for a requested service needs no consent", () => {
    expect(run(rule, { consent: { obtained: false }, dataProtection: { usedBeyondNecessary: false } })).toEqual([]);
  });
  it("§4.2 MHMDA Collect: silent with consent before collection, or a BIPA written release before capture", () => {
    expect(run(rule)).toEqual([]);
    expect(run(rule, { consent: null, release: { type: "wet-signature", obtainedBeforeEachCapture: true, coversAllSubjects: true } })).toEqual([]);
  });
});
