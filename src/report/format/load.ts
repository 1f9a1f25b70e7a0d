import type { FormatName, Formatter } from "./types.js";

/**
 * Loads one formatter on demand, so a run that prints text never parses the SARIF or JUnit code.
 * The CLI uses this; library users can import `formatters` (index.ts) directly.
 */
export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case "text":
      return (await import("./text.js")).formatText;
    case "json":
      return (await import("./json.js")).formatJson;
    case "sarif":
      return (await import("./sarif.js")).formatSarif;
    case "junit":
      return (await import("./junit.js")).formatJunit;
    case "markdown":
      return (await import("./markdown.js")).formatMarkdown;
    case "github":
      return (await import("./github.js")).formatGithub;
    case "gitlab":
      return (await import("./gitlab.js")).formatGitlab;
  }
}
