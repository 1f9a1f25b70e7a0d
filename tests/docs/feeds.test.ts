import fc from "fast-check";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { audit } from "../../src/audit.js";
import { applyExample } from "../../src/engine/examples.js";
import { loadProfile, parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";
import { bipaRules } from "../../src/packs/bipa/rules/index.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { FIELD_SECTIONS, fieldSection } from "../../scripts/docs/field-sections.js";
import { profileFieldPaths } from "../../scripts/docs/profile-reference.js";
import { profileArb } from "../helpers/arbitraries.js";
import type { Pack, PenaltyContext } from "../../src/core/pack.js";
import { caCcpaPack } from "../../src/packs/ca-ccpa/index.js";
import { euAiActPack } from "../../src/packs/eu-ai-act/index.js";
import { euGdprPack } from "../../src/packs/eu-gdpr/index.js";
import { firingProfileData as caFiring, profileWith as caCompliant } from "../packs/ca-ccpa/fixture.js";
import { profileWith as aiProfile, scrapingPatch } from "../packs/eu-ai-act/fixture.js";
import { firingProfileData as gdprFiring, profileWith as gdprCompliant } from "../packs/eu-gdpr/fixture.js";
import { coBiometricPack } from "../../src/packs/co-biometric/index.js";
import { nycBiometricPack } from "../../src/packs/nyc-biometric/index.js";
import { portlandFrPack } from "../../src/packs/portland-fr/index.js";
import * as coFixture from "../packs/co-biometric/fixture.js";
import * as nycFixture from "../packs/nyc-biometric/fixture.js";
import * as portlandFixture from "../packs/portland-fr/fixture.js";
import { txCubiPack } from "../../src/packs/tx-cubi/index.js";
import { waBiometricPack } from "../../src/packs/wa-biometric/index.js";
import { waMhmdaPack } from "../../src/packs/wa-mhmda/index.js";
import * as txFixture from "../packs/tx-cubi/fixture.js";
import * as waFixture from "../packs/wa-biometric/fixture.js";
import * as mhmdaFixture from "../packs/wa-mhmda/fixture.js";

/*
 * Issue 10 point 9: docs/profile.md's "Feeds" column must be true. A field whose entry says it feeds
 * part of the Act (or the estimate) must be read by the code that decides it; a field no code reads
 * must say so ("Recorded for the auditor"). Reads are recorded by running the audit (rules, exposure
 * estimate, injunction view) on profiles wrapped in a proxy that notes every property read.
 */

const ROOT = join(import.meta.dirname, "../..");
/** Feeds entries that claim nothing is decided by the field. */
const NOT_READ = /^(Editors only|Reports|Profile format|Recorded for the auditor)/;

/** `systems.0.release.type` → `systems[].release.type` */
function fieldPath(parts: readonly (string | number)[]): string {
  let path = "";
  for (const p of parts) {
    if (typeof p === "number" || /^\d+$/.test(String(p))) path += "[]";
    else path += path === "" ? String(p) : `.${String(p)}`;
  }
  return path;
}

/** A deep proxy that records the field path of every property read. */
function recording<T extends object>(value: T, reads: Set<string>, at: Array<string | number> = []): T {
  return new Proxy(value, {
    get(target, key, receiver) {
      const out = Reflect.get(target, key, receiver) as unknown;
      if (typeof key === "symbol" || (Array.isArray(target) && !/^\d+$/.test(key))) return out;
      const path = [...at, key];
      reads.add(fieldPath(path));
      return out !== null && typeof out === "object" ? recording(out as object, reads, path) : out;
    },
  });
}

/*
 * Until the engine runs the jurisdiction packs (issue 11), their reads are recorded here: every
 * system through the applicability decision and every rule, then the penalty model.
 */
/** The packs' own fixtures, so the facts only they state are present. */
function packProbes(): Practices[] {
  const out: Practices[] = [caCompliant(), gdprCompliant(), aiProfile(scrapingPatch), aiProfile({}, { smallBusiness: "unknown" })];
  for (const data of [caFiring, gdprFiring]) {
    const parsed = parseProfile(data);
    if (parsed.ok) out.push(parsed.profile);
  }
  return out;
}

function probes(): Practices[] {
  const out: Practices[] = [];
  for (const file of ["bnsf-railyard-gate", "clearview-2020", "clearview-2021", "clearview-2022-aclu", "compliant-employer", "facebook-tag-suggestions", "glba-bank-voiceprint", "hospital-medication-cabinet", "six-flags-season-pass", "white-castle-timeclock"]) {
    const loaded = loadProfile(readFileSync(join(ROOT, "examples", `${file}.yaml`), "utf8"));
    if (loaded.ok) out.push(loaded.profile);
  }
  // Generated profiles (fixed seed), so facts the examples never state are present too.
  for (const input of fc.sample(profileArb, { numRuns: 300, seed: 20261122 })) {
    const parsed = parseProfile(input);
    if (parsed.ok) out.push(parsed.profile);
  }
  // Identifier × method pairs (the generator leaves them out: they must name listed identifiers and methods).
  const pairs = parseProfile(
    applyExample(compliantProfile, {
      description: "pairs",
      system: {
        modalities: ["fingerprint", "face-geometry"],
        release: { type: "none" },
        collection: {
          methods: ["timeclock", "door-access"],
          identifierMethods: [
            { identifier: "fingerprint", method: "timeclock", template: "hr-templates", firstCapture: "2021-01", lastCapture: "ongoing" },
            { identifier: "face-geometry", method: "door-access", firstCapture: "2022", lastCapture: "2025-06-30" },
          ],
        },
      },
    }),
  );
  if (pairs.ok) out.push(pairs.profile);
  // Coded places with the Illinois fields silent (the generator leaves places out).
  const placed = parseProfile(
    applyExample(compliantProfile, {
      description: "places",
      system: { subjects: [], illinoisNexus: null, places: { subjects: [{ place: "US-TX", count: 30 }, { place: "US-IL", count: 5 }], complete: true, capture: ["US-TX"], processing: ["US-TX"] } },
    }),
  );
  if (placed.ok) out.push(placed.profile);
  // Every rule's own failing example, so each fact a rule turns on is present somewhere.
  for (const rule of bipaRules) {
    const parsed = parseProfile(applyExample(compliantProfile, rule.examples.failing));
    if (parsed.ok) out.push(parsed.profile);
  }
  // Each jurisdiction pack's compliant and failing test systems, so the facts only packs read are present.
  for (const f of [coFixture, nycFixture, portlandFixture]) out.push(f.profileOf({}), f.profileOf(f.failingSystem));
  // The jurisdiction packs' fixtures, and a Texas system whose biometrics train an AI system (HB 149).
  const packData = [txFixture, waFixture, mhmdaFixture].flatMap((f) => [f.compliantData, f.violatingData]);
  packData.push({ ...txFixture.compliantData, systems: [txFixture.merge(txFixture.compliantSystem, { purposes: ["ai-training"], aiTraining: { usedToTrain: true } })] });
  for (const data of packData) {
    const parsed = parseProfile(data);
    if (parsed.ok) out.push(parsed.profile);
  }
  return out;
}

/**
 * The jurisdiction packs are not run by the audit yet (issue 11 wires them into the engine): until
 * then, run their applicability, rules (under every option value) and penalty here, so the fields
 * they read count as read.
 */
const PACKS: readonly Pack[] = [txCubiPack, waBiometricPack, waMhmdaPack, caCcpaPack, euGdprPack, euAiActPack, coBiometricPack, nycBiometricPack, portlandFrPack];

function runPacks(profile: Practices, asOf: string): void {
  for (const pack of PACKS) {
    const optionSets = [undefined, ...(pack.options ?? []).flatMap((o) => o.readings.map((r) => ({ [o.id]: r.value })))];
    for (const options of optionSets) {
      const applies: number[] = [];
      const findings: PenaltyContext["findings"][number][] = [];
      profile.systems.forEach((system, index) => {
        const ctx = { profile, system, index, asOf, ...(options ? { options } : {}) };
        if (pack.applicability!(ctx).status === "applies") applies.push(index);
        for (const rule of pack.rules) {
          if (rule.engaged && !rule.engaged(ctx)) continue;
          for (const d of rule.check(ctx)) findings.push({ ruleId: rule.id, systemId: system.id, severity: d.severity ?? rule.severity, basis: d.basis ?? "fact" });
        }
      });
      pack.penalty?.({ profile, findings, applies, asOf, ...(options ? { options } : {}) });
    }
  }
}

describe("point 9: every docs/profile.md \"Feeds\" entry is true", () => {
  const reads = new Set<string>();
  for (const profile of [...probes(), ...packProbes()]) {
    audit(recording(profile, reads), { asOf: "2026-11-22" });
    runPacks(recording(profile, reads), "2026-11-22");
    // Before 30 June 2024, when small businesses were not yet bound by the My Health My Data Act.
    runPacks(recording(profile, reads), "2024-05-01");
  }
  const read = (path: string) => [...reads].some((r) => r === path || r.startsWith(`${path}.`) || r.startsWith(`${path}[]`));
  // The bounds of a count known in part are read as part of the count.
  const fields = profileFieldPaths().filter((p) => p !== "$schema" && p !== "version" && !/\.(atLeast|atMost)$/.test(p));

  it("each field said to feed a part of the Act is read by the audit", () => {
    const unread = fields.filter((p) => !NOT_READ.test(fieldSection(p)) && !read(p));
    expect(unread, "these fields claim to feed the Act but no rule, estimate or view reads them: fix the code or say 'Recorded for the auditor' in scripts/docs/field-sections.ts").toEqual([]);
  });

  it("each field said to be recorded only is indeed not read by any decision", () => {
    const claimedUnread = fields.filter((p) => /^Recorded for the auditor/.test(fieldSection(p)));
    expect(claimedUnread.filter(read), "these fields are read after all: say what they feed").toEqual([]);
  });

  it("the Feeds table has no entry for a field that no longer exists", () => {
    const known = new Set(profileFieldPaths());
    const stale = FIELD_SECTIONS.map(([prefix]) => prefix).filter((prefix) => ![...known].some((p) => p === prefix || p.startsWith(`${prefix}.`) || p.startsWith(`${prefix}[`)));
    expect(stale).toEqual([]);
  });
});
