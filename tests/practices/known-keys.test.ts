import { describe, expect, it } from "vitest";
import { knownKeysAt } from "../../src/practices/known-keys.js";
import { practicesSchema } from "../../src/practices/schema.js";
import { closest } from "../../src/util/suggest.js";

describe("knownKeysAt", () => {
  it("reads keys through defaults, arrays and unions", () => {
    expect(knownKeysAt(practicesSchema, [])).toEqual(expect.arrayContaining(["version", "organization", "systems"]));
    expect(knownKeysAt(practicesSchema, ["systems", 0, "release"])).toContain("signedBy");
    expect(knownKeysAt(practicesSchema, ["systems", 3, "disclosures", 1])).toContain("exception");
    expect(knownKeysAt(practicesSchema, ["nowhere"])).toEqual([]);
  });
});

describe("closest", () => {
  it("suggests near misses and nothing for far ones", () => {
    expect(closest("modalitys", ["modalities", "subjects"])).toBe("modalities");
    expect(closest("zzzzzzzz", ["modalities", "subjects"])).toBeUndefined();
  });
});
