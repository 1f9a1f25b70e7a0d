/** Small Markdown helpers for the generated docs. */

/** Text safe inside a table cell: pipes escaped, line breaks folded. */
export function cell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ").trim();
}

/** Inline code, choosing a fence that the text does not contain. */
export function code(text: string): string {
  const fence = text.includes("`") ? "``" : "`";
  const pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
  return `${fence}${pad}${text}${pad}${fence}`;
}

/** A Markdown table. */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

/** A fenced code block. */
export function fence(language: string, body: string): string {
  return `\`\`\`${language}\n${body.endsWith("\n") ? body : `${body}\n`}\`\`\``;
}

/** Joins blocks with one blank line and ends the document with a single newline. */
export function doc(blocks: ReadonlyArray<string | undefined | false>): string {
  return `${blocks.filter((b): b is string => typeof b === "string" && b.length > 0).join("\n\n")}\n`;
}

/** The banner at the top of every generated page. */
export function generatedBanner(source: string, command = "npm run docs"): string {
  return `<!-- Generated from ${source} by \`${command}\`. Do not edit by hand: change the source and regenerate. -->`;
}
