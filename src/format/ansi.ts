import type { Severity } from "../report/types.js";

/** ANSI styling that is the identity when colour is off, so callers never branch. */
export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  green(s: string): string;
  severity(severity: Severity, s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function paint(enabled: boolean): Paint {
  if (!enabled) {
    const id = (s: string) => s;
    return { bold: id, dim: id, red: id, yellow: id, cyan: id, green: id, severity: (_sev, s) => s };
  }
  const red = wrap(31, 39);
  const yellow = wrap(33, 39);
  const cyan = wrap(36, 39);
  return {
    bold: wrap(1, 22),
    dim: wrap(2, 22),
    red,
    yellow,
    cyan,
    green: wrap(32, 39),
    severity: (sev, s) => (sev === "violation" ? red(s) : sev === "risk" ? yellow(s) : cyan(s)),
  };
}
