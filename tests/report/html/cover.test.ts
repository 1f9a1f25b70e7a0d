import { describe, expect, it } from "vitest";
import { audit } from "../../../src/audit.js";
import { formatHtml } from "../../../src/format/html/index.js";
import { parseProfile } from "../../../src/practices/load.js";

/*
 * The cover's "Does the law apply?" table shows the first pack's decisions (report.applicability
 * is the first pack's), so its law column and finding counts are that law's, never BIPA's by
 * default. Reference §4 (other jurisdictions): each law is decided on its own.
 */
const AS_OF = "2026-11-22";
const profile = {
  version: 1,
  organization: { name: "Acme", entityType: "private-entity" },
  systems: [
    {
      id: "clock",
      name: "Timeclock",
      modalities: ["fingerprint"],
      subjects: [{ population: "employees", count: 10, illinoisCount: 10 }],
      places: { capture: ["US-TX", "US-IL"] },
    },
  ],
};

function coverRow(html: string): string {
  const table = /<table class="applicability">[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
  return /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? "";
}

describe("HTML cover: the applicability table names the law it shows", () => {
  const parsed = parseProfile(profile);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));

  it("with --pack tx-cubi alone, the row is the Texas Act's, not BIPA's", () => {
    const report = audit(parsed, { asOf: AS_OF, packs: ["tx-cubi"] });
    const row = coverRow(formatHtml(report));
    expect(row).toContain("Texas Capture or Use of Biometric Identifier Act");
    expect(row).not.toContain("BIPA");
  });

  it("with BIPA and Texas run together, the BIPA row counts BIPA's findings only", () => {
    const report = audit(parsed, { asOf: AS_OF, packs: ["bipa", "tx-cubi"] });
    const bipa = report.findings.filter((f) => f.ruleId.startsWith("bipa/") && f.systemId === "clock").length;
    const texas = report.findings.filter((f) => f.ruleId.startsWith("tx-cubi/") && f.systemId === "clock").length;
    expect(texas, "the fixture must give Texas findings too, or the count proves nothing").toBeGreaterThan(0);
    const row = coverRow(formatHtml(report));
    expect(row).toContain("BIPA (740 ILCS 14)");
    expect(row).toContain(`${bipa} finding${bipa === 1 ? "" : "s"}`);
    expect(row).not.toContain(`${bipa + texas} findings`);
  });
});
