import { unionSignedMandateUnknown, unionSignedWithoutMandate } from "../signer.js";
import { countBounds } from "../../../practices/counts.js";
import { compareDates } from "../../../practices/dates.js";
import type { SubjectGroup, System } from "../../../practices/schema.js";
import { groupEnrolledFrom } from "../first-capture.js";
import { shiftDays } from "./dates.js";
import { formatCount, peopleWords } from "./words.js";
import { cutDay, dayOf, maxDate, minDate, type DateContext, type Reading } from "./window.js";

/**
 * Who is counted, and for which days: the Illinois people of each subject group, split by release
 * status and departures into spans of counted days (bipa-reference.md §1.7: "Who counts under 15(b)",
 * "Subjects who left"; §5.9 items 48, 49, 52). Facts only: the report's findings decide whether a
 * section is counted at all, never who or when.
 */

/** Notes, each said once, in the order first said. */
export class Notes {
  private readonly seen = new Set<string>();
  readonly list: string[] = [];
  add(text: string): void {
    if (this.seen.has(text)) return;
    this.seen.add(text);
    this.list.push(text);
  }
}

/** People of one group counted over one stretch of days under one reading. */
export interface Span {
  /** "employees", "employees without a release", "employees who left on 2023-05-31". */
  label: string;
  people: number;
  /** First counted day (inside the window). */
  start: string;
  /** Last day of counted capture; before `start` when none falls in the window. */
  captureEnd: string;
  /** Last day the data may still be held (for 15(a), (c), (e)); the wide reading runs it to the window's end. */
  possessionEnd: string;
  /** The first capture the span counts, before clipping to the window: a claim is new in forward mode only if it is inside. */
  firstCapture: string;
  /** Why capture counting stops where it does, in words ("to their release date 2023-03-01"). */
  until: string;
}

/** A group's role in the estimate under a reading. */
type Role = "counted" | "apart" | "left-out";

/** Everything the spans need about one system, worked out once. */
export interface SystemPeople {
  /** Counted spans for collection (15(b)): only people captured without a prior notice and release. */
  collection: Record<Reading, { main: Span[]; apart: Span[] }>;
  /** Counted spans for possession and disclosure (15(a), (c), (d), (e)): every counted Illinois person. */
  possession: Record<Reading, { main: Span[]; apart: Span[] }>;
  /** Illinois people in counted groups (not apart, not excluded), per reading, departed or not. */
  total: Record<Reading, number>;
  /** Illinois people of groups counted apart (collective bargaining), per reading. */
  apartTotal: Record<Reading, number>;
  /** False when no group gives a countable number of Illinois people. */
  countable: boolean;
  /** Groups whose Illinois people cannot be counted (the figure understates). */
  uncountedGroups: number;
}

type Cut = { kind: "none" } | { kind: "all" } | { kind: "before"; day: string; words: string };
const NONE: Cut = { kind: "none" };
const ALL: Cut = { kind: "all" };

/** The later of two cuts: counting runs until both the notice and the release are in place. */
function later(a: Cut, b: Cut): Cut {
  if (a.kind === "all" || b.kind === "all") return ALL;
  if (a.kind === "none") return b;
  if (b.kind === "none") return a;
  return a.day >= b.day ? a : b;
}

interface Segment {
  count: number;
  /** Last day of capture for these people (departure or the system's last capture). */
  end: string;
  left?: string;
}

/**
 * Works out the counted spans of a system's subject groups under both readings.
 * @param span the system's capture span per reading (first, last), from its pairs.
 */
