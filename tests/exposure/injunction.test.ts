import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { assessInjunctionRisk, INJUNCTION_SCOPE } from "../../src/packs/bipa/injunction.js";
import { loadProfile } from "../../src/practices/load.js";
import { employer, finding, NO_RELEASE, RELEASE_MISSING, reportWith } from "./helpers.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const AS_OF = "2026-11-22";

function factor(view: ReturnType<typeof assessInjunctionRisk>, id: string) {
  const f = view.factors.find((x) => x.id === id);
  if (!f) throw new Error(`no factor ${id}`);
  return f;
}

/** The compliant employer with none of the six Clearview measures, so only the tested facts matter. */
const BARE_SECURITY = { security: { staffTraining: false, templateEncryption: false, intrusionDetection: false } };
/** The same, collecting with no release at all (the facts the 15(b) findings below rest on). */
const BARE_NO_RELEASE = { ...BARE_SECURITY, release: NO_RELEASE };

/** An example's injunction view as audited on the examples' fixed date. */
function exampleView(name: string) {
  const loaded = loadProfile(readFileSync(join(ROOT, "examples", `${name}.yaml`), "utf8"), { file: `${name}.yaml` });
  if (!loaded.ok) throw new Error(`examples/${name}.yaml does not load`);
  return audit(loaded, { asOf: AS_OF }).injunctionRisk!;
}

describe("point 7: calibrated to the Clearview ruling it models (bipa-reference.md §3.1)", () => {
  it("reads low on the facts of clearview-2021.yaml, the facts on which the court denied the motion", () => {
    const view = exampleView("clearview-2021");
    expect(view.level).toBe("low");
    // Collection continues, but the filter the court noted keeps Illinois residents out of new collection.
    expect(factor(view, "collection-continuing-without-release")).toMatchObject({ present: false, systemIds: ["face-search"] });
    expect(factor(view, "collection-continuing-without-release").description).toContain("the measure the Clearview court noted");
    expect(view.measuresTaken).toHaveLength(6);
  });

  it("shows the offshore-subsidiary argument as argued and rejected, never raising the level", () => {
    const f = factor(exampleView("clearview-2021"), "offshore-data-movement");
    expect(f).toMatchObject({ present: true, pointsToHarm: false, direction: "argued-rejected" });
    expect(f.description).toContain("Clearview Panama subsidiary, Panama");
    expect(f.description).toContain("Argued and rejected");
  });

  it("treats the two breaches of non-biometric data as not a factor either way", () => {
    const f = factor(exampleView("clearview-2021"), "breaches-without-biometric-data");
    expect(f).toMatchObject({ present: true, pointsToHarm: false, direction: "not-a-factor" });
    expect(f.description).toContain("Not a factor either way");
  });

  it("reads elevated on clearview-2020.yaml (before the measures) and low on clearview-2022-aclu.yaml (filter kept under the consent order)", () => {
    const before = exampleView("clearview-2020");
    expect(before.level).toBe("elevated");
    expect(factor(before, "collection-continuing-without-release").present).toBe(true);
    expect(before.measuresTaken).toEqual([]);
    expect(exampleView("clearview-2022-aclu").level).toBe("low");
  });

  it("says plainly that it models the irreparable-harm factor only", () => {
    for (const name of ["clearview-2020", "clearview-2021", "clearview-2022-aclu"]) {
      expect(exampleView(name).summary).toContain(INJUNCTION_SCOPE);
    }
    expect(INJUNCTION_SCOPE).toContain("irreparable-harm factor only");
    expect(INJUNCTION_SCOPE).toMatch(/likelihood of success, the balance of hardships or the public interest/);
  });

  it("does not make a past breach of biometric data alone elevated", () => {
    const profile = employer({ breaches: [{ date: "2025-03-01", exposed: ["biometric-templates"] }] });
    expect(assessInjunctionRisk(reportWith(profile, AS_OF, []), profile).level).toBe("moderate");
  });

  it("never lets offshore affiliates raise the level, known access or not", () => {
    for (const access of [true, "unknown"] as const) {
      const profile = employer({}, { offshoreAffiliates: [{ name: "Example Singapore Pte.", country: "Singapore", accessToBiometricData: access }] });
      expect(assessInjunctionRisk(reportWith(profile, AS_OF, []), profile).level).toBe("low");
    }
  });
});

