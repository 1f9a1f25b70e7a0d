import { CST } from "yaml";
import type { PathSegment } from "./pointer.js";

/**
 * The deepest YAML nesting read at all, whatever `maxDepth` says. The YAML composer recurses once per
 * level and exhausts Node's default stack somewhere past 800 levels; refusing at 256 keeps a wide margin.
 * JSON has no such ceiling (its reader is iterative).
 */
export const YAML_DEPTH_CEILING = 256;

/** A node in the token tree: its path in the data and its offset in the text. */
export interface TokenSpot {
  path: PathSegment[];
  offset: number;
}

/** What the token pre-scan found: a node nested past the limit (then the scan stopped), and every alias. */
export interface TokenScan {
  tooDeep?: TokenSpot;
  /** Every `*alias` used as a value, in document order. */
  aliases: TokenSpot[];
}

/** A token on the walk's stack: its parent link and its place in it, so a path is built only when reported. */
interface Visit {
  token: CST.Token | null | undefined;
  parent: Visit | undefined;
  depth: number;
  /** Index in a sequence, or the key token in a map (resolved to text only for a reported path). */
  segment: number | CST.Token | null | undefined;
  /** A flow-sequence item that is a one-pair map (`[a: 1]`): one level more, index then key. */
  pairIndex?: number;
}

/**
 * Walks the parser's token tree (CST) without recursion, before the recursive composer sees it: finds
 * a node deeper than `maxDepth` (a few thousand `[` would otherwise overflow the stack) and lists the
 * aliases (the YAML library resolves each alias with a scan of the whole document, so their number
 * must be bounded, not just their expansion). Paths are built only for what it reports.
 */
export function scanTokens(tokens: readonly CST.Token[], maxDepth: number): TokenScan {
  const aliases: Visit[] = [];
  const stack: Visit[] = [];
  for (const token of tokens) if (token.type === "document") stack.push({ token: token.value, parent: undefined, depth: 0, segment: undefined });
  while (stack.length > 0) {
    const visit = stack.pop()!;
    const { token, depth } = visit;
    if (!token) continue;
    if (depth > maxDepth) return { tooDeep: spot(visit, token.offset), aliases: aliases.map((a) => spot(a, a.token!.offset)) };
    if (token.type === "alias") aliases.push(visit);
    else if (token.type === "block-seq") {
      const items = token.items;
      for (let index = 0; index < items.length; index++) stack.push({ token: items[index]!.value, parent: visit, depth: depth + 1, segment: index });
    } else if (token.type === "block-map") {
      for (const item of token.items) stack.push({ token: item.value, parent: visit, depth: depth + 1, segment: item.key });
    } else if (token.type === "flow-collection") {
      const isSeq = token.start.source === "[";
      const items = token.items;
      for (let index = 0; index < items.length; index++) {
        const item = items[index]!;
        if (!isSeq) stack.push({ token: item.value, parent: visit, depth: depth + 1, segment: item.key });
        else if (item.key || item.sep) stack.push({ token: item.value, parent: visit, depth: depth + 2, segment: item.key, pairIndex: index });
        else stack.push({ token: item.value, parent: visit, depth: depth + 1, segment: index });
      }
    }
  }
  return { aliases: aliases.map((a) => spot(a, a.token!.offset)).sort((a, b) => a.offset - b.offset) };
}

function spot(visit: Visit, offset: number): TokenSpot {
  const path: PathSegment[] = [];
  for (let v: Visit | undefined = visit; v?.parent; v = v.parent) {
    path.push(typeof v.segment === "number" ? v.segment : keyOf(v.segment));
    if (v.pairIndex !== undefined) path.push(v.pairIndex);
  }
  return { path: path.reverse(), offset };
}

function keyOf(key: CST.Token | null | undefined): string {
  // A malformed key (an unclosed quote) is the composer's to report, with its position: ignore it here.
  return (CST.isScalar(key) ? CST.resolveAsScalar(key, false, () => undefined)?.value : undefined) ?? "";
}
