import { z } from "zod";

// zod compiles its object validators with the Function constructor (a JIT) unless told not to. The
// CLI reads untrusted files and runs no generated code: this module is imported first by main.ts so
// that the setting is in place before any schema is built. (Validation is no slower for one profile.)
z.config({ jitless: true });
