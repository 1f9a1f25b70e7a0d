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
