import { execFileSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, "..", "..", "..");

let validate: ValidateFunction | undefined;

/**
 * Validates a SARIF log against the official 2.1.0 JSON schema (the copy shipped in
 * @microsoft/jest-sarif; no network). The schema is draft-04 without exclusive bounds, so it reads
 * the same under ajv's default draft once `id` becomes `$id`. Returns the errors (none = valid).
 */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    const schema = JSON.parse(
      readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"),
    ) as Record<string, unknown>;
    const { $schema: _draft, id, ...rest } = schema;
    // unicodeRegExp off: the schema's `language` pattern is not valid under the u flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validate = ajv.compile({ ...rest, $id: String(id) });
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? ""}`);
}

/** The SARIF Multitool binary for this platform, if npm installed it. */
export function multitoolPath(): string | undefined {
  const pkg = { linux: "sarif-multitool-linux", darwin: "sarif-multitool-darwin", win32: "sarif-multitool-win32" }[
    process.platform as "linux" | "darwin" | "win32"
  ];
  if (!pkg) return undefined;
  const bin = join(ROOT, "node_modules", "@microsoft", pkg, process.platform === "win32" ? "Sarif.Multitool.exe" : "Sarif.Multitool");
  return existsSync(bin) ? bin : undefined;
}

/**
 * SARIF2006 ("URIs should be reachable", a note) fetches every helpUri over the network; tests run
 * offline, where each fetch waits for a timeout. Every other rule stays on.
 */
const OFFLINE_POLICY = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`;

/**
 * Runs `Sarif.Multitool validate` at every level and returns its error-level results (warnings and
 * notes are style advice, e.g. "provide a code snippet"). `analyzed` is false when the Multitool
 * produced no result at all: it then failed to read the log and silently skipped it (it does so for
 * an unknown `level`, for instance), so "no errors" would mean nothing. npm 11 skipped the
 * package's postinstall, so the binary may lack its execute bit: set it first.
 */
export function multitoolValidate(log: unknown, bin: string): { analyzed: boolean; errors: string[] } {
  chmodSync(bin, 0o755);
  const dir = mkdtempSync(join(tmpdir(), "bipa-sarif-"));
  try {
    const input = join(dir, "in.sarif");
    const output = join(dir, "out.sarif");
    const policy = join(dir, "policy.xml");
    writeFileSync(input, JSON.stringify(log));
    writeFileSync(policy, OFFLINE_POLICY);
    execFileSync(bin, ["validate", input, "--output", output, "--level", "Error;Warning;Note", "--config", policy], {
      stdio: "pipe",
      env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" },
    });
    const out = JSON.parse(readFileSync(output, "utf8")) as {
      runs: Array<{ results?: Array<{ level?: string; ruleId: string; message: { text?: string; arguments?: string[] } }> }>;
    };
    const results = out.runs[0]?.results ?? [];
    return {
      analyzed: results.length > 0,
      errors: results
        .filter((r) => (r.level ?? "warning") === "error")
        .map((r) => `${r.ruleId}: ${r.message.text ?? (r.message.arguments ?? []).join(" | ")}`),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
