/**
 * The default branch of a `switch` that covers every member of a union: it fails to compile when a
 * member is added and not handled (the job ts-pattern's `.exhaustive()` does, in the hot rule checks
 * that use plain conditionals), and throws if a value outside the type arrives at run time anyway.
 */
export function unreachable(value: never): never {
  throw new Error(`unhandled value: ${JSON.stringify(value)}`);
}
