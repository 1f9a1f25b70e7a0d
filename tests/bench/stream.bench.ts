import { bench, describe } from "vitest";
import { auditNdjsonLines } from "../../src/stream/index.js";
import { AS_OF, budget, label } from "./fixtures.js";
import { generateNdjsonLines } from "./generate.js";

/* Streaming: NDJSON lines (a header, then one system per line), each line audited as it is read. */
const systems = 10_000;
const lines = [...generateNdjsonLines(systems)];

describe(`stream: NDJSON, ${label(systems)}`, () => {
  bench(
    "bipa-check stream audit",
    async () => {
      for await (const result of auditNdjsonLines(lines, { asOf: AS_OF })) if (result.kind === "error") throw new Error("bad line");
    },
    budget(systems),
  );
});
