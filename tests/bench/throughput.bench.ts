import { bench, describe } from "vitest";
import { audit } from "../../src/audit.js";
import { parseProfile } from "../../src/practices/load.js";
import { AS_OF, budget, fixture, label, SIZES } from "./fixtures.js";

/*
 * (1) Validate + audit throughput: plain data in (as JSON.parse or a YAML reader gives it), a full
 * Report out, with every rule of the BIPA pack, the exposure estimate and the injunction-risk view.
 */
for (const systems of SIZES) {
  const { data } = fixture(systems);
  describe(`throughput: validate + audit, ${label(systems)}`, () => {
    bench(
      "bipa-check validate + audit",
      () => {
        const loaded = parseProfile(data);
        if (!loaded.ok) throw new Error("invalid");
        audit(loaded, { asOf: AS_OF });
      },
      budget(systems),
    );
  });
}
