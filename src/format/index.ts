import { formatHtml } from "./html/index.js";
import { formatGithub } from "./github.js";
import { formatGitlab } from "./gitlab.js";
import { formatJson } from "./json.js";
import { formatJunit } from "./junit.js";
import { formatMarkdown } from "./markdown.js";
import { formatSarif } from "./sarif.js";
import { formatText } from "./text.js";
import type { FormatName, Formatter } from "./types.js";

/** Every formatter by name, for API users (the CLI loads them one at a time, see load.ts). */
export const formatters: Readonly<Record<FormatName, Formatter>> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  junit: formatJunit,
  markdown: formatMarkdown,
  html: formatHtml,
  github: formatGithub,
  gitlab: formatGitlab,
};

export { FORMAT_NAMES, isFormatName, type FormatName, type FormatOptions, type Formatter } from "./types.js";
