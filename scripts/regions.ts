/**
 * Generated regions inside hand-written Markdown: the prose stays editable, and the parts that must
 * match the code (a real finding, a summary table) are regenerated between two markers:
 *
 *     <!-- generated:NAME (…) -->
 *     …
 *     <!-- /generated:NAME -->
 */

const open = (name: string) => new RegExp(`<!-- generated:${escape(name)}(?: [^>]*)? -->\\n`);
const close = (name: string) => `<!-- /generated:${name} -->`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The names of the generated regions in a document, in order. */
export function regionNames(markdown: string): string[] {
  return [...markdown.matchAll(/<!-- generated:([a-z0-9-]+)(?: [^>]*)? -->/g)].map((m) => m[1]!);
}

/**
 * Replaces the body of region `name` with `body` (which should end with a newline).
 * Throws if the markers are missing, so a deleted marker never passes silently.
 */
export function replaceRegion(markdown: string, name: string, body: string): string {
  const start = open(name).exec(markdown);
  const endMarker = close(name);
  if (!start) throw new Error(`generated region "${name}" has no opening marker <!-- generated:${name} -->`);
  const bodyStart = start.index + start[0].length;
  const end = markdown.indexOf(endMarker, bodyStart);
  if (end === -1) throw new Error(`generated region "${name}" has no closing marker ${endMarker}`);
  return markdown.slice(0, bodyStart) + body + markdown.slice(end);
}
