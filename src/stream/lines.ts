/** One line of NDJSON input, numbered from 1. `text` is absent when the line was over the limit. */
export interface NdjsonLine {
  number: number;
  /** The line without its `\n` or `\r\n`; absent when it was longer than `maxLineBytes` (then dropped). */
  text?: string;
  /** Length of the line in UTF-16 code units (for a dropped line: as read when it passed the limit). */
  length: number;
}

export interface SplitOptions {
  /** Longest line kept, in UTF-16 code units; a longer line is dropped and reported. Default 10 MiB. */
  maxLineBytes?: number;
}

/** The loader's default input limit (DEFAULT_LIMITS.maxBytes), applied here to each line. */
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

/**
 * Splits text or byte chunks (a Node Readable, `process.stdin`, a file stream, or any iterable of
 * strings) into numbered lines, holding at most one partial line in memory. Bytes are decoded as
 * UTF-8; a leading byte-order mark and `\r` before `\n` are dropped. A line over `maxLineBytes` is
 * not kept: it is yielded without `text` as soon as it passes the limit (its end may never come), so
 * the caller can report its number and stop; a caller that reads on gets the lines after its end.
 *
 * @example
 * for await (const line of splitLines(createReadStream("inventory.ndjson"))) console.log(line.number, line.text);
 */
export async function* splitLines(
  chunks: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: SplitOptions = {},
): AsyncGenerator<NdjsonLine> {
  const max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  const decoder = new TextDecoder("utf-8");
  let partial = "";
  let dropping = false; // the current line was already reported as too long: skip to its end
  let number = 0;
  let first = true;

  const finish = (text: string): NdjsonLine | undefined => {
    if (dropping) {
      dropping = false;
      return undefined;
    }
    number += 1;
    const clean = text.endsWith("\r") ? text.slice(0, -1) : text;
    return clean.length > max ? { number, length: clean.length } : { number, text: clean, length: clean.length };
  };

  for await (const chunk of chunks) {
    let text = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    if (first && text.length > 0) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      first = false;
    }
    let start = 0;
    for (let nl = text.indexOf("\n"); nl !== -1; nl = text.indexOf("\n", start)) {
      const piece = partial + text.slice(start, nl);
      partial = "";
      start = nl + 1;
      const line = finish(piece);
      if (line) yield line;
    }
    const rest = text.slice(start);
    if (dropping) continue;
    if (partial.length + rest.length > max) {
      // Reported now, not at its end: the end of an over-long line may never come.
      number += 1;
      dropping = true;
      const length = partial.length + rest.length;
      partial = "";
      yield { number, length };
    } else partial += rest;
  }
  const tail = partial + decoder.decode();
  if (tail.length > 0 && !dropping) {
    const line = finish(tail);
    if (line) yield line;
  }
}
