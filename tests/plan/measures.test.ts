import { describe, expect, it } from "vitest";
import { applyExample } from "../../src/engine/examples.js";
import { parseProfile } from "../../src/practices/load.js";
import { practicesSchema, type Practices } from "../../src/practices/schema.js";
import { applyMeasures, profileMeasure } from "../../src/packs/bipa/plan/measures.js";
import { REMEDY_IDS } from "../../src/packs/bipa/remedies/ids.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
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

  it("does not back-date a parent's release over captures made under minors' own signatures (§1.7 'Cure works forward only'; §1.3 capacity [UNVERIFIED])", () => {
    const minors = { population: "minors", count: 100, illinoisCount: 100, unionRepresented: false, relationship: "direct", release: { status: "before-first-capture", date: "2024-08-20", signedBy: "subject" } };
    const started = compliant({ subjects: [minors], release: { signedBy: "subject", employmentCondition: false }, collection: { firstCaptureDate: "2024-09-01" } });
    // Capture began on 2024-09-01, before asOf: the minors' own signatures stay on record, so the capacity risk stays open.
    expect(profileMeasure("obtain-parental-release-for-minors").apply(started, { asOf: AS_OF })).toEqual(started);
    const unknownStart = compliant({ subjects: [minors], release: { signedBy: "subject", employmentCondition: false }, collection: { firstCaptureDate: "unknown" } });
    expect(profileMeasure("obtain-parental-release-for-minors").apply(unknownStart, { asOf: AS_OF })).toEqual(unknownStart);
    // A system that first captures after asOf: every minor will be enrolled under a parent's signature.
    const future = compliant({ subjects: [minors], release: { signedBy: "subject", employmentCondition: false }, collection: { firstCaptureDate: "2027-01-04" } });
    const after = profileMeasure("obtain-parental-release-for-minors").apply(future, { asOf: AS_OF }).systems[0]!;
    expect([after.release.signedBy, after.subjects[0]!.release?.signedBy]).toEqual(["parent-or-guardian", "parent-or-guardian"]);
  });

  it("ends ongoing collection on asOf, and leaves an unknown last capture unknown", () => {
    expect(profileMeasure("stop-collection-until-release").apply(clearviewLike(), { asOf: AS_OF }).systems[0]!.collection.lastCaptureDate).toBe(AS_OF);
    const unknown = compliant({ collection: { lastCaptureDate: "unknown" } });
    expect(profileMeasure("stop-collection-until-release").apply(unknown, { asOf: AS_OF }).systems[0]!.collection.lastCaptureDate).toBe("unknown");
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
    // Consent from asOf covers transmissions from then on; an unknown exception stays unknown.
    expect(consented === "unknown" ? [] : consented.map((d) => [d.exception, d.consentDate])).toEqual([
      ["consent", AS_OF],
      ["required-by-law", "unknown"],
      ["unknown", "unknown"],
    ]);
  });

  it("changes only the systems it is aimed at", () => {
    const base = clearviewLike();
    const two: Practices = { ...base, systems: [base.systems[0]!, { ...base.systems[0]!, id: "second", name: "Second" }] };
    const after = applyMeasures(two, ["stop-profiting"], AS_OF, new Map([["stop-profiting", ["second"]]]));
    expect(after.systems[0]!.commerce.licensesDatabaseAccess).toBe(true);
    expect(after.systems[1]!.commerce.licensesDatabaseAccess).toBe(false);
  });

  it("ends an offshore affiliate's known access to biometric data, and leaves unknown access unknown", () => {
    const base = clearviewLike();
    const withAffiliates: Practices = {
      ...base,
      organization: {
        ...base.organization,
        offshoreAffiliates: [
          { name: "Affiliate", country: "Singapore", accessToBiometricData: true },
          { name: "Other", country: "Panama", accessToBiometricData: "unknown" },
        ],
      },
    };
    const after = profileMeasure("limit-cross-border-transfers").apply(withAffiliates, { asOf: AS_OF });
    expect(after.organization.offshoreAffiliates.map((a) => a.accessToBiometricData)).toEqual([false, "unknown"]);
  });
});

/** Every leaf of a profile by JSON pointer. */
function leaves(value: unknown, path = "", out = new Map<string, unknown>()): Map<string, unknown> {
  if (value !== null && typeof value === "object") for (const [k, v] of Object.entries(value)) leaves(v, `${path}/${k}`, out);
  else out.set(path, value);
  return out;
}

