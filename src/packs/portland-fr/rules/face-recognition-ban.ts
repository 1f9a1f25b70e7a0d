import { definePackRule, type PackSystemContext } from "../../../core/pack.js";
import { latestDay } from "../../../practices/dates.js";
import type { System } from "../../../practices/schema.js";
import { EFFECTIVE_FROM } from "../dates.js";
import { list } from "../wording.js";

type Purpose = System["purposes"][number];

/** The ordinance's exceptions (bipa-reference.md §4.6), as profile purposes. */
const EXCEPTED: ReadonlySet<Purpose> = new Set<Purpose>(["legal-compliance", "unlock-own-device", "social-media-face-detection"]);
const EXCEPTIONS = "compliance with law, a user unlocking their own or an employer-issued device, and automatic face detection in social-media apps";

/** Whether the system was used on or after the effective date (an unknown or ongoing end counts). */
function usedUnderBan({ system }: PackSystemContext): boolean {
  const last = system.collection.lastCaptureDate;
  return last === "ongoing" || last === "unknown" || latestDay(last) >= EFFECTIVE_FROM;
}

export const faceRecognitionBan = definePackRule({
  id: "portland-fr/face-recognition-ban",
  title: "No face recognition in places of public accommodation in Portland",
  section: "Portland City Code ch. 34.10",
  severity: "violation",
  summary:
    "Fires when a private entity uses face recognition in a Portland place of public accommodation for any purpose outside the three exceptions (compliance with law, unlocking one's own or an employer-issued device, face detection in social-media apps). Consent does not cure it. No purpose stated is a risk.",
  plainLanguage:
    "Portland bans private businesses from using face recognition in shops, restaurants, venues and other places open to the public. Asking for consent does not make it lawful; only three narrow uses are excepted.",
  authorities: ["portland-fr-34-10", "portland-fr-34-10-exceptions", "portland-fr-34-10-action"],
  remedies: ["portland-fr-stop", "portland-fr-limit-to-exceptions", "portland-fr-establish-facts"],
  tags: ["ban", "face-recognition", "public-accommodation"],
  engaged: usedUnderBan,
  check(ctx) {
    if (!usedUnderBan(ctx)) return [];
    const { system } = ctx;
    const name = system.name;
    const consent = system.consent.obtained === true ? " The consent it obtains does not cure this: the use is banned." : "";
    if (system.purposes.length === 0) {
      return [
        {
          message: `${name} uses face recognition in a Portland place of public accommodation and the profile lists no purpose. Ch. 34.10 bans the use except for ${EXCEPTIONS}; the purposes decide whether an exception covers it.${consent}`,
          evidence: ["/purposes", "/modalities"],
          key: "purposes",
          severity: "risk",
          basis: "unknown",
          remedies: ["portland-fr-establish-facts", "portland-fr-stop"],
        },
      ];
    }
    const banned = system.purposes.filter((p) => !EXCEPTED.has(p));
    if (banned.length === 0) return [];
    return [
      {
        message: `${name} uses face recognition in a Portland place of public accommodation for ${list(banned.map((p) => p.replace(/-/g, " ")))}. Ch. 34.10 bans a private entity's use there, outside ${EXCEPTIONS}.${consent}`,
        evidence: ["/modalities", "/premises", "/places/capture", "/purposes"],
        key: "ban",
        remedies: ["portland-fr-stop", ...(banned.length < system.purposes.length ? ["portland-fr-limit-to-exceptions"] : [])],
      },
    ];
  },
});
