import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile, type LoadedProfile } from "../../src/practices/load.js";
import { plan } from "../../src/plan/plan.js";
import { CLEARVIEW_2021_MEASURES } from "./clearview-like.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const AS_OF = "2026-11-22"; // the examples' fixed evaluation date

function example(name: string): LoadedProfile {
  const loaded = loadProfile(readFileSync(join(ROOT, "examples", `${name}.yaml`), "utf8"), { file: `${name}.yaml` });
  if (!loaded.ok) throw new Error(`examples/${name}.yaml does not load`);
  return loaded;
}

describe("plan for examples/clearview-2020.yaml (before the 2021 measures)", () => {
  const loaded = example("clearview-2020");
  const report = audit(loaded, { asOf: AS_OF });
  const result = plan(report, loaded.profile, { apply: CLEARVIEW_2021_MEASURES });
  const whatIf = result.whatIf!;

  it("lists the 2021 measures the court noted, each as mitigation", () => {
    for (const id of CLEARVIEW_2021_MEASURES) {
      expect(result.steps.find((s) => s.remedyId === id)?.effect, id).toBe("mitigates");
    }
  });

  it("shows they cure nothing and only mitigate", () => {
    expect(whatIf.outcomes.filter((o) => o.outcome === "cured")).toEqual([]);
    const mitigated = whatIf.byMeasure.flatMap((m) => m.mitigates);
    expect(mitigated.length).toBeGreaterThan(0);
    expect(whatIf.byMeasure.every((m) => m.cures.length === 0)).toBe(true);
    const stillFiring = new Set(whatIf.after.findings.map((f) => f.ruleId));
    for (const ruleId of ["bipa/15b-written-release", "bipa/15c-profit", "bipa/15a-public-policy", "bipa/15d-disclosure"]) expect(stillFiring, ruleId).toContain(ruleId);
  });

  it("leaves the accrued exposure as it is, avoids no new claim, and lowers the injunction risk to what the 2021 example shows", () => {
    expect(whatIf.accruedUsd).toEqual(report.exposure!.totalUsd);
    expect(whatIf.forward.avoidedUsd).toEqual({ low: 0, high: 0 });
    expect(whatIf.before.injunctionRisk.level).toBe("elevated");
    const after2021 = audit(example("clearview-2021"), { asOf: AS_OF });
    expect(whatIf.after.injunctionRisk.level).toBe(after2021.injunctionRisk?.level);
    expect(whatIf.after.injunctionRisk.level).toBe("low");
  });
});

describe("point 6: examples/white-castle-timeclock.yaml --apply cures (bipa-reference.md §1.7 'Cure works forward only')", () => {
  const loaded = example("white-castle-timeclock");
  const report = audit(loaded, { asOf: AS_OF });
  const result = plan(report, loaded.profile, { apply: "cures" });

  it("never reports the accrued liability as removed by obtaining consent", () => {
    const consent = result.steps.find((s) => s.remedyId === "obtain-disclosure-consent")!;
    // The old plan said this measure removes "$9,500,000 to $64,029,740,000", nearly all accrued before 2 Aug 2024.
    expect(consent.accruedUsd).toEqual(report.exposure!.totalUsd);
    expect(consent.forward.avoidedUsd).toEqual({ low: 0, high: 0 });
    expect(consent.cures).toHaveLength(1);
    expect(JSON.stringify(result)).not.toMatch(/(exposure|liability)[^."]*remov/i);
  });

  it("shows the accrued exposure unchanged by the what-if", () => {
    expect(result.whatIf!.accruedUsd).toEqual(report.exposure!.totalUsd);
    expect(result.whatIf!.forward.notes.join(" ")).toContain("adds no new recovery");
  });
});
