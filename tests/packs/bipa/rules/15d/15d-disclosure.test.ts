import { describe, expect, it } from "vitest";
import { disclosure } from "../../../../../src/packs/bipa/rules/15d/15d-disclosure.js";
import { runRule, testRule } from "../../../../helpers/rule-tester.js";

const vendorPerScan = { recipient: "TimeVendor Inc.", type: "processor", frequency: "per-scan", exception: "none" };

/** A system holding people it has a relationship with and visitors it has none with, disclosing on consent. */
const withVisitors = (visitors: { count: number; illinoisCount: number }, disclosure: Record<string, unknown>) => ({
  subjects: [
    { population: "customers", count: 8000, illinoisCount: 8000, unionRepresented: false, relationship: "direct" },
    { population: "visitors", ...visitors, unionRepresented: false, relationship: "none" },
  ],
  disclosures: [{ type: "other", frequency: "daily", exception: "consent", consentDate: "2019-12-15", ...disclosure }],
});

testRule(disclosure, {
  fires: [
    {
      description: "point 3: a subpoena issued by an attorney is not \"issued by a court\" on the text; no BIPA case decides it, so a risk (§1.3 15(d))",
      system: {
        disclosures: [
          { recipient: "Plaintiff's counsel", type: "other", frequency: "one-time", exception: "warrant-or-subpoena", issuedBy: "attorney", issuingBody: "Smith & Jones LLP" },
        ],
      },
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/disclosures/0/issuedBy",
      messageIncludes: ["issued by an attorney (Smith & Jones LLP), not by a court", "Ill. S. Ct. R. 204(a)(1)", "no BIPA case has tested", "exception (3)"],
    },
    {
      description: "point 3: a warrant or subpoena whose issuer is not recorded is a risk asking for it",
      system: { disclosures: [{ recipient: "Sheriff", type: "law-enforcement", frequency: "one-time", exception: "warrant-or-subpoena" }] },
      severity: "risk",
      basis: "unknown",
      messageIncludes: ["does not say who issued it", "issued by a court of competent jurisdiction"],
    },
    {
      description: "point 5: consent obtained after per-scan transmission began leaves the earlier transmissions without an exception",
      system: { disclosures: [{ recipient: "Payroll Co", type: "processor", frequency: "per-scan", exception: "consent", consentDate: "2021-03-01" }] },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/disclosures/0/consentDate",
      messageIncludes: ["consent was given only in or on 2021-03-01, after data began to go there (in or on 2020-01-06)", "Transmissions before the consent had no 15(d) exception"],
    },
    {
      description:
        "§1.7: a group without a dated release before its first capture may have been captured from the system's first capture (2020-01-06), so consent of 2021-03-01 is late for it, even beside a group hired later",
      system: {
        subjects: [
          { population: "employees", count: 40, illinoisCount: 40, unionRepresented: false, relationship: "direct", release: { status: "before-first-capture", date: "2021-03-01" } },
          { population: "employees", count: 10, illinoisCount: 10, unionRepresented: false, relationship: "direct", release: { status: "after-first-capture", date: "2021-03-01" } },
        ],
        disclosures: [{ recipient: "Payroll Co", type: "processor", frequency: "per-scan", exception: "consent", consentDate: "2021-03-01" }],
      },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/disclosures/0/consentDate",
      messageIncludes: ["after data began to go there (in or on 2020-01-06)"],
    },
    {
      description:
        "§1.7 'Who counts under 15(d)': a system running since 2020-01-06 whose only listed group signed before its first capture on 2021-03-01 (hired later): only unlisted people (former staff) can have had data sent before the consent of 2021-03-01, so a risk asking for them, not a violation",
      system: {
        subjects: [{ population: "employees", count: 40, illinoisCount: 40, unionRepresented: false, relationship: "direct", release: { status: "before-first-capture", date: "2021-03-01" } }],
        disclosures: [{ recipient: "Payroll Co", type: "processor", frequency: "per-scan", exception: "consent", consentDate: "2021-03-01" }],
      },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/disclosures/0/consentDate",
      messageIncludes: ["Data began to go there in or on 2020-01-06, before the consent", "on or after 2021-03-01", "only people it does not list (former subjects, say)"],
    },
    {
      description: "per-scan transmission to a timeclock vendor with no exception (the Cothron pattern)",
      system: { disclosures: [vendorPerScan] },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/disclosures/0/exception",
      // Point 9: Rogers v. BNSF was tried on 15(b) only, so it is not cited for the vendor point under 15(d) (§2).
      messageIncludes: ["Fingerprint timeclock discloses biometric data to TimeVendor Inc. on every scan", "Cothron", "a vendor relationship is not one of them"],
    },
    {
      description: "'permitted by law' is not 'required by law'",
      system: {
        disclosures: [
          { recipient: "Local police", type: "law-enforcement", frequency: "on-request", exception: "permitted-by-law", legalBasis: "voluntary cooperation policy" },
        ],
      },
      severity: "violation",
      basis: "fact",
      messageIncludes: ["the law permits it (voluntary cooperation policy)", "requires the disclosure", "merely permits it is not enough"],
    },
    {
      description: "two recipients without an exception give one violation each",
      system: {
        disclosures: [vendorPerScan, { recipient: "Analytics Partner", type: "other", frequency: "one-time", exception: "none" }],
      },
      count: 2,
      severity: "violation",
    },
    {
      description: "several flows to one recipient are one violation (PA 103-0769: per recipient)",
      system: {
        disclosures: [vendorPerScan, { recipient: "TimeVendor Inc.", type: "processor", frequency: "daily", exception: "permitted-by-law" }],
      },
      count: 1,
      messageIncludes: ["on every scan and daily", "in part on no exception and in part on a law that permits it"],
    },
    {
      description: "an unstated exception is a risk for that recipient",
      system: { disclosures: [{ recipient: "CloudHost LLC", type: "cloud-host", frequency: "continuous", exception: "unknown" }] },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/disclosures/0/exception",
      messageIncludes: ["CloudHost LLC continuously", "does not say which 15(d) exception"],
    },
    {
      description: "an unknown list of recipients is one risk",
      system: { disclosures: "unknown" },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/disclosures",
      messageIncludes: ["does not say who receives biometric data from Fingerprint timeclock"],
    },
    {
      description: "an omitted list of recipients defaults to unknown",
      system: { disclosures: null },
      severity: "risk",
      basis: "unknown",
    },
    {
      description: "a one-time disclosure of unknown frequency still fires and notes the accrual question",
      system: { disclosures: [{ recipient: "Acquirer Corp", exception: "none" }] },
      severity: "violation",
      messageIncludes: ["relying on no exception", "How often the data goes to Acquirer Corp is not stated"],
    },
    {
      description: "§1.3 15(d)(1) \"with the consent of the subject\": a disclosure on consent from a system that also holds 120,000 visitors with no relationship to the entity (they could not be asked): a risk",
      system: withVisitors({ count: 120000, illinoisCount: 120000 }, { recipient: "Subscribing retailers" }),
      severity: "risk",
      basis: "fact",
      pointer: "/systems/0/disclosures/0/exception",
      messageIncludes: ["relies on the subjects' consent to disclose biometric data to Subscribing retailers daily", "visitors with no relationship to", "120,000", "their consent to this disclosure is not shown"],
    },
  ],
  silent: [
    {
      description: "§1.3 15(d)(1): a disclosure on consent where every subject has a relationship with the entity (the consent could have been asked)",
      system: { disclosures: [{ recipient: "Payroll Co", type: "processor", frequency: "per-scan", exception: "consent", consentDate: "2019-12-15" }] },
    },
    {
      description: "§1.3 15(d)(1): people with no relationship, but stated to hold no Illinois residents",
      system: withVisitors({ count: 500, illinoisCount: 0 }, { recipient: "Payroll Co", type: "processor", frequency: "per-scan" }),
    },
    { description: "no recipients at all ([])", system: { disclosures: [] } },
    {
      description: "disclosure with the subject's consent",
      system: { disclosures: [{ recipient: "Payroll Processor Inc.", type: "processor", frequency: "daily", exception: "consent" }] },
    },
    {
      description: "completing a financial transaction the subject requested",
      system: { disclosures: [{ recipient: "Card network", type: "other", frequency: "per-scan", exception: "financial-transaction" }] },
    },
    {
      description: "disclosure required by State or federal law or ordinance",
      system: { disclosures: [{ recipient: "State agency", type: "government", frequency: "one-time", exception: "required-by-law" }] },
    },
    {
      description: "point 3: disclosure under a warrant or subpoena issued by a court of competent jurisdiction (15(d)(4); §1.3)",
      system: { disclosures: [{ recipient: "Cook County court", type: "law-enforcement", frequency: "one-time", exception: "warrant-or-subpoena", issuedBy: "court" }] },
    },
    {
      description: "consent given before capture began covers every transmission",
      system: { disclosures: [{ recipient: "Payroll Co", type: "processor", frequency: "per-scan", exception: "consent", consentDate: "2019-12-15" }] },
    },
  ],
});

