import { createHash } from "node:crypto";
import type { RuleMeta } from "../packs/bipa/rule.js";
import type { ExposureLine } from "../packs/bipa/exposure/types.js";
import { bipaRules } from "../packs/bipa/rules/index.js";
import { VERSION } from "../version.js";
import { failsRun, type FailOn } from "../gate/exit-code.js";
import type { RunNotice } from "../gate/notice.js";
import { packOf, type ResolvedFinding, type Report, type Severity, type ResolvedSuppressedFinding, type ReportView } from "../report/types.js";
import { fileUrl, rootRelative, rootUrl } from "./paths.js";
import { ruleHelpMarkdown, ruleHelpText, ruleSlug } from "./rule-help.js";
import { completeReportAt, cutMessage, keepMostSevere, measureText, piecesOver, SARIF_LIMITS, type SarifCut } from "./sarif-limits.js";
import { asList, citeRef, commonAsOf, grouped, remedyTitles, suppressionPhrase, totals } from "./shared.js";
import type { Formatter, FormatOptions } from "./types.js";
import { jsonText, writeJson } from "./json-text.js";
import { failReasons, verdict, type Verdict } from "./verdict.js";

/*
 * Profile strings are written as they are, bidi controls (U+202E) included: SARIF is data, like the
 * JSON report. JSON escaping keeps it well formed, artifact URIs must name the repository's files,
 * and the code-scanning consumers match results across runs on these strings. Showing them safely is
 * the viewer's job; the formats read as text in a CI page (GitHub annotations, JUnit, HTML) escape.
 */

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";

/** The base id every artifact location is relative to: the repository root. */
export const SRCROOT = "%SRCROOT%";

/** SARIF levels GitHub shows as error, warning and note. */
export const SARIF_LEVEL: Readonly<Record<Severity, "error" | "warning" | "note">> = {
  violation: "error",
  risk: "warning",
  info: "note",
};

/** GitHub's `security-severity` bands: 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = { violation: "8.9", risk: "6.9", info: "3.9" };

/** The fingerprint GitHub matches alerts on: a hash of the finding's rule, system and field, never its line. */
export function sarifFingerprint(finding: Pick<ResolvedFinding, "fingerprint">): string {
  return createHash("sha256").update(finding.fingerprint).digest("hex");
}

/** `bipa/15c-profit` → `Bipa15cProfit`: SARIF's friendly rule name, an identifier without spaces. */
export function sarifRuleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join("");
}

/** A repository-relative path as a SARIF URI reference (each segment percent-encoded). */
export function sarifUri(file: string | undefined): string {
  return (file ?? "<input>")
    .replace(/\\/g, "/")
    .replace(/^(\.\/)+/, "")
    .split("/")
    .map((s) => encodeURIComponent(s.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, "\ufffd"))) // a lone surrogate cannot be encoded
    .join("/");
}

type Json = Record<string, unknown>;

function descriptor(rule: RuleMeta): Json {
  return {
    id: rule.id,
    name: sarifRuleName(rule.id),
    shortDescription: { text: sentence(rule.title) },
    fullDescription: { text: sentence(rule.summary) },
    // No helpUri: SARIF wants an absolute URI and the project has no home yet; help.markdown names the page.
    help: { text: ruleHelpText(rule), markdown: ruleHelpMarkdown(rule) },
    defaultConfiguration: { level: SARIF_LEVEL[rule.severity] },
    properties: {
      tags: [...new Set([packOf(rule.id) || "bipa", "privacy", "security", "compliance", ...rule.tags])].slice(0, SARIF_LIMITS.tagsPerRule),
      // A rule fires on the facts as the profile states them, so it errs only where those are wrong,
      // or where a deciding fact is unknown (such findings are risks with properties.basis "unknown").
      precision: "high",
      "security-severity": SECURITY_SEVERITY[rule.severity],
      section: rule.section,
      slug: ruleSlug(rule.id),
    },
  };
}

/** A minimal descriptor for a finding whose rule is not in `options.rules` (custom rule sets). */
function fallbackDescriptor(f: ResolvedFinding): Json {
  return {
    id: f.ruleId,
    name: sarifRuleName(f.ruleId),
    shortDescription: { text: sentence(f.title) },
    fullDescription: { text: sentence(`${f.title} (${f.section})`) },
    help: { text: `${f.title} (${f.section})` },
    defaultConfiguration: { level: SARIF_LEVEL[f.severity] },
    properties: {
      tags: [packOf(f.ruleId) || "bipa", "privacy", "security", "compliance"],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[f.severity],
      section: f.section,
    },
  };
}

