import type { PackApplicability, PackSystemContext } from "../../core/pack.js";
import { PROHIBITION_APPLIES_FROM, scopeElements } from "./elements.js";

/**
 * Whether the AI Act's Art. 5(1)(e) ban reaches one system: the date, an AI system placed on the
 * market or used in the EU, that creates or expands a facial recognition database. How the images
 * are gathered is the rule's question. A closed element decides; an open one makes it unknown.
 */
export function euAiActApplicability({ system, asOf }: PackSystemContext): PackApplicability {
  const name = system.name;
  if (asOf < PROHIBITION_APPLIES_FROM) {
    return {
      status: "does-not-apply",
      reasons: [`On ${asOf} the AI Act's prohibitions did not yet apply; Art. 5 applies from 2 Feb 2025 (Art. 113(a)).`],
      evidence: [],
    };
  }
  const elements = scopeElements(system);
  const evidence = elements.map((e) => e.pointer);
  const closed = elements.filter((e) => e.answer === "no");
  if (closed.length > 0) {
    return {
      status: "does-not-apply",
      reasons: closed.map((e) => `${name} ${e.not} (${e.field}), so Art. 5(1)(e) does not reach it.`),
      evidence,
    };
  }
  const open = elements.filter((e) => e.answer === "unknown");
  if (open.length > 0) {
    return { status: "unknown", reasons: open.map((e) => `${name}: the profile does not say whether it ${e.words} (${e.field}).`), evidence };
  }
  return {
    status: "applies",
    reasons: [`${name} is an AI system that creates or expands a facial recognition database and is placed on the market, put into service or used in the EU.`],
    evidence,
  };
}
