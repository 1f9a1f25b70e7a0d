import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { indexBy } from "../../src/util/index-by.js";

describe("indexBy", () => {
  it("answers what find answers, for every key, the first of each key kept", () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.constantFrom("a", "b", "c", "d"), n: fc.integer() })), fc.constantFrom("a", "b", "c", "d", "e"), (items, id) => {
        expect(indexBy(items, (x) => x.id).get(id)).toBe(items.find((x) => x.id === id));
      }),
    );
  });
});
