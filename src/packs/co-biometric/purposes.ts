import type { System } from "../../practices/schema.js";

type Purpose = System["purposes"][number];

/**
 * The uses for which a Colorado employer may require consent (bipa-reference.md §4.4): secure-area
 * access, workplace safety and security, recording the start and end of the workday, and public
 * safety in emergencies. "security" is read as workplace security for employee systems.
 */
export const PERMITTED: ReadonlySet<Purpose> = new Set<Purpose>(["secure-access", "workplace-safety", "security", "timekeeping", "public-safety-emergency"]);

/** Uses on which employment may never be conditioned: tracking location or hardware or software use. */
export const TRACKING: ReadonlySet<Purpose> = new Set<Purpose>(["location-tracking", "device-or-software-usage-tracking"]);

export const PURPOSE_WORDS: Record<Purpose, string> = {
  "secure-access": "secure access",
  "workplace-safety": "workplace safety",
  timekeeping: "timekeeping",
  "public-safety-emergency": "public safety in emergencies",
  "location-tracking": "tracking location",
  "device-or-software-usage-tracking": "tracking hardware or software use",
  "unlock-own-device": "unlocking the person's own device",
  "identity-verification": "identity verification",
  payment: "payment",
  "fraud-prevention": "fraud prevention",
  security: "security",
  "legal-compliance": "legal compliance",
  "law-enforcement": "law enforcement",
  "customer-identification": "customer identification",
  marketing: "marketing",
  "social-media-face-detection": "face detection in a social-media app",
  "product-feature": "a product feature",
  "health-care": "health care",
  "ai-training": "AI training",
  other: "another purpose",
};
