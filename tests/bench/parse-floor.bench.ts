import { bench, describe } from "vitest";
import { audit } from "../../src/audit.js";
import { loadProfile, parseProfile } from "../../src/practices/load.js";
import { AS_OF, budget, fixture, label, SIZES } from "./fixtures.js";

/*
 * (3) The floor: no reader of a profile can beat JSON.parse of the same bytes. Compared with it:
 * the real path (loadProfile: text → data + source map → validated profile, then audit), and the
 * same work with JSON.parse as the reader and no source map (what a JSON fast path would cost).
 */
const limits = { maxBytes: Number.MAX_SAFE_INTEGER };

for (const systems of SIZES) {
  const { json } = fixture(systems);
  describe(`parse floor: JSON text of ${label(systems)}`, () => {
    bench("JSON.parse", () => void JSON.parse(json), budget(systems));
    bench(
      "bipa-check load + validate + audit",
      () => {
        const loaded = loadProfile(json, { limits });
        if (!loaded.ok) throw new Error("invalid");
        audit(loaded, { asOf: AS_OF });
      },
      budget(systems),
    );
    bench(
      "JSON.parse + validate + audit",
      () => {
        const loaded = parseProfile(JSON.parse(json));
        if (!loaded.ok) throw new Error("invalid");
        audit(loaded, { asOf: AS_OF });
      },
      budget(systems),
    );
  });
}
