import { publicPolicy } from "../../../../../src/packs/bipa/rules/15a/15a-public-policy.js";
import { testRule } from "../../../../helpers/rule-tester.js";

testRule(publicPolicy, {
  fires: [
    {
      description: "no written policy at all",
      system: { retention: { policy: { exists: false } } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/policy/exists",
      messageIncludes: ["Fingerprint timeclock holds biometric data without a written retention policy", "available to the public"],
    },
    {
      description: "no policy, even if the profile also claims it is public",
      system: { retention: { policy: { exists: false, public: true } } },
      severity: "violation",
      pointer: "/systems/0/retention/policy/exists",
    },
    {
      description: "a written policy kept internal; Bryant changes the forum, not liability",
      system: { retention: { policy: { exists: true, public: false } } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/policy/public",
      messageIncludes: ["not available to the public", "Bryant v. Compass", "Article III", "not whether 15(a) was violated"],
    },
    {
      description: "point 1: a policy not available to the public fails 15(a) whether or not one exists, so an unknown existence decides nothing (§1.3 15(a), duty 1)",
      system: { retention: { policy: { exists: "unknown", public: false } } },
      severity: "violation",
      basis: "fact",
      pointer: "/systems/0/retention/policy/public",
      messageIncludes: ["No written retention policy for Fingerprint timeclock is available to the public", "either way the duty to make it available is not met"],
    },
    {
      description: "whether any policy exists, and whether one is public, both unknown",
      system: { retention: { policy: { exists: "unknown", public: "unknown" } } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/policy/exists",
      messageIncludes: ["does not say whether Fingerprint timeclock is covered"],
    },
    {
      description: "the whole retention block left out defaults to unknown",
      system: { retention: null },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/policy/exists",
    },
    {
      description: "a policy exists but its availability is unknown",
      system: { retention: { policy: { exists: true, public: "unknown" } } },
      severity: "risk",
      basis: "unknown",
      pointer: "/systems/0/retention/policy/public",
      messageIncludes: ["does not say whether it is available to the public"],
    },
  ],
  silent: [
    { description: "a written policy available to the public", system: {} },
    { description: "point 1: a policy stated to be public exists, whatever `exists` says", system: { retention: { policy: { exists: "unknown", public: true } } } },
    {
      description: "point 4: no possession, no 15(a) duty (Barnett v. Apple; §1.3 15(a))",
      system: { retention: { policy: { exists: false } }, possession: { holder: "subject-device-only" } },
    },
    {
      description: "a public policy without a recorded URL (publication is the fact, not the link)",
      system: { retention: { policy: { exists: true, public: true, url: null } } },
    },
    {
      description: "a public policy that lacks a schedule (the contents rule reports that)",
      system: { retention: { policy: { hasRetentionSchedule: false } } },
    },
  ],
});
