import { inPossession } from "../gates.js";
import { defineRule } from "../../rule.js";

/**
 * Bryant v. Compass (7th Cir. 2020): failing only the public duty of 15(a) may not give Article III
 * standing. That moves the case to state court; it does not excuse the duty, so the finding stays a
 * violation and the note only tells counsel about the forum.
 */
const BRYANT_NOTE =
  "Under Bryant v. Compass Group (7th Cir. 2020), a failure to publish, with nothing more, may lack Article III standing in federal court; that affects where a claim is heard, not whether 15(a) was violated.";

export const publicPolicy = defineRule({
  id: "bipa/15a-public-policy",
  title: "Written retention policy available to the public",
  section: "740 ILCS 14/15(a)",
  kind: "section",
  engaged: inPossession,
  severity: "violation",
  summary:
    "Fires when a system's biometric data is not covered by a written retention and destruction policy, or no policy is available to the public (whether or not an internal one exists); a risk only when both existence and availability are unknown, or a policy exists and its availability is unknown.",
  plainLanguage:
    "A company that possesses biometric data must have a written policy, available to the public, that sets a retention schedule and guidelines for permanently destroying the data.",
  authorities: ["bipa-15a", "bryant-2020"],
  remedies: ["publish-retention-policy"],
  tags: ["15(a)", "retention", "policy", "publication"],
  examples: {
    failing: {
      description: "The company has a written retention policy but keeps it internal.",
      system: { retention: { policy: { exists: true, public: false } } },
    },
    passing: {
      description: "The written policy is published at a public URL.",
      system: { retention: { policy: { exists: true, public: true, url: "https://example.com/biometric-policy" } } },
    },
  },
  check({ system }) {
    const { exists, public: isPublic } = system.retention.policy;
    if (exists === false) {
      return [
        {
          message: `${system.name} holds biometric data without a written retention policy. 15(a) requires a written policy, available to the public, that sets a retention schedule and guidelines for permanently destroying the data. ${BRYANT_NOTE}`,
          evidence: ["/retention/policy/exists"],
        },
      ];
    }
    // A policy available to the public exists.
    if (isPublic === true) return [];
    if (isPublic === false) {
      return exists === true
        ? [
            {
              message: `${system.name} has a written retention policy, but it is not available to the public, as 15(a) requires. ${BRYANT_NOTE}`,
              evidence: ["/retention/policy/public", "/retention/policy/exists"],
            },
          ]
        : // No public policy either way: with none, or an unpublished one, 15(a) fails, so whether one exists decides nothing.
          [
            {
              message: `No written retention policy for ${system.name} is available to the public, as 15(a) requires (whether an internal one exists, the profile does not say; either way the duty to make it available is not met). ${BRYANT_NOTE}`,
              evidence: ["/retention/policy/public", "/retention/policy/exists"],
            },
          ];
    }
    // Whether the policy is public is unknown.
    return exists === true
      ? [
          {
            message: `${system.name} has a written retention policy, but the profile does not say whether it is available to the public, as 15(a) requires; the fact must be established.`,
            evidence: ["/retention/policy/public", "/retention/policy/url"],
            severity: "risk",
            basis: "unknown",
            remedies: ["establish-unknown-facts", "publish-retention-policy"],
          },
        ]
      : [
          {
            message: `The profile does not say whether ${system.name} is covered by a written biometric retention policy, or whether one is available to the public. 15(a) requires one, available to the public, from the time the data is first possessed; the facts must be established.`,
            evidence: ["/retention/policy/exists", "/retention/policy/public"],
            severity: "risk",
            basis: "unknown",
            remedies: ["establish-unknown-facts", "publish-retention-policy"],
          },
        ];
  },
});
