/** One line of NDJSON input, numbered from 1. `text` is absent when the line was over the limit. */
export interface NdjsonLine {
  number: number;
  /** The line without its `\n` or `\r\n`; absent when it was longer than `maxLineBytes` (then dropped). */
  text?: string;
  /** Length of the line in UTF-16 code units (as read so far, for a dropped line). */
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
 * not kept: it is yielded without `text` so the caller can report its number, and reading goes on.
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
  let dropped = -1; // length of the line being dropped, or -1 when the current line is kept
  let number = 0;
  let first = true;

  const finish = (text: string): NdjsonLine => {
    number += 1;
    if (dropped >= 0) {
      const line = { number, length: dropped + text.length };
      dropped = -1;
      return line;
    }
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
      yield finish(piece);
    }
    const rest = text.slice(start);
    if (dropped >= 0) dropped += rest.length;
    else if (partial.length + rest.length > max) {
      dropped = partial.length + rest.length;
      partial = "";
    } else partial += rest;
  }
  const tail = partial + decoder.decode();
  if (tail.length > 0 || dropped >= 0) yield finish(tail);
}
