/**
 * bipa-check: audit biometric-data practices against the Illinois Biometric Information Privacy Act
 * (740 ILCS 14). An assessment aid, not legal advice.
 *
 * @packageDocumentation
 */
export { audit, ORGANIZATION_ID, selectPacks, UnknownPackError, type AuditOptions } from "./audit.js";
export { auditPacks, allRuleIds, type EngineOptions } from "./engine/audit.js";
export {
  definePack,
  definePackRule,
  type Pack,
  type PackRule,
  type PackScopeRule,
  type PackScopeDraft,
  type PackOrganizationRule,
  type PackOrganizationContext,
  type PackSystemContext,
  type PackFindingDraft,
  type PackEvidenceRef,
  type PackApplicability,
  type PackAuthority,
  type PackRemedy,
  type PackExtendContext,
  type PenaltyContext,
  type PenaltyEstimate,
  type PenaltyLine,
} from "./core/pack.js";
export { SHARED_MEASURES, type SharedMeasureId } from "./core/measures.js";
export { SHIPPED_PACKS, PACK_IDS, SHIPPED_RULES, SHIPPED_RULE_IDS, packById, remedyTitleOf, type RuleInfo } from "./packs/index.js";
export { bipaPack, bipaPackWith } from "./packs/bipa/index.js";
export { bipaMeasureOf, bipaPackRemedies } from "./packs/bipa/measures.js";
export {
  defineRule,
  DEFAULT_ASSUMPTIONS,
  type Assumptions,
  type EvidenceRef,
  type FindingDraft,
  type OrganizationContext,
  type OrganizationRule,
  type Rule,
  type RuleExample,
  type RuleMeta,
  type SystemContext,
  type SystemRule,
} from "./packs/bipa/rule.js";
export { resolveRules, RuleSettingsError, type RuleSetting } from "./engine/select.js";
export { applyExample, deepMerge } from "./engine/examples.js";
export {
  decodeUtf8,
  DEFAULT_LIMITS,
  loadProfile,
  parseProfile,
  parseText,
  type LoadedProfile,
  type LoadFailure,
  type LoadLimits,
  type LoadOptions,
  type LoadResult,
} from "./practices/load.js";
export { formatProblem, type Problem } from "./practices/problems.js";
export { locate, type Position, type SourceMap } from "./practices/source-map.js";
export { fromPointer, toPointer, valueAt } from "./practices/pointer.js";
export { profileJsonSchema } from "./practices/json-schema.js";
export { configJsonSchema } from "./config/json-schema.js";
export {
  practicesSchema,
  BIPA_MODALITIES,
  type Disclosure,
  type Modality,
  type Organization,
  type Practices,
  type PracticesInput,
  type SubjectGroup,
  type System,
} from "./practices/schema.js";
export { UNKNOWN, type TriState } from "./practices/primitives.js";
export { bipaRules as rules } from "./packs/bipa/rules/index.js";
export { compliantProfile } from "./packs/bipa/compliant-profile.js";
export { authorities, citeAuthority, type Authority, type AuthorityId } from "./packs/bipa/authorities.js";
export { REMEDY_IDS, type RemedyId } from "./packs/bipa/remedies/ids.js";
export {
  DISCLAIMER,
  SEVERITIES,
  severityRank,
  packOf,
  packFindings,
  type Applicability,
  type MatrixCell,
  type PackSection,
  type PackOptionUse,
  type PackSummary,
  type ReportBase,
  type AuthorityRef,
  type Evidence,
  type Finding,
  type Report,
  type ReportSummary,
  type Severity,
  type SuppressedFinding,
  type RuleRef,
  type RemedyRef,
  type SystemRef,
  type ReportView,
} from "./report/types.js";
export {
  resolveReport,
  resolveFinding,
  findingLocation,
  ruleOf,
  systemNameOf,
  type ResolvedFinding,
  type ResolvedSuppressedFinding,
  type ResolvedReport,
  type FindingLocation,
} from "./core/resolve.js";
export { reportSchema } from "./format/report-schema.js";
export { VERSION } from "./version.js";
export { remedies, getRemedy, remedyTitle, REMEDY_TITLES, type Remedy, type RemedyOrigin } from "./packs/bipa/remedies/catalog.js";
export { estimateExposure, EXPOSURE_LABEL, PER_VIOLATION_USD, type ExposureOptions } from "./packs/bipa/exposure/damages.js";
export { FORUMS, type Forum, type ForumOrUnknown } from "./packs/bipa/exposure/options.js";
export { ExposureTotals } from "./packs/bipa/exposure/stacking.js";
export { assessInjunctionRisk, INJUNCTION_SCOPE } from "./packs/bipa/injunction.js";
export { AMENDMENT_EFFECTIVE, LOOKBACK_YEARS } from "./packs/bipa/exposure/dates.js";
export type {
  ExposureEstimate,
  ExposureLine,
  SystemExposure,
  Range,
  UncountedFinding,
  InjunctionFactor,
  InjunctionRiskView,
  StackingReadings,
  ExposureForum,
} from "./packs/bipa/exposure/types.js";
export { plan, type PlanOptions } from "./plan/plan.js";
export { measuresAcross, type PlanMeasure, type MeasureUnderPack } from "./plan/across.js";
export { profileMeasure, applyMeasures, type ProfileMeasure, type MeasureContext } from "./packs/bipa/plan/measures.js";
export type { RemediationPlan, PlanStep, WhatIf, PlanSnapshot, FindingRef, FindingOutcome, ForwardEffect, Horizon } from "./plan/types.js";
export { DEFAULT_HORIZON_YEARS, MAX_HORIZON_YEARS } from "./packs/bipa/plan/forward.js";
/**
 * The plan renderers `bipa-check plan` uses: pure functions `(plan, { file?, color? }) => string`.
 * Text for a terminal, Markdown (tables) for a pull-request comment, and JSON (the plan object).
 */
