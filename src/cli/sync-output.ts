import { writeSync } from "node:fs";

/**
 * A standard stream written with `fs.writeSync`, waiting while a pipe is full. Through
 * `process.stdout`, Node writes to a pipe asynchronously and queues what the reader has not taken
 * yet: a report written in pieces faster than `gzip` or `jq` reads it was held in memory whole (a
 * 100,000-system JUnit report, 1.4 GB, ended in "write ENOBUFS"). Written here, memory holds one
 * piece. The first failure (EPIPE, ENOSPC) goes to `onError` once; what comes after it is dropped,
 * as the report is incomplete anyway. It takes bytes, written before it returns (so the caller may
 * reuse them); {@link textWriter} gives the same writer for text, sharing its one failure.
 */
export function syncBytes(fd: number, onError: (error: NodeJS.ErrnoException) => void): (bytes: Uint8Array) => void {
  const pause = new Int32Array(new SharedArrayBuffer(4));
  let failed = false;
  return (data) => {
    if (failed || data.length === 0) return;
    let bytes = data;
    while (bytes.length > 0) {
      try {
        bytes = bytes.subarray(writeSync(fd, bytes));
      } catch (error) {
        const e = error as NodeJS.ErrnoException;
        // A pipe left non-blocking (by whoever opened it) is full: wait a millisecond for the reader.
        if (e.code === "EAGAIN") {
          Atomics.wait(pause, 0, 0, 1);
          continue;
        }
        failed = true;
        onError(e);
        return;
      }
    }
  };
}

/** Text through a bytes writer, encoded as UTF-8. */
export function textWriter(bytes: (bytes: Uint8Array) => void): (text: string) => void {
  return (text) => {
    if (text.length > 0) bytes(Buffer.from(text, "utf8"));
  };
}
