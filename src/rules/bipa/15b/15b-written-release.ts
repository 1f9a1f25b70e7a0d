import { match, P } from "ts-pattern";
import { defineRule, type EvidenceRef, type FindingDraft } from "../../../engine/rule.js";
import type { RemedyId } from "../../../remedies/ids.js";
import type { SubjectGroup, System } from "../../../practices/schema.js";
import { AMENDMENT_EFFECTIVE, joinWords, modalityWords, populationsWords } from "./wording.js";
import { possessive } from "../wording.js";

/** A deciding fact the profile leaves unknown: where it is and what it decides, in words. */
interface Unknown {
  pointer: string;
  words: string;
}

/** What each check returns: findings on stated facts, and the unknowns that leave the release in doubt. */
interface Outcome {
  drafts: FindingDraft[];
  unknowns: Unknown[];
}

const NONE: Outcome = { drafts: [], unknowns: [] };

const RELEASE_TYPE_WORDS = { "electronic-signature": "an electronic-signature", "click-through": "a click-through" } as const;

export const writtenRelease = defineRule({
  id: "bipa/15b-written-release",
  title: "Written release signed by the subject or a legally authorized representative",
  section: "740 ILCS 14/15(b)(3)",
  kind: "section",
  severity: "violation",
  summary:
    "Fires when there is no release or only a verbal one, when the release does not cover every subject, when minors' releases are not signed by a parent or guardian, when an employment-condition release is used for people who are not employees, or when a union signs for people it does not represent; notes reliance on a union's signature or on an electronic release signed before PA 103-0769; a deciding fact left unknown is a risk.",
  plainLanguage:
    "Before collecting, a company must receive a written release signed by the person or their legally authorized representative. A wet signature counts; since PA 103-0769 (2 Aug 2024) the definition names electronic signatures too, which practitioners read as a clarification of what E-SIGN and Illinois' Electronic Commerce Security Act already allowed. An employer may make the release a condition of employment, but only for employees (Sec. 10). Minors' releases come from a parent or guardian. A missing release is actionable by itself (Rosenbach), employees can sue despite workers' compensation (McDonald), and a vendor running the scanner is no defence (Rogers v. BNSF).",
  authorities: ["bipa-15b", "bipa-10", "pa-103-0769", "rosenbach-2019", "mcdonald-2022", "bryant-2020", "rogers-bnsf-2023", "miller-2019"],
  remedies: ["obtain-written-release", "stop-collection-until-release", "destroy-unconsented-data", "obtain-parental-release-for-minors"],
  tags: ["15(b)", "release", "consent", "minors", "employment", "union"],
  examples: {
    failing: {
      description: "Employees agree verbally when a supervisor enrolls their fingerprint.",
      system: { release: { type: "verbal" } },
    },
    passing: {
      description: "A theme park takes minors' thumbprints only with a release signed by a parent or guardian.",
      system: {
        subjects: [{ population: "minors", count: 800, illinoisCount: 800, unionRepresented: false, relationship: "direct" }],
        release: { signedBy: "parent-or-guardian", employmentCondition: false },
      },
    },
  },
  check({ system }) {
    const minors = system.subjects.some((g) => g.population === "minors");
    const missing = missingRelease(system, minors);
    if (missing) return [missing];

    const outcomes = [
      releaseTypeKnown(system),
      electronicBeforeAmendment(system),
      minorsSigner(system, minors),
      unionSigner(system),
      employmentCondition(system),
      coversAllSubjects(system, minors),
    ];
    const drafts = outcomes.flatMap((o) => o.drafts);
    const unknowns = outcomes.flatMap((o) => o.unknowns);
    if (unknowns.length > 0) {
      drafts.push({
        message: `For ${system.name}, the profile does not state ${joinWords(unknowns.map((u) => u.words))}. Each decides whether ${system.name} holds a valid written release under 15(b)(3), so the facts must be established.`,
        evidence: unknowns.map((u): EvidenceRef => u.pointer),
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts", "obtain-written-release"],
        key: "/release/unknown",
      });
    }
    return drafts;
  },
});

