import type { Rule } from "../../rule.js";
import { destructionCompliance } from "./15a-destruction-compliance.js";
import { policyContents } from "./15a-policy-contents.js";
import { policyTiming } from "./15a-policy-timing.js";
import { publicPolicy } from "./15a-public-policy.js";
import { retentionLimit } from "./15a-retention-limit.js";

/** The 15a rules, in evaluation order: the written policy, its contents and timing, then practice. */
export const rules: readonly Rule[] = [publicPolicy, policyContents, policyTiming, retentionLimit, destructionCompliance];
