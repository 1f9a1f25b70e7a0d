import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { expect } from "vitest";

const GOLDEN_DIR = join(import.meta.dirname, "golden");

/**
 * Compares output with a checked-in golden file. Regenerate all of them with
 * `UPDATE_GOLDEN=1 npx vitest run tests/report`, then review the diff before committing.
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`missing golden file tests/report/golden/${name}; run UPDATE_GOLDEN=1 npx vitest run tests/report`);
  }
  expect(actual, `differs from tests/report/golden/${name} (UPDATE_GOLDEN=1 regenerates it)`).toBe(readFileSync(path, "utf8"));
}
