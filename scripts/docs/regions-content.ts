import { plan } from "../../src/plan/plan.js";
import { formatPlanText } from "../../src/plan/format/index.js";
import type { RemedyId } from "../../src/packs/bipa/remedies/ids.js";
import { formatProblem } from "../../src/practices/problems.js";
import { formatGithub } from "../../src/format/github.js";
import { formatGitlab } from "../../src/format/gitlab.js";
import { formatMarkdown } from "../../src/format/markdown.js";
import { MARKDOWN_BUDGETS } from "../../src/format/markdown-budget.js";
import { loadProfile } from "../../src/practices/load.js";
import { formatText } from "../../src/format/text.js";
import { auditExample, exampleNames, loadExample } from "../examples.js";
import { renderExamplesSummary } from "../examples-readme.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { ROOT } from "../golden.js";
import { cell, code, fence, table } from "./markdown.js";

/** The example the getting-started guide walks through, and the finding it reads. */
export const GUIDE_EXAMPLE = "white-castle-timeclock";
export const GUIDE_RULE = "bipa/15d-disclosure";

/** A profile with three mistakes, to show what validation reports. */
export const BROKEN_PROFILE = `version: 1
organization:
  name: Example Co.
  entityType: private-entity
systems:
  - id: timeclock
    name: Fingerprint timeclock
    modalities: [fingerprint]
    release:
      type: signed
    retention:
      policy:
        exsts: true
    collection:
      firstCaptureDate: 2024-13-01
`;

function guideFinding() {
  const report = auditExample(GUIDE_EXAMPLE);
  const finding = report.findings.find((f) => f.ruleId === GUIDE_RULE);
  if (!finding) throw new Error(`${GUIDE_EXAMPLE} no longer has a ${GUIDE_RULE} finding; pick another for docs/getting-started.md`);
  return { report, finding };
}

/** What the guide's finding references, as the report lists it once: its rule, the rule's authorities, its system and remedies. */
function guideFindingReferences() {
  const { report, finding } = guideFinding();
  const rule = report.rules.find((r) => r.id === finding.ruleId)!;
  return {
    rules: [rule],
    authorities: rule.authorities.map((id) => report.authorities.find((a) => a.id === id)!),
    remedies: finding.remedies.map((id) => report.remedies.find((r) => r.id === id)!),
    systems: report.systems.filter((s) => s.id === finding.systemId),
  };
}

/** The lines of the text output that print one finding (its location line and what follows it). */
function findingTextLines(): string {
  const { report, finding } = guideFinding();
  const lines = formatText(report, { color: false }).split("\n");
  const start = lines.findIndex((l) => l.includes(` ${finding.ruleId} `) && l.trimStart().startsWith(`${report.file}:`));
  if (start === -1) throw new Error(`the text output no longer prints ${finding.ruleId} with its file location`);
  const indent = lines[start]!.length - lines[start]!.trimStart().length;
  const end = lines.findIndex((l, i) => i > start && (l.trim() === "" || l.length - l.trimStart().length <= indent));
  return lines
    .slice(start, end === -1 ? undefined : end)
    .map((l) => l.slice(indent))
    .join("\n");
}

/** The first lines of the text output and its summary line. */
function auditHeadAndSummary(): string {
  const { report } = guideFinding();
  const lines = formatText(report, { color: false }).trimEnd().split("\n");
  const firstFinding = lines.findIndex((l) => l.trimStart().startsWith(`${report.file}:`));
  return [...lines.slice(0, firstFinding + 1), "    ...", lines.at(-1)!].join("\n");
}

/** The what-if the CLI guide shows: the six measures the Clearview court noted, applied to the 2020 profile. */
export const PLAN_EXAMPLE = "clearview-2020";
export const PLAN_MEASURES: readonly RemedyId[] = [
  "exclude-illinois-geolocated-results",
  "block-illinois-ip-logins",
  "avoid-collecting-illinois-residents",
  "train-employees-cybersecurity",
  "encrypt-templates-and-vectors",
  "deploy-anti-intrusion",
];

