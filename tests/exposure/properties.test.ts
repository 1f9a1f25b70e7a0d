import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { estimateExposure } from "../../src/packs/bipa/exposure/damages.js";
import { formatCount } from "../../src/packs/bipa/exposure/words.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import { fcRuns } from "../properties/runs.js";
import { finding, reportWith } from "./helpers.js";

/*
 * Point 5 of issue 10: every figure finite and exact enough to print, whatever the profile says within
 * its bounds (≤ 1e10 people, ≤ 1e6 scans a year, dates 1970-2200), and the low figure never above the
 * high one: the narrow reading of the facts at $1,000 can never exceed the wide one at $5,000.
 */
const AS_OF = "2026-11-22";

const year = fc.integer({ min: 1970, max: 2200 });
const partialDate = fc.oneof(
  year.map(String),
  fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, "0")}`),
  fc.tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc.constant("unknown"),
);
const bigCount = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10_000_000_000 }));
const partialCount = fc.oneof(
  bigCount,
  fc.constant("some"),
  fc.constant("unknown"),
  fc.tuple(bigCount, fc.option(bigCount, { nil: undefined })).map(([a, b]) => (b === undefined ? { atLeast: a } : { atLeast: Math.min(a, b), atMost: Math.max(a, b) })),
);
const group = fc.record({
  population: fc.constantFrom("employees", "customers", "patients", "minors"),
  count: partialCount,
  illinoisCount: partialCount,
  unionRepresented: fc.constantFrom(true, false, "unknown"),
  relationship: fc.constant("direct"),
  release: fc.option(
    fc.record({
      status: fc.constantFrom("before-first-capture", "after-first-capture", "none", "mixed", "unknown"),
      date: partialDate,
      illinoisWithoutRelease: partialCount,
      noticeBeforeCapture: fc.constantFrom(true, false, "unknown"),
    }),
    { nil: undefined },
  ),
  departures: fc.array(fc.record({ illinoisCount: fc.oneof(bigCount, fc.constant("unknown")), date: partialDate }), { maxLength: 3 }),
  collectiveBargaining: fc.record({ covered: fc.constantFrom(true, false, "unknown") }),
});

const profileArb = fc
  .record({
    groups: fc.array(group, { minLength: 1, maxLength: 4 }),
    first: partialDate,
    last: fc.oneof(partialDate, fc.constant("ongoing")),
    rate: fc.oneof(fc.constant("unknown"), fc.integer({ min: 0, max: 1_000_000 })),
    releaseType: fc.constantFrom("none", "wet-signature", "verbal", "unknown"),
    covers: fc.constantFrom(true, false, "unknown"),
    releaseDate: partialDate,
    frequency: fc.constantFrom("per-scan", "daily", "one-time", "on-request", "unknown"),
    consentDate: partialDate,
    pairs: fc.boolean(),
  })
  .map((f): Practices | undefined => {
    const parsed = parseProfile({
      version: 1,
      organization: { name: "P", entityType: "private-entity" },
      systems: [
        {
          id: "s",
          name: "S",
          modalities: ["fingerprint", "face-geometry"],
          healthcare: { patientCareSetting: "unknown" },
          subjects: f.groups.map(({ release, ...g }) => (release ? { ...g, release } : g)),
          release: { type: f.releaseType, coversAllSubjects: f.covers, date: f.releaseDate, obtainedBeforeEachCapture: "unknown" },
          notice: { inWriting: false },
          collection: {
            methods: ["timeclock", "door-access"],
            firstCaptureDate: f.first,
            lastCaptureDate: f.last,
            scansPerSubjectPerYear: f.rate,
            identifierMethods: f.pairs
              ? [
                  { identifier: "fingerprint", method: "timeclock", template: "t" },
                  { identifier: "fingerprint", method: "door-access", template: "t" },
                  { identifier: "face-geometry", method: "door-access" },
                ]
              : [],
          },
          retention: { practice: { recordsRetainedPastTrigger: f.groups[0]!.count } },
          disclosures: [{ recipient: "V", frequency: f.frequency, exception: "consent", consentDate: f.consentDate }],
        },
      ],
    });
    return parsed.ok ? parsed.profile : undefined;
  });

const FINDINGS = [
  finding("bipa/15b-written-notice", "740 ILCS 14/15(b)(1)", { systemId: "s" }),
  finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { systemId: "s", evidence: ["/systems/0/disclosures/0/exception"] }),
  finding("bipa/15a-destruction-compliance", "740 ILCS 14/15(a)", { systemId: "s", evidence: ["/systems/0/retention/practice/recordsRetainedPastTrigger"] }),
  finding("bipa/15a-public-policy", "740 ILCS 14/15(a)", { systemId: "s", key: "p" }),
  finding("bipa/15c-profit", "740 ILCS 14/15(c)", { systemId: "s" }),
  finding("bipa/15e-parity", "740 ILCS 14/15(e)(2)", { systemId: "s" }),
];

describe("point 5: finite, printable figures, low never above high (bounds: docs/limits.md)", () => {
  it("holds for any profile within its bounds, under every assumption", () => {
    fc.assert(
      fc.property(profileArb, fc.constantFrom(true, false, "unknown" as const), (profile, amendment) => {
        if (!profile) return;
        const e = estimateExposure(reportWith(profile, AS_OF, FINDINGS), profile, { amendmentAppliesToPendingClaims: amendment });
        const ranges = [e.totalUsd, ...e.systems.flatMap((s) => [s.totalUsd, ...s.lines.flatMap((l) => [l.violations, l.amountUsd])]), ...(e.apartUsd ? [e.apartUsd] : [])];
        for (const r of ranges) {
          expect(Number.isFinite(r.low) && Number.isFinite(r.high)).toBe(true);
          expect(r.low).toBeGreaterThanOrEqual(0);
          expect(r.low).toBeLessThanOrEqual(r.high);
          expect(formatCount(r.high)).toMatch(/^\d{1,3}(,\d{3})*$/);
        }
        for (const l of e.systems.flatMap((s) => s.lines)) expect(l.arithmetic).toContain(`high: ${formatCount(l.violations.high)} × $5,000`);
        expect(JSON.parse(JSON.stringify(e))).toEqual(e);
      }),
      fcRuns(120),
    );
  });
});

describe("point 5: linear in disclosures, systems and findings", () => {
  it("finishes 32,000 recipients with a finding each (the old grouping was quadratic: 112 s), and does not hang", () => {
    const disclosures = Array.from({ length: 32_000 }, (_, i) => ({ recipient: `Vendor ${i}`, type: "processor", frequency: "per-scan", exception: "none" }));
    const parsed = parseProfile({
      version: 1,
      organization: { name: "P", entityType: "private-entity" },
      systems: [{ id: "s", name: "S", modalities: ["fingerprint"], subjects: [{ population: "employees", illinoisCount: 100 }], disclosures, collection: { firstCaptureDate: "2022-01-03", scansPerSubjectPerYear: 500 } }],
    });
    if (!parsed.ok) throw new Error("invalid");
    const findings = disclosures.map((_, i) => finding("bipa/15d-disclosure", "740 ILCS 14/15(d)", { systemId: "s", key: `r${i}`, evidence: [`/systems/0/disclosures/${i}/exception`] }));
    const e = estimateExposure(reportWith(parsed.profile, AS_OF, findings), parsed.profile);
    expect(e.systems[0]!.lines).toHaveLength(32_000);
    // 100 people × 1 pair × 32,000 recipients, at the low reading: 3,200,000 × $1,000.
    expect(e.stacking!.stackedUsd.low).toBe(3_200_000_000);
  }, 120_000);
});
