import type { z } from "zod";
import type { PathSegment } from "./pointer.js";

type AnySchema = z.core.$ZodType;

/**
 * The keys an object at `path` may have, read from the zod schema itself, so that an unknown key
 * can be answered with "did you mean …?". Empty where the path does not lead to an object.
 */
export function knownKeysAt(schema: AnySchema, path: readonly PathSegment[]): string[] {
  const found = new Set<string>();
  walk(schema, path, found);
  return [...found];
}

function walk(schema: AnySchema, path: readonly PathSegment[], found: Set<string>): void {
  const def = schema._zod.def as unknown as {
    type: string;
    shape?: Record<string, AnySchema>;
    innerType?: AnySchema;
    element?: AnySchema;
    options?: AnySchema[];
    in?: AnySchema;
  };
  switch (def.type) {
    case "default":
    case "optional":
    case "nullable":
    case "prefault":
    case "readonly":
      if (def.innerType) walk(def.innerType, path, found);
      return;
    case "pipe":
      if (def.in) walk(def.in, path, found);
      return;
    case "union":
      for (const option of def.options ?? []) walk(option, path, found);
      return;
    case "array":
      if (path.length > 0 && def.element) walk(def.element, path.slice(1), found);
      return;
    case "object": {
      const shape = def.shape ?? {};
      if (path.length === 0) {
        for (const key of Object.keys(shape)) found.add(key);
        return;
      }
      const next = shape[String(path[0])];
      if (next) walk(next, path.slice(1), found);
      return;
    }
    default:
      return;
  }
}
