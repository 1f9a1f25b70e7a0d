import { formatDiffJson } from "./json.js";
import { formatDiffMarkdown } from "./markdown.js";
import { formatDiffText } from "./text.js";
import type { DiffFormatter } from "./shared.js";

/** The output formats of `bipa-check diff`, in the order `--help` lists them. */
export const DIFF_FORMAT_NAMES = ["text", "json", "markdown"] as const;
export type DiffFormatName = (typeof DIFF_FORMAT_NAMES)[number];

/** Every diff renderer by name. */
export const diffFormatters: Readonly<Record<DiffFormatName, DiffFormatter>> = {
  text: formatDiffText,
  json: formatDiffJson,
  markdown: formatDiffMarkdown,
};

export { formatDiffJson, formatDiffMarkdown, formatDiffText };
export { toDiffJson, type DiffJson } from "./json.js";
export { MARKDOWN_LIMIT } from "./markdown.js";
export { failingAdded, DIFF_CLOSING, type DiffFormatOptions, type DiffFormatter } from "./shared.js";