/** The what-if part of `bipa-check plan … --apply …`, each list cut to its first three lines. */
function planWhatIf(): string {
  const loaded = loadExample(PLAN_EXAMPLE);
  const report = auditExample(PLAN_EXAMPLE);
  const text = formatPlanText(plan(report, loaded.profile, { apply: [...PLAN_MEASURES] }), { file: loaded.file });
  const lines = text.split("\n");
  const start = lines.findIndex((l) => l.startsWith("What-if:"));
  const end = lines.findIndex((l, i) => i > start && l.startsWith("  Injunction risk:"));
  if (start === -1 || end === -1) throw new Error("the plan text no longer has a What-if section ending with the injunction risk");
  const out: string[] = [];
  let run = 0;
  for (const line of lines.slice(start, end + 1)) {
    const item = /^ {4}\S/.test(line);
    run = item ? run + 1 : 0;
    if (run <= 3) out.push(line);
    else if (run === 4) out.push("    ...");
  }
  return out.join("\n");
}

/** The first annotation and the summary line of `--format github` on the guide's example. */
function githubSample(): string {
  const lines = formatGithub(auditExample(GUIDE_EXAMPLE), { failOn: "violation" }).trimEnd().split("\n");
  return [lines[0]!, "...", lines.at(-1)!].join("\n");
}

/** The first issue of `--format gitlab` on the guide's example. */
function gitlabSample(): string {
  const [first] = JSON.parse(formatGitlab(auditExample(GUIDE_EXAMPLE))) as unknown[];
  return JSON.stringify([first], null, 2);
}

/** The truncation note of the ten examples' Markdown within a pull-request comment's budget. */
function truncationSample(): string {
  const reports = exampleNames().map((name) => auditExample(name));
  const text = formatMarkdown(reports, { markdownBudget: MARKDOWN_BUDGETS.comment, fullReport: "reports/bipa.json" });
  const note = text.split("\n").find((l) => l.startsWith("> **Truncated"));
  if (!note) throw new Error("the examples' Markdown fits a comment now; pick a tighter budget for docs/cli.md");
  return note;
}

/** The action's inputs and outputs, as tables, from action.yml. */
function actionTables(): string {
  const action = parse(readFileSync(join(ROOT, "action.yml"), "utf8")) as {
    inputs: Record<string, { description: string; required?: boolean; default?: string }>;
    outputs: Record<string, { description: string }>;
  };
  const inputs = table(
    ["Input", "Default", "Meaning"],
    Object.entries(action.inputs).map(([name, spec]) => [
      code(name),
      spec.required ? "required" : spec.default ? code(spec.default) : "—",
      cell(spec.description),
    ]),
  );
  const outputs = table(
    ["Output", "Meaning"],
    Object.entries(action.outputs).map(([name, spec]) => [code(name), cell(spec.description)]),
  );
  return `${inputs}\n\n${outputs}\n`;
}

/** Generated regions of hand-written pages, by page and region name. */
export const DOC_REGIONS: Readonly<Record<string, Readonly<Record<string, () => string>>>> = {
  "docs/ci.md": {
    "action-inputs": actionTables,
  },
  "docs/cli.md": {
    "plan-whatif": () => `${fence("text", planWhatIf())}\n`,
    "github-sample": () => `${fence("text", githubSample())}\n`,
    "gitlab-sample": () => `${fence("json", gitlabSample())}\n`,
    "truncation-sample": () => `${fence("text", truncationSample())}\n`,
  },
  "docs/getting-started.md": {
    "first-audit": () => `${fence("text", auditHeadAndSummary())}\n`,
    "finding-text": () => `${fence("text", findingTextLines())}\n`,
    "finding-json": () => `${fence("json", JSON.stringify(guideFinding().finding, null, 2))}\n`,
    "finding-refs-json": () => `${fence("json", JSON.stringify(guideFindingReferences(), null, 2))}\n`,
    "broken-profile": () => `${fence("yaml", BROKEN_PROFILE)}\n`,
    "broken-problems": () => {
      const file = "bipa-profile.yaml";
      const loaded = loadProfile(BROKEN_PROFILE, { file });
      if (loaded.ok) throw new Error("the broken profile in docs/getting-started.md validates; it should not");
      return `${fence("text", loaded.problems.map((p) => formatProblem(p, file)).join("\n"))}\n`;
    },
  },
};

/** Generated regions of examples/README.md (checked with the examples, not the docs). */
export const EXAMPLE_REGIONS: Readonly<Record<string, Readonly<Record<string, () => string>>>> = {
  "examples/README.md": {
    summary: renderExamplesSummary,
  },
};
