/**
 * Appends every item to `target`. `target.push(...items)` passes each item as an argument, and V8
 * throws "Maximum call stack size exceeded" past about 100,000 of them: a large report must never
 * do that.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}
