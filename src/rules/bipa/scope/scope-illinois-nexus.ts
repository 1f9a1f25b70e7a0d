import { match } from "ts-pattern";
import { defineRule, type FindingDraft } from "../../../engine/rule.js";
import { excluded, unsettled } from "./drafts.js";
import { nexusFacts, PRESENCE_POINTER, type NexusFact } from "./illinois-nexus-facts.js";
import { joinWords, possessive } from "../wording.js";

const AVERY = "Avery v. State Farm, Ill. 2005";
const TEST = '"primarily and substantially in Illinois"';

export const illinoisNexus = defineRule({
  id: "bipa/scope-illinois-nexus",
  title: "Illinois nexus (extraterritoriality)",
  section: "740 ILCS 14/1 et seq. (extraterritoriality)",
  kind: "scope",
  severity: "risk",
  summary:
    "Takes a system outside BIPA only when every nexus fact points away from Illinois: an Illinois subject share of 0, capture outside Illinois, no Illinois subjects in any listed group, and no Illinois facilities, employees, customers, contracts or marketing. Illinois contacts mixed with out-of-state facts are an info finding (a question of fact, not a defence); no Illinois contact with facts left unknown is a risk. Capture in Illinois ends the question. An empty subject list is read as not described, so the exclusion can rest on the stated share.",
  plainLanguage:
    'An Illinois statute does not reach outside the state unless it clearly says so, and federal courts apply that rule to BIPA: the conduct must occur "primarily and substantially in Illinois" (Avery). That is decided on the facts. Rivera v. Google (2017) left it for discovery, and In re Clearview AI (2022) refused to dismiss a New York company\'s case, relying in part on its contracts with Illinois entities. So an out-of-state company with Illinois subjects or customers should not count on this defence; only a system with no Illinois connection at all is treated as outside the Act.',
  authorities: ["avery-2005", "rivera-google-2017", "clearview-mtd-2022", "vance-google-2024", "patel-2019"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "extraterritoriality", "illinois-nexus"],
  examples: {
    failing: {
      description: "An Indiana plant's timeclock: no Illinois staff, capture, customers or presence.",
      organization: {
        illinoisPresence: { facilities: false, employees: false, customersOrContracts: false, marketsToIllinois: false },
      },
      system: {
        subjects: [{ population: "employees", count: 80, illinoisCount: 0, unionRepresented: false, relationship: "direct" }],
        illinoisNexus: { illinoisSubjectShare: 0, captureInIllinois: false, captureLocations: ["Indiana"], processingLocations: ["Indiana"] },
      },
    },
    passing: {
      description: "Illinois employees clock in at an Illinois plant.",
      system: { illinoisNexus: { illinoisSubjectShare: 1, captureInIllinois: true } },
    },
  },
  check({ profile, system }) {
    const facts = nexusFacts(system, profile.organization);
    const read = (reading: NexusFact["reading"]) => facts.filter((f) => f.reading === reading);
    const [contacts, elsewhere, unknown] = [read("illinois"), read("elsewhere"), read("unknown")];
    const noGroups = system.subjects.length === 0;

    return match({
      captureInIllinois: system.illinoisNexus.captureInIllinois === true,
      contacts: contacts.length > 0,
      elsewhere: elsewhere.length > 0,
      unknown: unknown.length > 0,
    })
      // Capture in Illinois is conduct in Illinois: no extraterritoriality question for those captures.
      .with({ captureInIllinois: true }, () => [])
      .with({ contacts: true, elsewhere: true }, (): FindingDraft[] => [
        {
          message: `${system.name} has Illinois contacts (${words(contacts)}) alongside facts an out-of-state defence would rely on (${words(elsewhere)}). Whether the conduct occurred ${TEST} (${AVERY}) is a question of fact: Rivera v. Google (N.D. Ill. 2017) left it for discovery, and In re Clearview AI (N.D. Ill. 2022) denied dismissal, relying in part on allegations that the company contracted with Illinois entities. Extraterritoriality is an argument for litigation, not a defence to rely on, so every section is applied in full.`,
          evidence: pointers([...contacts, ...elsewhere]),
          severity: "info",
          basis: "fact",
          remedies: [],
          key: "illinois-nexus:disputed",
        },
      ])
      .with({ contacts: true, elsewhere: false }, () => [])
      .with({ contacts: false, unknown: false }, (): FindingDraft[] => [
        {
          ...excluded(
            `Nothing in the profile connects ${system.name} to Illinois: ${words(elsewhere)}. Federal courts apply to BIPA the rule that an Illinois statute does not reach outside the state unless it clearly says so, so the conduct must occur ${TEST} (${AVERY}); Vance v. Google (N.D. Cal. 2024) is reported to have dismissed BIPA claims that alleged no conduct in Illinois. The system is treated as outside BIPA; that changes if Illinois subjects, capture, customers or contracts appear.${
              noGroups ? " No subject groups are listed, so the exclusion rests on the stated Illinois share of 0." : ""
            }`,
            pointers(elsewhere),
          ),
          key: "illinois-nexus",
        },
      ])
      .with({ contacts: false, unknown: true }, ({ elsewhere: someElsewhere }): FindingDraft[] => [
        unsettled(
          `${
            someElsewhere
              ? `The profile points ${system.name} away from Illinois (${words(elsewhere)}) but leaves open ${unknownWords(unknown, profile.organization.name)}.`
              : `The profile leaves ${possessive(system.name)} Illinois nexus unknown: ${unknownWords(unknown, profile.organization.name)}.`
          } Federal courts read BIPA to reach only conduct that occurred ${TEST} (${AVERY}), so these facts decide whether it applies at all; until they are established the system is audited as covered.${
            noGroups ? " No subject groups are listed, whose Illinois counts would also speak to this." : ""
          }`,
          pointers([...unknown, ...elsewhere]),
          { severity: "risk", key: "illinois-nexus:unknown" },
        ),
      ])
      .exhaustive();
  },
});

function words(facts: readonly NexusFact[]): string {
  return joinWords(facts.map((f) => f.words));
}

/** Unknown facts as a list, the organization's presence folded into one clause to avoid repeating it. */
function unknownWords(unknown: readonly NexusFact[], org: string): string {
  const presence = unknown.filter((f) => f.pointer.startsWith(PRESENCE_POINTER)).map((f) => f.words);
  const rest = unknown.filter((f) => !f.pointer.startsWith(PRESENCE_POINTER)).map((f) => f.words);
  return joinWords(presence.length > 0 ? [...rest, `whether ${org} has ${joinWords(presence, "or")}`] : rest);
}

/** The facts' pointers, once each (a share between 0 and 1 is two facts on one field), in the order given. */
function pointers(facts: readonly NexusFact[]): string[] {
  return [...new Set(facts.map((f) => f.pointer))];
}
