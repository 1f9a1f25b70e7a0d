import type { System } from "../../../practices/schema.js";
import { captureSpan, READINGS, type DateContext, type Reading } from "./window.js";

/**
 * Identifier × collection-method pairs: the unit of recovery after PA 103-0769 (Sec. 20(b), (c);
 * bipa-reference.md §1.4, §1.7 "Identifier × method"). The pairs actually used are counted, never
 * every identifier times every method.
 */

/** One pair (or, read as one method, several channels of one identifier feeding one template). */
export interface Pair {
  identifier: string;
  methods: string[];
  template?: string;
  /** First and last capture by the pair, as full days, per reading (the system's when the pair gives none). */
  first: Record<Reading, string>;
  last: Record<Reading, string>;
}

export interface PairSet {
  pairs: Pair[];
  /** Whether the profile declared `collection.identifierMethods`. */
  declared: boolean;
  /** The number of pairs under the other templateChannels reading, when it differs. */
  otherReading?: number;
  /** The system's own capture span per reading (the union of its pairs' spans). */
  span: Record<Reading, { first: string; last: string }>;
}

/**
 * The pairs of a system. Declared pairs are counted as given; with `templateChannels: "one-method"`,
 * pairs of one identifier that name the same template are one method of collection. Without declared
 * pairs, one pair per identifier (each identifier is collected by at least one method): the methods are
 * not paired, so the estimate cannot tell which method took which identifier, and never uses the cross
 * product.
 */
export function pairsOf(system: System, ctx: DateContext, templateChannels: "one-method" | "separate-methods"): PairSet {
  const { firstCaptureDate, lastCaptureDate, identifierMethods, methods } = system.collection;
  const sys = {
    narrow: captureSpan(firstCaptureDate, lastCaptureDate, "narrow", ctx),
    wide: captureSpan(firstCaptureDate, lastCaptureDate, "wide", ctx),
  };
  const spanOf = (first: string, last: string) => {
    const f = first === "unknown" ? firstCaptureDate : first;
    const l = last === "unknown" ? lastCaptureDate : last;
    return { narrow: captureSpan(f, l, "narrow", ctx), wide: captureSpan(f, l, "wide", ctx) };
  };
  const make = (identifier: string, ms: string[], template: string | undefined, span: Record<Reading, { first: string; last: string }>): Pair => ({
    identifier,
    methods: ms,
    ...(template !== undefined ? { template } : {}),
    first: { narrow: span.narrow.first, wide: span.wide.first },
    last: { narrow: span.narrow.last, wide: span.wide.last },
  });
  if (identifierMethods.length === 0) {
    const identifiers = system.modalities.length > 0 ? system.modalities : ["biometric identifier"];
    return { pairs: identifiers.map((id) => make(id, [...methods], undefined, sys)), declared: false, span: sys };
  }
  const separate = identifierMethods.map((p) => {
    const template = p.template?.trim();
    return make(p.identifier, [p.method], template === "" ? undefined : template, spanOf(p.firstCapture, p.lastCapture));
  });
  const merged = mergeByTemplate(separate);
  const chosen = templateChannels === "one-method" ? merged : separate;
  const other = templateChannels === "one-method" ? separate : merged;
  const span = Object.fromEntries(
    READINGS.map((r) => [
      r,
      {
        first: chosen.reduce((d, p) => (p.first[r] < d ? p.first[r] : d), sys[r].first),
        last: chosen.reduce((d, p) => (p.last[r] > d ? p.last[r] : d), sys[r].last),
      },
    ]),
  ) as PairSet["span"];
  return { pairs: chosen, declared: true, ...(other.length !== chosen.length ? { otherReading: other.length } : {}), span };
}

/** Pairs of one identifier naming one template become one, spanning all their captures. */
function mergeByTemplate(pairs: readonly Pair[]): Pair[] {
  const out: Pair[] = [];
  const byKey = new Map<string, Pair>();
  for (const p of pairs) {
    if (p.template === undefined) {
      out.push(p);
      continue;
    }
    const key = `${p.identifier}\u0000${p.template}`;
    const seen = byKey.get(key);
    if (!seen) {
      const copy: Pair = { ...p, methods: [...p.methods], first: { ...p.first }, last: { ...p.last } };
      byKey.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const m of p.methods) if (!seen.methods.includes(m)) seen.methods.push(m);
    for (const r of READINGS) {
      if (p.first[r] < seen.first[r]) seen.first[r] = p.first[r];
      if (p.last[r] > seen.last[r]) seen.last[r] = p.last[r];
    }
  }
  return out;
}

/** The pairs with any capture in `[from, to]` under a reading. */
export function pairsIn(set: PairSet, reading: Reading, from: string, to: string): Pair[] {
  return set.pairs.filter((p) => p.first[reading] <= p.last[reading] && p.first[reading] <= to && p.last[reading] >= from);
}

/** "fingerprint × timeclock", "face-geometry × web-upload or mobile-app (one template: faces)". */
export function pairLabel(p: Pair): string {
  const how = p.methods.length > 0 ? p.methods.join(" or ") : "its method";
  return `${p.identifier} × ${how}${p.methods.length > 1 && p.template ? ` (one template: ${p.template})` : ""}`;
}
