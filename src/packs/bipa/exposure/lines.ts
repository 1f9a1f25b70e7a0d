import { countBounds } from "../../../practices/counts.js";
import type { Disclosure, System } from "../../../practices/schema.js";
import type { Finding } from "../../../core/report.js";
import { shiftDays } from "./dates.js";
import { earliestDay } from "../../../practices/dates.js";
import { leftBeforeHold } from "../left-before-hold.js";
import type { ResolvedOptions } from "./options.js";
import { pairLabel, type PairSet } from "./pairs.js";
import { samePeopleKey } from "./same-people-key.js";
import type { Notes, Span, SystemPeople } from "./people.js";
import { price, type Priced } from "./price.js";
import { collectionReadings, countablePerTransmission, disclosureReadings, oncePerPerson, type Readings, type RecipientFlows, type Tally } from "./tally.js";
import type { ExposureLine } from "./types.js";
import { cutDay, minDate, READINGS, type DateContext, type Reading } from "./window.js";
import { formatCount, plural } from "./words.js";

/** What every line builder reads about one system. */
export interface LineContext {
  system: System;
  index: number;
  people: SystemPeople;
  pairs: PairSet;
  opts: ResolvedOptions;
  ctx: DateContext;
  notes: Notes;
  /** 15(d) lines already priced, by the recipient's flows (`null`: nothing counted). */
  disclosureCache: Map<string, Priced | null>;
}

export type Bucket = "main" | "apart";

/** A line, or the reason its findings are not counted. */
export type Built = { line: ExposureLine } | { none: string };

function base(lc: LineContext, section: string, findings: readonly Finding[]): Pick<ExposureLine, "ruleId" | "section" | "systemId" | "ruleIds" | "fingerprints"> {
  const ruleIds = [...new Set(findings.map((f) => f.ruleId))].sort();
  return { ruleId: ruleIds[0] ?? "", section, systemId: lc.system.id, ruleIds, fingerprints: findings.map((f) => f.fingerprint) };
}

function pairsPrefix(lc: LineContext, recipient = false): string {
  const { pairs, declared, otherReading } = lc.pairs;
  const list = pairs.map(pairLabel).join("; ");
  const how = declared || lc.system.collection.methods.length < 2 ? "" : " (methods not paired: one per identifier)";
  const other = otherReading !== undefined ? ` (${plural(otherReading, "pair")} if channels feeding one template are separate methods)` : "";
  return `Per person${recipient ? " and recipient" : ""}: ${plural(pairs.length, "identifier × method pair")}${how}: ${list}${other}. `;
}

/** The system's identifier × method pairs: systems with the same key count the same pairs. */
function pairLabels(lc: Pick<LineContext, "pairs">): string[] {
  return lc.pairs.pairs.map(pairLabel);
}

/** Only lines in the total are read across systems (lines counted apart are left out of every total). */
function samePeople(bucket: Bucket, key: string): Pick<ExposureLine, "samePeopleKey"> {
  return bucket === "main" ? { samePeopleKey: key } : {};
}

function extras(lc: LineContext, spans: Record<Reading, readonly Span[]>): Partial<ExposureLine> {
  const identifiers = new Set(lc.pairs.pairs.map((p) => p.identifier)).size;
  const methods = new Set(lc.pairs.pairs.flatMap((p) => p.methods)).size;
  const wide = spans.wide.filter((s) => s.captureEnd >= s.start || s.possessionEnd >= s.start);
  const start = wide.reduce<string | undefined>((d, s) => (d === undefined || s.start < d ? s.start : d), undefined);
  const end = wide.reduce<string | undefined>((d, s) => (d === undefined || s.possessionEnd > d ? s.possessionEnd : d), undefined);
  return {
    identifiers,
    methods: Math.max(1, methods),
    pairs: lc.pairs.pairs.length,
    ...(start !== undefined && end !== undefined ? { window: { start, end } } : {}),
  };
}

const RULE_NOTE_RATE = (name: string) =>
  `${name}: scans per subject per year unknown, so per-scan accrual before 2 Aug 2024 (Cothron) cannot be counted; that reading is shown as one violation per person, identifier and method, which understates it.`;