export function systemPeople(system: System, span: Record<Reading, { first: string; last: string }>, ctx: DateContext, notes: Notes): SystemPeople {
  const out: SystemPeople = {
    collection: { narrow: { main: [], apart: [] }, wide: { main: [], apart: [] } },
    possession: { narrow: { main: [], apart: [] }, wide: { main: [], apart: [] } },
    total: { narrow: 0, wide: 0 },
    apartTotal: { narrow: 0, wide: 0 },
    countable: false,
    uncountedGroups: 0,
  };
  const labels = groupLabels(system.subjects);
  // coversAllSubjects: false with no per-group count: at least one person in the whole system (narrow).
  const budget = { atLeastOne: true };
  system.subjects.forEach((group, index) => {
    const label = labels[index]!;
    let counted = false;
    for (const reading of ["narrow", "wide"] as const) {
      const n = illinoisOf(group, system, reading, label, notes);
      if (n === undefined) continue;
      counted = true;
      const role = roleOf(group, system, reading, label, notes);
      if (role === "left-out") continue;
      const bucket = role === "apart" ? "apart" : "main";
      if (role === "apart") out.apartTotal[reading] += n;
      else out.total[reading] += n;
      const s = { ...span[reading], first: groupFirst(group, span[reading].first, reading, `${system.name}: the ${label}`, notes) };
      const segs = segments(group, n, reading, s.last, `${system.name}: the ${label}`, notes);
      const clip = (from: string) => maxDate(from, ctx.windowStart);
      // Possession: everyone counted, to their last capture (narrow) or to the window's end (wide: the data may still be held).
      for (const seg of segs) {
        if (seg.count === 0) continue;
        const captureEnd = minDate(seg.end, ctx.windowEnd);
        out.possession[reading][bucket].push({
          label: segLabel(label, "", seg),
          people: seg.count,
          start: clip(s.first),
          captureEnd,
          possessionEnd: reading === "wide" ? ctx.windowEnd : captureEnd,
          firstCapture: s.first,
          until: seg.left ? `to their departure on ${seg.left}` : `to ${captureEnd}`,
        });
      }
      // Collection: only people captured before both a written notice and a written release were in place.
      let pool = segs;
      for (const cohort of collectionCohorts(group, system, n, reading, s.first, label, notes, budget)) {
        const { taken, rest } = take(pool, cohort.people, reading);
        pool = rest;
        for (const seg of taken) {
          if (seg.count === 0 || cohort.cut.kind === "none") continue;
          const cutEnd = cohort.cut.kind === "before" ? shiftDays(cohort.cut.day, -1) : undefined;
          const end = minDate(minDate(seg.end, cutEnd ?? seg.end), ctx.windowEnd);
          const until =
            cohort.cut.kind === "before" && cutEnd !== undefined && cutEnd < seg.end ? cohort.cut.words : seg.left ? `to their departure on ${seg.left}` : `to ${end}`;
          out.collection[reading][bucket].push({
            label: segLabel(label, cohort.words, seg),
            people: seg.count,
            start: clip(s.first),
            captureEnd: end,
            possessionEnd: end,
            firstCapture: s.first,
            until,
          });
        }
      }
    }
    if (counted) out.countable = true;
    else out.uncountedGroups += 1;
  });
  return out;
}

/**
 * The group's first capture: a group that signed before its first capture, on a stated date, was not
 * captured before that date (people hired later), so nothing of theirs is counted before it: no scan,
 * no transmission, no day held (bipa-reference.md §1.7, "Who counts under 15(d)", "Subjects who left";
 * §5.9 item 48). The date is read as when the first of them signed; a partial one as late as it allows
 * in the narrow reading and as early in the wide one.
 */
function groupFirst(group: SubjectGroup, systemFirst: string, reading: Reading, who: string, notes: Notes): string {
  const from = groupEnrolledFrom(group);
  if (from === undefined) return systemFirst;
  const first = maxDate(systemFirst, dayOf(from, "start", reading));
  if (first > systemFirst) notes.add(`${who} signed their releases on ${from}, before their first capture, so none of them was captured before it: they are counted from that date, for every section.`);
  return first;
}

/** "employees", or "employees (group 2)" when two groups share a population. */
function groupLabels(groups: readonly SubjectGroup[]): string[] {
  const seen = new Map<string, number>();
  for (const g of groups) seen.set(g.population, (seen.get(g.population) ?? 0) + 1);
  const nth = new Map<string, number>();
  return groups.map((g) => {
    if ((seen.get(g.population) ?? 0) < 2) return g.population;
    const i = (nth.get(g.population) ?? 0) + 1;
    nth.set(g.population, i);
    return `${g.population} (group ${i})`;
  });
}

function segLabel(label: string, words: string, seg: Segment): string {
  return `${label}${words}${seg.left ? ` (left on ${seg.left})` : ""}`;
}

/**
 * Illinois people of a group under a reading: `illinoisCount`, or `count × illinoisSubjectShare`.
 * A count with no ceiling ("some", `{ atLeast }`) reads its floor in the wide reading too, capped by
 * the group's `count` when that gives a ceiling; a note says the high figure then understates.
 */
