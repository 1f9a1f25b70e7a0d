import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { REMEDIES_DOC_PATH, renderRemediesDoc } from "../../scripts/remedies-doc.js";
import { remedies } from "../../src/packs/bipa/remedies/catalog.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const FILE = join(ROOT, REMEDIES_DOC_PATH);

describe("docs/remedies.md", () => {
  it("is current with the catalog (BIPA_UPDATE=1 regenerates it)", () => {
    const fresh = renderRemediesDoc();
    if (process.env.BIPA_UPDATE === "1") writeFileSync(FILE, fresh);
    const onDisk = existsSync(FILE) ? readFileSync(FILE, "utf8").replace(/\r\n/g, "\n") : undefined;
    expect(onDisk, `${REMEDIES_DOC_PATH} is stale: run BIPA_UPDATE=1 npx vitest run tests/remedies/docs.test.ts`).toBe(fresh);
  });

  it("describes every remedy with its effect and sources", () => {
    const page = renderRemediesDoc();
    for (const r of remedies) {
      expect(page).toContain(`\`${r.id}\` · **${r.effect === "cures" ? "Cures" : "Mitigates"}**`);
      expect(page).toContain(r.requires);
    }
    expect(page).toContain("not legal advice");
  });
});