/** 15(b): one line per system (every 15(b) finding describes the same unlawful collection). */
export function collectionLine(lc: LineContext, findings: readonly Finding[], bucket: Bucket): Built {
  const spans = { narrow: lc.people.collection.narrow[bucket], wide: lc.people.collection.wide[bucket] };
  const rate = lc.system.collection.scansPerSubjectPerYear;
  const byReading = Object.fromEntries(READINGS.map((r) => [r, collectionReadings(spans[r], lc.pairs, rate, r, lc.ctx)])) as Record<Reading, Readings>;
  if (rate === "unknown" && spans.wide.some((s) => s.start < "2024-08-02" && s.captureEnd >= s.start)) lc.notes.add(RULE_NOTE_RATE(lc.system.name));
  const priced = price(byReading, lc.opts, pairsPrefix(lc));
  if (!priced) {
    return {
      none: lc.ctx.forward
        ? "no new claim arises in the period"
        : `no Illinois person counted was captured without a prior written notice and release inside the look-back (${lc.ctx.windowStart} to ${lc.ctx.windowEnd}; Tims), on the profile's release, notice, departure and date facts`,
    };
  }
  return { line: { ...base(lc, "740 ILCS 14/15(b)", findings), ...priced, people: priced.peopleRange.high, ...extras(lc, spans), ...samePeople(bucket, samePeopleKey("15(b)", pairLabels(lc))) } };
}

/** 15(d) findings grouped by recipient (PA 103-0769 counts one recovery per person per recipient), linear in findings. */
export function recipientGroups(system: System, index: number, findings: readonly Finding[]): Array<RecipientFlows & { findings: Finding[] }> {
  const list = system.disclosures === "unknown" ? [] : system.disclosures;
  const prefix = `/systems/${index}/disclosures/`;
  const groups = new Map<string, RecipientFlows & { findings: Finding[]; seen: Set<number> }>();
  for (const finding of findings) {
    const indices = new Set<number>();
    for (const e of finding.evidence) {
      if (!e.pointer.startsWith(prefix)) continue;
      const i = Number.parseInt(e.pointer.slice(prefix.length), 10);
      if (Number.isInteger(i) && list[i] !== undefined) indices.add(i);
    }
    const first = [...indices][0];
    const recipient = first !== undefined ? list[first]!.recipient.trim() : undefined;
    const key = recipient ?? `finding:${finding.fingerprint}`;
    let group = groups.get(key);
    if (!group) {
      group = { ...(recipient !== undefined ? { recipient } : {}), disclosures: [], findings: [], seen: new Set() };
      groups.set(key, group);
    }
    for (const i of indices) {
      if (group.seen.has(i)) continue;
      group.seen.add(i);
      group.disclosures.push(list[i]!);
    }
    group.findings.push(finding);
  }
  return [...groups.values()].map(({ seen: _seen, ...g }) => g);
}

/** 15(d) for one recipient: only the disclosures the finding names, and for a late consent only transmissions before it. */
export function disclosureLine(lc: LineContext, group: RecipientFlows & { findings: Finding[] }, bucket: Bucket): Built {
  const spans = { narrow: lc.people.possession.narrow[bucket], wide: lc.people.possession.wide[bucket] };
  const rate = lc.system.collection.scansPerSubjectPerYear;
  const to = group.recipient ? ` to ${group.recipient}` : "";
  // Recipients with the same flows count the same: worked out once (thousands of recipients stay linear and quick).
  const key = `${bucket}\u0000${group.disclosures.map((d) => `${d.frequency}|${d.exception}|${d.consentDate}`).join("\u0000")}`;
  let priced = lc.disclosureCache.get(key);
  if (priced === undefined) {
    const byReading = Object.fromEntries(READINGS.map((r) => [r, disclosureReadings(spans[r], group, lc.pairs, rate, r, lc.ctx)])) as Record<Reading, Readings>;
    priced = price(byReading, lc.opts, pairsPrefix(lc, true)) ?? null;
    lc.disclosureCache.set(key, priced);
  }
  if (!group.disclosures.some((d) => countablePerTransmission(d, rate)) && spans.wide.some((s) => s.start < "2024-08-02")) {
    lc.notes.add(
      `${lc.system.name}: how often data goes${to || " to the recipient"} cannot be counted per transmission (frequency periodic, on request or unknown, or scan rate unknown); the per-transmission reading before 2 Aug 2024 is shown as one per person, which understates it.`,
    );
  }
  for (const d of group.disclosures) {
    if (d.exception === "consent" && d.consentDate !== "unknown") {
      lc.notes.add(`${lc.system.name}: the consent to disclosure${to} is dated ${d.consentDate}; it covers only transmissions from that date, so only those before it are counted.`);
    }
  }
  if (!priced) return { none: lc.ctx.forward ? "no new claim arises in the period" : `no transmission${to} without consent or another exception falls inside the look-back (${lc.ctx.windowStart} to ${lc.ctx.windowEnd})` };
  return {
    line: {
      ...base(lc, "740 ILCS 14/15(d)", group.findings),
      ...priced,
      people: priced.peopleRange.high,
      ...extras(lc, spans),
      ...(group.recipient !== undefined ? { recipient: group.recipient, ...samePeople(bucket, samePeopleKey(`15(d) to ${group.recipient}`, pairLabels(lc))) } : {}),
    },
  };
}