function illinoisOf(group: SubjectGroup, system: System, reading: Reading, label: string, notes: Notes): number | undefined {
  const il = countBounds(group.illinoisCount);
  const all = countBounds(group.count);
  if (il !== undefined) {
    if (reading === "narrow") return il.low;
    if (il.high !== undefined) return il.high;
    if (all?.high !== undefined && all.high >= il.low) {
      notes.add(`${system.name}: the ${label}' Illinois count has no ceiling; the high figure reads the group's count (${formatCount(all.high)}) as the most it can be.`);
      return all.high;
    }
    notes.add(`${system.name}: the ${label}' Illinois count has no ceiling (at least ${formatCount(il.low)}); the high figure counts that floor, so it understates.`);
    return il.low;
  }
  const share = system.illinoisNexus.illinoisSubjectShare;
  if (all !== undefined && share !== "unknown") {
    const total = reading === "narrow" ? all.low : (all.high ?? all.low);
    return Math.round(total * share);
  }
  return undefined;
}

/**
 * Whether a group is counted, counted apart or left out. Patients in a health care setting are outside
 * Sec. 10 (the patient limb reaches only them); bargaining-unit employees under a CBA are likely
 * preempted whoever signed (Walton; Fernandez; Miller, which decided 15(a), (b) and (d) claims), and the
 * reference removes them before counting for every section (§1.7), so they are counted apart.
 */
function roleOf(group: SubjectGroup, system: System, reading: Reading, label: string, notes: Notes): Role {
  if (group.population === "patients") {
    const setting = system.healthcare.patientCareSetting;
    if (setting === true) {
      notes.add(`${system.name}: the ${label} are not counted: information captured from a patient in a health care setting is excluded by Sec. 10 (the patient limb reaches only patients, not staff or visitors).`);
      return "left-out";
    }
    if (setting === "unknown") {
      notes.add(`${system.name}: whether the ${label} are captured in a health care setting is unknown; the low figure leaves them out (Sec. 10 patient exclusion), the high figure counts them.`);
      if (reading === "narrow") return "left-out";
    }
  }
  const covered = group.collectiveBargaining.covered;
  if (covered === true) {
    notes.add(
      `${system.name}: the ${label} are in a bargaining unit covered by a collective bargaining agreement. Their claims are likely preempted by LMRA §301 or the Railway Labor Act whoever signed (Walton v. Roosevelt University, 2023; Fernandez v. Kerry, 2021; Miller v. Southwest Airlines, 2019, which decided 15(a), 15(b) and 15(d) claims), and bargaining-unit employees are removed before counting for every section (bipa-reference.md §1.7): all their lines, 15(c) and 15(e) included, are counted apart and left out of the total.`,
    );
    return "apart";
  }
  if (covered === "unknown" && group.unionRepresented === true) {
    notes.add(`${system.name}: the ${label} are union-represented, but whether a collective bargaining agreement covers them is unknown; the low figure leaves them out (likely preempted if covered: Walton; Fernandez; Miller), the high figure counts them.`);
    if (reading === "narrow") return "left-out";
  }
  return "counted";
}

/**
 * People who left stop being captured on the day they left (bipa-reference.md §1.7, "Subjects who
 * left"): the group's people as segments, each ending on a departure date or the system's last capture.
 */
function segments(group: SubjectGroup, n: number, reading: Reading, sysLast: string, who: string, notes: Notes): Segment[] {
  const out: Segment[] = [];
  let left = n;
  for (const d of group.departures) {
    if (d.illinoisCount === "unknown" || d.date === "unknown") {
      notes.add(`${who}: a departure with an unknown ${d.illinoisCount === "unknown" ? "count" : "date"} is not applied; those people are counted as staying, so the figures may overstate.`);
      continue;
    }
    const count = Math.min(d.illinoisCount, left);
    if (count === 0) continue;
    left -= count;
    // They stop accruing on the day they left: their last counted capture is the day before.
    const day = shiftDays(cutDay(d.date, reading), -1);
    out.push({ count, end: minDate(day, sysLast), left: d.date });
  }
  out.sort((a, b) => (a.end < b.end ? -1 : a.end > b.end ? 1 : 0));
  out.push({ count: left, end: sysLast });
  return out;
}

/**
 * `k` of the group's people, chosen from its segments: the narrow reading takes those who left first
 * (fewest captures), the wide reading those who stayed longest.
 */
