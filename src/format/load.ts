import type { FormatName, FormatOptions, Formatter } from "./types.js";
import type { Report } from "../report/types.js";

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
    case "html":
      return (await import("./html/index.js")).formatHtml;
    case "github":
      return (await import("./github.js")).formatGithub;
    case "gitlab":
      return (await import("./gitlab.js")).formatGitlab;
  }
}

/**
 * A formatter that hands its output to `write` in pieces, in order: the same bytes as the
 * string formatter of that name, for outputs larger than one string can hold (a report of 100,000
 * systems is gigabytes of JSON).
 */
export type PieceFormatter = (reports: Report | readonly Report[], options: FormatOptions, write: (piece: string) => void) => void;

/** Loads the piece-by-piece form of a formatter (see {@link PieceFormatter}). */
export async function loadPieceFormatter(name: FormatName): Promise<PieceFormatter> {
  const lines = (make: (r: Report | readonly Report[], o: FormatOptions) => string[], trailingNewline: boolean): PieceFormatter => (r, o, write) => {
    const all = make(r, o);
    for (let i = 0; i < all.length; i++) write(i === 0 ? all[i]! : `\n${all[i]!}`);
    if (trailingNewline) write("\n");
  };
  // A JSON document and its newline: the value is walked and written a piece at a time.
  const json = async (make: (r: Report | readonly Report[], o: FormatOptions) => unknown): Promise<PieceFormatter> => {
    const { writeJson } = await import("./json-text.js");
    return (r, o, write) => {
      writeJson(make(r, o), write);
      write("\n");
    };
  };
  switch (name) {
    case "text":
      return lines((await import("./text.js")).textLines, true);
    case "markdown":
      return lines((await import("./markdown.js")).markdownLines, false);
    case "junit":
      return lines((await import("./junit.js")).junitLines, false);
    case "json":
      return json((await import("./json.js")).toJsonEnvelope);
    case "sarif": {
      // Measured and kept in pieces within GitHub's limits (25,000 results, 10 MB compressed), then written.
      const { sarifPieces } = await import("./sarif.js");
      return (r, o, write) => {
        for (const piece of sarifPieces(r, o)) write(piece);
      };
    }
    case "html": {
      // One self-contained page, written part by part (291 MB at 10,000 systems).
      const [{ htmlPage }, { writeHtml }] = await Promise.all([import("./html/index.js"), import("./html/escape.js")]);
      return (r, o, write) => writeHtml(htmlPage(r, o), write);
    }
    case "github":
      return lines((await import("./github.js")).githubLines, true);
    case "gitlab":
      return json((await import("./gitlab.js")).gitlabIssues);
  }
}
