import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Finding, Report } from "../../src/report/types.js";
import { auditExample, EXAMPLES_AS_OF, exampleNames, expectedFiles, profilePath } from "../../scripts/examples.js";
import { sectionKey } from "../../scripts/examples-readme.js";
import { EXAMPLE_REGIONS } from "../../scripts/docs/regions-content.js";
import { regionDocs } from "../../scripts/docs/generate.js";
import { orphans, ROOT, syncGolden, type GeneratedFile } from "../../scripts/golden.js";

/*
 * The example audits: each profile in examples/ validates, its report matches the expected report
 * checked in beside it (`npm run examples`; regenerate with `npm run examples:update`), and the report
 * shows what the example is there to show (its headline).
 */

const STALE = "is stale: run `npm run examples:update`, then check the diff shows what the example is meant to show";

function expectCurrent(file: GeneratedFile): void {
  const { status, onDisk } = syncGolden(file);
  if (status === "missing") expect.fail(`${file.path} is missing: run \`npm run examples:update\``);
  expect(onDisk, `${file.path} ${STALE}`).toBe(file.content);
}

const violationSections = (r: Report) => new Set(r.findings.filter((f) => f.severity === "violation").map((f) => sectionKey(f.section)));
const byRule = (r: Report, ruleId: string, systemId?: string): Finding[] =>
  r.findings.filter((f) => f.ruleId === ruleId && (systemId === undefined || f.systemId === systemId));
const evidencePointers = (r: Report) => new Set(r.findings.flatMap((f) => f.evidence.map((e) => e.pointer)));
const bipaFindings = (r: Report) => r.findings.filter((f) => f.ruleId.startsWith("bipa/"));
const applicability = (r: Report, systemId: string) => r.applicability.find((a) => a.systemId === systemId);