/** SARIF messages are sentences: end with a period (the Multitool's SARIF2001). */
function sentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}

/** Finds the estimate line that counts a finding: by fingerprint when the line lists them, else by rule. */
type ExposureIndex = (f: ResolvedFinding) => ExposureLine | undefined;

/** One pass over a report's estimate, so each finding's line is a lookup, not a scan of every system. */
function exposureIndex(report: ReportView): ExposureIndex {
  const byFingerprint = new Map<string, ExposureLine>();
  const byRule = new Map<string, ExposureLine>();
  for (const s of report.exposure?.systems ?? []) {
    for (const l of s.lines) {
      if (l.fingerprints !== undefined) {
        for (const fp of l.fingerprints) {
          const key = `${s.systemId}\u0000${fp}`;
          if (!byFingerprint.has(key)) byFingerprint.set(key, l);
        }
      } else {
        for (const ruleId of l.ruleIds ?? [l.ruleId]) {
          const key = `${s.systemId}\u0000${ruleId}`;
          if (!byRule.has(key)) byRule.set(key, l);
        }
      }
    }
  }
  return (f) =>
    f.systemId === undefined ? undefined : byFingerprint.get(`${f.systemId}\u0000${f.fingerprint}`) ?? byRule.get(`${f.systemId}\u0000${f.ruleId}`);
}

function result(report: ReportView, f: ResolvedFinding | ResolvedSuppressedFinding, ruleIndex: number, options: FormatOptions, exposureFor: ExposureIndex): Json {
  const remedies = remedyTitles(f.remedies);
  const exposure = exposureFor(f);
  const suppressed = "suppression" in f ? (f as ResolvedSuppressedFinding) : undefined;
  const message = `${sentence(f.message)}${remedies.length > 0 ? ` Remedies: ${remedies.join("; ")}.` : ""}`;
  const hash = sarifFingerprint(f);
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: SARIF_LEVEL[f.severity],
    message: { text: message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(report.file, options),
          region: { startLine: f.location.line ?? 1, startColumn: f.location.column ?? 1 },
        },
        // The system, so viewers can group results by it; the field is in properties.pointer.
        ...(f.systemId !== undefined ? { logicalLocations: [{ name: f.systemId, kind: "object" }] } : {}),
      },
    ],
    partialFingerprints: { primaryLocationLineHash: `${hash.slice(0, 16)}:1`, "bipaCheck/v1": hash },
    ...(suppressed
      ? {
          suppressions: [
            {
              kind: "external",
              status: "accepted",
              justification: suppressionPhrase(suppressed),
            },
          ],
        }
      : {}),
    ...(options.baselineApplied && (!suppressed || suppressed.suppression.kind === "baseline")
      ? { baselineState: suppressed ? "unchanged" : "new" }
      : {}),
    properties: {
      section: f.section,
      ...(f.systemId !== undefined ? { systemId: f.systemId, systemName: f.systemName ?? f.systemId } : {}),
      pointer: f.location.pointer,
      basis: f.basis,
      fails: !suppressed && failsRun(f, options.failOn ?? "violation"),
      authorities: f.authorities.map(citeRef),
      remedies: f.remedies,
      ...(exposure
        ? {
            exposure: {
              section: exposure.section,
              amountUsd: exposure.amountUsd,
              violations: exposure.violations,
              counting: exposure.counting,
              ...(exposure.countingLow !== undefined ? { countingLow: exposure.countingLow } : {}),
              ...(exposure.recipient !== undefined ? { recipient: exposure.recipient } : {}),
              arithmetic: exposure.arithmetic,
            },
          }
        : {}),
    },
  };
}

/**
 * Where a file is: relative to the repository root (`uriBaseId` %SRCROOT%, which GitHub resolves
 * against the checkout), or an absolute `file:` URL for a file outside the root.
 */
function artifactLocation(file: string | undefined, options: FormatOptions): Json {
  const name = file ?? "<input>";
  const rel = rootRelative(name, options.paths);
  if (rel === undefined && options.paths) return { uri: fileUrl(name, options.paths) };
  return { uri: sarifUri(rel ?? name), uriBaseId: SRCROOT };
}

function notification(n: RunNotice, options: FormatOptions): Json {
  return {
    level: n.level,
    message: { text: sentence(n.message) },
    descriptor: { id: n.code },
    ...(n.file !== undefined
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: artifactLocation(n.file, options),
                ...(n.line !== undefined ? { region: { startLine: n.line, startColumn: n.column ?? 1 } } : {}),
              },
            },
          ],
        }
      : {}),
  };
}

