import { signerOf } from "../../signer.js";
import { collects } from "../gates.js";
import { defineRule, type EvidenceRef, type FindingDraft } from "../../rule.js";
import type { RemedyId } from "../../remedies/ids.js";
import type { SubjectGroup, System } from "../../../../practices/schema.js";
import { isZero } from "../../../../practices/counts.js";
import { earliestDay } from "../../../../practices/dates.js";
import { AMENDMENT_EFFECTIVE, countWords, groupSizeWords, joinWords, modalityWords, populationsWords } from "./wording.js";
import { possessive } from "../wording.js";
import { unreachable } from "../../../../util/unreachable.js";

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
  engaged: collects,
  severity: "violation",
  summary:
    "Fires when there is no release or only a verbal one, when the release does not cover every subject (or a subject group's status says nobody, or not everyone, signed), when a union signs for minors or for people it does not represent, or when an employment-condition release is used for people who are not employees. A minor's own signature is a risk (contractual capacity is an open question), not a violation. Notes reliance on a union's signature or on an electronic release signed before PA 103-0769; a deciding fact left unknown is a risk.",
  plainLanguage:
    "Before collecting, a company must receive a written release signed by the person or their legally authorized representative. A wet signature counts; since PA 103-0769 (2 Aug 2024) the definition names electronic signatures too, which practitioners read as a clarification of what E-SIGN and Illinois' Electronic Commerce Security Act already allowed. An employer may make the release a condition of employment, but only for employees (Sec. 10). For minors, a parent's or guardian's signature is the safe course: the text accepts a release executed by the subject, but whether a minor's own signature binds is an open question of capacity. A missing release is actionable by itself (Rosenbach), employees can sue despite workers' compensation (McDonald), and a vendor running the scanner is no defence (Rogers v. BNSF).",
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
      groupStatuses(system),
      releaseTypeKnown(system),
      electronicBeforeAmendment(system),
      minorsSigner(system, minors),
      unionSigner(system),
      employmentCondition(system),
      coversAllSubjects(system, minors),
    ];
    // Plain loops: flatMap over seven mostly empty outcomes cost more than the checks themselves.
    const drafts: FindingDraft[] = [];
    const unknowns: Unknown[] = [];
    for (const o of outcomes) {
      for (const d of o.drafts) drafts.push(d);
      for (const u of o.unknowns) unknowns.push(u);
    }
    // Once a violation of 15(b)(3) stands on stated facts, the unknowns cannot change the grade (they
    // change only who is counted, which the estimate reads from the facts): no risk asks for them.
    const violated = drafts.some((d) => (d.severity ?? "violation") === "violation");
    if (unknowns.length > 0 && !violated) {
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
  const type = system.release.type;
  switch (type) {
    case "wet-signature":
    case "electronic-signature":
    case "click-through":
    case "unknown":
      return undefined;
    case "none":
      return {
        message: `${system.name} collects ${modalityWords(system)} without any written release. 15(b)(3) requires a written release signed by each subject or their legally authorized representative before collection; its absence is actionable by itself (Rosenbach).`,
        evidence: ["/release/type"],
        remedies: missingRemedies(minors),
        key: "/release/type",
      };
    case "verbal":
      return {
        message: `${system.name} relies on a verbal release for ${modalityWords(system)}. 15(b)(3) requires a written release (informed written consent, an electronic signature, or for employees a release executed as a condition of employment); a spoken agreement is none of these.`,
        evidence: ["/release/type"],
        remedies: missingRemedies(minors),
        key: "/release/type",
      };
    default:
      return unreachable(type);
  }
}

