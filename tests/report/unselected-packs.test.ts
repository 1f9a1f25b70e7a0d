import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { formatters } from "../../src/format/index.js";
import { loadProfile } from "../../src/practices/load.js";
import { SHIPPED_PACKS } from "../../src/packs/index.js";
import { VERSION } from "../../src/version.js";

/*
 * A law left out of the selection (--pack, or packs turned off in the configuration) must not read
 * as a law with nothing to report: the report names the shipped packs not run, and a report without
 * BIPA is not headed as a BIPA audit.
 */
const file = "examples/multi-state-employer.yaml";
const loaded = loadProfile(readFileSync(join(import.meta.dirname, "..", "..", file), "utf8"), { file });
if (!loaded.ok) throw new Error("the example does not load");
const options = { failOn: "violation" as const, exitCode: 0 };
const others = SHIPPED_PACKS.filter((p) => p.id !== "bipa" && p.id !== "tx-cubi");

describe("packs left out of the selection", () => {
  it("names every shipped pack not run, with its citation", () => {
    const report = audit(loaded, { asOf: "2026-11-22", packs: others.map((p) => p.id) });
    const note = report.notes.find((n) => n.startsWith("Not run, because the selection left them out"));
    expect(note).toBe(
      "Not run, because the selection left them out (--pack, or packs turned off in the configuration): bipa (740 ILCS 14), tx-cubi (Tex. Bus. & Com. Code §503.001). This report says nothing about them.",
    );
  });

  it("heads a report without BIPA as a biometric-privacy audit, in text, Markdown and HTML", () => {
    const report = audit(loaded, { asOf: "2026-11-22", packs: ["tx-cubi"] });
    expect(formatters.text(report, options).split("\n")[0]).toBe(`bipa-check ${VERSION} · Biometric privacy audit as of 2026-11-22`);
    expect(formatters.markdown(report, options)).toContain("## bipa-check: Biometric privacy audit as of 2026-11-22");
    expect(formatters.html(report, options)).toContain("Biometric privacy assessment:");
  });

  it("says nothing when every pack runs by default, and keeps the BIPA heading", () => {
    const report = audit(loaded, { asOf: "2026-11-22" });
    expect(report.notes.some((n) => n.startsWith("Not run, because the selection left them out"))).toBe(false);
    expect(formatters.text(report, options).split("\n")[0]).toBe(`bipa-check ${VERSION} · BIPA (740 ILCS 14) audit as of 2026-11-22`);
  });
});