/** What each example must show. A failure here means a rule (or the profile) no longer says it. */
const HEADLINES: Record<string, (r: Report) => void> = {
  "clearview-2020": (r) => {
    expect(applicability(r, "face-search")?.inScope).toBe(true);
    for (const s of ["15(a)", "15(b)", "15(c)", "15(d)"]) expect(violationSections(r), `violation under ${s}`).toContain(s);
    expect(byRule(r, "bipa/15c-profit")[0]?.evidence[0]?.pointer).toBe("/systems/0/commerce/licensesDatabaseAccess");
    expect(byRule(r, "bipa/15b-no-relationship-subjects")).toHaveLength(1);
    // 15(d): one finding per customer group, private businesses and police.
    expect(byRule(r, "bipa/15d-disclosure").map((f) => f.severity)).toEqual(["violation", "violation"]);
    // 15(e): the two breaches exposed no biometric data, so they are no evidence that the biometric data
    // was unprotected: information, not risks or violations (the Clearview distinction; bipa-reference.md §3.1).
    const breaches = byRule(r, "bipa/15e-breach-history");
    expect(breaches).toHaveLength(2);
    for (const b of breaches) {
      expect(b.severity).toBe("info");
      expect(b.basis).toBe("fact");
      expect(b.message).toContain("no biometric data");
    }
  },
  "clearview-2021": (r) => {
    for (const s of ["15(a)", "15(b)", "15(c)", "15(d)"]) expect(violationSections(r), `violation under ${s}`).toContain(s);
    // The court-noted measures are credited: no finding rests on vector encryption, intrusion detection or training.
    for (const field of ["templateEncryption", "intrusionDetection", "staffTraining"]) {
      expect(evidencePointers(r), field).not.toContain(`/systems/0/security/${field}`);
    }
    // Geofencing is not a cure: its gaps and the Illinois data already held are risks.
    const geofencing = byRule(r, "bipa/geofencing-gaps");
    expect(geofencing.length).toBeGreaterThan(0);
    expect(geofencing.every((f) => f.severity === "risk")).toBe(true);
    expect(geofencing.some((f) => f.evidence[0]?.pointer === "/systems/0/geofencing/existingDataPurged")).toBe(true);
    // Private customers ended: one 15(d) recipient left (police).
    expect(byRule(r, "bipa/15d-disclosure").map((f) => f.message)).toEqual([expect.stringContaining("Police customers")]);
    // The Panama and Singapore subsidiaries.
    expect(byRule(r, "bipa/offshore-affiliates")).toHaveLength(2);
    // Across the laws (issue 11; bipa-reference.md §3.4, §4.7, §4.8): the GDPR reaches it by monitoring people
    // in the EU and no Art. 9 condition is relied on; the AI Act ban needs the EU market, which it left.
    const cell = (pack: string) => r.matrix.find((m) => m.packId === pack && m.systemId === "face-search")?.status;
    expect(cell("eu-gdpr")).toBe("applies");
    expect(byRule(r, "eu-gdpr/special-category-condition")[0]?.severity).toBe("violation");
    expect(cell("eu-ai-act")).toBe("does-not-apply");
    expect(cell("tx-cubi")).toBe("applies");
  },
  "clearview-2022-aclu": (r) => {
    // The consent order limits customers; it does not make licensing lawful or cure the missing release.
    expect(byRule(r, "bipa/15c-profit")[0]?.severity).toBe("violation");
    for (const s of ["15(a)", "15(b)", "15(d)"]) expect(violationSections(r), `violation under ${s}`).toContain(s);
    const recipients = byRule(r, "bipa/15d-disclosure").map((f) => f.message);
    expect(recipients).toEqual(
      expect.arrayContaining([expect.stringContaining("Federal agencies"), expect.stringContaining("outside Illinois")]),
    );
    expect(recipients.join(" ")).not.toMatch(/Private-business|Police customers/);
    // No Illinois customers any more: the Illinois nexus becomes a question of fact, still covered.
    expect(byRule(r, "bipa/scope-illinois-nexus")[0]?.severity).toBe("info");
    expect(applicability(r, "face-search")?.inScope).toBe(true);
    expect(byRule(r, "bipa/geofencing-gaps").length).toBeGreaterThan(0);
  },
  "white-castle-timeclock": (r) => {
    expect([...violationSections(r)].sort()).toEqual(["15(b)", "15(d)"]);
    const vendor = byRule(r, "bipa/15d-disclosure");
    expect(vendor).toHaveLength(1);
    expect(vendor[0]!.message).toContain("on every scan");
    // Cothron: per-scan and per-transmission accrual in the high reading, one recovery per person in the low (PA 103-0769).
    const lines = r.exposure?.systems[0]?.lines ?? [];
    const disclosureLine = lines.find((l) => l.section.includes("15(d)"));
    expect(disclosureLine?.counting).toBe("per-transmission");
    expect(disclosureLine?.violations.low).toBe(9500);
  },
  "six-flags-season-pass": (r) => {
    expect([...violationSections(r)]).toEqual(["15(b)"]);
    expect(byRule(r, "bipa/15b-written-release")[0]?.severity).toBe("violation");
    expect(byRule(r, "bipa/15b-written-notice")[0]?.severity).toBe("violation");
  },
  "bnsf-railyard-gate": (r) => {
    expect([...violationSections(r)]).toEqual(["15(b)"]);
    // The vendor is a recipient whose 15(d) footing the record does not give: a risk on an unknown fact.
    const remprex = byRule(r, "bipa/15d-disclosure");
    expect(remprex).toHaveLength(1);
    expect(remprex[0]).toMatchObject({ severity: "risk", basis: "unknown" });
    // One recovery per driver under PA 103-0769 gives the jury's count: 45,600.
    const line = r.exposure?.systems[0]?.lines.find((l) => l.section.includes("15(b)"));
    expect(line?.violations.low).toBe(45600);
  },
  "facebook-tag-suggestions": (r) => {
    expect(applicability(r, "tag-suggestions")?.inScope).toBe(true);
    expect(byRule(r, "bipa/15b-written-release", "tag-suggestions")[0]?.severity).toBe("violation");
    // Zellmer: non-users' transient face signatures cannot identify anyone, so that system is out of scope.
    expect(applicability(r, "non-user-face-signatures")).toMatchObject({
      inScope: false,
      excludedBy: { ruleId: "bipa/scope-identifying-output" },
    });
    // BIPA's findings (the other packs say only that the profile does not state where the people are).
    expect(bipaFindings(r).filter((f) => f.systemId === "non-user-face-signatures").map((f) => f.severity)).toEqual(["info"]);
  },
  "hospital-medication-cabinet": (r) => {
    expect(applicability(r, "medication-cabinet")).toMatchObject({ inScope: false, excludedBy: { ruleId: "bipa/scope-health-care" } });
    expect(bipaFindings(r).map((f) => [f.ruleId, f.severity])).toEqual([["bipa/scope-health-care", "info"]]);
    expect(bipaFindings(r)[0]!.message).toContain("HIPAA");
  },
  "glba-bank-voiceprint": (r) => {
    expect(applicability(r, "caller-voiceprint")).toMatchObject({ inScope: false, excludedBy: { ruleId: "bipa/scope-glba-exemption" } });
    expect(bipaFindings(r).map((f) => [f.ruleId, f.severity])).toEqual([["bipa/scope-glba-exemption", "info"]]);
    expect(bipaFindings(r)[0]!.section).toContain("25(c)");
  },
  "multi-state-employer": (r) => {
    // Issue 11: one profile against every law. bipa-reference.md §4.1 (Texas), §4.4 (Colorado), §4.5 (New York City).
    const cell = (pack: string, system: string) => r.matrix.find((m) => m.packId === pack && m.systemId === system)?.status;
    expect(cell("bipa", "store-timeclock")).toBe("applies");
    expect(cell("tx-cubi", "store-timeclock")).toBe("applies");
    expect(cell("co-biometric", "store-timeclock")).toBe("applies");
    expect(cell("nyc-biometric", "store-timeclock")).toBe("does-not-apply"); // employees, not customers
    expect(cell("nyc-biometric", "nyc-entrance-cameras")).toBe("applies");
    for (const pack of ["ca-ccpa", "eu-gdpr", "eu-ai-act"]) expect(cell(pack, "store-timeclock"), pack).toBe("does-not-apply");
    // The timeclock meets BIPA; the entrance cameras break New York City's signage duty.
    expect(r.findings.filter((f) => f.ruleId.startsWith("bipa/") && f.severity !== "info")).toEqual([]);
    expect(byRule(r, "nyc-biometric/entrance-signage", "nyc-entrance-cameras")[0]?.severity).toBe("violation");
    // Texas: consent to disclose is not one of the four grounds of (c)(1)(A)-(D).
    expect(byRule(r, "tx-cubi/disclosure-exceptions", "store-timeclock")[0]?.severity).toBe("risk");
  },
  "portland-retailer": (r) => {
    // bipa-reference.md §4.6: banned outright in places of public accommodation; consent is no cure.
    expect(byRule(r, "portland-fr/face-recognition-ban", "door-face-match")[0]?.severity).toBe("violation");
    expect(r.matrix.filter((m) => m.status === "applies").map((m) => m.packId)).toEqual(["portland-fr"]);
    // $1,000 a day for one plaintiff: 2024-03-01 to 2026-11-22 is 997 days counting both ends, $997,000.
    expect(r.packs.find((p) => p.id === "portland-fr")?.estimate).toMatchObject({ low: 997_000, high: 997_000 });
  },
  "no-law-applies": (r) => {
    expect(r.matrix.every((m) => m.status === "does-not-apply")).toBe(true);
    expect(r.matrix.every((m) => m.reason.length > 0)).toBe(true);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
  },
  "compliant-employer": (r) => {
    expect(r.summary.systemsInScope).toBe(1);
    expect(r.summary.violation).toBe(0);
    expect(r.summary.risk).toBe(0);
    expect(r.findings).toEqual([]);
  },
};

