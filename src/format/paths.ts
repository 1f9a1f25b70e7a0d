import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * Where the paths of code-scanning formats (SARIF, GitLab Code Quality, GitHub annotations) are
 * anchored. Reports name their files relative to the working directory; these platforms want them
 * relative to the repository root, so a run from a subfolder must not misplace every alert.
 */
export interface PathRoot {
  /** The repository root (absolute): the git top level, else the working directory, or `--root`. */
  root: string;
  /** The directory report file names are relative to (absolute): the working directory. */
  cwd: string;
}

/** `./a\b.yaml` → `a/b.yaml`. */
function normalize(file: string): string {
  return file.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
}

/**
 * A report's file name relative to the root, with `/` separators. Without a root the name is kept as
 * it is (library use: the caller already chose its paths); undefined when the file lies outside it.
 */
export function rootRelative(file: string, paths: PathRoot | undefined): string | undefined {
  if (!paths) return normalize(file);
  const rel = relative(paths.root, resolve(paths.cwd, file));
  if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) return undefined;
  return rel.split(sep).join("/");
}

/** The absolute `file://` URL of a report file (for one outside the root). */
export function fileUrl(file: string, paths: PathRoot): string {
  return pathToFileURL(resolve(paths.cwd, file)).href;
}

/** The root as a `file://` URL ending in `/`, as SARIF's `originalUriBaseIds` requires. */
export function rootUrl(paths: PathRoot): string {
  const href = pathToFileURL(paths.root).href;
  return href.endsWith("/") ? href : `${href}/`;
}