const RETAINED = "/retention/practice/recordsRetainedPastTrigger";
const COVERED = "/retention/legalHold/recordsCovered";
const HOLD_DATE = "/retention/legalHold/date";
const ADOPTED = "/retention/policy/adoptedDate";

function hasPointer(f: Finding, index: number, tail: string, firstOnly = false): boolean {
  const pointer = `/systems/${index}${tail}`;
  return firstOnly ? f.evidence[0]?.pointer === pointer : f.evidence.some((e) => e.pointer === pointer);
}

/**
 * 15(a): once per Illinois person whose data was held during the policy gap inside the window (a late
 * policy counts only its gap: Mora, Tims), plus the people whose records were kept past their
 * destruction trigger where the profile says how many (Fox v. Dakkota; one record per person).
 */
export function retentionLine(lc: LineContext, findings: readonly Finding[], bucket: Bucket): Built {
  const { system, index } = lc;
  const destruction = findings.filter((f) => hasPointer(f, index, RETAINED));
  const policy = findings.filter((f) => !hasPointer(f, index, RETAINED));
  const timingOnly = policy.length > 0 && policy.every((f) => hasPointer(f, index, ADOPTED, true));
  const p = system.retention.policy;
  const adopted = timingOnly && p.exists === true && p.adoptedDate !== "unknown" ? p.adoptedDate : undefined;
  const spans = { narrow: lc.people.possession.narrow[bucket], wide: lc.people.possession.wide[bucket] };
  const tallies = {} as Record<Reading, Tally>;
  for (const r of READINGS) {
    const gapEnd = adopted !== undefined ? shiftDays(cutDay(adopted, r), -1) : undefined;
    const policyTally = policy.length > 0 ? oncePerPerson(spans[r], lc.ctx, (s) => (gapEnd !== undefined ? minDate(s.possessionEnd, gapEnd) : s.possessionEnd)) : undefined;
    const found = destruction.length > 0 ? retained(system, keptParts(destruction, index), r, lc.people.total[r], lc.ctx, lc.people.total[r] + lc.people.apartTotal[r]) : undefined;
    const kept = found && lc.people.apartTotal.wide > 0 ? byBucket(found, bucket, lc.people, r) : found;
    tallies[r] = combine(policyTally, kept, lc.people.total[r], r, adopted);
  }
  if (adopted !== undefined) lc.notes.add(`${system.name}: the 15(a) policy was adopted on ${adopted}, after the first capture (Mora); only the gap before it inside the look-back is counted.`);
  const byReading = Object.fromEntries(READINGS.map((r) => [r, { amended: tallies[r], cothron: tallies[r] }])) as Record<Reading, Readings>;
  const priced = price(byReading, lc.opts, "Once per person (the amendment does not address 15(a)). ");
  if (!priced) {
    const early = destruction.length > 0 && destruction.every((f) => hasPointer(f, index, HOLD_DATE)) ? leftBeforeHold(system) : undefined;
    if (early && !lc.ctx.forward) {
      return { none: `what was kept before the hold of ${early.holdDate} was kept before the look-back starts (${lc.ctx.windowStart}; Tims), and retention under the hold is a risk, not counted` };
    }
    return {
      none:
        adopted !== undefined
          ? `the 15(a) policy gap closed when the policy was adopted on ${adopted}, before the look-back starts (${lc.ctx.windowStart}; Tims), so it counts nothing`
          : lc.ctx.forward
            ? "no new claim arises in the period"
            : `no Illinois person's data is shown held inside the look-back (${lc.ctx.windowStart} to ${lc.ctx.windowEnd})`,
    };
  }
  return { line: { ...base(lc, "740 ILCS 14/15(a)", findings), ...priced, people: priced.peopleRange.high, ...samePeople(bucket, samePeopleKey("15(a)")) } };
}

