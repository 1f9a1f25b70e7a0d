import { expect, it } from "vitest";
import { audit } from "../../../../../src/audit.js";
import { applyExample } from "../../../../../src/engine/examples.js";
import { parseProfile } from "../../../../../src/practices/load.js";
import { compliantProfile } from "../../../../../src/packs/bipa/compliant-profile.js";
import { glbaExemption } from "../../../../../src/packs/bipa/rules/scope/scope-glba-exemption.js";
import { AS_OF, testRule } from "../../../../helpers/rule-tester.js";

const glba = (titleVSubject: boolean | "unknown", role: string) => ({ organization: { glba: { titleVSubject, role } } });

testRule(glbaExemption, {
  fires: [
    {
      description: "a financial institution subject to Title V is exempt as a whole entity",
      ...glba(true, "financial-institution"),
      excludes: true,
      basis: "fact",
      pointer: "/organization/glba/titleVSubject",
      messageIncludes: ["Prairie Fabrication LLC is a financial institution", '"in any manner"', "Fingerprint timeclock is outside BIPA", "narrowly"],
    },
    {
      description: "an affiliate of a financial institution subject to Title V is exempt",
      ...glba(true, "affiliate-of-financial-institution"),
      excludes: true,
      messageIncludes: ["an affiliate of a financial institution"],
    },
    {
      description: "a vendor to a bank is not exempt: info, not an exclusion",
      ...glba(false, "vendor-to-financial-institution"),
      severity: "info",
      basis: "fact",
      pointer: "/organization/glba/role",
      messageIncludes: ["vendor to a financial institution", "vendors to banks are not covered", "remains subject to BIPA"],
    },
    {
      description: "a vendor is not exempt even when it says it is subject to Title V",
      ...glba(true, "vendor-to-financial-institution"),
      severity: "info",
      messageIncludes: ["not covered"],
    },
    {
      description: "a vendor whose Title V status is unknown is still not exempt",
      ...glba("unknown", "vendor-to-financial-institution"),
      severity: "info",
    },
    {
      description: "a financial institution with Title V status unknown: the exemption is not established",
      ...glba("unknown", "financial-institution"),
      severity: "risk",
      basis: "unknown",
      pointer: "/organization/glba/titleVSubject",
      messageIncludes: ["not whether it is subject to Title V", "not established", "audited as covered"],
    },
    {
      description: "an affiliate with Title V status unknown is a risk too",
      ...glba("unknown", "affiliate-of-financial-institution"),
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["an affiliate of a financial institution"],
    },
    {
      description: "subject to Title V but role unknown: the exemption is not established",
      ...glba(true, "unknown"),
      severity: "risk",
      basis: "unknown",
      pointer: "/organization/glba/role",
      messageIncludes: ["not whether it is a financial institution or an affiliate"],
    },
    {
      description: "subject to Title V yet neither institution nor affiliate: not exempt, said plainly",
      ...glba(true, "none"),
      severity: "info",
      basis: "fact",
      pointer: "/organization/glba/role",
      messageIncludes: ["neither a financial institution nor an affiliate", "record that role"],
    },
  ],
  silent: [
    { description: "no GLBA status (the compliant profile)" },
    { description: "GLBA facts omitted entirely: an unknown exemption adds no liability", organization: { glba: null } },
    { description: "a financial institution plainly not subject to Title V", ...glba(false, "financial-institution") },
    { description: "Title V unknown and no financial role", ...glba("unknown", "none") },
    { description: "not subject to Title V, role unknown", ...glba(false, "unknown") },
  ],
});

it("bipa/scope-glba-exemption: a vendor's system stays in scope and its finding names no remedy", () => {
  const parsed = parseProfile(applyExample(compliantProfile, { description: "vendor", ...glba(false, "vendor-to-financial-institution") }));
  if (!parsed.ok) throw new Error("invalid profile");
  const report = audit(parsed.profile, { asOf: AS_OF, ruleSet: [glbaExemption] });
  expect(report.applicability[0]?.inScope).toBe(true);
  expect(report.findings[0]?.remedies).toEqual([]);
});

it("bipa/scope-glba-exemption: an unestablished exemption asks for the facts", () => {
  const parsed = parseProfile(applyExample(compliantProfile, { description: "unestablished", ...glba("unknown", "financial-institution") }));
  if (!parsed.ok) throw new Error("invalid profile");
  const report = audit(parsed.profile, { asOf: AS_OF, ruleSet: [glbaExemption] });
  expect(report.applicability[0]?.inScope).toBe(true);
  expect(report.findings[0]?.remedies).toEqual(["establish-unknown-facts"]);
});