/** A profile that leaves nearly everything unknown, with a minor, a recipient, a transfer and an affiliate. */
function mostlyUnknown(): Practices {
  const parsed = parseProfile({
    version: 1,
    organization: { name: "Unknown Co.", entityType: "private-entity", offshoreAffiliates: [{ name: "A", country: "Panama" }] },
    systems: [
      {
        id: "s",
        name: "S",
        modalities: ["fingerprint"],
        subjects: [{ population: "minors", release: { status: "unknown" } }],
        disclosures: [{ recipient: "R" }],
        crossBorderTransfers: [{ destination: "Singapore" }],
        geofencing: {},
        remediation: {},
      },
    ],
  });
  if (!parsed.ok) throw new Error("invalid");
  return parsed.profile;
}

describe("point 6: no measure invents a fact (an unknown is not a false)", () => {
  /** Where false is the measure's own step (stop offering the database to a class of customers), not a fact it assumes. */
  const OWN_STEP = new Set([
    "no-private-entity-customers /systems/0/remediation/privateEntityCustomers",
    "no-illinois-customers /systems/0/remediation/illinoisCustomers",
    "end-individual-trial-accounts /systems/0/remediation/individualTrialAccounts",
  ]);

  it.each(REMEDY_IDS.map((id) => [id]))("%s turns no unknown into false, and drops no unknown fact", (id) => {
    const profile = mostlyUnknown();
    const before = leaves(profile);
    const after = leaves(profileMeasure(id).apply(profile, { asOf: AS_OF }));
    for (const [pointer, value] of before) {
      if (value !== "unknown") continue;
      expect(after.has(pointer), `${id} drops ${pointer}`).toBe(true);
      if (after.get(pointer) === false) expect(OWN_STEP.has(`${id} ${pointer}`), `${id} sets ${pointer} from unknown to false`).toBe(true);
    }
  });

  it("stop-profiting stops what is done and leaves what is unknown", () => {
    const profile = compliant({ commerce: { sells: "unknown", leases: false, trades: false, licensesDatabaseAccess: true, otherwiseProfits: "unknown" } });
    expect(profileMeasure("stop-profiting").apply(profile, { asOf: AS_OF }).systems[0]!.commerce).toEqual({
      sells: "unknown",
      leases: false,
      trades: false,
      licensesDatabaseAccess: false,
      otherwiseProfits: "unknown",
    });
  });

  it("keeps a notice's unknown date unknown when stating its purpose and term", () => {
    const profile = compliant({ notice: { date: "unknown", specificPurpose: false } });
    expect(profileMeasure("state-purpose-and-term").apply(profile, { asOf: AS_OF }).systems[0]!.notice.date).toBe("unknown");
  });
});

describe("point 6: no destroy measure applies to data under a hold (Sec. 25(a); bipa-reference.md §1.5 row (a))", () => {
  const held = (hold: Record<string, unknown>) => compliant({ retention: { practice: { recordsRetainedPastTrigger: 40 }, legalHold: hold } });

  it("destroys only the records no hold covers", () => {
    const all = held({ kind: "litigation-hold", issuedBy: "internal" });
    expect(profileMeasure("destroy-data-past-trigger").apply(all, { asOf: AS_OF }).systems[0]!.retention.practice.recordsRetainedPastTrigger).toBe(40);
    const some = held({ kind: "litigation-hold", issuedBy: "internal", recordsCovered: 25 });
    // 40 kept, 25 under the hold: the 15 others are destroyed.
    expect(profileMeasure("destroy-data-past-trigger").apply(some, { asOf: AS_OF }).systems[0]!.retention.practice.recordsRetainedPastTrigger).toBe(25);
  });

  it("never removes a hold, and never destroys what it covers", () => {
    const hold = { kind: "litigation-hold", issuedBy: "internal", court: "Circuit Court of Cook County" };
    const after = profileMeasure("hold-only-under-warrant-or-subpoena").apply(held(hold), { asOf: AS_OF }).systems[0]!.retention;
    expect(after.legalHold).toMatchObject(hold);
    expect(after.practice.recordsRetainedPastTrigger).toBe(40);
    expect(profileMeasure("hold-only-under-warrant-or-subpoena").description).toContain("Keeps retention.legalHold as it is");
  });

  it.each([["destroy-illinois-residents-data"], ["delete-templates-without-fresh-consent"], ["purge-inactive-templates"]] as const)(
    "%s leaves a system under a hold as it is",
    (id) => {
      const profile = held({ kind: "preservation-order", issuedBy: "court" });
      expect(profileMeasure(id).apply(profile, { asOf: AS_OF })).toEqual(profile);
      expect(profileMeasure(id).description).toContain("Records under a hold");
    },
  );
});
