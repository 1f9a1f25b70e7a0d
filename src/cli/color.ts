/**
 * Whether to colour what goes to a stream, by the conventions users bring from other tools:
 *
 * 1. `--color` / `--no-color` on the command line decide outright (`flag` true or false).
 * 2. `FORCE_COLOR` (https://force-color.org) set to anything but `0` or `false` turns colour on,
 *    even on a pipe (CI logs that render ANSI); `FORCE_COLOR=0` or `false` turns it off. As in
 *    Node itself, it wins over `NO_COLOR`: it is the more specific request.
 * 3. `NO_COLOR` (https://no-color.org) set to a non-empty value turns colour off.
 * 4. Otherwise colour is used only on a terminal.
 *
 * Files never get colour: callers ask only for standard output or standard error.
 */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, flag?: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== "0" && force.toLowerCase() !== "false";
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}
