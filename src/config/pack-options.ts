import type { PackOption } from "../core/pack.js";
import { SHIPPED_PACKS } from "../packs/index.js";
import { closest } from "../util/suggest.js";

/*
 * The pack options (PackOption: a point the legal reference leaves open, stated by the user) as the
 * config file and the command line take them: by option id, each value one of the option's readings.
 * Both say the same things about a mistake, so a user meets one set of words.
 */

/** Every option a shipped pack declares, in pack order. */
export const SHIPPED_OPTIONS: readonly PackOption[] = SHIPPED_PACKS.flatMap((p) => p.options ?? []);

/** The values an option takes, in its declared order. */
export function optionValuesOf(option: PackOption): string[] {
  return option.readings.map((r) => r.value);
}

/** `expected a, b or c`: what an option takes, for a message. */
export function expectedValues(option: PackOption): string {
  const values = optionValuesOf(option);
  return `expected ${values.length === 1 ? values[0] : `${values.slice(0, -1).join(", ")} or ${values.at(-1)}`}`;
}

/** What is wrong with an option id, or undefined when some pack declares it. */
export function unknownOptionProblem(id: string, known: readonly PackOption[] = SHIPPED_OPTIONS): string | undefined {
  if (known.some((o) => o.id === id)) return undefined;
  const ids = known.map((o) => o.id);
  const hint = closest(id, ids);
  return `unknown pack option "${id}"${hint ? ` (did you mean "${hint}"?)` : ""}; known pack options: ${ids.length > 0 ? ids.join(", ") : "none"}`;
}

/** What is wrong with `id=value`, or undefined when the option is declared and takes that value. */
export function optionProblem(id: string, value: string, known: readonly PackOption[] = SHIPPED_OPTIONS): string | undefined {
  const unknown = unknownOptionProblem(id, known);
  if (unknown !== undefined) return unknown;
  const option = known.find((o) => o.id === id)!;
  return optionValuesOf(option).includes(value) ? undefined : expectedValues(option);
}
