import { describe, expect, it } from "vitest";
import { applyExample } from "../../src/engine/examples.js";
import { parseProfile } from "../../src/practices/load.js";
import { practicesSchema, type Practices } from "../../src/practices/schema.js";
import { applyMeasures, profileMeasure } from "../../src/plan/measures.js";
import { REMEDY_IDS } from "../../src/remedies/ids.js";
import { compliantProfile } from "../../src/rules/bipa/compliant-profile.js";
import { clearviewLike } from "./clearview-like.js";

const AS_OF = "2026-11-22";

function compliant(system: Record<string, unknown> = {}): Practices {
  const parsed = parseProfile(applyExample(compliantProfile, { description: "test", system }));
  if (!parsed.ok) throw new Error("invalid");
  return parsed.profile;
}

describe("profile measures", () => {
  it("documents every remedy as a transformation or says why it is not one", () => {
    for (const id of REMEDY_IDS) {
      const m = profileMeasure(id);
      expect(m.description.length, id).toBeGreaterThan(30);
      if (!m.modeled) expect(m.description, id).toMatch(/^Not modeled: /);
    }
  });

  it.each(REMEDY_IDS.map((id) => [id]))("%s keeps the profile valid and its input untouched", (id) => {
    for (const profile of [clearviewLike(), compliant()]) {
      const before = JSON.stringify(profile);
      const after = profileMeasure(id).apply(profile, { asOf: AS_OF });
      expect(JSON.stringify(profile)).toBe(before);
      const parsed = practicesSchema.safeParse(after);
      expect(parsed.success, parsed.success ? "" : JSON.stringify(parsed.error.issues)).toBe(true);
      if (!profileMeasure(id).modeled) expect(after).toEqual(profile);
    }
  });

  it("dates a new policy on asOf and keeps an existing policy's date", () => {
    const none = clearviewLike();
    expect(profileMeasure("publish-retention-policy").apply(none, { asOf: AS_OF }).systems[0]!.retention.policy).toMatchObject({
      exists: true,
      public: true,
      adoptedDate: AS_OF,
    });
    const unpublished = compliant({ retention: { policy: { public: false } } });
    expect(profileMeasure("publish-retention-policy").apply(unpublished, { asOf: AS_OF }).systems[0]!.retention.policy.adoptedDate).toBe("2019-12-01");
  });

  it("records a missing release as an electronic signature obtained on asOf", () => {
    const after = profileMeasure("obtain-written-release").apply(clearviewLike(), { asOf: AS_OF }).systems[0]!.release;
    expect(after).toMatchObject({ type: "electronic-signature", date: AS_OF, signedBy: "subject", coversAllSubjects: true });
  });

  it("ends ongoing collection on asOf", () => {
    expect(profileMeasure("stop-collection-until-release").apply(clearviewLike(), { asOf: AS_OF }).systems[0]!.collection.lastCaptureDate).toBe(AS_OF);
  });

  it("stops only disclosures no exception covers, or puts them under consent", () => {
    const profile = compliant({
      disclosures: [
        { recipient: "A", exception: "none" },
        { recipient: "B", exception: "required-by-law" },
        { recipient: "C", exception: "unknown" },
      ],
    });
    const stopped = profileMeasure("stop-unexcepted-disclosure").apply(profile, { asOf: AS_OF }).systems[0]!.disclosures;
    expect(stopped === "unknown" ? [] : stopped.map((d) => d.recipient)).toEqual(["B", "C"]);
    const consented = profileMeasure("obtain-disclosure-consent").apply(profile, { asOf: AS_OF }).systems[0]!.disclosures;
    expect(consented === "unknown" ? [] : consented.map((d) => d.exception)).toEqual(["consent", "required-by-law", "consent"]);
  });

  it("changes only the systems it is aimed at", () => {
    const base = clearviewLike();
    const two: Practices = { ...base, systems: [base.systems[0]!, { ...base.systems[0]!, id: "second", name: "Second" }] };
    const after = applyMeasures(two, ["stop-profiting"], AS_OF, new Map([["stop-profiting", ["second"]]]));
    expect(after.systems[0]!.commerce.licensesDatabaseAccess).toBe(true);
    expect(after.systems[1]!.commerce.licensesDatabaseAccess).toBe(false);
  });

  it("keeps offshore affiliates away from biometric data when transfers are limited", () => {
    const base = clearviewLike();
    const withAffiliate: Practices = {
      ...base,
      organization: { ...base.organization, offshoreAffiliates: [{ name: "Affiliate", country: "Singapore", accessToBiometricData: true }] },
    };
    const after = profileMeasure("limit-cross-border-transfers").apply(withAffiliate, { asOf: AS_OF });
    expect(after.organization.offshoreAffiliates[0]!.accessToBiometricData).toBe(false);
  });
});