/**
 * Which records the countable destruction findings are about: all those kept past the trigger (no
 * hold, or one that excuses nothing), those a hold does not cover, and those of people who left
 * before the hold began (the 15(a) rule's `:uncovered` and `:before-hold` findings).
 */
interface KeptParts {
  all: boolean;
  uncovered: boolean;
  beforeHold: boolean;
}

function keptParts(destruction: readonly Finding[], index: number): KeptParts {
  const uncovered = (f: Finding) => hasPointer(f, index, COVERED);
  const beforeHold = (f: Finding) => hasPointer(f, index, HOLD_DATE);
  return { all: destruction.some((f) => !uncovered(f) && !beforeHold(f)), uncovered: destruction.some(uncovered), beforeHold: destruction.some(beforeHold) };
}

/**
 * Records kept past the trigger that count: all of them, or those the hold does not cover plus those
 * of people who left before it began (inside the look-back only: what was kept before a hold that
 * began before the look-back is outside it, and nothing new accrues in a forward period).
 */
function retained(system: System, parts: KeptParts, reading: Reading, total: number, ctx: DateContext, illinois: number): { count: number; words: string } | undefined {
  const kept = countBounds(system.retention.practice.recordsRetainedPastTrigger);
  if (!kept) return undefined;
  const stated = reading === "narrow" ? kept.low : (kept.high ?? Math.max(kept.low, total));
  // One record per person, and only the Illinois people counted (with any counted apart) have a claim:
  // records beyond them are of people left out (patients under Sec. 10, people outside Illinois;
  // §1.2 item 10, §1.7). The split between the two sides is byBucket's.
  const keptN = Math.min(stated, illinois);
  const capped = keptN < stated ? `, at most the ${formatCount(illinois)} Illinois people counted (the others' records give no claim here)` : "";
  if (parts.all) {
    return {
      count: keptN,
      words: `records kept past the destruction trigger: ${formatCount(stated)} (one person each${reading === "wide" && kept.high === undefined ? "; no ceiling stated, so up to every Illinois person" : ""})${capped}${capped ? ` = ${formatCount(keptN)}` : ""}`,
    };
  }
  const hold = system.retention.legalHold;
  const covered = countBounds(hold?.recordsCovered ?? "unknown");
  const out: Array<{ count: number; words: string }> = [];
  if (parts.uncovered) {
    const coveredN = covered ? (reading === "narrow" ? (covered.high ?? keptN) : covered.low) : 0;
    const count = Math.max(0, keptN - coveredN);
    out.push({ count, words: `records kept past the destruction trigger and not under the hold: ${formatCount(keptN)} − ${formatCount(coveredN)} = ${formatCount(count)} (one person each)` });
  }
  const early = parts.beforeHold ? leftBeforeHold(system) : undefined;
  if (early) {
    // Under the hold: what it covers (all the records kept when the profile does not say), read narrow or wide.
    const underHold = Math.min(keptN, covered ? (reading === "narrow" ? covered.low : (covered.high ?? keptN)) : keptN);
    const inWindow = !ctx.forward && earliestDay(early.holdDate) > ctx.windowStart;
    const count = inWindow ? Math.min(underHold, early.people) : 0;
    out.push({
      count,
      words: inWindow
        ? `records kept before the hold of ${early.holdDate}, of the ${formatCount(early.people)} Illinois people who left before it (from ${early.first}): the smaller of ${formatCount(underHold)} records under the hold and ${formatCount(early.people)} people = ${formatCount(count)} (one person each)`
        : ctx.forward
          ? "records kept before the hold: past conduct, nothing new in the period"
          : `records kept before the hold of ${early.holdDate}: that hold began before the look-back (${ctx.windowStart}), so 0`,
    });
  }
  if (out.length === 0) return undefined;
  const count = Math.min(keptN, out.reduce((n, p) => n + p.count, 0));
  return { count, words: out.length === 1 ? out[0]!.words : `${out.map((p) => p.words).join("; ")}; together at most the ${formatCount(keptN)} kept = ${formatCount(count)}` };
}

