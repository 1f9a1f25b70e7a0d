import { profileMeasure } from "../src/packs/bipa/plan/measures.js";
import { remedies, type Remedy, type RemedyOrigin } from "../src/packs/bipa/remedies/catalog.js";
import { authorities, citeAuthority } from "../src/packs/bipa/authorities.js";

/**
 * docs/remedies.md, generated from the remedies catalog (src/packs/bipa/remedies/catalog.ts) and the plan's
 * profile transformations (src/packs/bipa/plan/measures.ts). tests/remedies/docs.test.ts fails when the page is
 * stale; `BIPA_UPDATE=1 npx vitest run tests/remedies/docs.test.ts` rewrites it.
 */
export const REMEDIES_DOC_PATH = "docs/remedies.md";

const ORIGINS: ReadonlyArray<{ origin: RemedyOrigin; heading: string; intro: string }> = [
  {
    origin: "statute",
    heading: "The statute's own steps (740 ILCS 14/15)",
    intro:
      "Steps drawn from Sec. 15 itself. Most are cures. The single security controls (encryption in transit, access restriction) are parts of the 15(e) standard of care and only mitigate on their own: 15(e) is met through its two limbs, the industry standard and parity.",
  },
  {
    origin: "clearview-pi-ruling",
    heading: "Measures the court noted in the Clearview MDL",
    intro:
      "The changes Clearview had made since January 2020, which the court noted when it denied a preliminary injunction because the plaintiffs had not shown likely irreparable harm (N.D. Ill., reported in 2021; the order's exact date is unverified). The court weighed them for harm, not liability.",
  },
  {
    origin: "clearview-relief-sought",
    heading: "Relief the Clearview MDL plaintiffs sought",
    intro: "Asked for in the preliminary-injunction motion (Dkt. 31, 9 Apr 2021), which was denied.",
  },
  {
    origin: "aclu-consent-order",
    heading: "ACLU v. Clearview AI consent order (Cook County, 11 May 2022)",
    intro: "Terms agreed to settle the ACLU's BIPA case. The order's exact exceptions for private entities are unverified.",
  },
  {
    origin: "settlement",
    heading: "Class settlements: Facebook, TikTok, Google, Snap",
    intro: "Injunctive terms agreed in class settlements. They lower continuing harm; the statute's own cure for the same gap is listed above.",
  },
  {
    origin: "engine",
    heading: "For facts the profile leaves unknown",
    intro: "Not a legal remedy: the step that turns a risk finding into a pass or a finding with a known cure.",
  },
];

/** Text safe inside a Markdown table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

function ruleLink(ruleId: string): string {
  const slug = ruleId.slice(ruleId.indexOf("/") + 1);
  return `[\`${ruleId}\`](rules/${slug}.md)`;
}

function sourceLine(id: Remedy["sources"][number]): string {
  const a = authorities[id];
  const flag = a.status === "V" ? "" : ` (verification: ${a.status})`;
  return `- ${citeAuthority(a)}${flag}: ${a.holding}`;
}

function entry(r: Remedy): string {
  const measure = profileMeasure(r.id);
  return [
    `### ${r.title}`,
    "",
    `\`${r.id}\` · **${r.effect === "cures" ? "Cures" : "Mitigates"}**`,
    "",
    `**What it requires.** ${r.requires}`,
    "",
    `**Why it ${r.effect === "cures" ? "cures" : "only mitigates"}.** ${r.why}`,
    "",
    `**Findings it answers.** ${r.addresses.length > 0 ? r.addresses.map(ruleLink).join(", ") : "No rule in the BIPA pack names it yet; findings may still name it."}`,
    "",
    `**In the plan's what-if.** ${measure.description}`,
    "",
    "**Sources.**",
    "",
    ...r.sources.map(sourceLine),
  ].join("\n");
}

/** The whole page. */
export function renderRemediesDoc(): string {
  const summary = [
    "| Measure | Id | Effect | From |",
    "| --- | --- | --- | --- |",
    ...remedies.map((r) => `| ${cell(r.title)} | \`${r.id}\` | ${r.effect} | ${cell(ORIGINS.find((o) => o.origin === r.origin)?.heading ?? r.origin)} |`),
  ].join("\n");
  const sections = ORIGINS.map(({ origin, heading, intro }) => {
    const list = remedies.filter((r) => r.origin === origin);
    return list.length === 0 ? "" : [`## ${heading}`, "", intro, "", list.map(entry).join("\n\n")].join("\n");
  }).filter((s) => s !== "");
  return `${[
    "<!-- Generated from src/packs/bipa/remedies/catalog.ts and src/packs/bipa/plan/measures.ts by scripts/remedies-doc.ts. Do not edit by hand: change the catalog and run `BIPA_UPDATE=1 npx vitest run tests/remedies/docs.test.ts`. -->",
    "",
    "# Remedial measures",
    "",
    "Every finding names the measures that answer it. Each measure below says what it requires, whether it **cures** the practice or only **mitigates** harm, the rules whose findings name it, how `plan()` models it as a change to the profile, and where it comes from.",
    "",
    "- **Cures**: a step Sec. 15 itself requires. It brings the practice into compliance from the day it is taken. It does not erase what came before: violations before it stay actionable within the five-year look-back (Tims v. Black Horse Carriers, 2023), and a policy adopted late does not cure the gap (Mora v. J&M Plating, 2022).",
    "- **Mitigates**: a measure from a ruling, consent order or settlement that lowers continuing harm or the Illinois nexus, or a single security control that 15(e) does not name. In the Clearview MDL the court weighed such measures for irreparable harm, not liability. The plan never lowers the exposure estimate for a mitigating measure.",
    "",
    "This page is an assessment aid, not legal advice.",
    "",
    summary,
    "",
    sections.join("\n\n"),
  ].join("\n")}\n`;
}
