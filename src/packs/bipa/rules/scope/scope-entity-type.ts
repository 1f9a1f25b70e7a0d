import { match } from "ts-pattern";
import { defineRule } from "../../rule.js";
import { excluded } from "./drafts.js";

export const entityType = defineRule({
  id: "bipa/scope-entity-type",
  title: "Operated by a private entity",
  section: "740 ILCS 14/10",
  kind: "scope",
  severity: "info",
  summary:
    'Takes every system outside BIPA when the organization is a State or local government agency, or an Illinois court, clerk of court, judge or justice: Sec. 10 leaves them out of "private entity", and BIPA\'s duties bind private entities only.',
  plainLanguage:
    'BIPA\'s duties bind "private entities", meaning any individual, partnership, corporation, LLC, association or other group, however organized, with no size or revenue threshold. A State or local government agency is not one, nor is any Illinois court, clerk of court, judge or justice. A private company doing work for a government unit is a different question, answered by Sec. 25(e).',
  authorities: ["bipa-10"],
  remedies: ["establish-unknown-facts"],
  tags: ["scope", "sec-10", "private-entity"],
  examples: {
    failing: {
      description: "A county agency runs the fingerprint timeclock for its own staff.",
      organization: { entityType: "government-unit" },
    },
    passing: {
      description: "A private company runs it.",
      organization: { entityType: "private-entity" },
    },
  },
  check({ profile, system }) {
    const org = profile.organization.name;
    const outside = (who: string, excludedClass: string) =>
      excluded(
        `${system.name} is operated by ${org}, ${who}. Sec. 10 excludes ${excludedClass} from "private entity", and BIPA's duties bind private entities only, so the system is outside BIPA.`,
        ["/organization/entityType"],
      );
    return match(profile.organization.entityType)
      .with("government-unit", () => [outside("a State or local government agency", "State and local government agencies")])
      .with("illinois-court", () => [
        outside("an Illinois court (or its clerk, judge or justice)", "Illinois courts, their clerks, judges and justices"),
      ])
      .with("private-entity", () => [])
      .exhaustive();
  },
});
