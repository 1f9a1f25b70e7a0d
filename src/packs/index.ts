import type { Pack, PackRule } from "../core/pack.js";
import { bipaPack } from "./bipa/index.js";
import { caCcpaPack } from "./ca-ccpa/index.js";
import { coBiometricPack } from "./co-biometric/index.js";
import { euAiActPack } from "./eu-ai-act/index.js";
import { euGdprPack } from "./eu-gdpr/index.js";
import { nycBiometricPack } from "./nyc-biometric/index.js";
import { portlandFrPack } from "./portland-fr/index.js";
import { txCubiPack } from "./tx-cubi/index.js";
import { waBiometricPack } from "./wa-biometric/index.js";
import { waMhmdaPack } from "./wa-mhmda/index.js";
import { bipaRules } from "./bipa/rules/index.js";

/**
 * The shipped packs, in the order they run and appear in reports. Adding a law is a folder
 * `src/packs/<id>/` whose `index.ts` exports its `Pack`, plus one entry here.
 */
export const SHIPPED_PACKS: readonly Pack[] = [
  bipaPack,
  txCubiPack,
  waBiometricPack,
  waMhmdaPack,
  coBiometricPack,
  nycBiometricPack,
  portlandFrPack,
  caCcpaPack,
  euGdprPack,
  euAiActPack,
];

/** The ids of the shipped packs, in order. */
export const PACK_IDS: readonly string[] = SHIPPED_PACKS.map((p) => p.id);

/** What `rules`, `explain`, the docs and SARIF read of a rule, of any pack. */
export type RuleInfo = Pick<PackRule, "id" | "title" | "section" | "severity" | "summary" | "plainLanguage" | "authorities" | "remedies" | "tags">;

/** Every shipped rule, pack by pack (BIPA's in its catalog order, the others scope, section, organization). */
export const SHIPPED_RULES: readonly RuleInfo[] = SHIPPED_PACKS.flatMap((p): readonly RuleInfo[] =>
  p.id === "bipa" ? bipaRules : [...(p.scopeRules ?? []), ...p.rules, ...(p.organizationRules ?? [])],
);

/** The ids of every shipped rule. */
export const SHIPPED_RULE_IDS: readonly string[] = SHIPPED_RULES.map((r) => r.id);

/** A shipped pack by id. */
export function packById(id: string): Pack | undefined {
  return SHIPPED_PACKS.find((p) => p.id === id);
}

/** The title of a remedy id of any shipped pack (the id itself if no pack has it). */
export function remedyTitleOf(id: string): string {
  for (const pack of SHIPPED_PACKS) {
    const remedy = pack.remedies.find((r) => r.id === id);
    if (remedy) return remedy.title;
  }
  return id;
}