describe("example audits", () => {
  const names = exampleNames();

  it("every example has a headline test, and every headline an example", () => {
    expect(names).toEqual(Object.keys(HEADLINES).sort());
  });

  for (const name of names) {
    describe(name, () => {
      const report = auditExample(name);

      it(`is audited as of ${EXAMPLES_AS_OF}, and its header names its facts and sources`, () => {
        const text = readFileSync(join(ROOT, profilePath(name)), "utf8");
        const header = text.slice(0, text.search(/^version:/m));
        expect(header).toContain(EXAMPLES_AS_OF);
        expect(header).toContain("bipa-reference.md");
        expect(header).toMatch(/Facts encoded|Duties met/);
        expect(header).toMatch(/Illustrative|illustrative/);
        expect(report.asOf).toBe(EXAMPLES_AS_OF);
      });

      it("shows what it is meant to show", () => {
        HEADLINES[name]?.(report);
      });

      for (const file of expectedFiles(name, report)) {
        it(`matches ${file.path}`, () => expectCurrent(file));
      }
    });
  }

  it("has no expected report without its example", () => {
    const expected = new Set(names.flatMap((n) => expectedFiles(n).map((f) => f.path)));
    expect(orphans("examples", /\.expected\.(json|txt)$/, expected), "delete these, or run `npm run examples:update`").toEqual([]);
  });

  it("examples/README.md describes every example, and its summary table is current", () => {
    const [readme] = regionDocs(EXAMPLE_REGIONS);
    for (const name of names) expect(readme!.content, `examples/README.md mentions ${name}`).toContain(`${name}.yaml`);
    expectCurrent(readme!);
  });
});
