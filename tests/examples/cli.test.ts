import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/program.js";
import type { CliIo } from "../../src/cli/cli-io.js";
import { auditExample, EXAMPLES_AS_OF, exampleNames, expectedFiles, profilePath } from "../../scripts/examples.js";
import { ROOT } from "../../scripts/golden.js";

/*
 * The command the README and examples/README.md give (`bipa-check audit examples/<name>.yaml --as-of
 * 2026-11-22`) prints exactly what `<name>.expected.txt` holds (examples.test.ts checks the file
 * against the same rendering, so this compares with the rendering rather than the file, which an
 * update run may be rewriting), and exits 1 when there are violations, 0 otherwise. Run in-process,
 * from the repository root, with no colour.
 */

async function audit(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = {
    cwd: ROOT,
    env: { NO_COLOR: "1" },
    stdout: { write: (s: string) => (stdout += s), isTTY: false },
    stderr: { write: (s: string) => (stderr += s), isTTY: false },
    readStdin: async () => new Uint8Array(),
  };
  const code = await run(["audit", file, "--as-of", EXAMPLES_AS_OF, "--no-color"], io);
  return { code, stdout, stderr };
}

describe("bipa-check audit on each example", () => {
  for (const name of exampleNames()) {
    it(`prints what examples/${name}.expected.txt holds`, async () => {
      const report = auditExample(name);
      const text = expectedFiles(name, report).find((f) => f.path.endsWith(".txt"))!;
      const result = await audit(profilePath(name));
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(text.content);
      expect(result.code).toBe(report.summary.violation > 0 ? 1 : 0);
    });
  }
});
