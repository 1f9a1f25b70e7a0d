import { describe, expect, it } from "vitest";
import { geofencingGaps } from "../../../../../src/packs/bipa/rules/nexus/geofencing-gaps.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const on = { enabled: true, since: "2020-05-06", coverage: 1 };
/** All three Clearview measures in effect with full coverage, pre-geofence data destroyed: nothing to report. */
const full = { geolocationExclusion: on, ipBlocking: on, collectionFilter: on, knownGaps: [], existingDataPurged: true };
/** Scraped or uploaded subjects without releases: the geofence is what stands between them and 15(b). */
const noRelease = { coversAllSubjects: false };
/** `full` without one key (a null patch deletes only keys the baseline has, and it has no geofencing). */
function fullWithout(key: keyof typeof full): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = full;
  return rest;
}
const faceSearch = { release: noRelease, commerce: { licensesDatabaseAccess: true } };

testRule(geofencingGaps, {
  fires: [
    {
      description: "known gaps (VPNs, photos without geotags) despite all three measures",
      system: { release: noRelease, geofencing: { ...full, knownGaps: ["VPN users", "photos without geotags"] } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/geofencing/knownGaps",
      messageIncludes: ["reduce the Illinois nexus going forward", "VPN users; photos without geotags", "does not cure"],
    },
    {
      description: "a measure with coverage below 100%",
      system: { release: noRelease, geofencing: { ...full, ipBlocking: { ...on, coverage: 0.9 } } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/geofencing/ipBlocking/coverage",
      messageIncludes: ["blocking of logins from Illinois IP addresses has a measured coverage of 90%", "about 10%", "logins from Illinois are not blocked"],
    },
    {
      description: "coverage never measured",
      system: { release: noRelease, geofencing: { ...full, geolocationExclusion: { enabled: true, since: "2020-05-06" } } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/geofencing/geolocationExclusion/coverage",
      messageIncludes: ["does not give the measured coverage"],
    },
    {
      description: "search exclusion and IP blocking without a collection filter still collect Illinois residents",
      system: { release: noRelease, geofencing: fullWithout("collectionFilter") },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/geofencing/collectionFilter",
      messageIncludes: ["no Illinois collection filter shown to be in effect", "not what is collected", "15(b) governs collection"],
    },
    {
      description: "point 1: a collection filter of unknown status is not credited: the same risk as none, saying the fact is open",
      system: { release: noRelease, geofencing: { ...full, collectionFilter: { enabled: "unknown", since: "2020-05-06", coverage: 1 } } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/geofencing/collectionFilter/enabled",
      messageIncludes: ["no Illinois collection filter shown to be in effect (the profile leaves open whether one is enabled, so none is credited)"],
    },
    {
      description: "Illinois data collected before the geofence is still held",
      system: { release: noRelease, geofencing: { ...full, existingDataPurged: false } },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/geofencing/existingDataPurged",
      messageIncludes: ["still holds Illinois residents' biometric data collected before its geofencing took effect (2020-05-06)", "does not cure"],
    },
    {
      description: "whether pre-geofence data was destroyed is unknown",
      system: { release: noRelease, geofencing: fullWithout("existingDataPurged") },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/geofencing/existingDataPurged",
    },
    {
      description: "measures named without saying whether they are on",
      system: { release: noRelease, geofencing: { ipBlocking: {}, existingDataPurged: false } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/geofencing/ipBlocking/enabled",
      messageIncludes: ["does not say whether it is in place", "no reduction of the Illinois nexus can be credited"],
    },
    {
      description: "ACLU consent order: a customer-serving face search without an opt-out form (info)",
      system: { ...faceSearch, geofencing: full, remediation: { optOutForm: false } },
      severity: "info",
      pointer: "/systems/0/remediation/optOutForm",
      messageIncludes: ["no opt-out form", "$50,000", "binds only Clearview"],
    },
    {
      description: "ACLU consent order (§3.2 term 3): individual trial accounts without agency approval (info)",
      system: { ...faceSearch, geofencing: full, remediation: { individualTrialAccounts: true } },
      severity: "info",
      pointer: "/systems/0/remediation/individualTrialAccounts",
      messageIncludes: ["free or trial accounts to individuals", "binds only Clearview"],
    },
    {
      description: "ACLU consent order: an opt-out form that is not publicized (info)",
      system: { ...faceSearch, geofencing: full, remediation: { optOutForm: true, optOutPublicized: false } },
      severity: "info",
      pointer: "/systems/0/remediation/optOutPublicized",
      messageIncludes: ["does not publicize it"],
    },
    {
      ...geofencingGaps.examples.failing,
      description: "the documented failing example: IP blocking only, with gaps and pre-geofence data kept",
      count: 4,
    },
  ],
  silent: [
    { description: "no geofencing described (other rules cover the underlying duties)", system: { release: noRelease } },
    { description: "all three measures in full effect and pre-geofence data destroyed", system: { release: noRelease, geofencing: full } },
    {
      description: "every subject signed a release before capture, so the geofence's gaps expose no one",
      system: { geofencing: { ipBlocking: { enabled: true }, knownGaps: ["VPN users"], existingDataPurged: false } },
    },
    {
      description: "the collection filter predates the first capture, so no pre-geofence Illinois data exists",
      system: {
        release: noRelease,
        geofencing: { ...full, collectionFilter: { ...on, since: "2019-12-01" }, existingDataPurged: "unknown" },
      },
    },
    {
      description: "measures switched off on a system that serves no customers: nothing to credit",
      system: { release: noRelease, geofencing: { ipBlocking: { enabled: false }, knownGaps: ["VPN users"] } },
    },
    {
      description: "a measure that takes effect after the evaluation date is not yet credited or qualified",
      system: { release: noRelease, geofencing: { ipBlocking: { enabled: true, since: "2027-01-01" }, knownGaps: ["VPN users"] } },
    },
    {
      description: "ACLU terms left unknown are not reported (info only on an explicit gap)",
      system: { ...faceSearch, geofencing: full, remediation: {} },
    },
    {
      description: "ACLU terms are not raised for a system that serves no customers",
      system: { release: noRelease, geofencing: full, remediation: { optOutForm: false } },
    },
  ],
});

describe("bipa/geofencing-gaps details", () => {
  it("notes the ACLU filtering term when a customer-serving system has switched filtering off", () => {
    const findings = runRule(geofencingGaps, {
      description: "",
      system: {
        ...faceSearch,
        geofencing: { geolocationExclusion: { enabled: false }, ipBlocking: on, knownGaps: [], existingDataPurged: true },
      },
    });
    const info = findings.find((f) => f.severity === "info");
    expect(info?.message).toContain("keep filtering out photos taken or uploaded in Illinois for 5 years");
    expect(info?.remedies).toEqual(["continue-illinois-filtering"]);
    expect(info?.location.pointer).toBe("/systems/0/geofencing/geolocationExclusion/enabled");
    // IP blocking alone still leaves collection unfiltered.
    expect(findings.map((f) => f.severity)).toEqual(["risk", "info"]);
  });

  it("points each finding to the matching Clearview or ACLU remedy", () => {
    const remedies = (geofencing: Record<string, unknown>) =>
      runRule(geofencingGaps, { description: "", system: { release: noRelease, geofencing } })[0]?.remedies;
    expect(remedies({ ...full, existingDataPurged: false })).toEqual(["destroy-illinois-residents-data"]);
    expect(remedies(fullWithout("collectionFilter"))).toEqual(["avoid-collecting-illinois-residents"]);
    expect(remedies({ ...full, geolocationExclusion: { ...on, coverage: 0.5 } })).toEqual(["exclude-illinois-geolocated-results"]);
    expect(remedies({ ...full, existingDataPurged: "unknown" })).toEqual(["establish-unknown-facts", "destroy-illinois-residents-data"]);
  });

  it("cites the Clearview PI denial and the ACLU consent order", () => {
    expect(geofencingGaps.authorities).toEqual(expect.arrayContaining(["clearview-pi-denial-2021", "aclu-clearview-2022"]));
  });
});