function take(segs: readonly Segment[], k: number, reading: Reading): { taken: Segment[]; rest: Segment[] } {
  const order = reading === "narrow" ? [...segs] : [...segs].reverse();
  const taken: Segment[] = [];
  const rest: Segment[] = [];
  let need = k;
  for (const s of order) {
    const n = Math.min(need, s.count);
    if (n > 0) taken.push({ ...s, count: n });
    if (s.count - n > 0) rest.push({ ...s, count: s.count - n });
    need -= n;
  }
  return { taken, rest };
}

interface Cohort {
  people: number;
  cut: Cut;
  /** Words after the group's label: " without a release", "". */
  words: string;
}

/**
 * The group's people who were captured before a written notice and a written release were both in
 * place, and until when (bipa-reference.md §1.3 15(b), §1.7): per-group release facts first, the
 * system's release facts for groups without them, and the notice facts for everyone.
 */
function collectionCohorts(
  group: SubjectGroup,
  system: System,
  n: number,
  reading: Reading,
  first: string,
  label: string,
  notes: Notes,
  budget: { atLeastOne: boolean },
): Cohort[] {
  const firstOnly = (why: string): Cut => ({ kind: "before", day: shiftDays(first, 1), words: `their first capture only (${why})` });
  const notice = noticeCut(group, system, reading, firstOnly, label, notes);
  const release = releaseSide(group, system, n, reading, firstOnly, label, notes, budget);
  if (release.people >= n) {
    const words = release.cut.kind !== "none" ? release.words : notice.kind !== "none" ? " without a prior written notice" : "";
    return [{ people: n, cut: later(release.cut, notice), words }];
  }
  // Some lack a release (mixed): they count until both are in place; the others only for a notice gap.
  const cohorts: Cohort[] = [{ people: release.people, cut: later(release.cut, notice), words: release.words }];
  if (notice.kind !== "none") cohorts.push({ people: n - release.people, cut: notice, words: " with a release but no prior written notice" });
  return cohorts;
}

/** When the written notice was in place for the group: never, from a date, or before any capture. */
function noticeCut(group: SubjectGroup, system: System, reading: Reading, firstOnly: (why: string) => Cut, label: string, notes: Notes): Cut {
  const n = system.notice;
  const complete = n.inWriting === true && n.statesCollection === true && n.specificPurpose === true && n.lengthOfTerm === true;
  const dated = (why: string): Cut =>
    complete && n.date !== "unknown"
      ? { kind: "before", day: cutDay(n.date, reading), words: `to the written notice of ${n.date}` }
      : reading === "narrow"
        ? firstOnly(why)
        : ALL;
  const own = group.release?.noticeBeforeCapture;
  if (own === true) return NONE;
  if (own === false) {
    notes.add(`${system.name}: the ${label} did not get the 15(b) written notice before capture; ${complete && n.date !== "unknown" ? `their notice gap runs to the notice of ${n.date}: their captures count until then, or longer where they also lack a release, and end earlier for those who left` : "when they got it is unknown, so the low figure counts their first capture only and the high figure every capture"}.`);
    return dated("when the notice came is unknown");
  }
  if (n.inWriting === false || n.statesCollection === false || n.specificPurpose === false || n.lengthOfTerm === false) return ALL;
  if (!complete || n.date === "unknown") return NONE; // an unknown is a risk the rules report; not counted
  const first = system.collection.firstCaptureDate;
  if (first === "unknown") return NONE;
  const order = compareDates(n.date, first);
  if (order === "after") return { kind: "before", day: cutDay(n.date, reading), words: `to the written notice of ${n.date}` };
  if (order === "overlap" && reading === "wide") return { kind: "before", day: cutDay(n.date, "wide"), words: `to the written notice of ${n.date}` };
  return NONE;
}