/**
 * Builds the SARIF 2.1.0 log object: one run for all profiles, one reportingDescriptor per rule,
 * results located at the offending field (relative to the repository root), fingerprints that
 * survive reformatting, and the exit code in the invocation. Waived and baselined results are left
 * out unless `includeSuppressed` (GitHub ignores `suppressions` and would show them as open alerts).
 *
 * The run stays within GitHub's upload limits: above `sarifMaxResults` (at most 25,000) results, or
 * 10 MB compressed, the least severe are left out, and a tool execution notification (and
 * `onLimit`) says how many of which severity. (`formatSarif` also checks the compressed size: over
 * it, the run's properties first shed the matrix and per-system detail, then results go.) One run,
 * not several: GitHub rejects a file with two runs of one tool and category.
 */
export function toSarifLog(input: Report | readonly Report[], options: FormatOptions = {}): Json {
  return buildLog(input, options, Math.min(options.sarifMaxResults ?? SARIF_LIMITS.resultsPerRun, SARIF_LIMITS.resultsPerRun)).log;
}

interface Candidate {
  report: ReportView;
  finding: ResolvedFinding | ResolvedSuppressedFinding;
}

/**
 * `detail`: whether the run's properties carry each report's law × system matrix and per-system
 * exposure and injunction detail. They grow with the estate, not with the results kept, so a log over
 * the compressed limit sheds them before any result.
 */
function buildLog(
  input: Report | readonly Report[],
  options: FormatOptions,
  max: number,
  reason: SarifCut["reason"] = "results",
  detail = true,
): { log: Json; cut?: SarifCut } {
  const reports = asList(input);
  const failOn = options.failOn ?? "violation";
  const rules: RuleMeta[] = [...(options.rules ?? bipaRules)];
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const descriptors: Json[] = rules.map(descriptor);
  const indexOf = (f: ResolvedFinding): number => {
    const known = index.get(f.ruleId);
    if (known !== undefined) return known;
    index.set(f.ruleId, descriptors.length);
    descriptors.push(fallbackDescriptor(f));
    return descriptors.length - 1;
  };
  const candidates: Candidate[] = reports.flatMap((report) => [
    ...report.findings.map((finding) => ({ report, finding })),
    ...(options.includeSuppressed ? report.suppressed.map((finding) => ({ report, finding })) : []),
  ]);
  const { kept, omitted } = keepMostSevere(candidates, (c) => c.finding.severity, max);
  const indexes = new Map<ReportView, ExposureIndex>();
  const exposureOf = (report: ReportView): ExposureIndex => {
    let idx = indexes.get(report);
    if (!idx) indexes.set(report, (idx = exposureIndex(report)));
    return idx;
  };
  const results = kept.map((c) => result(c.report, c.finding, indexOf(c.finding), options, exposureOf(c.report)));
  const cut: SarifCut | undefined =
    omitted.length > 0
      ? {
          total: candidates.length,
          kept: kept.length,
          omitted: {
            violation: omitted.filter((c) => c.finding.severity === "violation").length,
            risk: omitted.filter((c) => c.finding.severity === "risk").length,
            info: omitted.filter((c) => c.finding.severity === "info").length,
          },
          reason,
          max,
        }
      : undefined;
  const notifications = [
    ...(options.notices ?? []).map((n) => notification(n, options)),
    ...(detail ? [] : [limitNotification("sarif-detail-left-out", "warning", detailLeftOutMessage(options.fullReport))]),
    ...(cut ? [limitNotification("sarif-results-left-out", "warning", cutMessage(cut, options.fullReport))] : []),
    ...(results.length > SARIF_LIMITS.displayedResults
      ? [
          limitNotification(
            "sarif-results-display-limit",
            "note",
            `GitHub code scanning shows only the ${grouped(SARIF_LIMITS.displayedResults)} most severe of a run's results; this run has ${grouped(results.length)}`,
          ),
        ]
      : []),
  ];
  const asOf = commonAsOf(reports);
  const t = totals(reports, failOn);
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "bipa-check",
            version: reports[0]?.tool.version ?? VERSION,
            semanticVersion: reports[0]?.tool.version ?? VERSION,
            rules: descriptors,
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(options.exitCode !== undefined
              ? { exitCode: options.exitCode, exitCodeDescription: exitCodeDescription(options.exitCode, verdict(reports, failOn, options.maxRisks), failOn) }
              : {}),
            ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
        originalUriBaseIds: {
          [SRCROOT]: {
            ...(options.paths ? { uri: rootUrl(options.paths) } : {}),
            description: { text: "The repository root: the git top level, else the working directory (bipa-check --root sets it)." },
          },
        },
        columnKind: "utf16CodeUnits",
        results,
        properties: {
          ...(asOf !== undefined ? { asOf } : {}),
          failOn,
          summary: t,
          ...(cut ? { resultsLeftOut: cut.total - cut.kept } : {}),
          disclaimer: reports[0]?.disclaimer,
          reports: reports.map((r) => ({
            file: r.file ?? "<input>",
            organization: r.organization,
            summary: r.summary,
            notes: r.notes,
            // The pack sections' counts and the law × system matrix (rules are prefixed with their pack id).
            packs: r.packs.map((p) => ({ id: p.id, title: p.title, citation: p.citation, summary: p.summary, ...(p.estimate ? { estimate: p.estimate } : {}) })),
            ...(detail
              ? {
                  matrix: r.matrix,
                  ...(r.exposure ? { exposure: r.exposure } : {}),
                  ...(r.injunctionRisk ? { injunctionRisk: r.injunctionRisk } : {}),
                }
              : {}),
          })),
        },
      },
    ],
  };
  return { log, ...(cut ? { cut } : {}) };
}