/** No release, or a verbal one: one violation, and the other release facts no longer matter. */
function missingRelease(system: System, minors: boolean): FindingDraft | undefined {
  const remedies: RemedyId[] = [
    "obtain-written-release",
    ...(minors ? (["obtain-parental-release-for-minors"] as const) : []),
    "stop-collection-until-release",
    "destroy-unconsented-data",
  ];
  const what = modalityWords(system);
  return match(system.release.type)
    .returnType<FindingDraft | undefined>()
    .with("none", () => ({
      message: `${system.name} collects ${what} without any written release. 15(b)(3) requires a written release signed by each subject or their legally authorized representative before collection; its absence is actionable by itself (Rosenbach).`,
      evidence: ["/release/type"],
      remedies,
      key: "/release/type",
    }))
    .with("verbal", () => ({
      message: `${system.name} relies on a verbal release for ${what}. 15(b)(3) requires a written release (informed written consent, an electronic signature, or for employees a release executed as a condition of employment); a spoken agreement is none of these.`,
      evidence: ["/release/type"],
      remedies,
      key: "/release/type",
    }))
    .with(P.union("wet-signature", "electronic-signature", "click-through", "unknown"), () => undefined)
    .exhaustive();
}

function releaseTypeKnown(system: System): Outcome {
  return system.release.type === "unknown"
    ? { drafts: [], unknowns: [{ pointer: "/release/type", words: "what form of release (if any) subjects give" }] }
    : NONE;
}

/**
 * An electronic or click-through release first obtained before 2 Aug 2024 is still a release: the
 * amendment is read as a clarification (bipa-reference.md §1.2). Worth an info note, never a violation.
 */
function electronicBeforeAmendment(system: System): Outcome {
  const { type, date } = system.release;
  if ((type !== "electronic-signature" && type !== "click-through") || date === "unknown" || date >= AMENDMENT_EFFECTIVE) return NONE;
  return {
    drafts: [
      {
        message: `${system.name} relies on ${RELEASE_TYPE_WORDS[type]} release first obtained on ${date}, before PA 103-0769 (effective ${AMENDMENT_EFFECTIVE}) added "electronic signature" to the definition of written release. Practitioners read the amendment as a clarification, since the federal E-SIGN Act and Illinois' Electronic Commerce Security Act already gave electronic signatures legal effect, so it is treated here as a written release. Keep the records that show each subject adopted it.`,
        evidence: ["/release/type", "/release/date"],
        severity: "info",
        remedies: [],
        key: "/release/pre-amendment-electronic",
      },
    ],
    unknowns: [],
  };
}

/** Minors: the release must come from a parent or guardian as legally authorized representative. */
function minorsSigner(system: System, minors: boolean): Outcome {
  if (!minors) return NONE;
  return match(system.release.signedBy)
    .returnType<Outcome>()
    .with(P.union("parent-or-guardian", "legally-authorized-representative"), () => NONE)
    .with("unknown", () => ({
      drafts: [],
      unknowns: [{ pointer: "/release/signedBy", words: "who signs the release (minors need a parent or guardian)" }],
    }))
    .with(P.union("subject", "union"), (signer) => ({
      drafts: [
        {
          message: `${system.name} collects from minors, but the release is signed by ${signer === "subject" ? "the minors themselves" : "a union"}. 15(b)(3) lets a legally authorized representative sign, and for a minor that is a parent or guardian; obtain their signed release. Rosenbach v. Six Flags arose from a 14-year-old's thumbprint taken for a season pass without written notice or release.`,
          evidence: ["/release/signedBy", `/subjects/${system.subjects.findIndex((g) => g.population === "minors")}/population`],
          remedies: ["obtain-parental-release-for-minors", "stop-collection-until-release", "destroy-unconsented-data"],
          key: "/release/signedBy/minors",
        },
      ],
      unknowns: [],
    }))
    .exhaustive();
}

/**
 * A union may sign as legally authorized representative, but only for the staff it represents
 * (Miller v. Southwest, whose reporter citation is unverified). Minors are left to minorsSigner.
 */
