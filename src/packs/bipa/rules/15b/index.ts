import type { Rule } from "../../rule.js";
import { noRelationshipSubjects } from "./15b-no-relationship-subjects.js";
import { purposeAndTerm } from "./15b-purpose-and-term.js";
import { releaseTiming } from "./15b-release-timing.js";
import { writtenNotice } from "./15b-written-notice.js";
import { writtenRelease } from "./15b-written-release.js";

/** The 15(b) rules, in evaluation order: notice (b)(1), its contents (b)(2), release (b)(3), timing, unreachable subjects. */
export const rules: readonly Rule[] = [writtenNotice, purposeAndTerm, writtenRelease, releaseTiming, noRelationshipSubjects];
