import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";

/*
 * Files the bipa-check package ships (docs/profile.schema.json, docs/config.schema.json), found from
 * where a profile lives, so the paths `init` writes into editor modelines resolve after install.
 */

const NAME = "bipa-check";

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, "package.json");
  if (!existsSync(manifest)) return false;
  try {
    return (JSON.parse(readFileSync(manifest, "utf8")) as { name?: unknown }).name === NAME;
  } catch {
    return false;
  }
}

/** The package this CLI runs from: the nearest directory above this module with bipa-check's package.json. */
function runningPackageRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (isPackageRoot(dir)) return dir;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/** `node_modules/bipa-check` in `from` or the nearest directory above it that has one, as Node resolves it. */
function installedPackageRoot(from: string): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = join(dir, "node_modules", NAME);
    if (isPackageRoot(candidate)) return candidate;
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * The path of a shipped file relative to `fromDir`, for a `$schema=` modeline: in the project's
 * node_modules/bipa-check if installed there, else in the package this CLI runs from (a checkout),
 * else where it will be once installed (`./node_modules/bipa-check/<file>`).
 */
export function shippedFileFrom(fromDir: string, file: string): string {
  const roots = [installedPackageRoot(fromDir), runningPackageRoot()].filter((r): r is string => r !== undefined);
  const root = roots.find((r) => existsSync(join(r, file)));
  const rel = root ? relative(fromDir, join(root, file)).split(sep).join("/") : `node_modules/${NAME}/${file}`;
  return rel.startsWith("../") || rel.startsWith("/") ? rel : `./${rel}`;
}