describe("bipa/15d-disclosure details", () => {
  it("keys each finding by recipient, so fingerprints survive reordering", () => {
    const a = { recipient: "A Corp", exception: "none" };
    const b = { recipient: "B Corp", exception: "none" };
    const first = runRule(disclosure, { description: "", system: { disclosures: [a, b] } }).map((f) => f.fingerprint);
    const second = runRule(disclosure, { description: "", system: { disclosures: [b, a] } }).map((f) => f.fingerprint);
    expect(first).toEqual(["bipa/15d-disclosure|timeclock|A Corp", "bipa/15d-disclosure|timeclock|B Corp"]);
    expect(second).toEqual(first);
  });

  it("gives consent and stop remedies for a violation, and establish-unknown-facts for a risk", () => {
    const [violation] = runRule(disclosure, { description: "", system: { disclosures: [vendorPerScan] } });
    expect(violation?.remedies).toEqual(["obtain-disclosure-consent", "stop-unexcepted-disclosure"]);
    const [risk] = runRule(disclosure, { description: "", system: { disclosures: [{ recipient: "X", exception: "unknown" }] } });
    expect(risk?.remedies[0]).toBe("establish-unknown-facts");
  });

  it("points at the exception, the frequency and the vendor role of each flow", () => {
    const [f] = runRule(disclosure, { description: "", system: { disclosures: [vendorPerScan] } });
    expect(f?.evidence.map((e) => [e.pointer, e.value])).toEqual([
      ["/systems/0/disclosures/0/exception", "none"],
      ["/systems/0/disclosures/0/frequency", "per-scan"],
      ["/systems/0/disclosures/0/type", "processor"],
    ]);
  });

  it("reports only the uncovered flow when one recipient has an excepted and an unexcepted flow", () => {
    const findings = runRule(disclosure, {
      description: "",
      system: {
        disclosures: [
          { recipient: "TimeVendor Inc.", type: "processor", frequency: "daily", exception: "consent" },
          { ...vendorPerScan },
        ],
      },
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.location.pointer).toBe("/systems/0/disclosures/1/exception");
    expect(findings[0]?.message).not.toContain("daily");
  });

  it("a known violation for a recipient outranks an unknown exception for the same recipient", () => {
    const findings = runRule(disclosure, {
      description: "",
      system: { disclosures: [{ recipient: "V", exception: "unknown" }, { recipient: "V", exception: "none" }] },
    });
    expect(findings.map((f) => [f.severity, f.basis])).toEqual([["violation", "fact"]]);
  });
});