/**
 * With a bargaining-unit group counted apart, the records kept are not tied to either side: each
 * line counts, on the narrow reading, only the records the other side's people cannot all hold
 * (the records less the other side's people), and on the wide reading at most its own people.
 */
function byBucket(kept: { count: number; words: string }, bucket: Bucket, people: SystemPeople, reading: Reading): { count: number; words: string } {
  const own = bucket === "main" ? people.total.wide : people.apartTotal.wide;
  const other = bucket === "main" ? people.apartTotal.wide : people.total.wide;
  const side = bucket === "main" ? "outside the bargaining unit" : "in the bargaining unit";
  const otherSide = bucket === "main" ? "in the bargaining unit" : "outside it";
  if (reading === "narrow") {
    // Never more than the side's own people either (the wide reading's cap), so low stays at most high.
    const count = Math.min(own, Math.max(0, kept.count - other));
    return { count, words: `${kept.words}, less the ${formatCount(other)} people ${otherSide} whose records they may be: ${formatCount(kept.count)} − ${formatCount(other)}${count < kept.count - other ? `, at most the ${formatCount(own)} people ${side}` : ""} = ${formatCount(count)}` };
  }
  const count = Math.min(kept.count, own);
  return { count, words: `${kept.words}, at most the ${formatCount(own)} people ${side}: ${formatCount(count)}` };
}

function combine(policy: Tally | undefined, kept: { count: number; words: string } | undefined, total: number, reading: Reading, adopted: string | undefined): Tally {
  const gap = adopted !== undefined ? `policy gap before its adoption on ${adopted}: ` : "no compliant published policy: ";
  if (policy && !kept) return { ...policy, words: `${gap}${policy.words}` };
  if (!policy && kept) return { count: kept.count, words: kept.words, counting: "per-person-once", people: kept.count };
  if (!policy || !kept) return { count: 0, words: "nothing counted", counting: "per-person-once", people: 0 };
  // The same people may be in both: the narrow reading counts the larger group, the wide adds them (at most every Illinois person).
  const count = reading === "narrow" ? Math.max(policy.count, kept.count) : Math.min(policy.count + kept.count, Math.max(total, policy.count, kept.count));
  const how = reading === "narrow" ? `the larger of ${formatCount(policy.count)} and ${formatCount(kept.count)} (read as the same people)` : `${formatCount(policy.count)} + ${formatCount(kept.count)}, at most every Illinois person (${formatCount(Math.max(total, policy.count, kept.count))})`;
  return { count, counting: "per-person-once", people: count, words: `${gap}${policy.words}; ${kept.words}; counted: ${how} = ${formatCount(count)}` };
}

/** 15(c), 15(e): once per Illinois person whose data was held inside the window. */
export function possessionLine(lc: LineContext, section: "c" | "e", findings: readonly Finding[], bucket: Bucket): Built {
  // CBA-covered groups are removed before counting for every section (bipa-reference.md §1.7): apart.
  const spans = { narrow: lc.people.possession.narrow[bucket], wide: lc.people.possession.wide[bucket] };
  const byReading = Object.fromEntries(
    READINGS.map((r) => {
      const t = oncePerPerson(spans[r], lc.ctx);
      return [r, { amended: t, cothron: t }];
    }),
  ) as Record<Reading, Readings>;
  const priced = price(byReading, lc.opts, `Once per person (the amendment does not address 15(${section})). `);
  if (!priced) return { none: lc.ctx.forward ? "no new claim arises in the period" : `no Illinois person's data is shown held inside the look-back (${lc.ctx.windowStart} to ${lc.ctx.windowEnd})` };
  return { line: { ...base(lc, `740 ILCS 14/15(${section})`, findings), ...priced, people: priced.peopleRange.high, ...samePeople(bucket, samePeopleKey(`15(${section})`)) } };
}

export type { Disclosure };
