import { describe, expect, it } from "vitest";
import { disclosureExceptions as rule } from "../../../src/packs/tx-cubi/rules/disclosure-exceptions.js";
import { run } from "./fixture.js";

const one = (d: Record<string, unknown>) => ({ disclosures: [{ recipient: "Recipient Co", ...d }] });

describe("tx-cubi/disclosure-exceptions", () => {
  it("§4.1 Sale and disclosure: a disclosure with no exception is a violation", () => {
    const [f] = run(rule, one({ type: "buyer", exception: "none" }));
    expect(f).toMatchObject({ severity: "violation", basis: "fact", evidence: ["/disclosures/0/exception"] });
    expect(f?.message).toContain("Recipient Co");
  });
  it("§4.1 Sale and disclosure (D): a warrant exception to someone other than law enforcement is a violation", () => {
    const [f] = run(rule, one({ type: "customer", exception: "warrant-or-subpoena", issuedBy: "court" }));
    expect(f?.severity).toBe("violation");
    expect(f?.message).toContain("law enforcement");
  });
  it("§4.1 Sale and disclosure (D): an attorney-issued subpoena is not a warrant", () => {
    const [f] = run(rule, one({ type: "law-enforcement", exception: "warrant-or-subpoena", issuedBy: "attorney" }));
    expect(f?.severity).toBe("violation");
    expect(f?.message).toContain("not a warrant");
  });
  it("§4.1 Sale and disclosure (D): court process to law enforcement may be a subpoena: a risk", () => {
    const [f] = run(rule, one({ type: "law-enforcement", exception: "warrant-or-subpoena", issuedBy: "court" }));
    expect(f).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.1 Sale and disclosure (A): a general consent is not the identification-after-disappearance consent", () => {
    const [f] = run(rule, one({ type: "affiliate", exception: "consent" }));
    expect(f).toMatchObject({ severity: "risk", basis: "fact" });
  });
  it("§4.1 Sale and disclosure: unknown recipients or exceptions are risks", () => {
    expect(run(rule, { disclosures: null })[0]).toMatchObject({ severity: "risk", basis: "unknown", evidence: ["/disclosures"] });
    expect(run(rule, one({ exception: "unknown" }))[0]).toMatchObject({ severity: "risk", basis: "unknown" });
  });
  it("§4.1 Sale and disclosure (B), (C): a financial transaction, or a statute that requires or permits it, is silent", () => {
    expect(run(rule, one({ exception: "financial-transaction" }))).toEqual([]);
    expect(run(rule, one({ exception: "required-by-law" }))).toEqual([]);
    expect(run(rule, one({ exception: "permitted-by-law" }))).toEqual([]);
    expect(run(rule, { disclosures: [] })).toEqual([]);
  });
  it("§4.1 Sale and disclosure: one finding per disclosure, each keyed", () => {
    const found = run(rule, { disclosures: [{ recipient: "A", exception: "none" }, { recipient: "B", exception: "required-by-law" }, { recipient: "C", exception: "none" }] });
    expect(found.map((f) => f.key)).toEqual(["/disclosures/0", "/disclosures/2"]);
  });
});
