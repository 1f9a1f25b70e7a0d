import { failsRun, type FailOn } from "../gate/exit-code.js";
import type { ResolvedFinding, ReportView } from "../report/types.js";
import { plural, totals, type Totals } from "./shared.js";

/**
 * Active findings that rest on a fact the profile leaves unknown, and the distinct facts (file and
 * field) they wait on. A run with these is never reported as a bare "pass": the gate may let it
 * through, but compliance has not been shown.
 */
export interface UnknownBasis {
  /** Active findings with basis `unknown`. */
  findings: number;
  /** Of those, the ones at or above `--fail-on`. */
  failing: number;
  /** Distinct unknown fields (per file) those findings rest on: the facts still to establish. */
  facts: number;
}

export function unknownBasis(reports: readonly ReportView[], failOn: FailOn): UnknownBasis {
  const facts = new Set<string>();
  let findings = 0;
  let failing = 0;
  for (const report of reports) {
    for (const f of report.findings) {
      if (f.basis !== "unknown") continue;
      findings++;
      if (failsRun(f, failOn)) failing++;
      for (const pointer of unknownFields(f)) facts.add(`${report.file ?? ""}\0${pointer}`);
    }
  }
  return { findings, failing, facts: facts.size };
}

/** The fields a finding reads as "unknown" (an omitted fact is one too); its own field if it names none. */
function unknownFields(f: ResolvedFinding): string[] {
  const fields = f.evidence.filter((e) => e.value === "unknown").map((e) => e.pointer);
  return fields.length > 0 ? fields : [f.location.pointer];
}

/** What a run concluded, in the words every format shares. */
export interface Verdict {
  kind: "report-only" | "fail" | "not-established" | "pass";
  totals: Totals;
  unknown: UnknownBasis;
  /** With `--max-risks`: the limit, when the active risks exceed it (which fails the run too). */
  tooManyRisks?: number;
}

/**
 * The run's verdict: `fail` when a finding is at or above `failOn` or the risks exceed `maxRisks`;
 * `not-established` (never a bare pass) when nothing fails but findings rest on unknown facts.
 */
export function verdict(reports: readonly ReportView[], failOn: FailOn, maxRisks?: number): Verdict {
  const t = totals(reports, failOn);
  const unknown = unknownBasis(reports, failOn);
  const over = maxRisks !== undefined && t.risk > maxRisks ? { tooManyRisks: maxRisks } : {};
  if (t.failing > 0 || over.tooManyRisks !== undefined) return { kind: "fail", totals: t, unknown, ...over };
  if (failOn === "never") return { kind: "report-only", totals: t, unknown };
  return { kind: unknown.findings > 0 ? "not-established" : "pass", totals: t, unknown };
}

/** `2 findings at or above violation` and/or `12 risks, more than --max-risks 10`. */
export function failReasons(v: Verdict, failOn: FailOn): string {
  const reasons: string[] = [];
  if (v.totals.failing > 0) reasons.push(`${plural(v.totals.failing, "finding")} at or above ${failOn}`);
  if (v.tooManyRisks !== undefined) reasons.push(riskCapReason(v.totals.risk, v.tooManyRisks));
  return reasons.join("; ");
}

/** `12 risks, more than --max-risks 10`: the risk cap's part of {@link failReasons}. */
export function riskCapReason(risks: number, maxRisks: number): string {
  return `${plural(risks, "risk")}, more than --max-risks ${maxRisks}`;
}

/** `17 facts must still be established (14 risks rest on them)`. */
export function toEstablish(u: UnknownBasis): string {
  return `${plural(u.facts, "fact")} must still be established (${plural(u.findings, "finding")} ${u.findings === 1 ? "rests" : "rest"} on ${u.facts === 1 ? "it" : "them"})`;
}

/** The verdict as one plain line (text format, GitHub log), without colour. */
export function verdictLine(v: Verdict, failOn: FailOn): string {
  switch (v.kind) {
    case "report-only":
      return `report only (--fail-on never)${v.unknown.findings > 0 ? `; ${toEstablish(v.unknown)}` : ""}`;
    case "fail":
      return `FAIL: ${failReasons(v, failOn)}${v.unknown.failing > 0 ? `; ${toEstablish(v.unknown)}` : ""}`;
    case "not-established":
      return `NOT ESTABLISHED: nothing at or above ${failOn}, but ${toEstablish(v.unknown)}`;
    case "pass":
      return `pass: nothing at or above ${failOn}`;
  }
}
