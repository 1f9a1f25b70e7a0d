import { defineRule } from "../../rule.js";
import { excluded } from "./drafts.js";
import { captureFact, presenceFacts, systemNexus, type NexusFact } from "./illinois-nexus-facts.js";
import { joinWords, possessive } from "../wording.js";

const AVERY = "Avery v. State Farm, Ill. Sup. Ct. 2005";
const TEST = '"primarily and substantially in Illinois"';
const DOCTRINE = `Under ${AVERY}, an Illinois statute does not reach outside the state unless it clearly says so, so the conduct must occur ${TEST}; federal courts have carried that test over to BIPA`;

type Reading = NexusFact["reading"];

/** One reading for a group of facts: Illinois if any fact is, unknown if any is, else elsewhere (nothing stated is unknown). */
function overall(facts: readonly NexusFact[]): Reading {
  if (facts.some((f) => f.reading === "illinois")) return "illinois";
  if (facts.length === 0 || facts.some((f) => f.reading === "unknown")) return "unknown";
  return "elsewhere";
}

export const illinoisNexus = defineRule({
  id: "bipa/scope-illinois-nexus",
  title: "Illinois nexus (extraterritoriality)",
  section: "740 ILCS 14/1 et seq. (extraterritoriality)",
  kind: "scope",
  severity: "risk",
  summary:
    "Decides the Illinois nexus on the system's own facts: who its subjects are (the Illinois share and each group's Illinois count), where capture happens and where the data is processed. No Illinois subjects, capture or processing takes the system outside BIPA, whatever the organization's Illinois presence. Capture in Illinois ends the question. Illinois contacts alongside out-of-state facts are an info finding (a question of fact, not a defence). With no Illinois contact and a nexus fact unknown, one risk says which facts decide, and the section checks are reported as conditional in that one finding instead of a finding each.",
  plainLanguage:
    'Under Avery v. State Farm (Illinois Supreme Court, 2005), an Illinois statute does not reach outside the state unless it clearly says so, and federal courts apply that rule to BIPA: the conduct must occur "primarily and substantially in Illinois". That is decided on the facts of each activity. Rivera v. Google (2017) left it for discovery, and In re Clearview AI (2022) refused to dismiss a New York company\'s case over Illinois residents\' faces, relying in part on its contracts with Illinois entities. So a system with Illinois subjects should not count on this defence; a system whose subjects, capture and processing are all outside Illinois is treated as outside the Act, even if the company markets in Illinois.',
  authorities: ["avery-2005", "rivera-google-2017", "clearview-mtd-2022", "vance-google-2024"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "extraterritoriality", "illinois-nexus"],
  examples: {
    failing: {
      description: "An Indiana plant's timeclock: no Illinois staff, capture or processing.",
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
    // Capture in Illinois is conduct in Illinois: no extraterritoriality question for those captures
    // (decided first, as most systems end here and the other facts' words are then never read).
    if (captureFact(system).reading === "illinois") return [];
    const nexus = systemNexus(system);
    const facts = [...nexus.subjects, nexus.capture, nexus.processing];
    const read = (reading: Reading) => facts.filter((f) => f.reading === reading);
    const [contacts, elsewhere, unknown] = [read("illinois"), read("elsewhere"), read("unknown")];
    const noGroups = system.subjects.length === 0;
    const presence = presenceFacts(profile.organization);
    const orgContacts = presence.filter((f) => f.reading === "illinois");

    if (contacts.length > 0 && elsewhere.length > 0) {
      return [
        {
          message: `${system.name} has Illinois contacts (${words(contacts)}) alongside facts an out-of-state defence would rely on (${words(elsewhere)}). ${DOCTRINE}. Whether the conduct occurred ${TEST} is a question of fact: Rivera v. Google (N.D. Ill. 2017) left it for discovery, and In re Clearview AI (N.D. Ill. 2022) denied dismissal, relying in part on allegations that the company contracted with Illinois entities. Extraterritoriality is an argument for litigation, not a defence to rely on, so every section is applied in full.`,
          evidence: pointers([...contacts, ...elsewhere]),
          severity: "info",
          basis: "fact",
          remedies: [],
          key: "illinois-nexus:disputed",
        },
      ];
    }
    if (contacts.length > 0) return [];
    // No Illinois subject, capture or processing: the system's own facts decide, not the organization's marketing.
    if (overall(nexus.subjects) === "elsewhere" && nexus.capture.reading === "elsewhere" && nexus.processing.reading === "elsewhere") {
      return [
        {
          ...excluded(
            `Nothing about ${system.name} touches Illinois: ${words(elsewhere)}. ${DOCTRINE}; Vance v. Google (N.D. Cal. 2024) is reported to have dismissed BIPA claims that alleged no conduct in Illinois. The system is treated as outside BIPA${
              orgContacts.length > 0
                ? `; ${possessive(profile.organization.name)} ${joinWords(orgContacts.map((f) => f.words))} do not change that, because none of this system's subjects, captures or processing is in Illinois`
                : ""
            }. That changes if Illinois subjects, capture or processing appear.${noGroups ? " No subject groups are listed, so the exclusion rests on the stated Illinois share of 0." : ""}`,
            pointers(elsewhere),
          ),
          key: "illinois-nexus",
        },
      ];
    }
    return [
      {
        message: `${elsewhere.length > 0 ? `The profile points ${system.name} away from Illinois (${words(elsewhere)}) but does not state ${words(unknown)}.` : `The profile does not state ${possessive(system.name)} Illinois nexus: ${words(unknown)}.`} ${DOCTRINE}, so these facts decide whether BIPA reaches the system at all.${
          orgContacts.length > 0 ? ` ${profile.organization.name} has ${joinWords(orgContacts.map((f) => f.words))}, which makes Illinois subjects likelier but does not by itself bring this system within reach.` : ""
        }${noGroups ? " No subject groups are listed; their Illinois counts would also answer this." : ""}`,
        evidence: pointers([...unknown, ...elsewhere]),
        severity: "risk",
        basis: "unknown",
        remedies: ["establish-unknown-facts"],
        key: "illinois-nexus:unknown",
        conditional: true,
      },
    ];
  },
});

function words(facts: readonly NexusFact[]): string {
  return joinWords(facts.map((f) => f.words));
}

/** The facts' pointers, once each (a share between 0 and 1 is two facts on one field), in the order given. */
function pointers(facts: readonly NexusFact[]): string[] {
  return [...new Set(facts.map((f) => f.pointer))];
}
