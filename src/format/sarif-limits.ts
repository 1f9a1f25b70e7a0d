import { gzipSync } from "node:zlib";
import type { Severity } from "../report/types.js";
import { SARIF_LIMITS } from "./platform-limits.js";
import { grouped, plural } from "./shared.js";
import { textChunks } from "../util/text-chunks.js";

export { SARIF_LIMITS } from "./platform-limits.js";

/** What was left out of a run to keep it within the limits, for the notification and standard error. */
export interface SarifCut {
  total: number;
  kept: number;
  omitted: Readonly<Record<Severity, number>>;
  /** Why: the result count or the compressed size. */
  reason: "results" | "size";
  max: number;
}

/**
 * The results to keep within `max`: the most severe first (violations, then risks, then info),
 * and within a severity the report order. The kept ones stay in their original order.
 */
export function keepMostSevere<T>(items: readonly T[], severity: (item: T) => Severity, max: number): { kept: T[]; omitted: T[] } {
  if (items.length <= max) return { kept: [...items], omitted: [] };
  const rank: Record<Severity, number> = { violation: 0, risk: 1, info: 2 };
  const order = items.map((item, index) => ({ item, index, rank: rank[severity(item)] }));
  order.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const keep = new Set(order.slice(0, max).map((o) => o.index));
  const kept: T[] = [];
  const omitted: T[] = [];
  items.forEach((item, index) => (keep.has(index) ? kept : omitted).push(item));
  return { kept, omitted };
}

/** A text cut into chunks, with its size once gzip-compressed where it could pass the limit. */
export interface MeasuredText {
  /** The text, in order, in chunks of 8 Mi characters (one string would be flattened and encoded whole). */
  pieces: string[];
  over: boolean;
  /** Compressed bytes (summed over the chunks); absent when the text is under the limit uncompressed. */
  bytes?: number;
}

/**
 * Whether `text` passes `limit` bytes once gzip-compressed, compressed 8 Mi characters at a time, as
 * {@link piecesOver} does: never encoded into one buffer, which near the limit is tens of megabytes
 * and cost more than building the text. The chunks are what the caller writes.
 */
export function measureText(text: string, limit: number = SARIF_LIMITS.gzipBytes): MeasuredText {
  const pieces = textChunks(text, CHUNK_CHARS);
  // A UTF-16 code unit is 1 to 3 bytes of UTF-8: under the limit at 3 bytes each, the text is under
  // it; over the limit at 1 byte each, it is over uncompressed; only in between are the bytes counted.
  if (text.length * 3 <= limit) return { pieces, over: false };
  if (text.length <= limit && Buffer.byteLength(text, "utf8") <= limit) return { pieces, over: false };
  let bytes = 0;
  for (const piece of pieces) bytes += gzippedBytes(piece);
  return { pieces, over: bytes > limit, bytes };
}

/** The gzip size of one chunk of text, as UTF-8: both size checks sum it over their chunks. */
function gzippedBytes(chunk: string): number {
  return gzipSync(Buffer.from(chunk, "utf8")).length;
}

/** Text longer than this is not built as one string (V8 holds at most about 2^29 characters). */
export const MAX_TEXT_CHARS = 2 ** 28;

/** Characters compressed at a time by {@link piecesOver}. */
const CHUNK_CHARS = 1 << 23;

/** Thrown inside `write` to stop the writer once the answer is known. */
class Enough extends Error {}

/**
 * Whether the text `produce` writes, in pieces, passes `limit` bytes once gzip-compressed, or
 * `maxChars` characters before it. Compressed 8 Mi characters at a time, the sum of the chunks'
 * sizes standing for the whole (each chunk loses only the 32 KiB deflate window and an 18-byte
 * header), and stopped as soon as either is over: at 100,000 systems the run's detail is gigabytes
 * of JSON, more than one string can hold.
 */
export function piecesOver(produce: (write: (piece: string) => void) => void, limit: number = SARIF_LIMITS.gzipBytes, maxChars: number = MAX_TEXT_CHARS): boolean {
  // The chunk's pieces are kept in an array and joined once: `chunk += piece` built a rope of a
  // million small strings, which V8 then flattened to encode it.
  let parts: string[] = [];
  let partsLength = 0;
  let chars = 0;
  let compressed = 0;
  const flush = (text = parts.join("")) => {
    compressed += gzippedBytes(text);
    parts = [];
    partsLength = 0;
    if (compressed > limit) throw new Enough();
  };
  try {
    produce((piece) => {
      chars += piece.length;
      if (chars > maxChars) throw new Enough();
      parts.push(piece);
      partsLength += piece.length;
      if (partsLength >= CHUNK_CHARS) flush();
    });
    // Short enough to be under the limit even uncompressed: nothing to compress (the usual case).
    const rest = parts.join("");
    if (compressed === 0 && Buffer.byteLength(rest, "utf8") <= limit) return false;
    if (rest.length > 0) flush(rest);
  } catch (error) {
    if (error instanceof Enough) return true;
    throw error;
  }
  return false;
}

/** Where the reader finds what a cut SARIF run leaves out. */
export function completeReportAt(fullReport: string | undefined): string {
  return fullReport ? `the complete report is in ${fullReport}` : "the JSON format (--format json=FILE) has the complete report";
}

/** The notification text: how many results, which severities were left out, and where the rest is. */
export function cutMessage(cut: SarifCut, fullReport: string | undefined): string {
  const left = (["violation", "risk", "info"] as const)
    .filter((s) => cut.omitted[s] > 0)
    .map((s) => plural(cut.omitted[s], s === "info" ? "info finding" : s))
    .join(", ");
  const why =
    cut.reason === "size"
      ? "GitHub code scanning rejects a SARIF file of more than 10 MB compressed"
      : cut.max < SARIF_LIMITS.resultsPerRun
        ? `--sarif-max-results is ${grouped(cut.max)}`
        : `GitHub code scanning rejects a run of more than ${grouped(SARIF_LIMITS.resultsPerRun)} results`;
  return `${plural(cut.total - cut.kept, "result")} of ${grouped(cut.total)} left out (${left}): ${why}, so the ${grouped(cut.kept)} most severe were kept; ${completeReportAt(fullReport)}`;
}
