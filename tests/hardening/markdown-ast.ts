import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { gfm } from "micromark-extension-gfm";

/** Markdown as GitHub reads it (CommonMark + GFM tables, autolinks, strikethrough, task lists), parsed by micromark. */
export function parseMarkdown(text: string): Root {
  return fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
}

/**
 * The shape of a document: every node's type (and a heading's depth, a table's column count) in
 * document order, without text. Two documents with the same shape have the same structure.
 */
export function shape(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes, depth: number) => {
    const extra = n.type === "heading" ? `${n.depth}` : n.type === "tableRow" ? `${n.children.length}` : "";
    if (n.type !== "text") out.push(`${" ".repeat(depth)}${n.type}${extra}`);
    if ("children" in n) for (const c of n.children as Nodes[]) walk(c, depth + 1);
  };
  walk(node, 0);
  return out;
}

/** All text in the document (text and inline code values), in order. */
export function texts(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "text" || n.type === "inlineCode") out.push(n.value);
    if ("children" in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

/** The plain text nodes only (GitHub never links inside code). */
export function plainTexts(node: Nodes): string[] {
  const out: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === "text") out.push(n.value);
    if ("children" in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return out;
}

/** GitHub's after-rendering links in plain text: a mention, an issue reference, a bare web address. */
export const GITHUB_AUTOLINK = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_-]|#\p{N}|\bgh-\p{N}|:\/\/|\bwww\./iu;
