/**
 * The format of `ExposureLine.samePeopleKey`, written and read only here: a section alone
 * ("15(a)": one entity-wide duty) or a head and the sorted identifier × method pairs
 * ("15(b): fingerprint × timeclock", "15(d) to Payroll Co.: fingerprint × timeclock").
 */
const HEAD_END = ": ";
const PAIR_SEPARATOR = "; ";

/** The key of a line: its head, and for 15(b) and 15(d) its pair labels (in any order). */
export function samePeopleKey(head: string, pairs?: readonly string[]): string {
  return pairs === undefined ? head : `${head}${HEAD_END}${[...pairs].sort().join(PAIR_SEPARATOR)}`;
}

/** A key's head and pairs (`pairs` undefined for an entity-wide section). */
export function keyParts(key: string): { head: string; pairs?: string[] } {
  const at = key.indexOf(HEAD_END);
  return at < 0 ? { head: key } : { head: key.slice(0, at), pairs: key.slice(at + HEAD_END.length).split(PAIR_SEPARATOR) };
}
