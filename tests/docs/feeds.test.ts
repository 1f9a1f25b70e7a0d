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
  // Every rule's own failing example, so each fact a rule turns on is present somewhere.
  for (const rule of bipaRules) {
    const parsed = parseProfile(applyExample(compliantProfile, rule.examples.failing));
    if (parsed.ok) out.push(parsed.profile);
  }
  return out;
}

describe("point 9: every docs/profile.md \"Feeds\" entry is true", () => {
  const reads = new Set<string>();
  for (const profile of probes()) audit(recording(profile, reads), { asOf: "2026-11-22" });
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