/** Whether the reports' matrix, exposure and injunction detail alone pass the compressed limit. */
function detailOver(reports: readonly ReportView[]): boolean {
  return piecesOver((write) => {
    for (const r of reports) writeJson({ matrix: r.matrix, exposure: r.exposure, injunctionRisk: r.injunctionRisk }, write);
  });
}

function detailLeftOutMessage(fullReport: string | undefined): string {
  return `the run's properties leave out the law × system matrix and the per-system exposure and injunction detail, which would pass the 10 MB compressed limit of GitHub code scanning; ${completeReportAt(fullReport)}`;
}

function limitNotification(id: string, level: "warning" | "note", text: string): Json {
  return { level, message: { text: sentence(text) }, descriptor: { id } };
}

/** Exit 1 gives the reasons in the summary line's words: the --fail-on threshold, the --max-risks cap, or both. */
function exitCodeDescription(code: number, v: Verdict, failOn: FailOn): string {
  if (code === 0) return "No finding at or above the --fail-on threshold.";
  if (code === 1) return v.kind === "fail" ? sentence(failReasons(v, failOn)) : `Findings at or above --fail-on ${failOn}.`;
  return "The audit did not complete.";
}

/**
 * SARIF 2.1.0 as two-space JSON with a trailing newline, within GitHub's limits (see toSarifLog);
 * when the compressed file would pass 10 MB, the run's properties leave out the law × system matrix
 * and the per-system exposure and injunction detail, and if that is not enough, fewer results are
 * kept until it fits. Each step is a tool execution notification and an `onLimit` message.
 */
export const formatSarif: Formatter = (input, options = {}) => sarifPieces(input, options).join("");

/**
 * The SARIF text of {@link formatSarif}, in pieces (what the CLI writes): measured and written
 * 8 Mi characters at a time, never encoded whole.
 */
export function sarifPieces(input: Report | readonly Report[], options: FormatOptions = {}): string[] {
  let max = Math.min(options.sarifMaxResults ?? SARIF_LIMITS.resultsPerRun, SARIF_LIMITS.resultsPerRun);
  let reason: SarifCut["reason"] = "results";
  // Detail that alone passes the limit is left out before the log is built: at 100,000 systems the
  // log with it is longer than one string can hold.
  let detail = !detailOver(asList(input));
  for (;;) {
    const { log, cut } = buildLog(input, options, max, reason, detail);
    // One JSON.stringify (the log is bounded by the result limit), cut into chunks to measure and write.
    const size = measureText(`${jsonText(log)}\n`);
    const results = ((log.runs as Array<{ results: unknown[] }>)[0]?.results ?? []).length;
    if (!size.over || (results === 0 && !detail)) {
      if (!detail) options.onLimit?.(`SARIF: ${detailLeftOutMessage(options.fullReport)}`);
      if (cut) options.onLimit?.(`SARIF: ${cutMessage(cut, options.fullReport)}`);
      return size.pieces;
    }
    if (detail) {
      // The matrix and per-system detail go before any result: results are what code scanning shows.
      detail = false;
      continue;
    }
    // Scale the count by how far over the size is, with a margin, and try again.
    max = Math.max(0, Math.floor((results * SARIF_LIMITS.gzipBytes * 0.9) / size.bytes!));
    reason = "size";
  }
}
