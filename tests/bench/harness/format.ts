/** Number and verdict formatting shared by the row modules (en-US digits, so the table reads the same everywhere). */

export function fmt(n: number, digits = 0): string {
  return n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });
}

/** `52×`, `2.4×`, `1.04×`, `0.95×` (two decimals near 1, where one would read "1.0× over"). */
export function ratio(n: number): string {
  return `${n >= 10 ? fmt(n) : n >= 1.1 ? fmt(n, 1) : fmt(n, 2)}×`;
}

export function mib(bytes: number): string {
  return `${fmt(bytes / 2 ** 20)} MiB`;
}

export function kib(bytes: number): string {
  return `${fmt(bytes / 1024, 1)} KiB`;
}

export function seconds(ms: number): string {
  return ms >= 10_000 ? `${fmt(ms / 1000)} s` : `${fmt(ms / 1000, 1)} s`;
}

/** "yes", or "no (why)". */
export function verdict(met: boolean, shortBy: string): string {
  return met ? "yes" : `no (${shortBy})`;
}

/** `1 system`, `10,000 systems`. */
export function systems(n: number): string {
  return `${fmt(n)} system${n === 1 ? "" : "s"}`;
}

/** `1 / 100 / 10,000 systems`. */
export function sizesLabel(sizes: readonly number[]): string {
  return `${sizes.map((n) => fmt(n)).join(" / ")} systems`;
}
