import type { PackOption, PackOptionValues } from "../../core/pack.js";

/*
 * The reference gives three conflicting reports of Colorado's deletion deadline and the enrolled
 * text was not checked (bipa-reference.md §4.4, §6). The pack does not pick one: the user states a
 * reading, and until then a schedule that would exceed a reading is a risk, never a violation of a
 * number of days.
 */

export const DELETION_OPTION_ID = "co-biometric/deletion-deadline";

export type DeletionReading = "unset" | "two-years-of-collection" | "earliest-of-24-months";

export const deletionDeadlineOption: PackOption = {
  id: DELETION_OPTION_ID,
  title: "Colorado deletion deadline: which reported reading to apply",
  why:
    "The reference gives conflicting reports of the deadline and the enrolled text of C.R.S. §6-1-1314 was not checked. A third report, from the fiscal note of the introduced bill (deletion within a year or on request, [UNVERIFIED]), describes a superseded text and is not offered as a choice.",
  readings: [
    {
      value: "unset",
      text: "No reading chosen: a schedule that would exceed either reported reading is reported as a risk that depends on this option, never as a violation of a number of days, and no deletion finding is counted.",
    },
    {
      value: "two-years-of-collection",
      text: "Within two years of collection or when no longer needed, whichever is earliest (the Senate sponsor's release).",
      status: "S",
    },
    {
      value: "earliest-of-24-months",
      text: "The earliest of: the initial purpose satisfied, 24 months after the person's last interaction, or 45 days after the controller decides storage is no longer necessary (commentary and a published policy excerpt).",
      status: "UNVERIFIED",
    },
  ],
  default: "unset",
};

/** The reading the user chose; a value that is not one of the readings is read as the default. */
export function deletionReading(options: PackOptionValues | undefined): DeletionReading {
  const value = options?.[DELETION_OPTION_ID];
  const known = deletionDeadlineOption.readings.find((r) => r.value === value);
  return (known?.value ?? deletionDeadlineOption.default) as DeletionReading;
}

/** How a finding names the reading it rests on. */
export function readingWords(reading: Exclude<DeletionReading, "unset">): string {
  return reading === "two-years-of-collection"
    ? "two years after collection or when no longer needed, whichever is earliest (the Senate sponsor's release, marked [S])"
    : "the earliest of the initial purpose satisfied, 24 months after the last interaction, or 45 days after the controller decides storage is no longer necessary (commentary, marked [UNVERIFIED])";
}

/** The sentence every finding that depends on the option carries. */
export const DEPENDS_ON_OPTION = `This depends on the option ${DELETION_OPTION_ID}: the reference gives conflicting reports of Colorado's deletion deadline and the enrolled text was not checked.`;