describe("assessInjunctionRisk (modeled on the Clearview MDL preliminary-injunction ruling)", () => {
  it("is low for a compliant profile, crediting the measures it has", () => {
    const profile = employer({});
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, []), profile);
    expect(view.level).toBe("low");
    expect(view.factors.filter((f) => f.pointsToHarm && f.present)).toEqual([]);
    expect(view.measuresTaken).toEqual([
      "Employee cybersecurity training (Fingerprint timeclock)",
      "Templates or facial vectors encrypted (Fingerprint timeclock)",
      "Anti-intrusion devices (Fingerprint timeclock)",
    ]);
    expect(view.summary).toContain("not a prediction");
  });

  it("is moderate when a breach exposed biometric data (the fact the Clearview court found missing), elevated with unlawful collection continuing", () => {
    const profile = employer({ breaches: [{ date: "2025-03-01", exposed: ["biometric-templates", "employee-information"] }] });
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, []), profile);
    expect(view.level).toBe("moderate");
    const collecting = employer({ release: NO_RELEASE, breaches: [{ date: "2025-03-01", exposed: ["biometric-templates"] }] });
    expect(assessInjunctionRisk(reportWith(collecting, AS_OF, [RELEASE_MISSING()]), collecting).level).toBe("elevated");
    const f = factor(view, "biometric-data-breached");
    expect(f).toMatchObject({ pointsToHarm: true, present: true, systemIds: ["timeclock"] });
    expect(f.description).toContain("a mere possibility of irreparable harm");
  });

  it("ignores a breach dated after asOf", () => {
    const profile = employer({ breaches: [{ date: "2027-01-01", exposed: ["face-vectors"] }] });
    expect(assessInjunctionRisk(reportWith(profile, AS_OF, []), profile).level).toBe("low");
  });

  it("treats a breach of non-biometric data as no factor, as the court did", () => {
    const profile = employer({ breaches: [{ date: "2020-02-26", exposed: ["source-code", "client-list"] }] });
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, []), profile);
    expect(view.level).toBe("low");
    expect(factor(view, "breaches-without-biometric-data")).toMatchObject({ pointsToHarm: false, present: true });
    expect(factor(view, "biometric-data-breached").present).toBe(false);
  });

  it("is elevated when collection in breach of 15(b) continues with none of the six measures", () => {
    const profile = employer(BARE_NO_RELEASE);
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(factor(view, "collection-continuing-without-release")).toMatchObject({ present: true, systemIds: ["timeclock"] });
    expect(view.measuresTaken).toEqual([]);
    expect(view.level).toBe("elevated");
  });

  it("is moderate when the same collection continues with some measures in place, low once a collection filter keeps Illinois residents out", () => {
    const trained = employer({ ...BARE_NO_RELEASE, security: { staffTraining: true } });
    expect(assessInjunctionRisk(reportWith(trained, AS_OF, [RELEASE_MISSING()]), trained).level).toBe("moderate");
    const profile = employer({
      ...BARE_NO_RELEASE,
      geofencing: { collectionFilter: { enabled: true, since: "2021-01-01", coverage: 0.9 } },
    });
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, [RELEASE_MISSING()]), profile);
    expect(view.level).toBe("low");
    expect(factor(view, "collection-continuing-without-release").description).toContain("filters Illinois residents out of new collection (measured coverage 90%)");
    expect(factor(view, "measure-illinois-collection-filter")).toMatchObject({ pointsToHarm: false, present: true });
  });

  it("does not count collection that has stopped, that goes on only with releases signed, or a 15(b) risk", () => {
    const stopped = employer({ ...BARE_NO_RELEASE, collection: { lastCaptureDate: "2025-01-31" } });
    expect(factor(assessInjunctionRisk(reportWith(stopped, AS_OF, [RELEASE_MISSING()]), stopped), "collection-continuing-without-release").present).toBe(false);
    // Everyone signed late, in 2023: the 15(b) violation is for past captures; collection now is with a release.
    const signedLate = employer({ ...BARE_SECURITY, subjects: [{ population: "employees", count: 120, illinoisCount: 120, relationship: "direct", release: { status: "after-first-capture", date: "2023-03-01" } }] });
    const timing = finding("bipa/15b-release-timing", "740 ILCS 14/15(b)");
    expect(factor(assessInjunctionRisk(reportWith(signedLate, AS_OF, [timing]), signedLate), "collection-continuing-without-release").present).toBe(false);
    const risk = finding("bipa/15b-written-release", "740 ILCS 14/15(b)(3)", { severity: "risk", basis: "unknown" });
    const profile = employer(BARE_SECURITY);
    expect(assessInjunctionRisk(reportWith(profile, AS_OF, [risk]), profile).level).toBe("low");
  });

  it("lists offshore affiliates without overstating what the court made of them", () => {
    const profile = employer({}, { offshoreAffiliates: [{ name: "Example Panama S.A.", country: "Panama", accessToBiometricData: "unknown" }] });
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, []), profile);
    const f = factor(view, "offshore-data-movement");
    expect(f.present).toBe(true);
    expect(f.description).toContain("Example Panama S.A., Panama");
    expect(f.description).toContain("did not establish likely irreparable harm");
    expect(view.level).toBe("low");
  });

  it("has a factor for each of the six measures the court noted, where the system gathers images of the public", () => {
    const profile = employer({ subjects: [{ population: "scraped-public-images", count: 1000, illinoisCount: 10 }] });
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, []), profile);
    expect(view.factors.filter((f) => f.id.startsWith("measure-")).map((f) => f.id)).toEqual([
      "measure-illinois-geolocation-exclusion",
      "measure-illinois-ip-blocking",
      "measure-illinois-collection-filter",
      "measure-employee-cybersecurity-training",
      "measure-vector-encryption",
      "measure-anti-intrusion",
    ]);
    expect(factor(view, "measure-illinois-ip-blocking")).toMatchObject({ present: false, description: expect.stringContaining("Not in place") });
    expect(view.summary).toContain("3 of the 6 Clearview measures relevant here in place");
  });

  it("leaves out the geofencing measures where they cannot apply (an employee fingerprint timeclock)", () => {
    const profile = employer({});
    const view = assessInjunctionRisk(reportWith(profile, AS_OF, []), profile);
    expect(view.factors.filter((f) => f.id.startsWith("measure-")).map((f) => f.id)).toEqual([
      "measure-employee-cybersecurity-training",
      "measure-vector-encryption",
      "measure-anti-intrusion",
    ]);
    expect(view.summary).toContain("3 of the 3 Clearview measures relevant here in place");
  });

  it("shows a measure the profile leaves unknown as not established, never as absent", () => {
    const profile = employer({ security: { staffTraining: "unknown" } });
    const f = factor(assessInjunctionRisk(reportWith(profile, AS_OF, []), profile), "measure-employee-cybersecurity-training");
    expect(f).toMatchObject({ present: false, unknown: true, systemIds: ["timeclock"] });
    expect(f.description).toMatch(/^Not established: employee cybersecurity training \(the profile leaves it unknown for Fingerprint timeclock\)/);
    const known = factor(assessInjunctionRisk(reportWith(employer(BARE_SECURITY), AS_OF, []), employer(BARE_SECURITY)), "measure-employee-cybersecurity-training");
    expect(known.unknown).toBeUndefined();
    expect(known.description).toMatch(/^Not in place/);
  });

  it("is not applicable when no system is in scope: no factors, and the summary says why", () => {
    const profile = employer({});
    const report = reportWith(profile, AS_OF, []);
    const outOfScope = { ...report, applicability: report.applicability.map((a) => ({ ...a, inScope: false })) };
    const view = assessInjunctionRisk(outOfScope, profile);
    expect(view).toMatchObject({ level: "low", factors: [], measuresTaken: [] });
    expect(view.summary).toMatch(/^Not applicable: no system is shown to be in scope/);
  });
});
