import { z } from "zod";
import type { Report } from "../report/types.js";

/**
 * The Report as a zod schema: what a consumer of `audit()` or of `--format json` may rely on. Strict at
 * every level, so a field added to the Report without being added here fails the property tests that
 * validate every generated report against it.
 */

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const severity = z.enum(["violation", "risk", "info"]);
const basis = z.enum(["fact", "unknown"]);
const count = z.number().int().nonnegative();
const range = z.strictObject({ low: z.number().nonnegative(), high: z.number().nonnegative() });
const pointer = z.string().regex(/^(\/[^/]*)*$/);
const position = { line: z.number().int().positive().optional(), column: z.number().int().positive().optional() };

const authorityRef = z.strictObject({
  id: z.string().min(1),
  kind: z.enum(["statute", "public-act", "case", "settlement", "order", "regulation", "guidance"]),
  name: z.string().min(1),
  citation: z.string().min(1),
  court: z.string().optional(),
  year: z.number().int(),
  status: z.enum(["V", "V2", "S", "UNVERIFIED"]),
});

const evidence = z.strictObject({ pointer, value: z.unknown(), ...position, present: z.boolean(), note: z.string().optional() });

// A pack id may carry hyphens (`tx-cubi/...`).
const ruleId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9-]+$/);

// A finding references its rule, remedies and system by id (report version 3); the catalogs below list each once.
const findingShape = {
  ruleId,
  severity,
  section: z.string().min(1),
  systemId: z.string().optional(),
  message: z.string().min(1),
  basis,
  evidence: z.array(evidence).min(1),
  remedies: z.array(z.string().min(1)),
  fingerprint: z.string().min(1),
};

const ruleRef = z.strictObject({
  id: ruleId,
  title: z.string().min(1),
  section: z.string().min(1),
  authorities: z.array(z.string().min(1)).min(1),
  remedies: z.array(z.string().min(1)),
});
const remedyRef = z.strictObject({
  id: z.string().min(1),
  measure: z.string().min(1),
  title: z.string().min(1),
  requires: z.string().min(1),
  effect: z.enum(["cures", "mitigates"]),
});
const systemRef = z.strictObject({ id: z.string(), name: z.string() });

const finding = z.strictObject(findingShape);

const suppressed = z.strictObject({
  ...findingShape,
  suppression: z.union([
    z.strictObject({ kind: z.literal("waiver"), justification: z.string(), approvedBy: z.string(), expires: date }),
    z.strictObject({ kind: z.literal("baseline") }),
  ]),
});

const counting = z.enum(["per-scan", "per-transmission", "per-person", "per-person-per-recipient", "per-person-once"]);

const exposureLine = z.strictObject({
  ruleId: z.string(),
  section: z.string(),
  systemId: z.string(),
  violations: range,
  amountUsd: range,
  arithmetic: z.string(),
  counting,
  countingLow: counting.optional(),
  ruleIds: z.array(z.string()).optional(),
  fingerprints: z.array(z.string()).optional(),
  recipient: z.string().optional(),
  people: count.optional(),
  identifiers: count.optional(),
  methods: count.optional(),
  window: z.strictObject({ start: date, end: date }).optional(),
  peopleRange: range.optional(),
  pairs: count.optional(),
  apartReason: z.string().optional(),
  samePeopleKey: z.string().optional(),
});

const answer = z.union([z.boolean(), z.literal("unknown")]);

const exposure = z.strictObject({
  label: z.string().min(1),
  asOf: date,
  lookbackStart: date,
  amendmentAppliesToPendingClaims: z.union([z.boolean(), z.literal("unknown")]),
  perViolationUsd: z.strictObject({ negligent: z.number(), intentionalOrReckless: z.number() }),
  systems: z.array(
    z.strictObject({
      systemId: z.string(),
      systemName: z.string(),
      illinoisSubjects: z.union([count, z.literal("unknown")]),
      illinoisSubjectsHigh: count.optional(),
      lines: z.array(exposureLine),
      totalUsd: range,
      apart: z.array(exposureLine).optional(),
      apartUsd: range.optional(),
    }),
  ),
  totalUsd: range,
  notes: z.array(z.string()),
  uncounted: z
    .array(z.strictObject({ ruleId: z.string(), systemId: z.string().optional(), severity, basis, fingerprint: z.string(), reason: z.string() }))
    .optional(),
  amendmentEffective: date.optional(),
  otherSectionsCounting: z.enum(["per-person-once", "uncounted"]).optional(),
  assumedFilingDate: date.optional(),
  forum: z.enum(["federal", "illinois-state", "arbitration", "unknown"]).optional(),
  amendmentByForum: z
    .strictObject({ federal: answer, "illinois-state": answer, arbitration: answer })
    .optional(),
  templateChannels: z.enum(["one-method", "separate-methods"]).optional(),
  stacking: z
    .strictObject({
      noStackingUsd: range,
      stackedUsd: range,
      largestSection: z.strictObject({ low: z.string(), high: z.string() }),
      bySection: z.array(z.strictObject({ section: z.string(), amountUsd: range })),
    })
    .optional(),
  apartUsd: range.optional(),
  period: z.strictObject({ start: date, end: date }).optional(),
});

