import { inPossession } from "../gates.js";
import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../rule.js";
import type { System } from "../../../../practices/schema.js";
import type { TriState } from "../../../../practices/primitives.js";
import type { RemedyId } from "../../remedies/ids.js";

type Transfer = System["crossBorderTransfers"][number];

// Stated as the court ruled: the argument was made and did not carry the motion.
export const CLEARVIEW_ARGUMENT =
  "In the Clearview MDL, the plaintiffs argued that Clearview's subsidiaries in Panama and Singapore could be used to move data out of reach; the court found that this did not show likely irreparable harm.";

export const TIKTOK = "the TikTok settlement barred sending US user data out of the US unless disclosed";

function toldSubjects(disclosed: TriState): string {
  return match(disclosed)
    .with(true, () => "Subjects were told of the transfer (the TikTok settlement allowed sending US user data abroad only if disclosed).")
    .with(false, () => `Subjects were not told of the transfer; ${TIKTOK}.`)
    .with("unknown", () => `The profile does not say whether subjects were told of it; ${TIKTOK}.`)
    .exhaustive();
}

function transferRemedies(transfer: Transfer): RemedyId[] {
  return [
    ...(transfer.biometricData === "unknown" || transfer.disclosedToSubjects === "unknown" ? (["establish-unknown-facts"] as const) : []),
    "limit-cross-border-transfers",
    ...(transfer.disclosedToSubjects === true ? [] : (["disclose-in-privacy-policy"] as const)),
  ];
}

function transferFinding(system: System, transfer: Transfer, index: number): FindingDraft | undefined {
  // Two transfers to one destination and recipient stay two findings, so neither hides the other.
  const same = (t: Transfer) => t.destination === transfer.destination && t.recipient === transfer.recipient;
  const repeat = system.crossBorderTransfers.slice(0, index + 1).filter(same).length;
  if (transfer.biometricData === false) return undefined;
  const to = `${transfer.destination}${transfer.recipient ? ` (${transfer.recipient})` : ""}`;
  const entity = transfer.recipient
    ? ` If ${transfer.recipient} is a separate entity, the transfer is also a disclosure that needs one of the four 15(d) exceptions.`
    : "";
  const tail = `${toldSubjects(transfer.disclosedToSubjects)}${entity} Data held abroad may be harder to reach with a destruction order or an injunction. ${CLEARVIEW_ARGUMENT}`;
  const pointer = `/crossBorderTransfers/${index}`;
  return {
    message:
      transfer.biometricData === true
        ? `${system.name} sends biometric data to ${to}. ${tail}`
        : `${system.name} sends data to ${to} that may include biometric data; the profile does not say. ${tail}`,
    evidence: [`${pointer}/biometricData`, `${pointer}/disclosedToSubjects`, `${pointer}/destination`],
    ...(transfer.biometricData === "unknown" ? { basis: "unknown" as const } : {}),
    remedies: transferRemedies(transfer),
    key: `transfer:${transfer.destination}:${transfer.recipient ?? ""}${repeat > 1 ? `#${repeat}` : ""}`,
  };
}

/**
 * `bipa/offshore-transfers`: biometric data a system sends abroad, as a risk (Clearview's Panama and
 * Singapore subsidiaries; the TikTok settlement's bar on undisclosed transfers abroad). Offshore
 * affiliates are organization facts: see `bipa/offshore-affiliates`.
 */
export const offshoreTransfers = defineRule({
  id: "bipa/offshore-transfers",
  title: "Biometric data sent abroad",
  // Moving the data to another entity, including an affiliate abroad, is a dissemination that needs
  // a 15(d) exception; the offshore location itself is a risk to enforcement, not a separate breach.
  section: "740 ILCS 14/15(d)",
  kind: "section",
  engaged: inPossession,
  severity: "risk",
  summary:
    "Reports each cross-border transfer that carries (or may carry) biometric data as a risk; unknown facts are risks with basis unknown.",
  plainLanguage:
    "Sending biometric data abroad makes it harder for a court to order it destroyed and, where another entity receives it, is a disclosure that needs the subject's consent or another exception. In the Clearview case, the plaintiffs pointed to offshore subsidiaries; the court did not find that enough for an injunction. The TikTok settlement barred sending US user data abroad unless disclosed.",
  authorities: ["bipa-15d", "clearview-pi-motion-2021", "clearview-pi-denial-2021", "tiktok-settlement-2022"],
  remedies: ["limit-cross-border-transfers", "disclose-in-privacy-policy", "establish-unknown-facts"],
  tags: ["nexus", "cross-border", "offshore", "clearview", "tiktok"],
  examples: {
    failing: {
      description: "Fingerprint templates are replicated to a Singapore affiliate, and employees were not told.",
      system: {
        crossBorderTransfers: [
          { destination: "Singapore", recipient: "Prairie Fabrication Pte. Ltd.", biometricData: true, disclosedToSubjects: false },
        ],
      },
    },
    passing: {
      description: "Only non-biometric HR records go to the Canadian payroll office.",
      system: { crossBorderTransfers: [{ destination: "Canada", biometricData: false, disclosedToSubjects: true }] },
    },
  },
  check({ system }) {
    return system.crossBorderTransfers.flatMap((t, i) => transferFinding(system, t, i) ?? []);
  },
});
