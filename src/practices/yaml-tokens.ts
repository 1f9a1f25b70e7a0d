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

/**
 * Walks the parser's token tree (CST) without recursion, before the recursive composer sees it: finds
 * a node deeper than `maxDepth` (a few thousand `[` would otherwise overflow the stack) and lists the
 * aliases (the YAML library resolves each alias with a scan of the whole document, so their number
 * must be bounded, not just their expansion).
 */
export function scanTokens(tokens: readonly CST.Token[], maxDepth: number): TokenScan {
  const aliases: TokenSpot[] = [];
  const stack: Array<{ token: CST.Token | null | undefined; path: PathSegment[] }> = [];
  for (const token of tokens) if (token.type === "document") stack.push({ token: token.value, path: [] });
  while (stack.length > 0) {
    const { token, path } = stack.pop()!;
    if (!token) continue;
    if (path.length > maxDepth) return { tooDeep: { path, offset: token.offset }, aliases };
    if (token.type === "alias") aliases.push({ path, offset: token.offset });
    else if (token.type === "block-seq") {
      token.items.forEach((item, index) => stack.push({ token: item.value, path: [...path, index] }));
    } else if (token.type === "block-map") {
      for (const item of token.items) stack.push({ token: item.value, path: [...path, keyOf(item.key)] });
    } else if (token.type === "flow-collection") {
      const isSeq = token.start.source === "[";
      token.items.forEach((item, index) => {
        // In a flow sequence, `[a: 1]` is a one-pair map inside the sequence: one level more.
        const itemPath: PathSegment[] = isSeq ? (item.key || item.sep ? [...path, index, keyOf(item.key)] : [...path, index]) : [...path, keyOf(item.key)];
        stack.push({ token: item.value, path: itemPath });
      });
    }
  }
  return { aliases: aliases.sort((a, b) => a.offset - b.offset) };
}

function keyOf(key: CST.Token | null | undefined): string {
  // A malformed key (an unclosed quote) is the composer's to report, with its position: ignore it here.
  return (CST.isScalar(key) ? CST.resolveAsScalar(key, false, () => undefined)?.value : undefined) ?? "";
}