const injunctionRisk = z.strictObject({
  level: z.enum(["elevated", "moderate", "low"]),
  factors: z.array(
    z.strictObject({
      id: z.string(),
      pointsToHarm: z.boolean(),
      direction: z.enum(["toward-harm", "against-harm", "not-a-factor", "argued-rejected"]).optional(),
      present: z.boolean(),
      unknown: z.literal(true).optional(),
      description: z.string(),
      systemIds: z.array(z.string()),
    }),
  ),
  measuresTaken: z.array(z.string()),
  summary: z.string(),
});

/** A zod schema for {@link Report}: every audit result passes it. */
const applicabilityStatus = z.enum(["applies", "does-not-apply", "unknown"]);
const applicability = z.strictObject({
  systemId: z.string(),
  systemName: z.string(),
  inScope: z.boolean(),
  status: applicabilityStatus,
  excludedBy: z.strictObject({ ruleId: z.string(), reason: z.string() }).optional(),
  conditional: z
    .strictObject({ ruleId: z.string(), reason: z.string(), violation: count, risk: count, info: count, ruleIds: z.array(z.string()) })
    .optional(),
  reasons: z.array(z.string()).optional(),
});
const ruleAtSystem = z.strictObject({ ruleId: z.string(), systemId: z.string() });
const penaltyEstimate = z.strictObject({
  currency: z.enum(["USD", "EUR"]),
  low: z.number().nonnegative(),
  high: z.number().nonnegative(),
  lines: z.array(
    z.strictObject({
      label: z.string(),
      section: z.string(),
      arithmetic: z.string(),
      low: z.number().nonnegative(),
      high: z.number().nonnegative(),
      recoveredBy: z.enum(["regulator", "private-plaintiffs"]),
    }),
  ),
  notes: z.array(z.string()),
});
const packSection = z.strictObject({
  id: z.string().min(1),
  title: z.string(),
  jurisdiction: z.string(),
  citation: z.string(),
  // A year alone where the legal reference gives no day (tx-cubi: "2001").
  effectiveFrom: z.string().regex(/^\d{4}(-\d{2}-\d{2})?$/),
  applicability: z.array(applicability),
  passed: z.array(ruleAtSystem),
  notEngaged: z.array(ruleAtSystem).optional(),
  summary: z.strictObject({ systems: count, systemsInScope: count, rulesRun: count, violation: count, risk: count, info: count }),
  estimate: penaltyEstimate.optional(),
  options: z.array(z.strictObject({ id: z.string().min(1), value: z.string().min(1), stated: z.boolean() })).optional(),
  notes: z.array(z.string()),
});

export const reportSchema = z.strictObject({
  reportVersion: z.literal(3),
  tool: z.strictObject({ name: z.literal("bipa-check"), version: z.string().min(1) }),
  asOf: date,
  file: z.string().optional(),
  organization: z.strictObject({ name: z.string(), entityType: z.string() }),
  disclaimer: z.string().min(1),
  systems: z.array(systemRef),
  rules: z.array(ruleRef),
  authorities: z.array(authorityRef),
  remedies: z.array(remedyRef),
  applicability: z.array(applicability),
  findings: z.array(finding),
  suppressed: z.array(suppressed),
  passed: z.array(z.strictObject({ ruleId: z.string(), systemId: z.string() })),
  notEngaged: z.array(z.strictObject({ ruleId: z.string(), systemId: z.string() })).optional(),
  summary: z.strictObject({
    systems: count,
    systemsInScope: count,
    rulesRun: count,
    violation: count,
    risk: count,
    info: count,
    suppressed: count,
  }),
  notes: z.array(z.string()),
  matrix: z.array(
    z.strictObject({
      packId: z.string().min(1),
      systemId: z.string(),
      systemName: z.string(),
      status: applicabilityStatus,
      reason: z.string(),
      law: z.string().optional(),
    }),
  ),
  packs: z.array(packSection),
  exposure: exposure.optional(),
  injunctionRisk: injunctionRisk.optional(),
}).superRefine((report, ctx) => {
  // Every reference resolves: what a JSON Schema cannot say, the zod schema checks.
  const rules = new Set(report.rules.map((r) => r.id));
  const authorities = new Set(report.authorities.map((a) => a.id));
  const remedies = new Set(report.remedies.map((r) => r.id));
  const systems = new Set(report.systems.map((s) => s.id));
  const missing = (path: Array<string | number>, what: string, id: string) =>
    ctx.addIssue({ code: "custom", path, message: `${what} ${JSON.stringify(id)} is not listed in the report` });
  report.rules.forEach((r, i) => {
    r.authorities.forEach((id, j) => authorities.has(id) || missing(["rules", i, "authorities", j], "authority", id));
    r.remedies.forEach((id, j) => remedies.has(id) || missing(["rules", i, "remedies", j], "remedy", id));
  });
  for (const key of ["findings", "suppressed"] as const) {
    report[key].forEach((f, i) => {
      if (!rules.has(f.ruleId)) missing([key, i, "ruleId"], "rule", f.ruleId);
      if (f.systemId !== undefined && !systems.has(f.systemId)) missing([key, i, "systemId"], "system", f.systemId);
      f.remedies.forEach((id, j) => remedies.has(id) || missing([key, i, "remedies", j], "remedy", id));
    });
  }
});

// The schema and the type must describe the same object, both ways.
type SameShape<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const _reportMatchesSchema: SameShape<z.output<typeof reportSchema>, Report> = true;
void _reportMatchesSchema;