export {
  formatPlanText,
  formatPlanMarkdown,
  formatPlanJson,
  planFormatters,
  PLAN_FORMAT_NAMES,
  isPlanFormatName,
  PLAN_CLOSING,
  type PlanFormatName,
  type PlanFormatOptions,
  type PlanFormatter,
} from "./plan/format/index.js";
export {
  EXIT_CODES,
  FAIL_ON_VALUES,
  exitCodeFor,
  failingFindings,
  failsRun,
  isFailOn,
  type ExitCode,
  type FailOn,
} from "./gate/exit-code.js";
export { gate, type GateOptions, type GateResult } from "./gate/gate.js";
export { formatNotice, type RunNotice } from "./gate/notice.js";
export { suppressFindings } from "./gate/suppress.js";
export {
  formatters,
  FORMAT_NAMES,
  isFormatName,
  type FormatName,
  type FormatOptions,
  type Formatter,
} from "./format/index.js";
export { formatText } from "./format/text.js";
export { formatJson, toJsonEnvelope, type JsonEnvelope } from "./format/json.js";
export { formatSarif, toSarifLog, sarifFingerprint, SARIF_LEVEL, SECURITY_SEVERITY, SRCROOT } from "./format/sarif.js";
export { formatJunit } from "./format/junit.js";
export { formatMarkdown } from "./format/markdown.js";
export { formatHtml } from "./format/html/index.js";
export {
  diffReports,
  newDuties,
  diffFormatters,
  DIFF_FORMAT_NAMES,
  formatDiffText,
  formatDiffMarkdown,
  formatDiffJson,
  toDiffJson,
  failingAdded,
  MARKDOWN_LIMIT,
  DIFF_CLOSING,
  type DiffFormatName,
  type DiffFormatOptions,
  type DiffFormatter,
  type DiffJson,
  type DiffSide,
  type DiffSnapshot,
  type DutyTrigger,
  type NewDuty,
  type ReportDiff,
  type SectionExposureChange,
  type UnchangedFinding,
} from "./diff/index.js";
export { MARKDOWN_BUDGETS, MIN_MARKDOWN_BUDGET, truncationNote } from "./format/markdown-budget.js";
export { formatGithub, escapeData, escapeProperty, workflowCommand, GITHUB_COMMAND, ANNOTATIONS_SHOWN_PER_TYPE } from "./format/github.js";
export { formatGitlab, gitlabFingerprint, GITLAB_SEVERITY } from "./format/gitlab.js";
export { SARIF_LIMITS, keepMostSevere, type SarifCut } from "./format/sarif-limits.js";
export { rootRelative, type PathRoot } from "./format/paths.js";
export { verdict, unknownBasis, verdictLine, type Verdict, type UnknownBasis } from "./format/verdict.js";
export {
  explainRule,
  rulesTable,
  ruleHelpText,
  ruleHelpMarkdown,
  ruleDocsUrl,
  ruleSlug,
  RULE_DOCS_BASE,
} from "./format/rule-help.js";
export { parseWaivers, type ParseWaiversOptions, type ParseWaiversResult } from "./gate/waivers/load.js";
export {
  applyWaivers,
  waiverMatches,
  waiverNotices,
  isExpired,
  type WaiverOutcome,
  type ApplyWaiversResult,
} from "./gate/waivers/apply.js";
export { waiverSchema, waiverFileSchema, type Waiver } from "./gate/waivers/schema.js";
export {
  parseBaseline,
  applyBaseline,
  buildBaseline,
  serializeBaseline,
  baselineNotices,
  baselineKey,
  type BaselineStatus,
  type ParseBaselineResult,
} from "./gate/baseline/baseline.js";
export { baselineFileSchema, type Baseline, type BaselineEntry } from "./gate/baseline/schema.js";
export {
  parseConfig,
  configCandidates,
  mergeSettings,
  type AuditSettings,
  type CommandLineSettings,
  type ParseConfigResult,
} from "./config/config.js";
export { configSchema, CONFIG_FILE_NAMES, type Config } from "./config/schema.js";
export {
  auditNdjson,
  auditNdjsonLines,
  splitLines,
  DEFAULT_MAX_LINE_BYTES,
  type NdjsonAuditOptions,
  type NdjsonResult,
  type NdjsonSummary,
  type NdjsonLine,
  type SplitOptions,
} from "./stream/index.js";
