import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { applyExample } from "../../src/engine/examples.js";
import { parseProfile } from "../../src/practices/load.js";
import { getRemedy, remedies, remedyTitle, REMEDY_TITLES } from "../../src/packs/bipa/remedies/catalog.js";
import { REMEDY_IDS } from "../../src/packs/bipa/remedies/ids.js";
import { authorities } from "../../src/packs/bipa/authorities.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";

/** Remedy ids a rule names that the catalog does not hold, as "rule → id". */
function missingRemedies(rules: ReadonlyArray<{ id: string; remedies: readonly string[] }>): string[] {
  const known = new Set(remedies.map((r) => r.id as string));
  return rules.flatMap((rule) => rule.remedies.filter((id) => !known.has(id)).map((id) => `${rule.id} → ${id}`));
}

describe("the remedies catalog", () => {
  it("holds exactly one entry per remedy id, in id order", () => {
    expect(remedies.map((r) => r.id)).toEqual([...REMEDY_IDS]);
  });

  it("§1.5 row (a): every remedy that advises destroying data says, in the title every format prints, that it never reaches data a duty to preserve covers", () => {
    // Every title that destroys or deletes data held, but the schedule itself (what the policy says, not data now).
    const destroying = remedies.filter((r) => /^(Destroy|Delete)\b/.test(r.title) && r.id !== "limit-retention-to-statutory-maximum");
    expect(destroying.map((r) => r.id).sort()).toEqual([
      "delete-templates-without-fresh-consent",
      "destroy-data-past-trigger",
      "destroy-illinois-residents-data",
      "destroy-unconsented-data",
      "purge-inactive-templates",
    ]);
    for (const r of destroying) {
      expect(r.title, r.id).toContain("(not data a duty to preserve covers)");
      expect(r.requires, r.id).toContain("Not while a duty to preserve applies");
    }
  });

  it("has no rule pointing to a remedy the catalog lacks", () => {
    expect(missingRemedies(bipaRules)).toEqual([]);
  });

  it("would catch a rule pointing to a missing remedy", () => {
    expect(missingRemedies([{ id: "bipa/example", remedies: ["publish-retention-policy", "no-such-remedy"] }])).toEqual([
      "bipa/example → no-such-remedy",
    ]);
  });

  it("covers the remedies findings name, not only those in rule metadata", () => {
    // Each rule's failing example, audited with the whole pack: every remedy a finding names is catalogued.
    const named = new Set<string>();
    for (const rule of bipaRules) {
      const parsed = parseProfile(applyExample(compliantProfile, rule.examples.failing));
      if (!parsed.ok) continue;
      for (const f of audit(parsed.profile, { asOf: "2026-11-22" }).findings) for (const id of f.remedies) named.add(id);
    }
    expect(named.size).toBeGreaterThan(0);
    for (const id of named) expect(() => getRemedy(id), id).not.toThrow();
  });

  it("names at least one source for every entry, each in the authorities catalog", () => {
    for (const r of remedies) {
      expect(r.sources.length, r.id).toBeGreaterThan(0);
      for (const s of r.sources) expect(authorities[s], `${r.id} → ${s}`).toBeDefined();
    }
  });

  it("says what each measure requires and why it cures or only mitigates", () => {
    for (const r of remedies) {
      expect(r.requires.length, r.id).toBeGreaterThan(40);
      expect(r.why.length, r.id).toBeGreaterThan(40);
      expect(r.title).toBe(REMEDY_TITLES[r.id]);
      expect(remedyTitle(r.id)).toBe(r.title);
    }
  });

  it("fills `addresses` from the rules that name each remedy", () => {
    for (const rule of bipaRules) for (const id of rule.remedies) expect(getRemedy(id).addresses, id).toContain(rule.id);
    for (const r of remedies) for (const ruleId of r.addresses) expect(bipaRules.find((x) => x.id === ruleId)?.remedies).toContain(r.id);
  });

  it("classes the six measures noted in the Clearview MDL as mitigation, sourced to that ruling", () => {
    const clearview = [
      "exclude-illinois-geolocated-results",
      "block-illinois-ip-logins",
      "avoid-collecting-illinois-residents",
      "train-employees-cybersecurity",
      "encrypt-templates-and-vectors",
      "deploy-anti-intrusion",
    ] as const;
    for (const id of clearview) {
      expect(getRemedy(id).effect, id).toBe("mitigates");
      expect(getRemedy(id).sources, id).toContain("clearview-pi-denial-2021");
    }
  });

  it("classes the statute's own steps as cures", () => {
    const cures = [
      "publish-retention-policy",
      "obtain-release-before-capture",
      "obtain-written-release",
      "destroy-data-past-trigger",
      "obtain-disclosure-consent",
      "protect-at-parity",
      "stop-profiting",
    ] as const;
    for (const id of cures) {
      expect(getRemedy(id).effect, id).toBe("cures");
      expect(getRemedy(id).origin, id).toBe("statute");
    }
  });

  it("sources the consent order, the relief sought and the settlements to their cases", () => {
    for (const id of ["no-private-entity-customers", "no-illinois-customers", "opt-out-form-with-publicity", "continue-illinois-filtering", "end-individual-trial-accounts"] as const) {
      expect(getRemedy(id)).toMatchObject({ origin: "aclu-consent-order", effect: "mitigates", sources: ["aclu-clearview-2022"] });
    }
    expect(getRemedy("destroy-illinois-residents-data").sources).toContain("clearview-pi-motion-2021");
    expect(getRemedy("face-recognition-off-by-default").sources).toContain("facebook-settlement-2021");
    expect(getRemedy("privacy-training-for-staff").sources).toContain("tiktok-settlement-2022");
    expect(getRemedy("opt-in-consent-prompt").sources).toContain("rivera-google-settlement-2022");
  });

  it("rejects an unknown id", () => {
    expect(() => getRemedy("no-such-remedy")).toThrow(/unknown remedy id "no-such-remedy"/);
  });
});
