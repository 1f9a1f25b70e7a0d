import { describe, expect, it } from "vitest";
import { keyParts, samePeopleKey } from "../../src/packs/bipa/exposure/same-people-key.js";

// The key that decides which lines of different systems are read as the same people (docs/exposure.md).
describe("samePeopleKey", () => {
  it("writes a section alone, or a head with its pairs sorted, and reads them back", () => {
    expect(samePeopleKey("15(a)")).toBe("15(a)");
    expect(keyParts("15(a)")).toEqual({ head: "15(a)" });
    const key = samePeopleKey("15(d) to Payroll Co.", ["face-geometry × door-access", "fingerprint × timeclock"].reverse());
    expect(key).toBe("15(d) to Payroll Co.: face-geometry × door-access; fingerprint × timeclock");
    expect(keyParts(key)).toEqual({ head: "15(d) to Payroll Co.", pairs: ["face-geometry × door-access", "fingerprint × timeclock"] });
  });
});