function unionSigner(system: System): Outcome {
  if (system.release.signedBy !== "union") return NONE;
  const indexed = system.subjects.map((group, index) => ({ group, index })).filter(({ group }) => group.population !== "minors");
  const by = (value: SubjectGroup["unionRepresented"]) => indexed.filter(({ group }) => group.unionRepresented === value);
  const represented = by(true);
  const notRepresented = by(false);
  const drafts: FindingDraft[] = [];
  if (notRepresented.length > 0) {
    drafts.push({
      message: `A union signed the release for ${system.name}, but the ${populationsWords(notRepresented.map((i) => i.group))} are not union-represented, so the union is not their legally authorized representative under 15(b)(3). They need a release signed by themselves.`,
      evidence: ["/release/signedBy", ...notRepresented.map((i) => `/subjects/${i.index}/unionRepresented`)],
      remedies: ["obtain-written-release", "stop-collection-until-release", "destroy-unconsented-data"],
      key: "/release/signedBy/union",
    });
  }
  if (represented.length > 0 || system.subjects.length === 0) {
    drafts.push({
      message: `${system.name} relies on the union's signature as the legally authorized representative of ${represented.length > 0 ? `the union-represented ${populationsWords(represented.map((i) => i.group))}` : "the workforce"}. Miller v. Southwest Airlines (7th Cir. 2019; reporter citation unverified) treats a union as able to act in that role, and disputes over it may be preempted by the Railway Labor Act or the Labor Management Relations Act and go to a labour forum rather than a court. Confirm the collective bargaining agreement covers consent to biometric collection.`,
      evidence: ["/release/signedBy", ...represented.map((i) => `/subjects/${i.index}/unionRepresented`)],
      severity: "info",
      remedies: [],
      key: "/release/signedBy/union-note",
    });
  }
  return {
    drafts,
    unknowns: by("unknown").map((i) => ({
      pointer: `/subjects/${i.index}/unionRepresented`,
      words: `whether the ${populationsWords([i.group])} the union signed for are union-represented`,
    })),
  };
}

/** Sec. 10 accepts a release executed as a condition of employment only from an employee. */
function employmentCondition(system: System): Outcome {
  const others = system.subjects.map((group, index) => ({ group, index })).filter(({ group }) => group.population !== "employees");
  const hasEmployees = system.subjects.some((g) => g.population === "employees");
  return match(system.release.employmentCondition)
    .returnType<Outcome>()
    .with(true, () =>
      others.length === 0
        ? NONE
        : {
            drafts: [
              {
                message: `${possessive(system.name)} release is executed as a condition of employment, which Sec. 10 accepts only from employees. The ${populationsWords(others.map((o) => o.group))} are not employees, so they need their own informed written consent before collection.`,
                evidence: ["/release/employmentCondition", ...others.map((o) => `/subjects/${o.index}/population`)],
                remedies: ["obtain-written-release", "stop-collection-until-release", "destroy-unconsented-data"],
                key: "/release/employmentCondition",
              },
            ],
            unknowns: [],
          },
    )
    // Only decisive when one form may be reused for employees and non-employees alike.
    .with("unknown", () =>
      hasEmployees && others.length > 0
        ? {
            drafts: [],
            unknowns: [
              {
                pointer: "/release/employmentCondition",
                words: `whether the release is a condition of employment (valid only for employees, not for the ${populationsWords(others.map((o) => o.group))})`,
              },
            ],
          }
        : NONE,
    )
    .with(false, () => NONE)
    .exhaustive();
}

function coversAllSubjects(system: System, minors: boolean): Outcome {
  return match(system.release.coversAllSubjects)
    .returnType<Outcome>()
    .with(false, () => ({
      drafts: [
        {
          message: `Not every subject of ${system.name} has signed a release. Collecting ${modalityWords(system)} from anyone who has not breaches 15(b)(3), person by person.`,
          evidence: ["/release/coversAllSubjects"],
          remedies: [
            "obtain-written-release",
            ...(minors ? (["obtain-parental-release-for-minors"] as const) : []),
            "stop-collection-until-release",
            "destroy-unconsented-data",
          ],
          key: "/release/coversAllSubjects",
        },
      ],
      unknowns: [],
    }))
    .with("unknown", () => ({
      drafts: [],
      unknowns: [{ pointer: "/release/coversAllSubjects", words: "whether every subject has signed a release" }],
    }))
    .with(true, () => NONE)
    .exhaustive();
}
