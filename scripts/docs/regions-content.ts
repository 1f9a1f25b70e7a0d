import { formatProblem } from "../../src/practices/problems.js";
import { loadProfile } from "../../src/practices/load.js";
import { formatText } from "../../src/report/format/text.js";
import { auditExample } from "../examples.js";
import { renderExamplesSummary } from "../examples-readme.js";
import { fence } from "./markdown.js";

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

/** Generated regions of hand-written pages, by page and region name. */
export const DOC_REGIONS: Readonly<Record<string, Readonly<Record<string, () => string>>>> = {
  "docs/getting-started.md": {
    "first-audit": () => `${fence("text", auditHeadAndSummary())}\n`,
    "finding-text": () => `${fence("text", findingTextLines())}\n`,
    "finding-json": () => `${fence("json", JSON.stringify(guideFinding().finding, null, 2))}\n`,
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
