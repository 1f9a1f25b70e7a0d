import { afterEach, describe, expect, it, vi } from "vitest";
import { audit } from "../../src/audit.js";
import { compliantProfile } from "../../src/packs/bipa/compliant-profile.js";
import { txCubiPack } from "../../src/packs/tx-cubi/index.js";
import { parseProfile } from "../../src/practices/load.js";
import type { Practices } from "../../src/practices/schema.js";

const AS_OF = "2026-11-22";
const base = compliantProfile.systems[0]!;

/** `n` copies of the compliant system; the first `texans` have people in Texas, the rest none there. */
function profile(n: number, texans: number): Practices {
  const systems = Array.from({ length: n }, (_, i) => ({
    ...base,
    id: `s${i}`,
    name: `System ${i}`,
    places: { subjects: [{ place: i < texans ? "US-TX" : "US-IL", count: 10 }], complete: true },
  }));
  // A for-profit organization: Texas' law then turns on where the people are alone.
  const parsed = parseProfile({ ...compliantProfile, organization: { ...compliantProfile.organization, forProfit: true }, systems });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.profile;
}

/*
 * Texas' CUBI (bipa-reference.md §4.1, and §5 item 45: any commercial capture of people in Texas)
 * stands in for any law that runs only where it applies; what is tested is the engine's selection,
 * not Texas law, so the profiles only need the law to apply to some systems and not to others.
 */
describe("the default pack selection (src/audit.ts defaultPacks)", () => {
  afterEach(() => vi.restoreAllMocks());

  it("decides a pack that applies to its first system once, then leaves every system to the engine", () => {
    const decide = vi.spyOn(txCubiPack, "applicability");
    const report = audit(profile(20, 1), { asOf: AS_OF });
    expect(report.packs.map((p) => p.id)).toContain("tx-cubi");
    // 1 call to select the pack (system 0 applies) + 20 by the engine's evaluation = 21, not 20 + 20.
    expect(decide).toHaveBeenCalledTimes(21);
    expect(report.matrix.filter((c) => c.packId === "tx-cubi").map((c) => c.status)).toEqual(["applies", ...Array<string>(19).fill("does-not-apply")]);
  });

  it("decides every system of a pack held back, as the matrix lists them all", () => {
    const decide = vi.spyOn(txCubiPack, "applicability");
    const report = audit(profile(20, 0), { asOf: AS_OF });
    expect(report.packs.map((p) => p.id)).not.toContain("tx-cubi");
    expect(decide).toHaveBeenCalledTimes(20);
    expect(report.matrix.filter((c) => c.packId === "tx-cubi")).toHaveLength(20);
  });

  it("the same report whichever system the law reaches first", () => {
    // The selection stops early; the report must not depend on where it stopped.
    const first = audit(profile(6, 1), { asOf: AS_OF });
    const systems = [...profile(6, 1).systems];
    const reordered = audit({ ...profile(6, 1), systems: [...systems.slice(1), systems[0]!] }, { asOf: AS_OF });
    const cells = (r: typeof first) => r.matrix.filter((c) => c.packId === "tx-cubi").map((c) => [c.systemId, c.status]);
    expect(reordered.packs.map((p) => p.id)).toEqual(first.packs.map((p) => p.id));
    expect(cells(reordered).sort()).toEqual(cells(first).sort());
  });
});
