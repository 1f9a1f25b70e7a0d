/*
 * Phrasing shared by every rule in the pack, so that lists, possessives and agreement read the same
 * way in every message. Pure string functions: no locale is read, so output is deterministic.
 */

/** `["a"]` → `a`; `["a", "b", "c"]` → `a, b and c` (or `a, b or c`). */
export function joinWords(words: readonly string[], conjunction: "and" | "or" = "and"): string {
  if (words.length <= 1) return words[0] ?? "";
  return `${words.slice(0, -1).join(", ")} ${conjunction} ${words[words.length - 1]}`;
}

/**
 * The possessive of a name: `Acme` → `Acme's`, `Clearview photos` → `Clearview photos'`. A name that
 * ends in s takes a bare apostrophe (the form legal drafting uses for plural-looking names).
 */
export function possessive(name: string): string {
  return /s$/i.test(name) ? `${name}'` : `${name}'s`;
}

/** `1234567` → `1,234,567`, the same on every machine (no locale is read). */
export function formatCount(n: number): string {
  return BigInt(Math.round(n)).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * A count as words with its noun: `1 record`, `1,200 records`, `some records` (at least one, number
 * unknown), `at least 200 records`, `200 to 400 records`, `an unstated number of records`.
 */
export function countWords(count: number | "some" | "unknown" | { atLeast: number; atMost?: number }, noun: string, pluralNoun = `${noun}s`): string {
  if (count === "unknown") return `an unstated number of ${pluralNoun}`;
  if (count === "some") return `some ${pluralNoun}`;
  if (typeof count === "number") return `${formatCount(count)} ${count === 1 ? noun : pluralNoun}`;
  if (count.atMost === undefined) return `at least ${formatCount(count.atLeast)} ${count.atLeast === 1 ? noun : pluralNoun}`;
  if (count.atMost === count.atLeast) return countWords(count.atLeast, noun, pluralNoun);
  return `${formatCount(count.atLeast)} to ${formatCount(count.atMost)} ${pluralNoun}`;
}
