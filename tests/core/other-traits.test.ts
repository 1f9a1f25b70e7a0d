import { describe, expect, it } from "vitest";
import { natureOf, readOtherTraits, traitsByLaw } from "../../src/core/other-traits.js";

/* The law-neutral reading of `otherTraits` (docs/profile.md): which trait names the words match. */
describe("readOtherTraits", () => {
  it("names the traits an entry's words match, with its pointer", () => {
    const [palm, keys, hand] = readOtherTraits({ otherTraits: ["palm-vein", "Keystroke dynamics", "hand vein pattern"] });
    expect(palm).toEqual({ text: "palm-vein", pointer: "/otherTraits/0", names: ["palm", "vein"], unrecognised: false });
    expect(keys!.names).toEqual(["keystroke"]);
    expect(hand!.names).toEqual(["hand", "vein"]);
  });
  it("does not match a word inside another word", () => {
    // "handwriting" is not "hand", "veiny" is not "vein", "irish" is not "iris".
    expect(readOtherTraits({ otherTraits: ["handwriting", "veiny", "irish accent"] }).map((t) => t.unrecognised)).toEqual([true, true, true]);
  });
  it("marks a text with no known trait word as unrecognised", () => {
    expect(readOtherTraits({ otherTraits: ["ear shape"] })[0]).toMatchObject({ names: [], unrecognised: true });
  });
  it("tells biological characteristics from behavioural patterns", () => {
    expect(natureOf("palm")).toBe("biological");
    expect(natureOf("vein")).toBe("biological");
    expect(natureOf("keystroke")).toBe("behavioural");
    expect(natureOf("gait")).toBe("behavioural");
  });
});

describe("traitsByLaw", () => {
  it("sorts traits into covered, unrecognised and outside a law's list", () => {
    const sorted = traitsByLaw({ otherTraits: ["palm-vein", "ear shape", "signature"] }, (n) => n === "palm");
    expect(sorted.covered.map((t) => t.text)).toEqual(["palm-vein"]);
    expect(sorted.unrecognised.map((t) => t.text)).toEqual(["ear shape"]);
    expect(sorted.outside.map((t) => t.text)).toEqual(["signature"]);
  });
  it("covers an entry when any one of its names is on the list", () => {
    expect(traitsByLaw({ otherTraits: ["gait and palm"] }, (n) => n === "palm").covered).toHaveLength(1);
  });
  it("returns nothing for no traits", () => {
    expect(traitsByLaw({ otherTraits: [] }, () => true)).toEqual({ covered: [], unrecognised: [], outside: [] });
  });
});
