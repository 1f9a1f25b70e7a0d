import { describe, expect, it } from "vitest";
import { joinWords, possessive } from "../../../../src/packs/bipa/rules/wording.js";

describe("pack wording", () => {
  it("joins lists with commas and a final conjunction, no comma before it", () => {
    expect(joinWords([])).toBe("");
    expect(joinWords(["source code"])).toBe("source code");
    expect(joinWords(["a", "b"])).toBe("a and b");
    expect(joinWords(["source code", "employee information", "a client list"])).toBe("source code, employee information and a client list");
    expect(joinWords(["a", "b", "c"], "or")).toBe("a, b or c");
  });

  it("forms possessives, with a bare apostrophe after a final s", () => {
    expect(possessive("Acme")).toBe("Acme's");
    expect(possessive("Facebook tag suggestions")).toBe("Facebook tag suggestions'");
    expect(possessive("Clearview Photos")).toBe("Clearview Photos'");
  });
});
