import { z } from "zod";

/**
 * zod compiles its object validators with the Function constructor (a JIT) unless told not to. The
 * CLI reads untrusted files and runs no generated code, so program.ts calls this before it imports
 * a command module (and so before any schema is built). A function, not a bare import: the package declares
 * `sideEffects: false`, and the bundler drops side-effect-only imports. (No slower for one profile.)
 */
export function disableCodeGeneration(): void {
  z.config({ jitless: true });
}
