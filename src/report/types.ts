import type { ReportBase } from "../core/report.js";
import type { ExposureEstimate, InjunctionRiskView } from "../packs/bipa/exposure/types.js";

/*
 * The report of the shipped packs: the statute-agnostic report (src/core/report.ts) plus the fields a
 * shipped pack adds at the top level. The engine never imports this file; formatters, the gate, the
 * plan and the CLI read it.
 */
export * from "../core/report.js";

/** The report `audit()` returns: every pack's section, plus BIPA's Sec. 20 estimate and injunction view. */
export interface Report extends ReportBase {
  /** The Sec. 20 statutory-damages estimate (BIPA's exposure model; present when the BIPA pack ran). */
  exposure?: ExposureEstimate;
  /** Factors toward and against irreparable harm, as in the Clearview ruling (BIPA's enforcement view). */
  injunctionRisk?: InjunctionRiskView;
}

export type { FindingLocation, ResolvedFinding, ResolvedSuppressedFinding } from "../core/resolve.js";
import type { ResolvedReport } from "../core/resolve.js";

/** A shipped report with its findings resolved (titles, authorities, system names, locations): what the formatters read. */
export type ReportView = ResolvedReport<Report>;
