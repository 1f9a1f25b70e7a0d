/**
 * bipa-check: audit biometric-data practices against the Illinois Biometric Information Privacy Act
 * (740 ILCS 14). An assessment aid, not legal advice.
 *
 * @packageDocumentation
 */
export { audit, ORGANIZATION_ID, type AuditOptions } from "./engine/audit.js";
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
} from "./engine/rule.js";
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
export { bipaRules as rules } from "./rules/bipa/index.js";
export { compliantProfile } from "./rules/bipa/compliant-profile.js";
export { authorities, citeAuthority, type Authority, type AuthorityId } from "./rules/bipa/authorities.js";
export { REMEDY_IDS, type RemedyId } from "./remedies/ids.js";
export {
  DISCLAIMER,
  SEVERITIES,
  severityRank,
  type Applicability,
  type AuthorityRef,
  type Evidence,
  type Finding,
  type Report,
  type ReportSummary,
  type Severity,
  type SuppressedFinding,
} from "./report/types.js";
export { VERSION } from "./version.js";