/** What a missing release calls for: a release (from a parent or guardian for minors), and a stop until then. */
function missingRemedies(minors: boolean): RemedyId[] {
  return [
    "obtain-written-release",
    ...(minors ? (["obtain-parental-release-for-minors"] as const) : []),
    "stop-collection-until-release",
    "destroy-unconsented-data",
  ];
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
  if ((type !== "electronic-signature" && type !== "click-through") || date === "unknown" || earliestDay(date) >= AMENDMENT_EFFECTIVE) return NONE;
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

/**
 * Minors: a release "executed by the subject" meets the text of 15(b)(3) even when the subject is a
 * minor; whether a minor's own signature binds is a contract-capacity question the reference leaves
 * open [UNVERIFIED], so it is a risk, not a violation. A union is no minor's representative.
 */
function minorsSigner(system: System, minors: boolean): Outcome {
  if (!minors) return NONE;
  // Every minors group names its own signer: the group decides (groupReleases), not said twice.
  const minorGroups = system.subjects.filter((g) => g.population === "minors");
  if (minorGroups.every((g) => g.release !== undefined && g.release.signedBy !== "unknown")) return NONE;
  const signedBy = system.release.signedBy;
  const minorGroup = () => `/subjects/${system.subjects.findIndex((g) => g.population === "minors")}/population`;
  switch (signedBy) {
    case "parent-or-guardian":
    case "legally-authorized-representative":
      return NONE;
    case "unknown":
      return {
        drafts: [],
        unknowns: [{ pointer: "/release/signedBy", words: "who signs the release for the minors (the minors themselves, or a parent or guardian)" }],
      };
    case "subject":
      return {
        drafts: [
          {
            message: `${system.name} collects from minors who sign the release themselves. A release "executed by the subject" meets the words of 15(b)(3), but whether a minor's own signature binds is a question of contractual capacity that no ruling in the project's legal reference answers, so the release may not hold. A parent's or guardian's signature, as the minor's legally authorized representative, removes the doubt. Rosenbach v. Six Flags arose from a 14-year-old's thumbprint taken for a season pass without written notice or release.`,
            evidence: ["/release/signedBy", minorGroup()],
            severity: "risk",
            remedies: ["obtain-parental-release-for-minors"],
            key: "/release/signedBy/minors",
          },
        ],
        unknowns: [],
      };
    case "union":
      return {
        drafts: [
          {
            message: `${system.name} collects from minors, but the release is signed by a union. 15(b)(3) accepts a release executed by the subject or the subject's legally authorized representative, and a union is no minor's representative; obtain a release signed by a parent or guardian.`,
            evidence: ["/release/signedBy", minorGroup()],
            remedies: ["obtain-parental-release-for-minors", "stop-collection-until-release", "destroy-unconsented-data"],
            key: "/release/signedBy/minors",
          },
        ],
        unknowns: [],
      };
    default:
      return unreachable(signedBy);
  }
}

/**
 * A union may sign as legally authorized representative, but only for the staff it represents
 * (Miller v. Southwest, 7th Cir. 2019). Minors are left to minorsSigner.
 */
function unionSigner(system: System): Outcome {
  // The groups the union signed for: by their own signedBy, or the system's where they give none.
  const indexed = system.subjects
    .map((group, index) => ({ group, index }))
    .filter(({ group }) => group.population !== "minors" && signerOf(group, system) === "union");
  if (indexed.length === 0 && !(system.release.signedBy === "union" && system.subjects.length === 0)) return NONE;
  const by = (value: SubjectGroup["unionRepresented"]) => indexed.filter(({ group }) => group.unionRepresented === value);
  const represented = by(true);
  const notRepresented = by(false);
  const drafts: FindingDraft[] = [];
  if (notRepresented.length > 0) {
    drafts.push({
      message: `A union signed the release for ${system.name}, but the ${populationsWords(notRepresented.map((i) => i.group))} are not union-represented, so the union is not their legally authorized representative under 15(b)(3). They need a release signed by themselves.`,
      evidence: [system.release.signedBy === "union" ? "/release/signedBy" : `/subjects/${notRepresented[0]!.index}/release/signedBy`, ...notRepresented.map((i) => `/subjects/${i.index}/unionRepresented`)],
      remedies: ["obtain-written-release", "stop-collection-until-release", "destroy-unconsented-data"],
      key: "/release/signedBy/union",
    });
  }
  if (represented.length > 0 || system.subjects.length === 0) {
    drafts.push({
      message: `${system.name} relies on the union's signature as the legally authorized representative of ${represented.length > 0 ? `the union-represented ${populationsWords(represented.map((i) => i.group))}` : "the workforce"}. Miller v. Southwest Airlines, 926 F.3d 898 (7th Cir. 2019) treats a union as able to act in that role, and the claims of employees in a bargaining unit covered by a collective bargaining agreement are likely preempted by the Railway Labor Act or LMRA §301 and go to a labour forum, whoever signed (Walton v. Roosevelt University, Ill. 2023). Confirm the agreement covers consent to biometric collection, and record its coverage per group (collectiveBargaining).`,
      evidence: [system.release.signedBy === "union" || represented.length === 0 ? "/release/signedBy" : `/subjects/${represented[0]!.index}/release/signedBy`, ...represented.map((i) => `/subjects/${i.index}/unionRepresented`)],
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
  const condition = system.release.employmentCondition;
  if (condition === false) return NONE;
  const others = system.subjects.map((group, index) => ({ group, index })).filter(({ group }) => group.population !== "employees");
  if (condition === true) {
    if (others.length === 0) return NONE;
    return {
      drafts: [
        {
          message: `${possessive(system.name)} release is executed as a condition of employment, which Sec. 10 accepts only from employees. The ${populationsWords(others.map((o) => o.group))} are not employees, so they need their own informed written consent before collection.`,
          evidence: ["/release/employmentCondition", ...others.map((o) => `/subjects/${o.index}/population`)],
          remedies: ["obtain-written-release", "stop-collection-until-release", "destroy-unconsented-data"],
          key: "/release/employmentCondition",
        },
      ],
      unknowns: [],
    };
  }
  if (condition !== "unknown") return unreachable(condition);
  // Only decisive when one form may be reused for employees and non-employees alike.
  const hasEmployees = system.subjects.some((g) => g.population === "employees");
  if (!hasEmployees || others.length === 0) return NONE;
  return {
    drafts: [],
    unknowns: [
      {
        pointer: "/release/employmentCondition",
        words: `whether the release is a condition of employment (valid only for employees, not for the ${populationsWords(others.map((o) => o.group))})`,
      },
    ],
  };
}

/**
 * Per-group release status (bipa-reference.md §5.9 item 48), where the profile gives it: a group in
 * which nobody, or not everyone, signed is a violation for that group; an unknown status an unknown.
 * A group that signed only after capture began is the timing rule's finding (bipa/15b-release-timing).
 */
function groupStatuses(system: System): Outcome {
  const drafts: FindingDraft[] = [];
  const unknowns: Unknown[] = [];
  system.subjects.forEach((group, index) => {
    const release = group.release;
    if (!release) return;
    const pointer = `/subjects/${index}/release/status`;
    const status = release.status;
    switch (status) {
      case "before-first-capture":
      case "after-first-capture":
        break;
      case "unknown":
        unknowns.push({ pointer, words: `whether the ${populationsWords([group])} signed a release` });
        break;
      case "none":
        drafts.push({
          message: `${system.name} collects ${modalityWords(system)} from ${groupWho(group)} without a written release from any of them. 15(b)(3) requires a written release signed by each subject or their legally authorized representative before collection; its absence is actionable by itself (Rosenbach).`,
          evidence: [pointer, `/subjects/${index}/illinoisCount`],
          remedies: missingRemedies(group.population === "minors"),
          key: `/subjects/${index}/release`,
        });
        break;
      case "mixed":
        if (isZero(release.illinoisWithoutRelease)) break;
        drafts.push({
          message: `Not everyone among ${groupWho(group)} of ${system.name} signed a written release before their first capture: ${countWords(release.illinoisWithoutRelease, "Illinois person", "Illinois people")} did not. Collecting from each of them breaches 15(b)(3), person by person.`,
          evidence: [pointer, `/subjects/${index}/release/illinoisWithoutRelease`],
          remedies: missingRemedies(group.population === "minors"),
          key: `/subjects/${index}/release`,
        });
        break;
      default:
        unreachable(status);
    }
    if (group.population === "minors" && release.signedBy === "subject" && release.status !== "none") {
      drafts.push({
        message: `The minors enrolled in ${system.name} sign the release themselves. A release "executed by the subject" meets the words of 15(b)(3), but whether a minor's own signature binds is a question of contractual capacity that no ruling in the project's legal reference answers; a parent's or guardian's signature removes the doubt.`,
        evidence: [`/subjects/${index}/release/signedBy`, `/subjects/${index}/population`],
        severity: "risk",
        remedies: ["obtain-parental-release-for-minors"],
        key: `/subjects/${index}/release/signedBy`,
      });
    }
  });
  return { drafts, unknowns };
}

function coversAllSubjects(system: System, minors: boolean): Outcome {
  // Every group's status stated: the groups answer whether everyone signed.
  if (system.subjects.length > 0 && system.subjects.every((g) => g.release !== undefined && g.release.status !== "unknown")) return NONE;
  const covers = system.release.coversAllSubjects;
  if (covers === true) return NONE;
  if (covers === "unknown") return { drafts: [], unknowns: [{ pointer: "/release/coversAllSubjects", words: "whether every subject has signed a release" }] };
  if (covers !== false) return unreachable(covers);
  return {
    drafts: [
      {
        message: `Not every subject of ${system.name} has signed a release. Collecting ${modalityWords(system)} from anyone who has not breaches 15(b)(3), person by person.`,
        evidence: ["/release/coversAllSubjects"],
        remedies: missingRemedies(minors),
        key: "/release/coversAllSubjects",
      },
    ],
    unknowns: [],
  };
}

/** A subject group in a message: its population and size. */
function groupWho(group: SubjectGroup): string {
  return `the ${populationsWords([group])} (${groupSizeWords(group)})`;
}
