export { diffReports } from "./diff.js";
export { newDuties } from "./duties.js";
export type { DiffSide, DiffSnapshot, DutyTrigger, NewDuty, ReportDiff, SectionExposureChange, UnchangedFinding } from "./types.js";
export * from "./format/index.js";
