import type { Report, ResolvedFinding, ReportView, Severity } from "../report/types.js";
import { escapeVisible } from "./escape-terminal.js";
import { rootRelative } from "./paths.js";
import { asList, grouped, plural, remedyTitles, severityCounts } from "./shared.js";
import type { Formatter, FormatOptions } from "./types.js";
import { verdict, verdictLine } from "./verdict.js";

/*
 * GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`): the runner turns
 * each into an annotation on the profile's line, in the job and on the pull request. Escaping is the
 * runner's own (actions/toolkit command.ts): data escapes %, CR and LF; properties also `:` and `,`.
 * Every profile string goes through it, so no value can end a command or start another.
 *
 * The job log renders ANSI and the annotation views render bidi, so every profile-derived string
 * (message, title, file name, notice, matrix line) first goes through {@link visibleText}: the text
 * format's visible escapes. Visible first, workflow escaping second: the visible escapes hold no %,
 * CR, LF, `:` or `,`, so the runner's unescaping gives back exactly the visible text.
 */

/**
 * A profile string as an annotation shows it: ESC as `\x1B`, U+202E as `\u{202E}`, CR and LF as
 * `\r` and `\n`, a backslash doubled (see escapeVisible), so no value can recolour or hide part of
 * the log or reorder what it shows. (A file name holding a backslash or a control character then
 * no longer matches a file in the repository; the annotation stays in the log.)
 */
const visibleText = (text: string): string => escapeVisible(text);

/** Escapes the message of a workflow command. */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The annotation each severity becomes. */
export const GITHUB_COMMAND: Readonly<Record<Severity, "error" | "warning" | "notice">> = {
  violation: "error",
  risk: "warning",
  info: "notice",
};

/** GitHub shows this many annotations of each type per step (and 50 per job); the rest stay in the log. */
export const ANNOTATIONS_SHOWN_PER_TYPE = 10;

/** One workflow command: `::name k=v,k=v::message`, properties in the order given. */
export function workflowCommand(name: string, properties: ReadonlyArray<readonly [string, string | number | undefined]>, message: string): string {
  const props = properties
    .filter((p): p is readonly [string, string | number] => p[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(",");
  return `::${name}${props ? ` ${props}` : ""}::${escapeData(message)}`;
}

function annotation(report: ReportView, f: ResolvedFinding, options: FormatOptions): string {
  const relative = rootRelative(report.file ?? "<input>", options.paths);
  const file = relative !== undefined ? visibleText(relative) : undefined;
  const remedies = remedyTitles(f.remedies).map(visibleText);
  return workflowCommand(
    GITHUB_COMMAND[f.severity],
    [
      ["file", file],
      ["line", file !== undefined ? f.location.line : undefined],
      ["col", file !== undefined && f.location.line !== undefined ? f.location.column : undefined],
      ["title", visibleText(`${f.ruleId} (${f.section})`)],
    ],
    `${visibleText(f.message)}${remedies.length > 0 ? `\nRemedies: ${remedies.join("; ")}` : ""}`,
  );
}

/**
 * `--format github`: one annotation per active finding (violation → error, risk → warning, info →
 * notice), one per waiver or baseline notice, and the summary line. Waived and baselined findings are
 * not annotated. When more annotations are written than GitHub shows, a last line says so.
 */
export const formatGithub: Formatter = (input, options = {}) => `${githubLines(input, options).join("\n")}\n`;

/** The workflow commands and log lines of {@link formatGithub}, one per element (no newline at the end), for output too large for one string. */
export function githubLines(input: Report | readonly Report[], options: FormatOptions = {}): string[] {
  const reports = asList(input);
  const failOn = options.failOn ?? "violation";
  const out: string[] = [];
  const count: Record<"error" | "warning" | "notice", number> = { error: 0, warning: 0, notice: 0 };
  for (const report of reports) {
    for (const f of report.findings) {
      out.push(annotation(report, f, options));
      count[GITHUB_COMMAND[f.severity]]++;
    }
  }
  for (const n of options.notices ?? []) {
    const relative = n.file !== undefined ? rootRelative(n.file, options.paths) : undefined;
    const file = relative !== undefined ? visibleText(relative) : undefined;
    out.push(
      workflowCommand(
        "warning",
        [
          ["file", file],
          ["line", file !== undefined ? n.line : undefined],
          ["col", file !== undefined && n.line !== undefined ? n.column : undefined],
          ["title", `bipa-check ${n.code}`],
        ],
        visibleText(n.message),
      ),
    );
    count.warning++;
  }
  // The applicability matrix, one log line per profile and law (names escaped: a newline must not start a command,
  // an ESC must not drive the log).
  for (const report of reports) {
    for (const section of report.packs) {
      const cells = report.matrix.filter((c) => c.packId === section.id);
      const names = (status: string) => cells.filter((c) => c.status === status).map((c) => c.systemId);
      const applies = names("applies");
      const unknown = names("unknown");
      out.push(
        escapeData(
          visibleText(`bipa-check: ${rootRelative(report.file ?? "<input>", options.paths) ?? report.file ?? "<input>"} · ${section.title} (${section.citation}): applies to ${applies.length} of ${plural(cells.length, "system")}${applies.length > 0 ? ` (${applies.join(", ")})` : ""}${unknown.length > 0 ? `; unknown for ${unknown.join(", ")}` : ""}`),
        ),
      );
    }
  }
  const v = verdict(reports, failOn, options.maxRisks);
  const hidden = (Object.keys(count) as Array<keyof typeof count>).filter((k) => count[k] > ANNOTATIONS_SHOWN_PER_TYPE);
  if (hidden.length > 0) {
    out.push(
      `bipa-check: GitHub shows ${ANNOTATIONS_SHOWN_PER_TYPE} annotations of each type per step; this run wrote ${hidden
        .map((k) => `${grouped(count[k])} ${k}s`)
        .join(", ")}. All of them are in this log, and in the SARIF and Markdown reports.`,
    );
  }
  const t = v.totals;
  out.push(`bipa-check: ${plural(t.files, "file")}, ${severityCounts(t)}, ${t.waived} waived, ${t.baselined} baselined: ${verdictLine(v, failOn)}`);
  return out;
}
