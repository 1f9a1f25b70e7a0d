/** JSON Pointer (RFC 6901) helpers. Pointers name fields in findings, waivers and baselines. */

export type PathSegment = string | number;

function escapeSegment(segment: PathSegment): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

/** `["systems", 0, "release"]` → `/systems/0/release`; `[]` → `""` (the whole document). */
export function toPointer(path: readonly PathSegment[]): string {
  return path.map((s) => `/${escapeSegment(s)}`).join("");
}

/** `/systems/0/release` → `["systems", "0", "release"]`. */
export function fromPointer(pointer: string): string[] {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map(unescapeSegment);
}

/** The pointer one level up, or undefined at the root. */
export function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/** Reads the value at a pointer in plain data; undefined where the path does not exist. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current: unknown = data;
  for (const segment of fromPointer(pointer)) {
    if (current === null || typeof current !== "object") return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}
