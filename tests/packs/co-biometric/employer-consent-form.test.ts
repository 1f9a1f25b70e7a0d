import { describe, expect, it } from "vitest";
import { employerConsentForm } from "../../../src/packs/co-biometric/rules/employer-consent-form.js";
import { failingSystem, run, severityOf } from "./fixture.js";

// bipa-reference.md §4.4 "Notice and consent": employer consent must be written or electronic, and
// refreshed for a new purpose or new types of identifier (form and refresh [S]).
describe("co-biometric/employer-consent-form", () => {
  it("§4.4 Employer consent [S]: verbal consent and no refresh are two risks that say the source is single", () => {
    const found = run(employerConsentForm, failingSystem);
    expect(found.map((f) => f.key)).toEqual(["form", "refresh"]);
    for (const f of found) {
      expect(severityOf(employerConsentForm, f)).toBe("risk");
      expect(f.message).toContain("marked [S]");
    }
  });

  it("§4.4 Employer consent [S]: a written release stands for the form when the consent record is silent", () => {
    expect(run(employerConsentForm, { consent: { form: "unknown" }, release: { type: "wet-signature" } })).toEqual([]);
  });

  it("§4.4 Employer consent [S]: an unknown form is a risk on an unknown fact", () => {
    const [f] = run(employerConsentForm, { consent: { form: "unknown" } });
    expect(f!.basis).toBe("unknown");
  });

  it("§4.4 Employer consent [S]: silent for electronic, refreshed consent and for systems without employees", () => {
    expect(run(employerConsentForm)).toEqual([]);
    expect(run(employerConsentForm, { consent: { form: "verbal" }, subjects: [{ population: "customers", count: 3 }] })).toEqual([]);
  });
});