/** How many of the group's people lacked a valid prior release, and until when. */
function releaseSide(
  group: SubjectGroup,
  system: System,
  n: number,
  reading: Reading,
  firstOnly: (why: string) => Cut,
  label: string,
  notes: Notes,
  budget: { atLeastOne: boolean },
): { people: number; cut: Cut; words: string } {
  const own = group.release;
  const status = own?.status ?? "unknown";
  if (status !== "none" && status !== "mixed" && unionSignedWithoutMandate(group, system)) {
    notes.add(
      `${system.name}: the union signed the release for the ${label}, who are not union-represented, and a union acts as legally authorized representative only for those it represents (15(b)(3); bipa-reference.md §1.3): they are counted as without a release.`,
    );
    return { people: n, cut: ALL, words: " whose release only a union that does not represent them signed" };
  }
  if (status !== "none" && status !== "mixed" && unionSignedMandateUnknown(group, system)) {
    notes.add(
      `${system.name}: the union signed the release for the ${label}, and whether it represents them is unknown (unionRepresented); the low figure reads its signature as their release, the high figure counts them as without one (15(b)(3); bipa-reference.md §1.3).`,
    );
    if (reading === "wide") return { people: n, cut: ALL, words: " whose release a union may not have had the mandate to sign" };
  }
  const dateCut = (date: string, whose: string): Cut => ({ kind: "before", day: cutDay(date, reading), words: `to ${whose} release date ${date}` });
  switch (status) {
    case "before-first-capture":
      return { people: n, cut: NONE, words: "" };
    case "after-first-capture":
      if (own!.date !== "unknown") return { people: n, cut: dateCut(own!.date, "their"), words: " who signed late" };
      notes.add(`${system.name}: the ${label} signed their releases after capture began, on a date the profile does not give; the low figure counts their first capture only, the high figure every capture.`);
      return { people: n, cut: reading === "narrow" ? firstOnly("release date unknown") : ALL, words: " who signed late" };
    case "none":
      return { people: n, cut: ALL, words: " without a release" };
    case "mixed": {
      const b = countBounds(own!.illinoisWithoutRelease);
      const low = b === undefined ? 1 : b.low;
      const high = b?.high ?? n;
      if (b === undefined || b.high === undefined) {
        notes.add(`${system.name}: how many of the ${label} lack a release is ${b === undefined ? "unknown" : `at least ${formatCount(b.low)}, with no ceiling`}; the low figure counts ${peopleWords(Math.min(low, n))}, the high figure all ${formatCount(n)}. State release.illinoisWithoutRelease to narrow it.`);
      }
      return { people: Math.min(reading === "narrow" ? low : high, n), cut: ALL, words: " without a release" };
    }
    default:
      return systemRelease(system, n, reading, firstOnly, label, notes, budget);
  }
}

/** Groups without their own release status follow the system's release facts. */
function systemRelease(
  system: System,
  n: number,
  reading: Reading,
  firstOnly: (why: string) => Cut,
  label: string,
  notes: Notes,
  budget: { atLeastOne: boolean },
): { people: number; cut: Cut; words: string } {
  const r = system.release;
  if (r.type === "none" || r.type === "verbal") return { people: n, cut: ALL, words: r.type === "verbal" ? " with only a verbal release" : " without a release" };
  if (r.type === "unknown") return { people: n, cut: NONE, words: "" }; // a risk the rules report; not counted
  if (r.coversAllSubjects === false) {
    notes.add(
      `${system.name}: not every subject signed (release.coversAllSubjects: false) and the profile does not say who; the low figure counts one person, the high figure all ${formatCount(n)} ${label}. Give subjects[].release.status (and illinoisWithoutRelease) per group to count them.`,
    );
    if (reading === "wide") return { people: n, cut: ALL, words: " possibly without a release" };
    const one = budget.atLeastOne && n > 0 ? 1 : 0;
    if (one) budget.atLeastOne = false;
    return { people: one, cut: ALL, words: " without a release" };
  }
  let cut: Cut = NONE;
  const first = system.collection.firstCaptureDate;
  if (r.date !== "unknown" && first !== "unknown") {
    const order = compareDates(r.date, first);
    if (order === "after" || (order === "overlap" && reading === "wide")) {
      cut = { kind: "before", day: cutDay(r.date, reading), words: `to the release date ${r.date}` };
      notes.add(`${system.name}: the system's release is dated ${r.date}, after the first capture; it is read as the date the subjects then enrolled signed, so only their captures before it are counted. Give subjects[].release per group for a closer count.`);
    }
  }
  if (r.obtainedBeforeEachCapture === false) {
    notes.add(`${system.name}: subjects do not sign before their own first capture, and how long after is unknown; the low figure counts each person's first capture only, the high figure every capture.`);
    cut = later(cut, reading === "narrow" ? firstOnly("how long after capture each signs is unknown") : ALL);
  }
  return { people: n, cut, words: cut.kind === "none" ? "" : " who signed late" };
}
